"""The layout the interviews and findings tabs share: their list on the left, the chosen record's
form on the right, or a text saying what to do while nothing is chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


def list_and_form(owner: QWidget, left: QWidget, body: QWidget) -> tuple[QScrollArea, QLabel]:
    """Lay out `owner`; returns the scroll area holding `body` and the empty-state label."""
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    placeholder = QLabel(owner)
    placeholder.setObjectName("emptyState")
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    placeholder.setWordWrap(True)
    right = QWidget(owner)
    right_column = QVBoxLayout(right)
    right_column.setContentsMargins(0, 0, 0, 0)
    right_column.addWidget(scroll)
    right_column.addWidget(placeholder)
    splitter = QSplitter(owner)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.addWidget(splitter)
    return scroll, placeholder


def open_first(records: QListWidget, show: Callable[[QListWidgetItem | None], None]) -> None:
    """Show the first record, so the form is not left empty while records exist."""
    records.blockSignals(True)  # the row may already be current: show it once, explicitly
    records.setCurrentRow(0 if records.count() else -1)
    records.blockSignals(False)
    show(records.currentItem())
