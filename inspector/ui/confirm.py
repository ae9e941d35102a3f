"""Questions before something is lost: the default answer (Enter, Escape) always loses nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


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
