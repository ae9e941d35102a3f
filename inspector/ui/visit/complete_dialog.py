"""Completing a visit: what still blocks it (choosing an item jumps to that question), and the
short summary a person confirms before the visit is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import ChecklistTemplate, Question
from ...domain.text import pick
from .session import CompletionSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 60


class MissingAnswersDialog(QDialog):
    jump = Signal(str)  # question id

    def __init__(self, template: ChecklistTemplate, missing: list[Question], lang: str,
                 parent: QWidget | None = None, invalid: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The visit cannot be completed yet"))
        self.resize(620, 440)
        heading = QLabel(self.tr("%n required question(s) have no answer. Choose one to go to "
                                 "it.", "", len(missing)), self)
        invalid = invalid or {}
        if invalid:
            heading.setText(self.tr("Some answers are not stored because what was typed is not "
                                    "an answer, or required answers are missing. Choose one to "
                                    "go to it and correct it."))
        heading.setWordWrap(True)
        heading.setObjectName("dialogHeading")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        titles = {s.id: (n, pick(s.title, lang)) for n, s in enumerate(template.sections, 1)}
        for question in missing:
            n, section = titles.get(question.section_id, (0, ""))
            label = (f"{n}. {section}  ›  {template.number(question.id)} "
                     f"{pick(question.text, lang)}")
            if question.id in invalid:
                label += f"\n{invalid[question.id]}"
            item = QListWidgetItem(label)
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


class CompletionSummaryDialog(QDialog):
    """Answered, unanswered, problems without a photo, findings without a deadline; Enter
    completes (nothing is lost: reopening is possible), Escape goes back to the visit."""

    def __init__(self, summary: CompletionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete the visit"))
        heading = QLabel(self.tr("Before the visit is completed and locked:"), self)
        heading.setObjectName("dialogHeading")
        lines = [
            (self.tr("Answered questions"), summary.answered),
            (self.tr("Questions without an answer (not required)"), summary.unanswered),
            (self.tr("Fields with errors"), summary.in_error),
            (self.tr("Problems without a photo"), summary.problems_without_photo),
            (self.tr("Findings without a deadline"), summary.findings_without_deadline),
        ]
        form = QFormLayout()
        self.counts: list[QLabel] = []
        for text, count in lines:
            value = QLabel(str(count), self)
            value.setObjectName("summaryCount")
            if count and text is not lines[0][0]:
                value.setProperty("role", "warning")
            self.counts.append(value)
            form.addRow(text + ":", value)
        self.no_data_list: QLabel | None = None
        if summary.no_data:
            # Named, not only counted: a figure the institution did not give is worth a line
            # in the findings, and the person may still get it before completing.
            no_data_count = QLabel(str(len(summary.no_data)), self)
            no_data_count.setObjectName("summaryCount")
            form.insertRow(1, self.tr("Of them, answered «no data»") + ":", no_data_count)
            self.no_data_list = QLabel("\n".join(summary.no_data), self)
            self.no_data_list.setWordWrap(True)
            self.no_data_list.setProperty("role", "secondary")
        buttons = QDialogButtonBox(self)
        self.complete_button = buttons.addButton(self.tr("&Complete visit"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton(self.tr("&Back to the visit"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        back.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addLayout(form)
        if self.no_data_list is not None:
            column.addWidget(self.no_data_list)
        column.addWidget(buttons)
        self.complete_button.setDefault(True)
        self.complete_button.setFocus()
