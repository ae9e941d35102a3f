"""Choosing the evidence behind a finding: checklist answers, photos and interviews, ticked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.answer import answer_id
from ...domain.checklist import _is_blank
from ...domain.ordering import interview_numbers
from ...domain.text import pick
from ..tree_items import walk
from .session import VisitSession
from .thumbnails import ThumbnailCache

LINK_ROLE = Qt.ItemDataRole.UserRole + 40  # (kind, id)


def evidence_label(session: VisitSession, kind: str, record_id: str) -> str:
    """How one piece of evidence reads in a list: the question and its answer, a caption..."""
    lang = session.lang
    if kind == "answer":
        applicable = session.applicable_values()
        for qid, answer in session.data.answers.items():
            if answer.id == record_id and qid in applicable:
                q = session.question(qid)
                if q is not None:
                    return (f"{session.data.template.number(qid)} {pick(q.text, lang)} — "
                            f"{q.display(answer.value, lang)}")
    if kind == "photo":
        photo = session.photo(record_id)
        if photo is not None:
            return photo.caption or photo.original_name
    if kind == "interview":
        number = interview_numbers(session.data.interviews).get(record_id)
        if number is not None:
            return f"#{number}"
    return record_id[:8]


class EvidencePicker(QDialog):
    def __init__(self, session: VisitSession, thumbnails: ThumbnailCache,
                 chosen: list[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Evidence for the finding"))
        self.resize(760, 600)
        hint = QLabel(self.tr("A finding is stronger when several sources support it: tick the "
                              "answers, photos and interviews that show it."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "secondary")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(48, 36))
        self.tree.setUniformRowHeights(False)
        picked = {(e["kind"], e["id"]) for e in chosen}
        # A kept link keeps what the finding's text quoted of it (the stale-quote check needs it).
        self._before = {(e["kind"], e["id"]): e for e in chosen}
        lang = session.lang

        answers_root = self._group(self.tr("Checklist answers"))
        # Only answers that count: not those of hidden questions, nor a field showing an error.
        applicable = session.applicable_values()
        template = session.data.template
        for s_index, section in enumerate(template.sections, start=1):
            section_item = None
            for question in section.questions:
                answer = session.data.answers.get(question.id)
                if answer is None or _is_blank(applicable.get(question.id)):
                    continue
                if section_item is None:
                    section_item = QTreeWidgetItem([f"{s_index}. {pick(section.title, lang)}"])
                    answers_root.addChild(section_item)
                mark = "⚠ " if answer.flagged else ""
                self._leaf(section_item, f"{mark}{template.number(question.id)} "
                           f"{pick(question.text, lang)} — "
                           f"{question.display(answer.value, lang)}",
                           ("answer", answer_id(session.visit_id, question.id)), picked)
        photos_root = self._group(self.tr("Photos"))
        for photo in session.data.photos:
            item = self._leaf(photos_root, photo.caption or photo.original_name,
                              ("photo", photo.id), picked)
            pixmap = thumbnails.pixmap(photo)
            if pixmap is not None:
                item.setIcon(0, QIcon(pixmap))
        interviews_root = self._group(self.tr("Interviews"))
        numbers = interview_numbers(session.data.interviews)
        for interview in sorted((i for i in session.data.interviews if i.id in numbers),
                                key=lambda i: numbers[i.id]):
            self._leaf(interviews_root,
                       self.tr("Interview %1").replace("%1", str(numbers[interview.id])),
                       ("interview", interview.id), picked)
        for root in (answers_root, photos_root, interviews_root):
            if root.childCount() == 0:
                empty = QTreeWidgetItem([self.tr("(nothing yet)")])
                empty.setDisabled(True)
                root.addChild(empty)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addWidget(self.filter)
        column.addWidget(self.tree, 1)
        column.addWidget(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The search box hands the arrows to the results: Down goes to the first match, where
        # Space ticks it.
        if (watched is self.filter and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)):
            first = next((i for i in self._leaves() if not _hidden(i)), None)
            if first is not None:
                self.tree.setCurrentItem(first)
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, link: tuple[str, str],
              picked: set[tuple[str, str]]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, LINK_ROLE, link)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if link in picked else Qt.CheckState.Unchecked)
        parent.addChild(item)
        return item

    def _leaves(self) -> list[QTreeWidgetItem]:
        """The tickable items in the tree's order (groups hold no link)."""
        return [item for item in walk(self.tree) if item.data(0, LINK_ROLE)]

    def set_checked(self, kind: str, record_id: str, on: bool = True) -> None:
        for item in self._leaves():
            if tuple(item.data(0, LINK_ROLE)) == (kind, record_id):
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[dict[str, Any]]:
        """In the tree's order: answers, then photos, then interviews."""
        # A link kept keeps what it quoted (domain/proposals.py), so a stale figure shows.
        return [dict(self._before.get(tuple(link)) or {"kind": link[0], "id": link[1]})
                for item in self._leaves()
                if item.checkState(0) == Qt.CheckState.Checked
                for link in [item.data(0, LINK_ROLE)]]

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for item in self._leaves():
            item.setHidden(bool(needle) and needle not in item.text(0).casefold())


def _hidden(item: QTreeWidgetItem) -> bool:
    at: QTreeWidgetItem | None = item
    while at is not None:
        if at.isHidden():
            return True
        at = at.parent()
    return False
