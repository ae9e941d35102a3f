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
    """(outcome, lines) of services.verify, on the store lane: the profile's connection lives
    there; reading the PDF and hashing its photos takes a second or two, never the GUI's."""
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
        self.runner.store(verdict_lines, Path(chosen), self.lang(), on_done=self._show,
                          on_error=self._failed)

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
