"""Photos for reports: chosen, faces covered, downscaled in parallel, metadata-free.

The copies come from inspector.photos.derive (a recipe of steps applied to the sealed original,
recorded with each copy as its Derivation), which fills face boxes and drops EXIF (GPS
included), XMP and ICC; ReportLab embeds those JPEG bytes as they are (DCTDecode), so what the
PDF holds is exactly what was checked here. Decoding a 12-megapixel JPEG dominates the cost of a report, and
Pillow releases the GIL while it decodes, so a thread pool uses every core.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..domain.derivation import (
    REDACT,
    REDACTED_COPY,
    REPORT_COPY,
    Derivation,
    Step,
    report_recipe,
    step,
)
from ..domain.photo import Photo, turned_box
from ..photos.derive import derive
from ..photos.faces import REDACT_METHOD
from .document import ReportCancelled


@dataclass(frozen=True)
class PreparedPhoto:
    photo: Photo
    number: int  # its number in the report's photo annex, from 1
    jpeg: bytes | None  # None: the original is missing or unreadable on this computer
    width: int = 0
    height: int = 0
    derivation: Derivation | None = None  # how `jpeg` was made from the sealed original

    @property
    def faces_covered(self) -> bool:
        """Its face boxes are filled in this copy."""
        return self.derivation is not None and self.derivation.kind == REDACTED_COPY


def withheld(photo: Photo, *, with_faces: bool) -> bool:
    """Residents' and children's images need their (or a legal representative's) consent
    (Civil Code art. 145), which a visit does not record: a photo marked as showing faces is
    shown with its face boxes filled, and left out when nobody marked where the faces are,
    unless the report is for internal use (`with_faces`)."""
    return photo.shows_faces and not photo.face_boxes and not with_faces


def choose_photos(photos: Iterable[Photo], *, with_faces: bool) -> tuple[list[Photo], int]:
    """The photos a report may show, and how many were left out for showing faces."""
    chosen, left_out = [], 0
    for photo in photos:
        if withheld(photo, with_faces=with_faces):
            left_out += 1
        else:
            chosen.append(photo)
    return chosen, left_out


def prepare_photos(photos: list[Photo], paths: dict[str, Path], *, longest_side: int = 1600,
                   quality: int = 80, workers: int | None = None,
                   on_progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None,
                   progress_total: int | None = None,
                   cover_faces: bool = True) -> list[PreparedPhoto]:
    """Downscaled copies of `photos`, in their order, numbered from 1, their face boxes filled
    unless `cover_faces` is False (a report for internal use)."""
    total = progress_total or len(photos)
    if not photos:
        return []
    workers = workers or min(len(photos), os.cpu_count() or 2)
    results: dict[int, PreparedPhoto] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="report-photo") as pool:
        pending: dict[Future, int] = {
            pool.submit(_prepare, photo, paths.get(photo.id), longest_side, quality, i + 1,
                        cover_faces): i
            for i, photo in enumerate(photos)}
        try:
            while pending:
                done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if is_cancelled is not None and is_cancelled():
                    raise ReportCancelled()
                for future in done:
                    results[pending.pop(future)] = future.result()
                if done and on_progress is not None:
                    on_progress(len(results), total)
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    return [results[i] for i in range(len(photos))]


def _is_file(path: Path | None) -> bool:
    """False also for a name the file system refuses (a damaged record's sha256 can be anything:
    Path.is_file raises ENAMETOOLONG instead of answering)."""
    try:
        return path is not None and path.is_file()
    except OSError:
        return False


def report_steps(photo: Photo, longest_side: int, quality: int, *,
                 cover_faces: bool = True) -> tuple[Step, ...]:
    """The recipe of a photo's report copy: with its face boxes filled unless `cover_faces` is
    False. The boxes are given as the copy shows them (after the person's rotation)."""
    extra = []
    if cover_faces and photo.face_boxes:
        shown = [turned_box(b, photo.rotation) for b in photo.face_boxes]
        extra.append(step(REDACT, boxes=shown, method=REDACT_METHOD))
    return report_recipe(rotation=photo.rotation, longest_side=longest_side, quality=quality,
                         extra=extra)


def _prepare(photo: Photo, path: Path | None, longest_side: int, quality: int,
             number: int, cover_faces: bool) -> PreparedPhoto:
    if path is None or not _is_file(path):
        return PreparedPhoto(photo, number, None)
    steps = report_steps(photo, longest_side, quality, cover_faces=cover_faces)
    kind = REDACTED_COPY if any(s.name == REDACT for s in steps) else REPORT_COPY
    try:
        copy = derive(path, photo.sha256, steps, kind=kind)
    except Exception:  # noqa: BLE001 - one bad file must not sink the whole report
        return PreparedPhoto(photo, number, None)
    return PreparedPhoto(photo, number, copy.data, copy.width, copy.height, copy.derivation)
