"""The forms behind the register: a new inquiry from chosen findings, its announcement, the answer.

A new inquiry is made from findings across the team's visits, filtered by theme and kind of
institution as the summary filters visits; the service refuses what does not hold together and
the form then keeps everything typed and shows why, in the person's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.finding import THEMES
from ..domain.inquiry import (
    DEFAULT_ANSWER_TERM_DAYS,
    MAX_ANSWER_TERM_DAYS,
    RATING_NAMES,
    AnswerRating,
    Inquiry,
)
from ..domain.kinds import INSTITUTION_KINDS, KIND_NAMES
from ..domain.regions import regions
from ..domain.text import pick
from ..services import inquiries as service
from .date_field import DateField
from .ops import Job, error_text, store_op
from .tasks import TaskRunner

DATE_FORMAT = "dd.MM.yyyy"


def _date_edit(initial: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(initial or QDate.currentDate())
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate())  # an announcement or an answer is never ahead
    return edit


class _SavedHere(QDialog):
    """A form that saves itself through a service: Save waits for the store lane; a refusal
    leaves the form open with everything typed and says why, in the person's language."""

    saved = Signal(str)  # the inquiry's id

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.lang = runner, lang
        self.problem = QLabel()
        self.problem.setObjectName("inquiryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        """Each form gathers what it saves and hands the service call to _store."""
        raise NotImplementedError

    def _store(self, work: Callable[[Job], Inquiry]) -> None:
        """Run the service call; Save stays off until it answers, so it runs once."""
        self.buttons.setEnabled(False)
        store_op(self.runner, work, parent=self).success(self._saved) \
            .failure(self._refused).run()

    def _saved(self, inquiry: Inquiry) -> None:
        self.saved.emit(inquiry.id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(error_text(error, self.lang))


class NewInquiryDialog(_SavedHere):
    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, lang, parent)
        self.choices: list[service.FindingChoice] = []
        self.checked: set[str] = set()
        self.setWindowTitle(self.tr("New inquiry"))
        self.resize(980, 700)
        self.title = QLineEdit()
        self.position = QPlainTextEdit()
        self.position.setPlaceholderText(self.tr("Prime Minister\nof the Republic of Kazakhstan"))
        self.position.setFixedHeight(52)
        self.addressee = QLineEdit()
        self.salutation = QLineEdit()
        self.signatories = QPlainTextEdit()
        self.signatories.setPlaceholderText(self.tr("One deputy per line: name / faction"))
        self.signatories.setFixedHeight(70)
        self.executor = QLineEdit()
        self.phone = QLineEdit()
        self.term = QSpinBox()
        self.term.setRange(1, MAX_ANSWER_TERM_DAYS)
        self.term.setValue(DEFAULT_ANSWER_TERM_DAYS)
        self.term.setToolTip(self.tr(
            "Calendar days from the announcement to the written answer. 15 is the commonly "
            "cited term, not verified here against the Constitutional Law «On the Parliament of "
            "the Republic of Kazakhstan and the status of its deputies»: check it. The inquiry "
            "keeps the term it was made with."))
        self.language = QComboBox()
        self.language.addItem("Русский", "ru")
        self.language.addItem("Қазақша", "kk")
        self.language.setCurrentIndex(1 if lang == "kk" else 0)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("All themes"), None)
        for key, names in THEMES.items():
            self.theme.addItem(pick(names, lang), key)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in INSTITUTION_KINDS:
            self.kind.addItem(pick(KIND_NAMES[kind], lang), kind)
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        for region_id, region_names in regions().items():
            self.region.addItem(pick(region_names, lang), region_id)
        # The visits' period, as the summary chooses it; open ends by default.
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.findings = QListWidget()
        self.findings.setObjectName("inquiryFindings")
        # A finding is a sentence or three: wrapped, all of it is read at once; on one line the
        # list scrolled sideways and each finding had to be read by dragging a scroll bar.
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setResizeMode(QListView.ResizeMode.Adjust)
        self.findings.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings.itemChanged.connect(self._ticked)
        self.requests = QPlainTextEdit()
        self.requests.setPlaceholderText(self.tr(
            "One request per line; left empty, the findings' recommendations are asked"))
        self.requests.setFixedHeight(70)
        self._lay_out()
        self.theme.currentIndexChanged.connect(lambda _i: self._load())
        self.kind.currentIndexChanged.connect(lambda _i: self._load())
        self.region.currentIndexChanged.connect(lambda _i: self._load())
        for edge in (self.date_from, self.date_to):
            edge.dateChanged.connect(lambda *_: self._load())
        self._load()
        store_op(runner, lambda job: service.answer_term_days(job.profile), parent=self) \
            .success(self.term.setValue).run()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, widget in ((self.tr("&Title:"), self.title),
                              (self.tr("Addressee's &position:"), self.position),
                              (self.tr("Addressee's &name:"), self.addressee),
                              (self.tr("&Salutation:"), self.salutation),
                              (self.tr("Si&gned by:"), self.signatories),
                              (self.tr("E&xecutor:"), self.executor),
                              (self.tr("P&hone:"), self.phone),
                              (self.tr("&Language:"), self.language),
                              (self.tr("Answer ter&m, days:"), self.term)):
            form.addRow(label, widget)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Findings it rests on:")))
        filters.addStretch(1)
        filters.addWidget(self.theme)
        filters.addWidget(self.kind)
        filters.addWidget(self.region)
        filters.addWidget(QLabel(self.tr("from")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(filters)
        layout.addWidget(self.findings, 1)
        requests_label = QLabel(self.tr("&Requests to the Government:"))
        requests_label.setBuddy(self.requests)
        layout.addWidget(requests_label)
        layout.addWidget(self.requests)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        """The team's findings as the filters choose them (ticked ones stay ticked)."""
        theme, kind, region = (self.theme.currentData(), self.kind.currentData(),
                               self.region.currentData())
        first = self.date_from.iso() if self.date_from.problem() is None else ""
        last = self.date_to.iso() if self.date_to.problem() is None else ""
        store_op(self.runner, lambda job: service.findings_to_choose(
            job.profile, theme=theme, kind=kind, region=region, date_from=first or None,
            date_to=last or None), parent=self) \
            .success(self._show).failure(self._refused).run()

    def _show(self, choices: list[service.FindingChoice]) -> None:
        self.choices = choices
        self.findings.blockSignals(True)
        self.findings.clear()
        for choice in choices:
            place = f"{choice.facility.name}, {_day(choice.visit.started_on)}"
            item = QListWidgetItem(f"{pick(THEMES.get(choice.finding.theme), self.lang)} — "
                                   f"{choice.finding.text}  ({place})")
            item.setData(Qt.ItemDataRole.UserRole, choice.finding.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.finding.id in self.checked
                               else Qt.CheckState.Unchecked)
            item.setToolTip(choice.finding.recommendation)
            self.findings.addItem(item)
        self.findings.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        finding_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked.add(finding_id)
        else:
            self.checked.discard(finding_id)

    def values(self) -> dict[str, object]:
        order = {c.finding.id: n for n, c in enumerate(self.choices)}
        return {
            "title": self.title.text().strip(),
            "addressee_position": self.position.toPlainText().strip(),
            "addressee_name": self.addressee.text().strip(),
            "salutation": self.salutation.text().strip(),
            "signatories": [_signatory(line) for line in
                            self.signatories.toPlainText().splitlines() if line.strip()],
            "executor": self.executor.text().strip(), "executor_phone": self.phone.text().strip(),
            "language": self.language.currentData(),
            "finding_ids": sorted(self.checked, key=lambda i: (order.get(i, len(order)), i)),
            "requests": [line.strip() for line in self.requests.toPlainText().splitlines()
                         if line.strip()],
            "term_days": self.term.value(),
        }

    def _save(self) -> None:
        values = self.values()
        self._store(lambda job: service.new_inquiry(job.profile, **values))


def _signatory(line: str) -> dict[str, str]:
    name, _, faction = line.partition("/")
    return {"name": name.strip(), "faction": faction.strip()}


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


class AnnounceDialog(QDialog):
    """When the inquiry was announced at the plenary session: its answer term starts then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Announced"))
        self.date = _date_edit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Announced on:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")


class AnswerDialog(_SavedHere):
    """The Government's answer: date, sender, the document, and a rating for each request."""

    def __init__(self, runner: TaskRunner, inquiry: Inquiry, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, lang, parent)
        self.inquiry = inquiry
        self.document: str | None = None
        self.setWindowTitle(self.tr("The answer"))
        self.resize(720, 420)
        self.received = _date_edit()
        self.answer_from = QLineEdit(inquiry.answer_from)
        self.file_label = QLabel(self.tr("No document attached"))
        attach = QPushButton(self.tr("A&ttach…"))
        attach.clicked.connect(self._attach)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        form = QFormLayout()
        form.addRow(self.tr("&Received on:"), self.received)
        form.addRow(self.tr("&From:"), self.answer_from)
        form.addRow(self.tr("Document:"), file_row)
        self.ratings: list[tuple[QComboBox, QLineEdit]] = []
        for n, request in enumerate(inquiry.requests, 1):
            rating, note = QComboBox(), QLineEdit()
            for value in AnswerRating:
                rating.addItem(pick(RATING_NAMES[value.value], lang), value.value)
            given = inquiry.rating_of(n)
            if given:
                rating.setCurrentIndex(max(0, rating.findData(given["rating"])))
                note.setText(str(given.get("note", "")))
            note.setPlaceholderText(self.tr("Note"))
            row = QHBoxLayout()
            row.addWidget(rating)
            row.addWidget(note, 1)
            label = QLabel(f"{n}. {request}")
            label.setWordWrap(True)
            form.addRow(label, row)
            self.ratings.append((rating, note))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        values, inquiry_id = self.values(), self.inquiry.id
        self._store(lambda job: service.record_answer(job.profile, inquiry_id, **values))

    def _attach(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "",
                                              self.tr("Documents (*.pdf *.jpg *.jpeg *.png "
                                                      "*.tif *.tiff *.docx);;All files (*)"))
        if name:
            self.document = name
            self.file_label.setText(name)

    def values(self) -> dict[str, Any]:
        return {"received_on": self.received.date().toString("yyyy-MM-dd"),
                "answer_from": self.answer_from.text().strip(),
                "document": Path(self.document) if self.document else None,
                "ratings": [{"request": n, "rating": rating.currentData(),
                             "note": note.text().strip()}
                            for n, (rating, note) in enumerate(self.ratings, 1)]}
