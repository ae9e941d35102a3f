"""Help for a deputy on their own: a short guide in the person's language, and About."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__


def guide_text(lang: str) -> str:
    """The guide (Markdown) in `lang`, or in Russian when that language has none."""
    folder = importlib.resources.files("inspector.resources") / "guide"
    page = folder / f"guide_{lang}.md"
    return (page if page.is_file() else folder / "guide_ru.md").read_text("utf-8")


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("How to work with Inspector"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(guide_text(lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)  # fits a 1366×768 screen with room for the window behind it


def about_text(data_dir: Path) -> str:
    """What the program is, its version, where this profile's data lives, and whom to ask."""
    # Spelled out in full: lupdate only recognises QCoreApplication.translate(...) calls.
    return (QCoreApplication.translate(
                "MainWindow", "Inspector records visits of deputies of the Mazhilis to public "
                "institutions: checklists, photos, interviews and findings, offline.\n\n"
                "Data folder: %1").replace("%1", str(data_dir))
            + "\n" + QCoreApplication.translate("MainWindow", "Version: %1")
            .replace("%1", __version__)
            + "\n\n" + QCoreApplication.translate(
                "MainWindow", "Accounts, passwords and the team's server: the server "
                "administrator of the Mazhilis apparatus."))
