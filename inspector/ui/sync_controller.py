"""Sync from the desktop app: the Sync command, sign-in when needed, progress, result, errors.

The sync runs on the pool with a connection of its own (ops.pool_op): the GUI never waits on the
network, and an edit typed meanwhile is written at once on the store lane instead of queueing
behind the whole sync. Its first step (is a sign-in stored?) runs on the store lane after the
editor's pending edits, so what was typed goes with this sync. The password is asked for only
when the token store holds no token for this server, user and computer, or the server refused
the stored one. Progress arrives as (stage, done, total, bytes) through a relay owned by the GUI thread and is
shown in the generic TaskProgress widget; Cancel stops the sync at its next check, and the next
sync continues where it stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStyle

from ..domain.text import data_size
from .confirm import show_beside
from .ops import Op, pool_op, store_op
from .task_progress import TaskProgress
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..services.sync import SyncOutcome
    from ..services.sync_status import SyncStatus, TokenStoreFor
    from .conflicts_dialog import ConflictsDialog
    from .login_dialog import LoginDialog

log = logging.getLogger(__name__)
MESSAGE_MS = 15_000


def _default_token_store(profile_dir: Path) -> Any:
    from ..services.sync_status import default_token_store

    return default_token_store(profile_dir)


class _Relay(QObject):
    """Lives on the GUI thread; the store lane emits, the slot runs here (queued)."""

    stage = Signal(str, int, int, int)


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    synced = Signal(object)  # SyncOutcome, after a successful sync
    resolved = Signal()  # a conflict was settled in the review dialog
    failed = Signal(object)  # the exception, after a failed or cancelled sync
    about_to_sync = Signal()  # flush open editors: what was typed goes with this sync
    settings_requested = Signal()

    def __init__(self, runner: TaskRunner, settings: Any, progress: TaskProgress,
                 window: QMainWindow, lang: Callable[[], str],
                 token_store_for: TokenStoreFor = _default_token_store) -> None:
        super().__init__(window)
        self.runner, self.settings, self.progress, self.window = runner, settings, progress, window
        self.lang = lang
        self.token_store_for = token_store_for
        self.review: ConflictsDialog | None = None
        self.status: SyncStatus | None = None
        self.task: Op | None = None
        self.login: LoginDialog | None = None
        self.message: QMessageBox | None = None
        self._busy = False
        self._relay = _Relay(self)
        self._relay.stage.connect(self._on_stage)
        self.action = QAction(window)
        self.action.setObjectName("syncNow")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon))
        self.action.triggered.connect(self.sync)
        window.addAction(self.action)
        self.review_action = QAction(window)
        self.review_action.setObjectName("reviewConflicts")
        self.review_action.triggered.connect(self.open_review)
        self.review_action.setEnabled(False)  # until the status says there is something
        window.addAction(self.review_action)
        window.installEventFilter(self)  # LanguageChange reaches widgets, not QActions
        self.retranslate()

    # --- status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        from ..services.sync_status import sync_status  # on the first refresh, not at start

        # A status that cannot be read leaves the last one shown; the list says what is wrong.
        store_op(self.runner, lambda job: sync_status(job.profile), parent=self) \
            .success(self._set_status) \
            .failure(lambda exc: log.warning("sync status: %s", exc)).run()

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        # The review window opens only when there is something to review.
        self.review_action.setEnabled(status.conflicts > 0)
        self.status_changed.emit(status)

    def open_review(self) -> ConflictsDialog:
        """The Needs review dialog; one at a time, brought to the front when already open."""
        if self.review is not None:
            self.review.raise_()
            self.review.activateWindow()
            return self.review
        from .conflicts_dialog import ConflictsDialog  # brings in the sync code: not at start-up

        dialog = ConflictsDialog(self.runner, self.lang(), self.window)
        dialog.resolved.connect(self.refresh_status)
        dialog.resolved.connect(self.resolved.emit)
        dialog.finished.connect(lambda _: self._forget_review(dialog))
        self.review = dialog
        dialog.open()
        return dialog

    def _forget_review(self, dialog: ConflictsDialog) -> None:
        if self.review is dialog:
            self.review = None
        dialog.deleteLater()

    # --- the flow -------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._busy

    def cancel(self) -> None:
        """Stop a running sync at its next check (the window is closing, say); nothing is lost."""
        if self.task is not None:
            self.task.cancel()

    def sync(self) -> None:
        if self._busy:
            return
        url, user = self.settings.server_url.strip(), self.settings.user_name.strip()
        if not url or not user:
            self._tell(QMessageBox.Icon.Information, self.tr(
                "To sync, enter the server address and your user name in Settings."),
                settings_button=True)
            return
        self._set_busy(True)
        self.about_to_sync.emit()
        from ..services.sync_status import has_token

        token_store_for = self.token_store_for
        store_op(self.runner, lambda job: has_token(job.profile, url, user, token_store_for),
                 parent=self).failure(self._failed) \
            .success(lambda known: self._start(url, user, None) if known
                     else self._ask_password(url, user, "")).run()

    def _ask_password(self, url: str, user: str, error: str) -> None:
        from .login_dialog import LoginDialog

        dialog = LoginDialog(url, user, error, self.window)
        self.login = dialog

        def accepted() -> None:
            name, password = dialog.credentials()
            if name != self.settings.user_name:
                self.settings.user_name = name
                self.settings.sync()
            self._start(url, name, password)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: self._set_busy(False))
        dialog.finished.connect(self._forget_login)
        dialog.open()

    def _forget_login(self) -> None:
        dialog, self.login = self.login, None
        if dialog is not None:
            dialog.deleteLater()

    def _start(self, url: str, user: str, password: str | None) -> None:
        token_store_for, relay = self.token_store_for, self._relay.stage.emit

        def work(job: Any) -> Any:
            # The engine (HTTP, pydantic) is imported when a sync starts, on the pool thread:
            # a window that opens without it opens about a third of a second sooner.
            from ..services.sync import sync_and_tell

            return sync_and_tell(job.profile, url, user, password, token_store_for, relay,
                                 job.cancelled)

        self.task = pool_op(self.runner, work, parent=self) \
            .with_progress(self.progress, self.tr("Syncing…")) \
            .success(self._succeeded) \
            .failure(lambda exc: self._failed(exc, with_password=password is not None)) \
            .cancelled(self._cancelled).run()

    def _on_stage(self, stage: str, done: int, total: int, moved: int) -> None:
        op = self.task
        if op is None or op.done:
            return
        task = op.task
        text = self.tr("Sync: %1").replace("%1", self.stage_name(stage))
        if moved:
            text += " · " + self.data_size(moved)
        task.setProperty("progress_label", text)
        task.report(done, total)  # TaskProgress re-reads the label as it shows the numbers

    def data_size(self, size: int) -> str:
        """«141,6 МБ»: Qt's formattedDataSize says «MiB» in every language."""
        return data_size(size, self.lang())

    def stage_name(self, stage: str) -> str:
        return {"upload": self.tr("sending photos"), "push": self.tr("sending changes"),
                "pull": self.tr("receiving changes"),
                "download": self.tr("receiving photos")}.get(stage, stage)

    def _succeeded(self, outcome: SyncOutcome) -> None:
        self.task = None
        self._set_busy(False)
        self.window.statusBar().showMessage(self.result_text(outcome), MESSAGE_MS)
        self._set_status(outcome.status)
        aside = self.kept_aside_text(outcome)
        if aside:
            self._tell(QMessageBox.Icon.Warning, aside)
        self.synced.emit(outcome)

    def kept_aside_text(self, outcome: SyncOutcome) -> str:
        """Which records the sync left out and why (ru/kk/en texts of the services), or ""."""
        from ..services.sync_messages import kept_aside_message

        r = outcome.report
        return kept_aside_message(r.get("held", []), r.get("waiting", 0),
                                  r.get("not_applied", []), self.lang())

    def result_text(self, outcome: SyncOutcome) -> str:
        """The command line's words for the same outcome (services/sync_messages.py)."""
        from ..services.sync import SyncReport
        from ..services.sync_messages import report_message

        report = SyncReport(**outcome.report)
        return " ".join(report_message(report, self.lang(), details=False).splitlines())

    def _cancelled(self) -> None:
        from ..services.sync import SyncCancelled

        self._ended(SyncCancelled("cancelled"))
        self.window.statusBar().showMessage(self.tr(
            "Sync cancelled. Nothing is lost; the next sync continues where it stopped."),
            MESSAGE_MS)

    def _ended(self, error: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.refresh_status()  # a partial push still moved some changes
        self.failed.emit(error)

    def _failed(self, error: BaseException, with_password: bool = False) -> None:
        from ..services.sync import AuthRequired, SyncCancelled

        self._ended(error)
        url, user = self.settings.server_url.strip(), self.settings.user_name.strip()
        if isinstance(error, SyncCancelled):  # stopped by the window closing, say
            self.window.statusBar().showMessage(self.tr(
                "Sync cancelled. Nothing is lost; the next sync continues where it stopped."),
                MESSAGE_MS)
        elif isinstance(error, AuthRequired):
            self._set_busy(True)
            self._ask_password(url, user, self.tr(
                "The server did not accept this user name and password. Check them and try "
                "again.") if with_password else self.tr(
                "This computer's sign-in has expired. Enter your password to sync."))
        else:
            self._tell(QMessageBox.Icon.Warning, self.error_text(error, url))

    def error_text(self, error: BaseException, url: str) -> str:
        from ..services.sync_messages import error_message

        return error_message(error, self.lang(), server=url)

    def _tell(self, icon: QMessageBox.Icon, text: str, *, settings_button: bool = False) -> None:
        if self.message is not None:
            self.message.close()
        box = QMessageBox(icon, self.tr("Sync"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("syncMessage")
        if settings_button:
            button = box.addButton(self.tr("Open Settings"), QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(self.settings_requested.emit)
        box.finished.connect(lambda _: self._forget_message(box))
        self.message = box
        show_beside(box, self.window)  # a sync ends while the person types

    def _forget_message(self, box: QMessageBox) -> None:
        if self.message is box:
            self.message = None
        box.deleteLater()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.action.setEnabled(not busy)

    # --- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.action.setText(self.tr("S&ync"))
        tip = self.tr("Send this computer's changes to the team's server and receive theirs")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.review_action.setText(self.tr("Records needing &review…"))
        tip = self.tr("Records changed differently on two computers: choose what to keep")
        self.review_action.setStatusTip(tip)
        self.review_action.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
