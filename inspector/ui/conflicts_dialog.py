"""Needs review: fields that two or more computers changed to different values, side by side.

The server kept every value (design/sync.md point 10); here a person sees which visit and which
record, each value as it reads in the visit (option texts, yes/no, units) — this computer's, the
other computer's and, when a third laptop chose differently again, each further one — and keeps one.
The choice is a normal edit (resolve_conflict on the store lane) that travels with the next sync.
An edit racing a delete (the `_deleted` pseudo-field) asks: keep the record or delete it? For a
visit (or an institution) deleted on one computer while work went on in it on another, the
question is about the whole visit, and says what it holds now, so the deputy knows what a
delete would throw away.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.conflicts import DELETED_FIELD, ConflictItem, describe_conflicts
from ..services.sync import resolve_conflict
from .ops import error_text, store_op
from .tasks import TaskRunner

# --- the dialog ---------------------------------------------------------------------------

RECORD, FIELD, MINE, THEIRS, MORE = range(5)


class ConflictsDialog(QDialog):
    resolved = Signal()  # a choice was stored: the status bar and the visit list refresh

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.runner, self.lang = runner, lang
        self.items: list[ConflictItem] = []
        self.loaded = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictList")
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(5)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel()
        self.empty.setObjectName("noConflicts")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question = QLabel()
        self.question.setObjectName("conflictQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        # One side per value, left to right: mine, theirs, then one per further laptop's value.
        self.sides_layout = QGridLayout()
        self.sides: list[tuple[QGroupBox, QTextBrowser, QPushButton]] = []
        self.mine_box, self.mine_value, self.keep_mine = self._side()
        self.theirs_box, self.theirs_value, self.keep_theirs = self._side()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.question)
        layout.addLayout(self.sides_layout)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.retranslate()
        self.reload()

    def _side(self) -> tuple[QGroupBox, QTextBrowser, QPushButton]:
        """The next value's column: its title, the value as it reads, and a button to keep it."""
        index = len(self.sides)
        name = {0: "keepMine", 1: "keepTheirs"}.get(index, f"keepOther{index - 1}")
        box = QGroupBox()
        value = QTextBrowser()
        value.setObjectName(name + "Value")
        value.setMaximumHeight(110)
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda: self.choose(index))
        column = QVBoxLayout(box)
        column.addWidget(value)
        column.addWidget(button)
        self.sides.append((box, value, button))
        self.sides_layout.addWidget(box, 0, index)
        return box, value, button

    def reload(self) -> None:
        lang = self.lang
        store_op(self.runner, lambda job: describe_conflicts(job.profile, lang), parent=self) \
            .success(self._loaded).run()

    def _loaded(self, items: list[ConflictItem]) -> None:
        """One group per visit (or institution), one row per field kept more than one way."""
        current = self.current()
        key = (current.entity, current.record_id, current.field) if current else None
        self.items = items
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        chosen: QTreeWidgetItem | None = None
        for n, item in enumerate(items):
            group = groups.get(item.place)
            if group is None:
                group = QTreeWidgetItem([item.place or self.tr("Not linked to a visit")])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[item.place] = group
            row = QTreeWidgetItem(group, [
                self.record_label(item), self.field_name(item), self.value_text(item, 0),
                self.value_text(item, 1),
                "; ".join(self.value_text(item, k) for k in range(2, len(item.values)))])
            row.setData(0, Qt.ItemDataRole.UserRole, n)
            for column in range(MORE + 1):
                row.setToolTip(column, row.text(column))
            if chosen is None or (item.entity, item.record_id, item.field) == key:
                chosen = row
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        for column in (RECORD, FIELD):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(RECORD, min(self.tree.columnWidth(RECORD), 320))
        # A third value anywhere: a column for the further values, and an intro that says so.
        more = any(len(item.values) > 2 for item in items)
        self.tree.setColumnHidden(MORE, not more)
        for column in (MINE, THEIRS):
            self.tree.setColumnWidth(column, 180 if more else 200)
        self._say_intro(more)
        self.loaded = True
        self._show_current()

    def current(self) -> ConflictItem | None:
        row = self.tree.currentItem()
        n = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
        return self.items[n] if n is not None and n < len(self.items) else None

    def _show_current(self) -> None:
        item = self.current()
        has = item is not None
        self.empty.setVisible(self.loaded and not self.items)
        self.tree.setVisible(bool(self.items))
        self.question.setVisible(has)
        count = len(item.values) if item is not None else 0
        while len(self.sides) < count:
            self._side()
        for index, (box, _, _) in enumerate(self.sides):
            box.setVisible(index < count)
        if item is None:
            return
        record = self.record_label(item, short=True)
        if item.is_whole_delete:
            self.question.setText(self.whole_delete_question(item))
        elif item.is_delete:
            where = (self.tr("Deleted on this computer, edited on another")
                     if item.mine else self.tr("Deleted on another computer, edited here"))
            self.question.setText(self.tr("%1 — %2: %3 — keep or delete?")
                                  .replace("%1", item.place).replace("%2", record)
                                  .replace("%3", where))
        elif count > 2:
            self.question.setText(self.tr("%1 — %2: “%3” was changed differently on %4 "
                                          "computers. Which value is right?")
                                  .replace("%1", item.place).replace("%2", record)
                                  .replace("%3", self.field_name(item)).replace("%4", str(count)))
        else:
            self.question.setText(self.tr("%1 — %2: “%3” was changed on two computers. Which "
                                          "value is right?").replace("%1", item.place)
                                  .replace("%2", record).replace("%3", self.field_name(item)))
        for index, (_, value, _) in enumerate(self.sides[:count]):
            value.setPlainText(self.value_text(item, index))
        self._name_sides(item)

    def _name_sides(self, item: ConflictItem | None) -> None:
        count = len(item.values) if item is not None else 2
        for index, (box, _, button) in enumerate(self.sides[:count]):
            box.setTitle(self.side_title(index, count))
            if item is not None and item.is_delete:
                # The buttons say what happens to the record, whichever side deleted it.
                deleted = bool(item.values[index])
                button.setText(self.tr("Delete it") if deleted else self.tr("Keep it"))
            else:
                button.setText(self.tr("Keep mine") if index == 0 else
                               self.tr("Keep theirs") if count == 2 else self.tr("Keep this"))

    def whole_delete_question(self, item: ConflictItem) -> str:
        place = item.place or self.record_label(item, short=True)
        text = (self.tr("%1: this visit was deleted %2, while work went on in it %3. Nothing is "
                        "deleted until someone decides. It now holds: %4. Keep the visit with "
                        "everything in it, or delete it for the whole team?")
                if item.entity == "visit" else
                self.tr("%1: this institution was deleted %2, while work went on in its visits "
                        "%3. Nothing is deleted until someone decides. It now holds: %4. Keep the "
                        "institution with its visits, or delete it for the whole team?"))
        return (text.replace("%1", place).replace("%2", self.where(item, deleted=True))
                .replace("%3", self.where(item, deleted=False))
                .replace("%4", self.parts_text(item)))

    def where(self, item: ConflictItem, *, deleted: bool) -> str:
        """Where the delete (or the work that kept the record) was done: here, or whose."""
        if bool(item.mine) == deleted:
            return self.tr("on this computer")
        names = [name for value, people in zip(item.values, item.people, strict=False)
                 if bool(value) == deleted for name in people]
        if not names:
            return self.tr("on another computer")
        return self.tr("on %1's computer").replace("%1", ", ".join(dict.fromkeys(names)))

    def parts_text(self, item: ConflictItem) -> str:
        names = {"answer": self.tr("answers: %1"), "photo": self.tr("photos: %1"),
                 "interview": self.tr("interviews: %1"), "finding": self.tr("findings: %1"),
                 "visit": self.tr("visits: %1")}
        shown = [names[kind].replace("%1", str(count)) for kind, count in item.parts]
        return ", ".join(shown) if shown else self.tr("nothing yet")

    def side_title(self, index: int, count: int) -> str:
        if index == 0:
            return self.tr("On this computer")
        if count == 2:
            return self.tr("On the other computer")
        return self.tr("On another computer (%1)").replace("%1", str(index))

    def choose(self, index: int) -> None:
        item = self.current()
        if item is None or index >= len(item.values):
            return
        value = item.values[index]
        if item.is_delete:
            value = bool(value)
        buttons = [button for _, _, button in self.sides]
        for button in buttons:
            button.setEnabled(False)  # until the store answers: one choice per click

        def done(_: object) -> None:
            for button in buttons:
                button.setEnabled(True)
            self.resolved.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            done(None)
            self._failed(error)

        store_op(self.runner, lambda job: resolve_conflict(
            job.profile, item.entity, item.record_id, item.field, value), parent=self) \
            .success(done).failure(failed).run()

    def _failed(self, error: BaseException) -> None:
        self.question.setText(self.tr("The choice could not be saved: %1").replace(
            "%1", error_text(error, self.lang)))

    # --- texts --------------------------------------------------------------------------

    def record_label(self, item: ConflictItem, *, short: bool = False) -> str:
        """"Type of centre" for an answer; "Finding: Queue of 40 minutes" for the others."""
        record = item.record.strip()
        if short and len(record) > 90:
            record = record[:89].rstrip() + "…"
        record = record.rstrip(". ") if short else record
        kind = self.record_kind(item.entity)
        if item.entity == "answer":
            return record or kind
        return f"{kind}: {record}" if record else kind

    def record_kind(self, entity: str) -> str:
        return {"answer": self.tr("Checklist answer"), "finding": self.tr("Finding"),
                "photo": self.tr("Photo"), "interview": self.tr("Interview"),
                "visit": self.tr("Visit details"),
                "facility": self.tr("Institution details")}.get(entity, entity)

    def field_name(self, item: ConflictItem) -> str:
        names = {
            DELETED_FIELD: self.tr("deleted or kept"), "value": self.tr("answer"),
            "comment": self.tr("comment"), "flagged": self.tr("problem mark"),
            "text": self.tr("text"), "recommendation": self.tr("recommendation"),
            "addressee": self.tr("addressee"), "due_date": self.tr("due date"),
            "severity": self.tr("severity"), "theme": self.tr("theme"),
            "caption": self.tr("caption"), "shows_faces": self.tr("shows faces"),
            "face_boxes": self.tr("face boxes"), "question_ids": self.tr("questions"),
            "notes": self.tr("notes"), "deputies": self.tr("deputies"),
            "participants": self.tr("participants"), "status": self.tr("status"),
            "started_on": self.tr("start date"), "ended_on": self.tr("end date"),
            "answers": self.tr("interview answers"), "name": self.tr("name"),
            "region": self.tr("region"), "district": self.tr("district"),
            "address": self.tr("address"), "evidence": self.tr("evidence"),
        }
        return names.get(item.field, item.field)

    def value_text(self, item: ConflictItem, index: int) -> str:
        """The value at `index` (0 mine, 1 theirs, then the others) as the person reads it."""
        value = item.values[index]
        if item.is_whole_delete and item.entity == "visit":
            return (self.tr("Delete the visit and everything in it") if value
                    else self.tr("Keep the visit with everything in it"))
        if item.is_whole_delete:
            return (self.tr("Delete the institution and its visits") if value
                    else self.tr("Keep the institution with its visits"))
        if item.is_delete:
            return self.tr("Deleted") if value else self.tr("Kept, with the edit")
        return item.texts[index] or self.format_value(value)

    def format_value(self, value: Any) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return ", ".join(self.format_value(v) for v in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, indent=1)
        return str(value)

    def _say_intro(self, more: bool) -> None:
        self.intro.setText(self.tr(
            "These records were changed differently on two or more computers, and every value "
            "was kept. For each, choose the value to keep; your choice is sent with the next "
            "sync.") if more else self.tr(
            "These records were changed differently on two computers, and both values were "
            "kept. For each, choose the value to keep; your choice is sent with the next sync."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Needs review"))
        self._say_intro(False)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Field"),
                                   self.tr("On this computer"),
                                   self.tr("On the other computer"),
                                   self.tr("Further values")])
        self.empty.setText(self.tr("Nothing needs review."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        if self.loaded:
            self._loaded(self.items)  # rebuild the rows' field names and values
        else:
            self._name_sides(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
