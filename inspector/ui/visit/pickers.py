"""Small choosers: photos as evidence for a question, and a question for a photo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.provenance import date_doubt
from ...domain.text import pick
from ..tree_items import children
from .session import VisitSession
from .thumbnails import ThumbnailCache

ID_ROLE = Qt.ItemDataRole.UserRole + 20


class PhotoPicker(QDialog):
    """Tick the photos that show what a question asks about."""

    def __init__(self, session: VisitSession, thumbnails: ThumbnailCache, question_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id = question_id
        question = session.question(question_id)
        self.setWindowTitle(self.tr("Photos as evidence"))
        self.resize(720, 520)
        heading = QLabel(pick(question.text, session.lang) if question else "", self)
        heading.setWordWrap(True)
        heading.setObjectName("dialogHeading")
        hint = QLabel(self.tr("Tick the photos that show this. A photo may support several "
                              "questions: ticking it here keeps its other links."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "secondary")
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setGridSize(QSize(150, 140))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.empty = QLabel(self.tr("This visit has no photos yet."), self)
        self.empty.setProperty("role", "secondary")
        self.wants_files = False
        self.from_files = QPushButton(self.tr("Add photos from &files…"), self)
        self.from_files.clicked.connect(self._ask_files)
        for photo in session.data.photos:
            item = QListWidgetItem(photo.caption or photo.original_name)
            doubt = date_doubt(photo, session.data.visit)
            if doubt is not None:
                # The same mark as in the grid: a photo whose date does not place it in the
                # visit is never hidden, but never unmarked either.
                item.setText("⚠ " + item.text())
                item.setToolTip(doubt.message(session.lang))
                item.setForeground(QColor("#8a4b00"))
            item.setData(ID_ROLE, photo.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if photo.supports(question_id)
                               else Qt.CheckState.Unchecked)
            pixmap = thumbnails.pixmap(photo)
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))
            self.list.addItem(item)
        self.empty.setVisible(not session.data.photos)
        thumbnails.ready.connect(self._thumbnail_ready)
        self.thumbnails = thumbnails
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        buttons.addButton(self.from_files, QDialogButtonBox.ButtonRole.ActionRole)
        for widget in (heading, hint, self.list, self.empty, buttons):
            column.addWidget(widget)

    def _ask_files(self) -> None:
        """Close with the ticks kept; the editor then opens the file picker for this question."""
        self.wants_files = True
        self.accept()

    def _thumbnail_ready(self, photo_id: str) -> None:
        photo = self.session.photo(photo_id)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == photo_id and photo is not None:
                pixmap = self.thumbnails.pixmap(photo)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))

    def checked_ids(self) -> set[str]:
        return {self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked}

    def apply(self) -> None:
        """Store the links that changed."""
        chosen = self.checked_ids()
        for photo in list(self.session.data.photos):
            wanted = photo.id in chosen
            if wanted != photo.supports(self.question_id):
                photo.link(self.question_id, wanted)
                self.session.update_photo(photo)


class QuestionPicker(QDialog):
    """Choose the checklist question a photo is evidence for (or none)."""

    def __init__(self, session: VisitSession, current: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a question"))
        self.resize(640, 560)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a question…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        none = QTreeWidgetItem([self.tr("— not linked —")])
        none.setData(0, ID_ROLE, "")
        self.tree.addTopLevelItem(none)
        lang = session.lang
        for s_index, section in enumerate(session.data.template.sections, start=1):
            parent_item = QTreeWidgetItem([f"{s_index}. {pick(section.title, lang)}"])
            parent_item.setFlags(parent_item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(parent_item)
            for q_index, question in enumerate(section.questions, start=1):
                item = QTreeWidgetItem([f"{s_index}.{q_index}  {pick(question.text, lang)}"])
                item.setData(0, ID_ROLE, question.id)
                parent_item.addChild(item)
                if question.id == current:
                    self.tree.setCurrentItem(item)
        self.tree.expandAll()
        if not current:
            self.tree.setCurrentItem(none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.filter.textChanged.connect(self._filter)
        column = QVBoxLayout(self)
        column.addWidget(self.filter)
        column.addWidget(self.tree)
        column.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for top in children(self.tree.invisibleRootItem()):
            shown = 0
            for child in children(top):
                match = needle in child.text(0).casefold()
                child.setHidden(not match)
                shown += match
            top.setHidden(top.childCount() > 0 and shown == 0)

    def chosen(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None
