"""What still blocks completing the visit; choosing an item jumps to that question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import ChecklistTemplate, Question
from ...domain.text import pick

ID_ROLE = Qt.ItemDataRole.UserRole + 60


class MissingAnswersDialog(QDialog):
    jump = Signal(str)  # question id

    def __init__(self, template: ChecklistTemplate, missing: list[Question], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The visit cannot be completed yet"))
        self.resize(620, 440)
        heading = QLabel(self.tr("%n required question(s) have no answer. Choose one to go to "
                                 "it.", "", len(missing)), self)
        heading.setWordWrap(True)
        heading.setObjectName("dialogHeading")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        titles = {s.id: (n, pick(s.title, lang)) for n, s in enumerate(template.sections, 1)}
        for question in missing:
            n, section = titles.get(question.section_id, (0, ""))
            item = QListWidgetItem(f"{n}. {section}  ›  {pick(question.text, lang)}")
            item.setData(ID_ROLE, question.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.go_button = buttons.addButton(self.tr("&Go to question"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._go())
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.list, 1)
        column.addWidget(buttons)

    def _go(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.accept()
            self.jump.emit(item.data(ID_ROLE))
