"""A form row's label named the one way every dialog names it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def name_field(label: QWidget | None, text: str, field: QWidget) -> None:
    """The label says `text`; its &-mnemonic moves the focus to `field`, and a screen reader
    says the same words for the field."""
    assert isinstance(label, QLabel), "each field is added to its form with a label"
    label.setText(text)
    label.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":"))
