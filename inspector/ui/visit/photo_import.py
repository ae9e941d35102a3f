"""Importing photos into the open visit: decode on the background lane, record on the store lane.

The two lanes matter: decoding a hundred phone photos takes seconds, and during those seconds
the store thread must stay free for the autosave of whatever the deputy is typing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...domain.photo import Photo
from ...domain.provenance import NO_TIME, TIME_OUTSIDE_VISIT, ProvenanceWarning
from ...domain.visit import Visit
from ...photos.errors import printable_name
from ...photos.intake import IntakeResult, PhotoFile, import_batch
from ...services.photos import (
    DUPLICATE,
    IMPORTED,
    PhotoImport,
    record_photos,
    store_checked,
    taken_during_visit,
)
from ...store.media import MediaStore
from ..tasks import Task
from .session import VisitSession, error_text


@dataclass
class CheckedBatch:
    kept: list[IntakeResult]
    skipped: list[IntakeResult]  # photos not taken during the visit (folder import only)
    cancelled: bool
    copies: list[str] = field(default_factory=list)  # taken back if recording fails


@dataclass
class ImportOutcome:
    imported: list[Photo] = field(default_factory=list)
    duplicates: int = 0
    skipped: int = 0
    # Left out of a folder import as not taken during the visit: each file and why, so the
    # person sees them (a messenger's copy has no date) and may add them anyway.
    skipped_paths: list[Path] = field(default_factory=list)
    skipped_lines: list[str] = field(default_factory=list)
    existing: list[Photo] = field(default_factory=list)  # files already in the visit
    rejected: list[tuple[str, str]] = field(default_factory=list)  # file name, reason
    notes: list[str] = field(default_factory=list)  # imported, but its EXIF time/place dropped
    cancelled: bool = False
    error: str = ""


def check_visit_photos(media_root: Path, paths: list[Path], visit: Visit, only_during: bool, *,
                       on_progress: Callable[[int, int], None] | None = None,
                       is_cancelled: Callable[[], bool] | None = None) -> CheckedBatch:
    """services.photos.check_photos, plus the "taken during the visit" filter applied before
    copying, so photos from other days never enter the media store."""
    results = import_batch(paths, on_progress=on_progress, is_cancelled=is_cancelled)
    cancelled = bool(is_cancelled and is_cancelled())
    kept, skipped = [], []
    for intake in results:
        if only_during and intake.photo is not None and not taken_during_visit(intake.photo,
                                                                               visit):
            skipped.append(intake)
            continue
        kept.append(intake)
    copies = store_checked(MediaStore(media_root), kept)
    return CheckedBatch(kept, skipped, cancelled, copies)


def skipped_reason(found: PhotoFile | None, lang: str) -> str:
    if found is not None and found.taken_at is not None:
        return ProvenanceWarning(TIME_OUTSIDE_VISIT, taken=found.taken_at.date().isoformat()
                                 ).message(lang)
    return ProvenanceWarning(NO_TIME).message(lang)


class PhotoImporter(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ImportOutcome

    def __init__(self, session: VisitSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None

    def running(self) -> bool:
        return self._task is not None

    def start(self, paths: list[Path], *, only_during_visit: bool = False) -> Task:
        data = self.session.data
        self._task = self.session.runner.background(
            check_visit_photos, data.media_root, list(paths), data.visit, only_during_visit,
            on_done=self._checked, on_error=self._failed)
        self._task.progress.connect(self.progress)
        return self._task

    def cancel(self) -> None:
        if self._task is not None and shiboken6.isValid(self._task):
            self._task.cancel()

    def _checked(self, batch: CheckedBatch) -> None:
        if not shiboken6.isValid(self):
            return
        self.session.store(record_photos, self.session.visit_id, batch.kept, copies=batch.copies,
                           on_done=lambda results: self._recorded(results, batch),
                           on_error=self._failed)

    def _recorded(self, results: list[PhotoImport], batch: CheckedBatch) -> None:
        lang = self.session.lang
        outcome = ImportOutcome(skipped=len(batch.skipped), cancelled=batch.cancelled)
        for intake in batch.skipped:
            outcome.skipped_paths.append(intake.path)
            outcome.skipped_lines.append(f"{printable_name(intake.path)}: "
                                         f"{skipped_reason(intake.photo, lang)}")
        by_hash = {p.sha256: p for p in self.session.data.photos}
        for result, intake in zip(results, batch.kept, strict=True):
            if result.status == DUPLICATE and intake.photo and intake.photo.sha256 in by_hash:
                outcome.existing.append(by_hash[intake.photo.sha256])
        for result in results:
            if result.status == IMPORTED and result.photo is not None:
                outcome.imported.append(result.photo)
                outcome.notes.extend(f"{printable_name(result.path)}: {note}"
                                     for note in result.notes(lang))
            elif result.status == DUPLICATE:
                outcome.duplicates += 1
            else:
                outcome.rejected.append((printable_name(result.path), result.reason(lang)))
        self._task = None
        if outcome.imported:
            self.session.add_photos(outcome.imported)
        self.finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self.finished.emit(ImportOutcome(error=error_text(exc, self.session.lang)))
