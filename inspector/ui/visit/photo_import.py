"""Importing photos into the open visit: decode on the background lane, record on the store lane.

The two lanes matter: decoding a hundred phone photos takes seconds, and during those seconds
the store thread must stay free for the autosave of whatever the deputy is typing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...domain.photo import Photo
from ...services.photos import (
    DUPLICATE,
    IMPORTED,
    CheckedBatch,
    PhotoImport,
    check_visit_photos,
    printable_name,
    record_photos,
    skipped_reason,
)
from ..ops import Op, error_text, pool_op
from .session import VisitSession


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


class PhotoImporter(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ImportOutcome

    def __init__(self, session: VisitSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._op: Op | None = None

    def running(self) -> bool:
        return self._op is not None

    def start(self, paths: list[Path], *, only_during_visit: bool = False) -> Op:
        data = self.session.data
        files = list(paths)
        self._op = op = pool_op(self.session.runner, lambda job: check_visit_photos(
            data.media_root, files, data.visit, only_during_visit, on_progress=job.progress,
            is_cancelled=job.cancelled), parent=self).success(self._checked).failure(self._failed)
        op.task.progress.connect(self.progress)
        return op.run()

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _checked(self, batch: CheckedBatch) -> None:
        visit_id = self.session.visit_id
        self.session.write(lambda job: record_photos(job.profile, visit_id, batch.kept,
                                                     copies=batch.copies),
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
        self._op = None
        if outcome.imported:
            self.session.add_photos(outcome.imported)
        self.finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self.finished.emit(ImportOutcome(error=error_text(exc, self.session.lang)))
