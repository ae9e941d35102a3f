"""Bringing photos into a visit: check each file, store it once, record it with its EXIF facts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.photo import Photo
from ..domain.visit import Visit
from ..photos.intake import IntakeResult, PhotoFile, PhotoRejected, import_batch
from ..store.media import MediaStore
from ..store.profile import Profile

IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"


@dataclass(frozen=True)
class PhotoImport:
    """What happened to one file of a batch."""

    path: Path
    status: str  # imported | duplicate | rejected
    photo: Photo | None = None
    error: PhotoRejected | None = None

    def reason(self, lang: str) -> str:
        return self.error.message(lang) if self.error else ""


def import_photos(profile: Profile, visit_id: str, paths: Iterable[Path], *,
                  on_progress: Callable[[int, int], None] | None = None,
                  is_cancelled: Callable[[], bool] | None = None) -> list[PhotoImport]:
    """Import files and folders; a bad file is reported and the others still come in."""
    profile.records.get(Visit, visit_id)
    checked = check_photos(profile.media, paths, on_progress=on_progress,
                           is_cancelled=is_cancelled)
    return record_photos(profile, visit_id, checked)


def check_photos(media: MediaStore, paths: Iterable[Path], *,
                 on_progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> list[IntakeResult]:
    """Decode every file and copy the good ones into the media store.

    Needs no database, so the desktop app runs it on the background pool while the store thread
    stays free for autosave; `record_photos` then records the results in one short transaction.
    The file goes in before its record: a record must never point at a photo that is not on disk.
    """
    results = import_batch(paths, on_progress=on_progress, is_cancelled=is_cancelled)
    for intake in results:
        if intake.photo is not None:
            media.add_file(intake.path, intake.photo.sha256)
    return results


def record_photos(profile: Profile, visit_id: str, checked: list[IntakeResult]) -> list[PhotoImport]:
    """Record checked photos in a visit; a photo already in it (same bytes) is a duplicate."""
    known = {p.sha256 for p in profile.records.of_visit(Photo, visit_id)}
    results: list[PhotoImport] = []
    with profile.database.transaction():
        for intake in checked:
            if intake.error is not None or intake.photo is None:
                results.append(PhotoImport(intake.path, REJECTED, error=intake.error))
            elif intake.photo.sha256 in known:
                results.append(PhotoImport(intake.path, DUPLICATE))
            else:
                photo = profile.records.save(_photo_record(visit_id, intake.path, intake.photo))
                known.add(photo.sha256)
                results.append(PhotoImport(intake.path, IMPORTED, photo=photo))
    return results


def _photo_record(visit_id: str, path: Path, found: PhotoFile) -> Photo:
    return Photo(
        visit_id=visit_id, sha256=found.sha256, ext=found.ext, size=found.size,
        width=found.width, height=found.height,
        taken_at=found.taken_at.isoformat() if found.taken_at else "",
        latitude=found.latitude, longitude=found.longitude, original_name=path.name)


def photo_path(profile: Profile, photo: Photo) -> Path:
    return profile.media.path(photo.sha256)


def update_photo(profile: Profile, photo: Photo) -> Photo:
    if photo.rotation % 90:
        raise ValueError("rotation is a multiple of 90 degrees")
    photo.rotation %= 360
    return profile.records.save(photo)


def taken_during_visit(photo: PhotoFile, visit: Visit) -> bool:
    """For "import from a folder": keep only photos whose camera time falls on the visit's days."""
    if photo.taken_at is None:
        return False
    day = photo.taken_at.date().isoformat()
    return visit.started_on <= day <= visit.last_day
