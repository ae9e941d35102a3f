"""File → Backup… and Restore…: the command line's services/backup.py, in the window.

A backup runs on the pool with progress and Cancel (it reads the database through its own
read-only connection, so autosave goes on meanwhile). A restore replaces the open profile's
folder, so the window first writes what is pending and closes the store, then restores on a
thread of its own and asks the person to start Inspector again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from .confirm import ask
from .date_field import ui_language
from .ops import pool_op
from .settings import Settings
from .task_progress import TaskProgress
from .tasks import TaskRunner


class BackupCancelled(Exception):
    """The person pressed Cancel; the half-written archive is already removed."""


def make_backup(data_dir: Path, target: Path, *, on_progress: Callable[[int, int], None],
                is_cancelled: Callable[[], bool]) -> Path:
    from ..services.backup import backup

    def progress(done: int, total: int) -> None:
        on_progress(done, total)
        if is_cancelled():
            raise BackupCancelled()

    return backup(data_dir, target, on_progress=progress)


class BackupCommands(QObject):
    def __init__(self, runner: TaskRunner, settings: Settings, progress: TaskProgress,
                 window: QMainWindow, before_restore: Callable[[], None],
                 show_error: Callable[[BaseException], None]) -> None:
        super().__init__(window)
        self.runner = runner
        self.settings = settings
        self.progress = progress
        self.window = window
        self.before_restore = before_restore
        self.show_error = show_error
        self.backup_action = QAction(window)
        self.backup_action.setObjectName("backup")
        self.backup_action.triggered.connect(self.ask_backup)
        self.restore_action = QAction(window)
        self.restore_action.setObjectName("restore")
        self.restore_action.triggered.connect(self.ask_restore)
        self.restore_thread: threading.Thread | None = None
        self.retranslate()
        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action]

    # --- backup ---------------------------------------------------------------------------

    def ask_backup(self) -> None:
        folder = Path(self.settings.export_dir or Path.home())
        suggested = folder / f"Inspector-{date.today().isoformat()}.zip"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a backup copy"), str(suggested),
            self.tr("Backup copies (*.zip)"))
        if chosen:
            if not chosen.lower().endswith(".zip"):
                chosen += ".zip"
            self.start_backup(Path(chosen))

    def start_backup(self, target: Path) -> None:
        label = self.tr("Making a backup copy…")
        data_dir = Path(self.runner.data_dir)
        pool_op(self.runner, lambda job: make_backup(
            data_dir, target, on_progress=job.progress, is_cancelled=job.cancelled),
            parent=self).with_progress(self.progress, label).success(self._backed_up) \
            .failure(self._backup_failed).cancelled(self._backup_cancelled).run()

    def _backed_up(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backup copy saved: %1").replace("%1", str(path)), 10_000)
        QMessageBox.information(
            self.window, self.tr("Backup copy"),
            self.tr("The backup copy is saved:\n%1\n\nKeep it on another disk or a USB stick: "
                    "it holds every visit, photo and interview of this profile.")
            .replace("%1", str(path)))

    def _backup_cancelled(self) -> None:
        self.window.statusBar().showMessage(self.tr("Backup cancelled"), 5_000)

    def _backup_failed(self, error: BaseException) -> None:
        if isinstance(error, BackupCancelled):
            self._backup_cancelled()
            return
        self.show_error(error)

    # --- restore --------------------------------------------------------------------------

    def ask_restore(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup copy"), str(Path.home()),
            self.tr("Backup copies (*.zip)"))
        if not chosen:
            return
        if ask(self.window, self.tr("Restore from the backup copy?"),
               self.tr("The data of this profile will be replaced by the backup copy:\n%1\n\n"
                       "Nothing is deleted: the current data is moved to a folder next to it "
                       "(its name ends in “before-restore” and the date). Inspector then "
                       "closes; start it again to work with the restored data.")
               .replace("%1", chosen),
               self.tr("Restore and close"), self.tr("Cancel")):
            self.start_restore(Path(chosen))

    def start_restore(self, archive: Path) -> None:
        from ..services.backup import restore

        self.before_restore()  # pending edits written, the store closed
        outcome: dict[str, object] = {}
        data_dir = Path(self.runner.data_dir)

        def work() -> None:
            try:
                outcome["moved"] = restore(archive, data_dir)
            except BaseException as exc:  # shown to the person below
                outcome["error"] = exc

        dialog = QProgressDialog(self.tr("Restoring from the backup copy…"), "", 0, 0,
                                 self.window)
        dialog.setCancelButton(None)  # half a restore is worse than waiting for it
        dialog.setMinimumDuration(0)
        dialog.show()
        self.restore_thread = threading.Thread(target=work, name="restore", daemon=True)
        self.restore_thread.start()
        timer = QTimer(self)
        timer.setInterval(100)

        def check() -> None:
            if self.restore_thread is not None and self.restore_thread.is_alive():
                return
            timer.stop()
            dialog.close()
            self._restored(outcome)

        timer.timeout.connect(check)
        timer.start()

    def _restored(self, outcome: dict[str, object]) -> None:
        error = outcome.get("error")
        if isinstance(error, BaseException):
            from ..domain.errors import InspectorError

            message = (error.message(ui_language())
                       if isinstance(error, InspectorError) else str(error))
            QMessageBox.warning(self.window, self.tr("Not restored"),
                                self.tr("The backup copy was not restored; the data is as it "
                                        "was. %1\n\nStart Inspector again.")
                                .replace("%1", message))
        else:
            moved = outcome.get("moved")
            text = self.tr("Restored. Start Inspector again to work with the restored data.")
            if moved:
                text += "\n\n" + self.tr("The data before the restore is kept in:\n%1").replace(
                    "%1", str(moved))
            QMessageBox.information(self.window, self.tr("Restored"), text)
        self.window.close()
        QApplication.quit()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Backup copy…"))
        self.backup_action.setStatusTip(self.tr("Save every visit, photo and interview of this "
                                                "profile to one file"))
        self.restore_action.setText(self.tr("Res&tore from a backup copy…"))
        self.restore_action.setStatusTip(self.tr("Replace this profile's data with a backup "
                                                 "copy; the current data is kept aside"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
