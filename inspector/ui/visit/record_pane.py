"""What the interviews and findings tabs share: their list on the left, the chosen record's form
on the right (or a text saying what to do while nothing is chosen), an error line over the form,
and the one way a record of the open visit is listed, chosen, saved and deleted.

A subclass says what its records are (`records`, `set_records`, `item_text`, `show_record`,
`save`, `delete`) and lays out its form; everything else is here once.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Generic, TypeVar

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

from ...services.profiles import Profile
from ..confirm import ask
from ..ops import error_text
from .session import VisitSession

R = TypeVar("R")  # Finding or Interview: a record with an id, of the open visit
ID_ROLE = Qt.ItemDataRole.UserRole + 30


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


class RecordsView(QWidget, Generic[R]):
    """A list of the visit's records of one kind and the form of the chosen one."""

    kind = ""  # the autosave key's first part: "finding", "interview"
    # Laid out by the subclass with list_and_form(): the chosen record's form, and the text
    # shown while nothing is chosen.
    form_area: QScrollArea
    placeholder: QLabel

    def __init__(self, session: VisitSession, parent: QWidget | None = None, *,
                 list_width: int = 220) -> None:
        super().__init__(parent)
        self.session = session
        self.current: R | None = None
        self._loading = False  # the form is being filled from a record: not an edit
        # Records the store has or has been sent: only those need a delete written.
        self._sent: set[str] = {self.record_id(r) for r in self.records()}
        self.list = QListWidget(self)
        self.list.setObjectName("recordList")
        self.list.setMinimumWidth(list_width)
        self.message = QLabel(self)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item))
        session.status_changed.connect(self._update_enabled)

    # --- what a subclass says -------------------------------------------------------------

    def records(self) -> list[R]:
        raise NotImplementedError

    def set_records(self, records: list[R]) -> None:
        raise NotImplementedError

    def item_text(self, record: R, n: int) -> str:
        raise NotImplementedError

    def show_record(self, record: R) -> None:
        """Fill the form from `record` (self._loading is set meanwhile)."""
        raise NotImplementedError

    def save(self, profile: Profile, record: R) -> R:
        raise NotImplementedError

    def delete(self, profile: Profile, record_id: str) -> str:
        raise NotImplementedError

    def changed(self) -> None:
        """Tell the editor the records changed (counts in the tab titles)."""
        raise NotImplementedError

    def is_worth_saving(self, record: R) -> bool:
        return True

    def saved(self, stored: R) -> None:
        """After the store has written `stored`: take what it decided (position, version)."""

    def delete_question(self) -> tuple[str, str]:
        """Title and text of the confirmation."""
        raise NotImplementedError

    def _update_enabled(self) -> None:
        raise NotImplementedError

    @staticmethod
    def record_id(record: Any) -> str:
        return record.id

    # --- list -----------------------------------------------------------------------------

    def _fill_list(self) -> None:
        current = self.record_id(self.current) if self.current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for n, record in enumerate(self.records(), start=1):
            item = QListWidgetItem(self.item_text(record, n))
            item.setData(ID_ROLE, self.record_id(record))
            self.decorate(item, record)
            self.list.addItem(item)
            if self.record_id(record) == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def decorate(self, item: QListWidgetItem, record: R) -> None:
        """Anything beyond the text an item shows (a tooltip, a colour)."""

    def _select(self, item: QListWidgetItem | None) -> None:
        record_id = item.data(ID_ROLE) if item else None
        self._show(next((r for r in self.records() if self.record_id(r) == record_id), None))

    def _show(self, record: R | None) -> None:
        self.current = record
        self.form_area.setVisible(record is not None)
        self.placeholder.setVisible(record is None)
        self.message.hide()
        if record is not None:
            self._loading = True
            try:
                self.show_record(record)
            finally:
                self._loading = False
        self._update_enabled()

    def add(self, record: R) -> None:
        """A new record, chosen at once; stored with its first edit worth saving."""
        self.records().append(record)
        self._show(record)
        self._fill_list()

    # --- saving and deleting --------------------------------------------------------------

    def _schedule_save(self) -> None:
        record = self.current
        if record is None or not self.is_worth_saving(record):
            return
        record_id, snapshot = self.record_id(record), copy.deepcopy(record)

        def send() -> None:
            self._sent.add(record_id)
            self.session.write(lambda job: self.save(job.profile, snapshot),
                               on_done=self._saved, on_error=self._refused)

        self.session.autosave.schedule((self.kind, record_id), send)

    def save_now(self) -> None:
        """Write the current record at once (the tests, and leaving the tab)."""
        self._schedule_save()
        self.session.autosave.flush()

    def _saved(self, stored: R) -> None:
        self.message.hide()
        self.saved(stored)
        self.changed()

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, self.session.lang))
        self.message.show()

    def delete_current(self) -> None:
        record = self.current
        if record is None:
            return
        title, text = self.delete_question()
        if not ask(self, title, text, self.tr("Delete"), self.tr("Keep")):
            return
        record_id = self.record_id(record)
        self.session.autosave.cancel((self.kind, record_id))
        self.set_records([r for r in self.records() if self.record_id(r) != record_id])
        if record_id in self._sent:  # a record never sent to the store has nothing to delete
            # A failed delete is told (VisitSession.write), never swallowed.
            self.session.write(lambda job: self.delete(job.profile, record_id))
        self._fill_list()
        open_first(self.list, self._select)
        self.changed()
