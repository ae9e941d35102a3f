"""Bringing photos into a visit: check each file, store it once, record it with its EXIF facts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import InspectorError
from ..domain.photo import EXIF_ABSENT, EXIF_PRESENT, Box, Photo
from ..domain.record import utc_now
from ..domain.text import N_, Message, pick
from ..domain.visit import Visit
from ..photos.errors import printable_name
from ..photos.intake import IntakeResult, PhotoFile, PhotoRejected, import_batch
from ..store.database import ProfileReadOnly
from ..store.media import SPACE_ERRORS, MediaStore, NotEnoughSpace, megabytes
from ..store.profile import Profile
from .identity import who

IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"

# Said of a photo whose EXIF claimed an impossible time or place (intake dropped it).
UNTRUSTED_TEXTS: dict[str, Message] = {
    "time": N_("the time recorded in the file is impossible, so it was left out; enter it yourself"),
    "place": N_("the coordinates recorded in the file are invalid, so they were left out"),
}


@dataclass(frozen=True)
class PhotoImport:
    """What happened to one file of a batch."""

    path: Path
    status: str  # imported | duplicate | rejected
    photo: Photo | None = None
    error: PhotoRejected | None = None
    untrusted: tuple[str, ...] = ()  # EXIF facts dropped as impossible: "time", "place"

    def reason(self, lang: str) -> str:
        return self.error.message(lang) if self.error else ""

    def notes(self, lang: str) -> list[str]:
        """What the person should know about an imported photo's time and place."""
        return [pick(UNTRUSTED_TEXTS[fact], lang) for fact in self.untrusted]


def import_photos(profile: Profile, visit_id: str, paths: Iterable[Path], *,
                  on_progress: Callable[[int, int], None] | None = None,
                  is_cancelled: Callable[[], bool] | None = None,
                  by: str | None = None) -> list[PhotoImport]:
    """Import files and folders; a bad file is reported and the others still come in."""
    profile.records.get(Visit, visit_id)
    if profile.read_only:  # before copying anything into a folder that cannot take it
        raise ProfileReadOnly(path=str(profile.data_dir))
    checked = import_batch(paths, on_progress=on_progress, is_cancelled=is_cancelled)
    copies = store_checked(profile.media, checked)
    return record_photos(profile, visit_id, checked, copies=copies, by=by)


def check_photos(media: MediaStore, paths: Iterable[Path], *,
                 on_progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> list[IntakeResult]:
    """Decode every file and copy the good ones into the media store.

    Needs no database, so the desktop app runs it on the background pool while the store thread
    stays free for autosave; `record_photos` then records the results in one short transaction.
    The file goes in before its record: a record must never point at a photo that is not on disk.
    A batch that cannot be stored whole (NotEnoughSpace) leaves none of its copies behind.
    """
    results = import_batch(paths, on_progress=on_progress, is_cancelled=is_cancelled)
    store_checked(media, results)
    return results


def store_checked(media: MediaStore, results: list[IntakeResult]) -> list[str]:
    """Copy the good photos of a checked batch into the media store, all or none; returns the
    hashes of the copies made (photos already stored are not copied again).

    Raises NotEnoughSpace, naming the file and the space needed, when the disk cannot take the
    batch; whatever was copied by then is removed again.
    """
    new = _new_photos(media, results)
    _check_space(media, new)
    added: list[str] = []
    try:
        for intake in new:
            media.add_file(intake.path, _accepted(intake).sha256)
            added.append(_accepted(intake).sha256)
    except BaseException as exc:
        _take_back(media, added)
        if isinstance(exc, OSError) and exc.errno in SPACE_ERRORS:
            raise _no_space(media, new[len(added)], new) from exc
        raise
    return added


def _accepted(intake: IntakeResult) -> PhotoFile:
    """The photo of a result _new_photos kept (it keeps only those that have one)."""
    assert intake.photo is not None
    return intake.photo


def _new_photos(media: MediaStore, results: list[IntakeResult]) -> list[IntakeResult]:
    """The good photos whose bytes the store lacks, each once."""
    seen: set[str] = set()
    new = []
    for intake in results:
        if intake.photo and intake.photo.sha256 not in seen and not media.has(intake.photo.sha256):
            seen.add(intake.photo.sha256)
            new.append(intake)
    return new


def _check_space(media: MediaStore, new: list[IntakeResult]) -> None:
    """Refuse before copying when the batch plainly will not fit."""
    free, needed = media.free_bytes(), 0
    for intake in new:
        needed += _accepted(intake).size
        if needed > free:
            raise _no_space(media, intake, new)


def _no_space(media: MediaStore, failed: IntakeResult, new: list[IntakeResult]) -> NotEnoughSpace:
    needed = sum(_accepted(intake).size for intake in new)
    return NotEnoughSpace(file=printable_name(failed.path), needed_mb=megabytes(needed),
                          free_mb=megabytes(media.free_bytes()))


def _take_back(media: MediaStore, hashes: Iterable[str]) -> None:
    for sha256 in hashes:
        try:
            media.remove(sha256)
        except OSError:
            continue  # one copy left behind must not hide why the import failed


def record_photos(profile: Profile, visit_id: str, checked: list[IntakeResult], *,
                  copies: Iterable[str] = (), by: str | None = None) -> list[PhotoImport]:
    """Record checked photos in a visit; a photo already in it (same bytes) is a duplicate.

    Each record is the photo's seal of intake: hash, source name, camera, EXIF time, and when,
    on which device and by whom (`by`, else the person this profile knows) it came in.

    `copies` are the hashes `store_checked` copied in for this batch: if the batch cannot be
    recorded (a full disk under the database, say), they would be referred to by nothing, and
    are removed again.
    """
    try:
        return _record(profile, visit_id, checked, by if by is not None else who(profile))
    except BaseException:
        _take_back(profile.media, copies)
        raise


def _record(profile: Profile, visit_id: str, checked: list[IntakeResult],
            by: str) -> list[PhotoImport]:
    known = {p.sha256 for p in profile.records.of_visit(Photo, visit_id)}
    results: list[PhotoImport] = []
    with profile.database.transaction():
        for intake in checked:
            if intake.error is not None or intake.photo is None:
                results.append(PhotoImport(intake.path, REJECTED, error=intake.error))
            elif intake.photo.sha256 in known:
                results.append(PhotoImport(intake.path, DUPLICATE))
            else:
                photo = _photo_record(visit_id, intake.path, intake.photo)
                photo.imported_device, photo.imported_by = profile.device_id, by
                photo = profile.records.save(photo)
                known.add(photo.sha256)
                results.append(PhotoImport(intake.path, IMPORTED, photo=photo,
                                           untrusted=intake.photo.untrusted))
    return results


def _photo_record(visit_id: str, path: Path, found: PhotoFile) -> Photo:
    return Photo(
        visit_id=visit_id, sha256=found.sha256, ext=found.ext, size=found.size,
        width=found.width, height=found.height,
        taken_at=found.taken_at.isoformat() if found.taken_at else "",
        latitude=found.latitude, longitude=found.longitude,
        original_name=printable_name(path), camera_make=found.camera_make,
        camera_model=found.camera_model, exif=EXIF_PRESENT if found.has_exif else EXIF_ABSENT,
        imported_at=utc_now())


def photo_path(profile: Profile, photo: Photo) -> Path:
    return profile.media.path(photo.sha256)


def delete_photo(profile: Profile, photo_id: str) -> str:
    # The file stays in the media store: another visit may hold the same bytes, and sync
    # needs the tombstone rather than a vanished row.
    profile.records.delete(Photo, photo_id)
    return photo_id


def update_photo(profile: Profile, photo: Photo) -> Photo:
    if photo.rotation % 90:
        raise ValueError("rotation is a multiple of 90 degrees")
    photo.rotation %= 360
    return profile.records.save(photo)


def propose_faces(path: Path, rotation: int = 0) -> list[Box]:
    """Boxes the detector proposes over the faces in the photo at `path`, for a person to accept
    or reject (it misses faces turned away and sometimes sees one in a pattern). Slow enough
    (up to a second) to belong on a background lane. Raises PhotoRejected."""
    try:
        from ..photos.faces import detect_faces  # OpenCV loads with the first detection
    except ImportError as exc:  # a build without OpenCV: boxes are still drawn by hand
        raise FaceDetectorMissing(detail=str(exc)) from exc
    return detect_faces(path, rotation)


class FaceDetectorMissing(InspectorError):
    texts = N_("Automatic face finding is not available in this installation; mark the faces "
               "with boxes by hand.")


def taken_during_visit(photo: PhotoFile, visit: Visit) -> bool:
    """For "import from a folder": keep only photos whose camera time falls on the visit's days."""
    if photo.taken_at is None:
        return False
    day = photo.taken_at.date().isoformat()
    return visit.started_on <= day <= visit.last_day


@dataclass(frozen=True)
class CheckedBatch:
    """Files checked and copied into the media store, not yet recorded in the visit."""

    kept: list[IntakeResult]
    skipped: list[IntakeResult]  # photos not taken during the visit (folder import only)
    cancelled: bool
    copies: list[str]  # hashes this batch copied in (taken back when recording fails)


def check_visit_photos(media_root: Path, paths: list[Path], visit: Visit, only_during: bool, *,
                       on_progress: Callable[[int, int], None] | None = None,
                       is_cancelled: Callable[[], bool] | None = None) -> CheckedBatch:
    """check_photos, plus the "taken during the visit" filter applied before copying, so photos
    from other days never enter the media store. Needs no database: runs on the pool."""
    results = import_batch(paths, on_progress=on_progress, is_cancelled=is_cancelled)
    cancelled = bool(is_cancelled and is_cancelled())
    kept: list[IntakeResult] = []
    skipped: list[IntakeResult] = []
    for intake in results:
        if only_during and intake.photo is not None and not taken_during_visit(intake.photo,
                                                                               visit):
            skipped.append(intake)
            continue
        kept.append(intake)
    copies = store_checked(MediaStore(media_root), kept)
    return CheckedBatch(kept, skipped, cancelled, copies)


def skipped_reason(found: PhotoFile | None, lang: str) -> str:
    """Why a folder import left a photo out: taken on another day, or no time recorded."""
    from ..domain.provenance import NO_TIME, TIME_OUTSIDE_VISIT, ProvenanceWarning

    if found is not None and found.taken_at is not None:
        return ProvenanceWarning(TIME_OUTSIDE_VISIT, taken=found.taken_at.date().isoformat()
                                 ).message(lang)
    return ProvenanceWarning(NO_TIME).message(lang)


def media_file(media_root: Path, sha256: str) -> Path:
    """Where the bytes of a photo with this content hash are kept."""
    return MediaStore(media_root).path(sha256)


def thumbnail_file(media_root: Path, sha256: str, cache_dir: Path, size: int) -> Path:
    """The photo's thumbnail, made on first use; PhotoRejected when the file is no photo."""
    from ..photos.thumbnails import cached_thumbnail

    return cached_thumbnail(media_file(media_root, sha256), sha256, cache_dir, size)
