"""Questions before something is lost: the default answer (Enter, Escape) always loses nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes: str, no: str, *,
        default_yes: bool = False) -> bool:
    """True only when the person chose `yes`; Escape and closing the box mean `no`, and so
    does Enter, unless `yes` loses nothing (default_yes: "open the existing visit")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirm")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    # A focused auto-default button takes Enter: the destructive one must never be one.
    yes_button.setAutoDefault(default_yes)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def show_beside(box: QMessageBox, window: QWidget) -> None:
    """Show what background work has to say without taking the keyboard from the person typing:
    a window-modal box that appears mid-sentence swallows the next keys, and Enter or Space
    presses its default button (open the file, go to settings)."""
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    typing_in = QApplication.focusWidget()
    box.show()
    if typing_in is not None and typing_in.window() is window:
        # Platforms that activate every new window anyway: give the keys back.
        window.activateWindow()
        typing_in.setFocus(Qt.FocusReason.OtherFocusReason)
