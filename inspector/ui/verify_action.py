"""File → «Проверить отчёт…»: verify a report PDF off the GUI thread and say the verdict."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from .tasks import TaskRunner


def verdict_lines(profile: Any, pdf: Path, lang: str) -> tuple[str, list[str]]:
    """(outcome, lines) of services.verify: on the pool (reading the PDF, checking signatures
    and hashing photos is long work), with that thread's own connection to the profile."""
    from ..services.verify import verify_report

    verdict = verify_report(profile, pdf)
    return verdict.outcome, verdict.lines(lang)


class VerifyActions(QObject):
    def __init__(self, runner: TaskRunner, window: QMainWindow,
                 lang: Callable[[], str]) -> None:
        super().__init__(window)
        self.runner, self.window, self.lang = runner, window, lang
        self.action = QAction(window)
        self.action.setObjectName("verifyReport")
        self.action.triggered.connect(self.verify)
        window.addAction(self.action)
        self.box: QMessageBox | None = None
        # Replaced in tests: the native file dialog cannot be driven offscreen.
        self.ask_file_name: Callable[[], str] = self._ask_file_name
        window.installEventFilter(self)
        self.retranslate()

    def _ask_file_name(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Verify a report"), "",
                                                self.tr("PDF documents (*.pdf)"))
        return chosen

    def verify(self) -> None:
        chosen = self.ask_file_name()
        if not chosen:
            return
        self.window.statusBar().showMessage(self.tr("Checking the report…"))
        from .ops import pool_op

        lang = self.lang()
        pool_op(self.runner, lambda job: verdict_lines(job.profile, Path(chosen), lang),
                parent=self).success(self._show).failure(self._failed).run()

    def _show(self, found: tuple[str, list[str]]) -> None:
        outcome, lines = found
        self.window.statusBar().clearMessage()
        icon = QMessageBox.Icon.Information if outcome == "authentic" else \
            QMessageBox.Icon.Warning
        self._open(icon, lines[0], "\n".join(lines[1:]))

    def _failed(self, error: BaseException) -> None:
        from ..domain.errors import InspectorError

        self.window.statusBar().clearMessage()
        text = error.message(self.lang()) if isinstance(error, InspectorError) else str(error)
        self._open(QMessageBox.Icon.Warning,
                   self.tr("The report could not be checked: %1").replace("%1", text), "")

    def _open(self, icon: Any, text: str, details: str) -> None:
        box = QMessageBox(icon, self.tr("Verify a report"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("verifyVerdict")
        box.setInformativeText(details)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Verify a report…"))
        tip = self.tr("Check a visit report PDF: authentic, changed since, or altered")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
