"""Reports from the desktop app: a visit's PDF, a summary across visits, an Excel workbook.

Each command asks its options and a file name, then renders on the store lane (the report
services read the profile) with progress and Cancel in the generic TaskProgress widget; when the
file is written, it offers to open it. A cancelled PDF leaves no file behind (the report
services promise it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStyle

from ..domain.errors import InspectorError
from .task_progress import TaskProgress
from .tasks import Task, TaskRunner
from .tracked import start_tracked

if TYPE_CHECKING:
    from ..store.profile import Profile
    from .export_dialogs import (
        ReportOptions,
        ReportOptionsDialog,
        SummaryOptions,
        SummaryOptionsDialog,
    )

log = logging.getLogger(__name__)
MESSAGE_MS = 10_000

# --- store lane -------------------------------------------------------------------------------


# The report code (reportlab, charts) is imported on the store lane when a report is asked for:
# importing it with the window made every start half a second slower.


def visit_report_choices(profile: Profile, visit_id: str) -> tuple[list[str], str, str]:
    """Layouts to offer, the visit as a person names it, and a file name for it."""
    from ..domain.facility import Facility
    from ..domain.text import day
    from ..domain.visit import Visit
    from ..services.reports import available_layouts

    visit = profile.records.get(Visit, visit_id)
    facility = profile.records.get(Facility, visit.facility_id)
    return (available_layouts(profile), f"{facility.name}, {day(visit.started_on)}",
            f"{facility.name} {visit.started_on}")


def layouts(profile: Profile) -> list[str]:
    from ..services.reports import available_layouts

    return available_layouts(profile)


def make_visit_report(profile: Profile, visit_id: str, target: Path, options: ReportOptions, *,
                      on_progress: Callable[[int, int], None],
                      is_cancelled: Callable[[], bool]) -> list[Path]:
    from ..services.reports import write_visit_report

    return [write_visit_report(profile, visit_id, target, lang=options.lang,
                               layout=options.layout, with_faces=options.with_faces,
                               on_progress=on_progress, is_cancelled=is_cancelled)]


def make_summary(profile: Profile, target: Path, options: SummaryOptions, *,
                 on_progress: Callable[[int, int], None],
                 is_cancelled: Callable[[], bool]) -> list[Path]:
    from ..services.reports import write_summary

    return [write_summary(profile, target, kind=options.kind, region=options.region,
                          date_from=options.date_from, date_to=options.date_to,
                          lang=options.lang, layout=options.layout,
                          include_drafts=options.include_drafts, on_progress=on_progress,
                          is_cancelled=is_cancelled)]


def make_workbook(profile: Profile, target: Path, lang: str, *,
                  on_progress: Callable[[int, int], None],
                  is_cancelled: Callable[[], bool]) -> list[Path]:
    from ..services.reports import export

    on_progress(0, 0)  # one step whose length is unknown: a busy bar
    return export(profile, "xlsx", target, lang=lang)


def file_stem(text: str) -> str:
    """A file name from a title: no characters Windows refuses, no trailing dots or spaces."""
    return re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", text).strip(" .")[:120] or "report"


# --- GUI thread -------------------------------------------------------------------------------

class ExportActions(QObject):
    exported = Signal(object)  # the written paths
    failed = Signal(object)  # the exception (ReportCancelled when cancelled)

    def __init__(self, runner: TaskRunner, settings: Any, progress: TaskProgress,
                 window: QMainWindow, current_visit: Callable[[], str],
                 lang: Callable[[], str]) -> None:
        super().__init__(window)
        self.runner, self.settings, self.progress, self.window = runner, settings, progress, window
        self.current_visit, self.lang = current_visit, lang
        self.dialog: ReportOptionsDialog | SummaryOptionsDialog | None = None
        self.offer: QMessageBox | None = None
        self.task: Task | None = None
        # Replaced in tests: the native file dialog cannot be driven offscreen.
        self.ask_file_name: Callable[[str, str, str], str] = self._ask_file_name
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        pdf = window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.visit_report = self._make("exportVisitReport", self.export_visit_report, pdf)
        self.summary = self._make("exportSummary", self.export_summary)
        self.workbook = self._make("exportWorkbook", self.export_workbook)
        window.installEventFilter(self)
        self.retranslate()

    def _make(self, name: str, slot: Callable[[], None], icon: Any = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.visit_report, self.summary, self.workbook]

    # --- the three commands -------------------------------------------------------------

    def export_visit_report(self) -> None:
        visit_id = self.current_visit()
        if not visit_id:
            self.window.statusBar().showMessage(self.tr("Select a visit in the list first."),
                                                MESSAGE_MS)
            return
        self.runner.store(visit_report_choices, visit_id, on_error=self._failed,
                          on_done=lambda found: self._ask_visit_options(visit_id, *found))

    def _ask_visit_options(self, visit_id: str, names: list[str], title: str, stem: str) -> None:
        from .export_dialogs import ReportOptionsDialog  # dialogs load when first opened

        dialog = ReportOptionsDialog(self.lang(), names, title, self.window)

        def accepted() -> None:
            options = dialog.options()
            path = self._file_name(self.tr("Save the visit report"), file_stem(stem) + ".pdf",
                                   self.tr("PDF documents (*.pdf)"))
            if path:
                self._start(make_visit_report, (visit_id, path, options),
                            self.tr("Making the visit report…"))

        self._show(dialog, accepted)

    def export_summary(self) -> None:
        self.runner.store(layouts, on_error=self._failed, on_done=self._ask_summary_options)

    def _ask_summary_options(self, names: list[str]) -> None:
        from .export_dialogs import SummaryOptionsDialog

        dialog = SummaryOptionsDialog(self.lang(), names, self.window)

        def accepted() -> None:
            options = dialog.options()
            path = self._file_name(self.tr("Save the summary"),
                                   file_stem(self.tr("Summary across visits")) + ".pdf",
                                   self.tr("PDF documents (*.pdf)"))
            if path:
                self._start(make_summary, (path, options), self.tr("Making the summary…"))

        self._show(dialog, accepted)

    def export_workbook(self) -> None:
        path = self._file_name(self.tr("Export to Excel"), file_stem(self.tr("Visits")) + ".xlsx",
                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self._start(make_workbook, (path, self.lang()), self.tr("Exporting to Excel…"),
                        cancellable=False)

    # --- shared steps -------------------------------------------------------------------

    def _show(self, dialog: ReportOptionsDialog | SummaryOptionsDialog,
              accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: QObject) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _file_name(self, caption: str, name: str, filters: str) -> Path | None:
        folder = self.settings.export_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self.ask_file_name(caption, str(Path(folder) / name), filters)
        if not chosen:
            return None
        path = Path(chosen)
        suffix = Path(name).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.settings.export_dir = str(path.parent)
        return path

    def _ask_file_name(self, caption: str, suggested: str, filters: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(self.window, caption, suggested, filters)
        return chosen

    def _start(self, fn: Callable[..., Any], args: tuple, label: str, *,
               cancellable: bool = True) -> None:
        self.task = start_tracked(self.runner, self.progress, fn, *args, label=label,
                                  cancellable=cancellable, on_done=self._done,
                                  on_error=self._failed)

    def _done(self, paths: list[Path]) -> None:
        self.task = None
        path = Path(paths[0])
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)),
                                            MESSAGE_MS)
        self.exported.emit(paths)
        self._offer_to_open(path)

    def _offer_to_open(self, path: Path) -> None:
        if self.offer is not None:
            self.offer.close()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"),
                          self.tr("Saved:\n%1").replace("%1", str(path)),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("exportDone")
        open_file = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_file)
        open_file.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path))))
        open_folder.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path.parent))))
        box.finished.connect(lambda _: self._forget_offer(box))
        self.offer = box
        box.open()

    def _forget_offer(self, box: QMessageBox) -> None:
        if self.offer is box:
            self.offer = None
        box.deleteLater()

    def _failed(self, error: BaseException) -> None:
        from ..services.reports import ReportCancelled

        self.task = None
        self.failed.emit(error)
        if isinstance(error, ReportCancelled):
            self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."),
                                                MESSAGE_MS)
            return
        log.error("export failed: %s", error)
        text = error.message(self.lang()) if isinstance(error, InspectorError) else str(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"),
                          self.tr("The export failed: %1").replace("%1", text),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exportFailed")
        box.finished.connect(box.deleteLater)
        box.open()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.visit_report, self.tr("Export visit &report (PDF)…"),
             self.tr("A PDF report on the selected visit, for a deputy inquiry")),
            (self.summary, self.tr("&Summary across visits (PDF)…"),
             self.tr("One PDF comparing the visits of a kind, region and period")),
            (self.workbook, self.tr("Export to E&xcel…"),
             self.tr("Answers, interviews and findings of all visits as an Excel workbook")),
        ):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
