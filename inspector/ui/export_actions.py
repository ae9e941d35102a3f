"""Reports from the desktop app: a visit's PDF, a summary across visits, an Excel workbook, the
analyst's SQLite database (File → Export).

Each command asks its options and a file name, then renders on the pool (services.exports, with
a connection of its own: the store thread stays free for the edits typed meanwhile), with
progress and Cancel in the generic TaskProgress widget; when the file is written, it offers to
open it. The file appears under its name only when complete (services.exports.written_whole).
The report code (reportlab, openpyxl) is imported on the pool when a report is asked for:
importing it with the window made every start half a second slower.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QStyle

from .confirm import show_beside
from .ops import Job, Op, error_text, pool_op, store_op
from .task_progress import TaskProgress
from .tasks import TaskRunner

if TYPE_CHECKING:
    from .export_dialogs import (
        DatabaseOptionsDialog,
        ReportOptionsDialog,
        SummaryOptionsDialog,
    )

log = logging.getLogger(__name__)
MESSAGE_MS = 10_000

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
        self.dialog: ReportOptionsDialog | SummaryOptionsDialog | DatabaseOptionsDialog | None = None
        self.offer: QMessageBox | None = None
        self.task: Op | None = None
        # Replaced in tests: the native file dialog cannot be driven offscreen.
        self.ask_file_name: Callable[[str, str, str], str] = self._ask_file_name
        self.ask_password: Callable[[str], tuple[str, bool]] = self._ask_password
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        pdf = window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.visit_report = self._make("exportVisitReport", self.export_visit_report, pdf)
        self.summary = self._make("exportSummary", self.export_summary)
        self.workbook = self._make("exportWorkbook", self.export_workbook)
        self.database = self._make("exportDatabase", self.export_database)
        self.export_menu = QMenu(window)
        self.export_menu.setObjectName("exportMenu")
        self.export_menu.addActions([self.workbook, self.database])
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
        return [self.visit_report, self.summary, self.export_menu.menuAction()]

    # --- the three commands -------------------------------------------------------------

    def export_visit_report(self) -> None:
        visit_id = self.current_visit()
        if not visit_id:
            self.window.statusBar().showMessage(self.tr("Select a visit in the list first."),
                                                MESSAGE_MS)
            return
        lang = self.lang()

        def warnings(job: Job) -> list[str]:
            from ..services.export_checks import before_export

            return [w.message(lang) for w in before_export(job.profile, visit_id)]

        store_op(self.runner, warnings, parent=self).failure(self._failed) \
            .success(lambda found: self._warn_then_ask(visit_id, found)).run()

    def _warn_then_ask(self, visit_id: str, warnings: list[str]) -> None:
        """What a reader would object to is shown before the file is made; the deputy decides."""
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Before export"),
                              self.tr("The report can be made, but a reader may object to "
                                      "%n thing(s):", "", len(warnings)),
                              QMessageBox.StandardButton.NoButton, self.window)
            box.setObjectName("beforeExport")
            box.setInformativeText("\n".join(f"• {w}" for w in warnings[:12])
                                   + ("\n…" if len(warnings) > 12 else ""))
            box.setDetailedText("\n".join(warnings))
            go = box.addButton(self.tr("Make the report anyway"),
                               QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Go back and fix"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(go)
            self.offer = box

            def decided(_result: int) -> None:
                chosen = box.clickedButton()
                self._forget_offer(box)
                if chosen is go:
                    self._choose_visit_options(visit_id)

            box.finished.connect(decided)
            box.open()
            return
        self._choose_visit_options(visit_id)

    def _choose_visit_options(self, visit_id: str) -> None:
        def choices(job: Job) -> tuple[list[str], str, str]:
            from ..services.exports import visit_report_choices

            return visit_report_choices(job.profile, visit_id)

        store_op(self.runner, choices, parent=self).failure(self._failed) \
            .success(lambda found: self._ask_visit_options(visit_id, *found)).run()

    def _ask_visit_options(self, visit_id: str, names: list[str], title: str, stem: str) -> None:
        from .export_dialogs import ReportOptionsDialog  # dialogs load when first opened

        dialog = ReportOptionsDialog(self.lang(), names, title, self.window)

        def accepted() -> None:
            options = dialog.options()
            path = self._file_name(self.tr("Save the visit report"), file_stem(stem) + ".pdf",
                                   self.tr("PDF documents (*.pdf)"))
            key = self.signing_key() if path else None
            if path and key is not False:
                # The key (its password only in memory) goes to the worker with the job.
                self._start_in_worker(
                    "write_visit_report", self.tr("Making the visit report…"),
                    visit_id=visit_id, target=path, lang=options.lang, layout=options.layout,
                    with_faces=options.with_faces, sign=key)

        self._show(dialog, accepted)

    def export_summary(self) -> None:
        store_op(self.runner, lambda job: _exports().layouts(job.profile), parent=self) \
            .failure(self._failed).success(self._ask_summary_options).run()

    def _ask_summary_options(self, names: list[str]) -> None:
        from .export_dialogs import SummaryOptionsDialog

        dialog = SummaryOptionsDialog(self.lang(), names, self.window)

        def accepted() -> None:
            options = dialog.options()
            path = self._file_name(self.tr("Save the summary"),
                                   file_stem(self.tr("Summary across visits")) + ".pdf",
                                   self.tr("PDF documents (*.pdf)"))
            key = self.signing_key() if path else None
            if path and key is not False:
                self._start_in_worker(
                    "write_summary", self.tr("Making the summary…"), target=path,
                    kind=options.kind, region=options.region, date_from=options.date_from,
                    date_to=options.date_to, lang=options.lang, layout=options.layout,
                    include_drafts=options.include_drafts, sign=key)

        self._show(dialog, accepted)

    def export_workbook(self) -> None:
        path = self._file_name(self.tr("Export to Excel"), file_stem(self.tr("Visits")) + ".xlsx",
                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self._start_in_worker("write_workbook", self.tr("Exporting to Excel…"),
                                  target=path, lang=self.lang())

    def export_database(self) -> None:
        from .export_dialogs import DatabaseOptionsDialog

        dialog = DatabaseOptionsDialog(self.lang(), self.window)

        def accepted() -> None:
            chosen, with_photos = dialog.options(), dialog.with_photos.isChecked()
            path = self._file_name(self.tr("Save the database"),
                                   file_stem(self.tr("Visits")) + ".db",
                                   self.tr("SQLite databases (*.db)"))
            if path:
                self._start(lambda job: _analysis().export_database(
                    job.profile, path, lang=chosen.lang, kind=chosen.kind, region=chosen.region,
                    date_from=chosen.date_from, date_to=chosen.date_to,
                    include_drafts=chosen.include_drafts, with_photos=with_photos,
                    on_progress=job.progress, is_cancelled=job.cancelled).database,
                    self.tr("Writing the database…"))

        self._show(dialog, accepted)

    # --- shared steps -------------------------------------------------------------------

    def _show(self, dialog: ReportOptionsDialog | SummaryOptionsDialog | DatabaseOptionsDialog,
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

    def signing_key(self) -> Any:
        """The key of Settings → signing key, with its password asked now (never stored); None
        when no key is set, False when the person cancelled (then nothing is printed)."""
        key_file = str(getattr(self.settings, "signing_key", "") or "")
        if not key_file:
            return None
        password, ok = self.ask_password(Path(key_file).name)
        if not ok:
            return False
        from ..services.signing import SigningKey

        return SigningKey(Path(key_file), password,
                          timestamp_url=str(getattr(self.settings, "timestamp_url", "") or ""))

    def _ask_password(self, key_name: str) -> tuple[str, bool]:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        return QInputDialog.getText(
            self.window, self.tr("Sign the report"),
            self.tr("Password of the signing key %1:").replace("%1", key_name),
            QLineEdit.EchoMode.Password)

    def _ask_file_name(self, caption: str, suggested: str, filters: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(self.window, caption, suggested, filters)
        return chosen

    def _start_in_worker(self, use_case: str, label: str, **options: Any) -> None:
        """services.exports.<use_case> in a worker process, waited for on the pool: rendering
        is Python all the way, and on a thread it would slow the window's every keystroke."""
        data_dir = self.runner.data_dir

        def work(job: Job) -> Path:
            from ..services.worker import run_in_process

            # By name: only the worker imports the exports' code (openpyxl, the renderers).
            # Imported here too, on the pool, it held the interpreter lock for a third of a
            # second just as the person, having started the export, opens a visit.
            return run_in_process(f"{EXPORTS}:{use_case}", data_dir,
                                  on_progress=job.progress, is_cancelled=job.cancelled,
                                  **options)

        self._start(work, label)

    def _start(self, work: Callable[[Job], Path], label: str) -> None:
        self.task = pool_op(self.runner, work, parent=self).with_progress(self.progress, label) \
            .success(self._done).failure(self._failed).cancelled(self._cancelled).run()

    def _done(self, written: Path) -> None:
        self.task = None
        path = Path(written)
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)),
                                            MESSAGE_MS)
        self.exported.emit([path])
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
        # A long export ends while the person types elsewhere: a modal notice with «Open» as
        # default took their next keys (and Enter opened Excel).
        show_beside(box, self.window)

    def _forget_offer(self, box: QMessageBox) -> None:
        if self.offer is box:
            self.offer = None
        box.deleteLater()

    def _cancelled(self) -> None:
        from ..services.exports import ExportCancelled

        self.task = None
        self.failed.emit(ExportCancelled())
        self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."),
                                            MESSAGE_MS)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.failed.emit(error)
        log.error("export failed: %s", error)
        text = error_text(error, self.lang())
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"),
                          self.tr("The export failed: %1").replace("%1", text),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exportFailed")
        box.finished.connect(box.deleteLater)
        box.open()

    # --- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.visit_report, self.tr("Export visit re&port (PDF)…"),
             self.tr("A PDF report on the selected visit, for a deputy inquiry")),
            (self.summary, self.tr("&Summary across visits (PDF)…"),
             self.tr("One PDF comparing the visits of a kind, region and period")),
            (self.workbook, self.tr("Export to E&xcel…"),
             self.tr("Answers, interviews and findings of all visits as an Excel workbook")),
            (self.database, self.tr("SQLite &database…"),
             self.tr("The visits as a database for analysts: Datasette, DB Browser, Excel, "
                     "pandas")),
        ):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.export_menu.setTitle(self.tr("&Export"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


EXPORTS = "inspector.services.exports"


def _exports() -> Any:
    """services.exports, imported when an export runs (on the pool, not at the window's start)."""
    from ..services import exports

    return exports


def _analysis() -> Any:
    """services.analysis_export (and sqlite-utils), imported when the database is written."""
    from ..services import analysis_export

    return analysis_export
