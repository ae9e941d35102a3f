"""The new-visit dialog: which institution, where, when, who; then the visit is created.

Existing institutions of the chosen kind are offered as the name is typed, so a second visit to
the same centre joins its history instead of creating a twin.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import InspectorError
from ..domain.facility import Facility
from ..domain.kinds import INSTITUTION_KINDS, KIND_NAMES
from ..domain.regions import regions
from ..domain.text import day, pick
from ..domain.visit import Visit
from ..services.visits import NewVisit, create_visit, list_facilities, visit_on_same_day
from .confirm import ask
from .date_field import DateField
from .form_labels import name_field
from .ops import error_detail, store_op
from .tasks import TaskRunner


def split_names(text: str) -> list[str]:
    """People typed one per line or separated by commas (or semicolons)."""
    return [name.strip() for name in re.split(r"[,;\n]", text) if name.strip()]


class NewVisitDialog(QDialog):
    def __init__(self, runner: TaskRunner, lang: str, deputy_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.lang = lang
        self.visit_id = ""
        self.facilities: list[Facility] = []
        self._chosen: Facility | None = None
        self.revisit_of = ""  # set by prefill_revisit: the visit this one follows up
        self._same_day_checked = False

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in INSTITUTION_KINDS:
            self.kind.addItem(pick(KIND_NAMES[kind], lang), kind)
        self.name = QLineEdit()
        self.name.setObjectName("institution")
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.region = QComboBox()
        self.region.setObjectName("region")
        self.region.addItem("", "")
        for region_id, names in regions().items():
            self.region.addItem(pick(names, lang), region_id)
        self.district = QLineEdit()
        self.address = QLineEdit()
        self.started_on = DateField(clearable=False)
        self.started_on.setDate(QDate.currentDate())
        self.several_days = QCheckBox()
        self.ended_on = DateField(clearable=False)
        self.ended_on.setDate(QDate.currentDate())
        self.ended_on.setEnabled(False)
        self.several_days.toggled.connect(self.ended_on.setEnabled)
        # A one-day visit ends the day it starts; the greyed last day shows that, not today.
        self.started_on.dateChanged.connect(
            lambda d: None if self.several_days.isChecked() or not d.isValid()
            else self.ended_on.setDate(d))
        self.deputies = QPlainTextEdit(deputy_name)
        self.participants = QPlainTextEdit()
        for edit in (self.deputies, self.participants):
            edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self.announced = QCheckBox()
        self.revisit_note = QLabel()
        self.revisit_note.setWordWrap(True)
        self.revisit_note.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button: a standard Ok would have its text reset by Qt on a language change.
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createVisit")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Once shown, the list of what is missing follows the fixes: «Выберите регион.» stayed
        # in red after the region was chosen, as if the choice had not been taken.
        self.name.textChanged.connect(self._recheck)
        self.region.currentIndexChanged.connect(self._recheck)
        self.started_on.dateChanged.connect(self._recheck)
        self.ended_on.dateChanged.connect(self._recheck)
        self.several_days.toggled.connect(self._recheck)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows = [self.kind, self.name, self.region, self.district, self.address,
                      self.started_on, self.several_days, self.ended_on, self.deputies,
                      self.participants, self.announced]
        for widget in self._rows:
            self.form.addRow(QLabel(), widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.revisit_note)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Only once the buttons are inside the dialog does setDefault reach it: set earlier,
        # Qt made Cancel the default and Enter threw the typed visit away.
        self.create_button.setDefault(True)
        self.setMinimumWidth(520)

        self.kind.currentIndexChanged.connect(self._offer_names)
        self.name.textChanged.connect(self._match_facility)
        completer.activated.connect(self._match_facility)
        self.retranslate()
        store_op(runner, lambda job: list_facilities(job.profile), parent=self) \
            .success(self._got_facilities).run()

    # --- institutions already known ------------------------------------------------------

    def _got_facilities(self, facilities: list[Facility]) -> None:
        self.facilities = facilities
        self._offer_names()

    def _offer_names(self) -> None:
        kind = self.kind.currentData()
        self._names.setStringList(sorted({f.name for f in self.facilities if f.kind == kind}))
        self._match_facility()

    def _match_facility(self, *_: object) -> None:
        """Typing or picking a known institution's name fills in where it is."""
        name = self.name.text().strip().casefold()
        kind = self.kind.currentData()
        match = next((f for f in self.facilities
                      if f.kind == kind and f.name.casefold() == name), None)
        if match is not None and match is not self._chosen:
            self.region.setCurrentIndex(max(0, self.region.findData(match.region)))
            self.district.setText(match.district)
            self.address.setText(match.address)
        self._chosen = match

    # --- creating the visit --------------------------------------------------------------

    def collected(self) -> NewVisit:
        ended = self.ended_on.date() if self.several_days.isChecked() else None
        return NewVisit(
            kind=self.kind.currentData(), name=self.name.text().strip(),
            region=self.region.currentData() or "", district=self.district.text().strip(),
            address=self.address.text().strip(),
            facility_id=self._chosen.id if self._chosen else "",
            started_on=self.started_on.date().toString("yyyy-MM-dd"),
            ended_on=ended.toString("yyyy-MM-dd") if ended else "",
            deputies=split_names(self.deputies.toPlainText()),
            participants=split_names(self.participants.toPlainText()),
            announced=self.announced.isChecked(), revisit_of=self.revisit_of)

    def prefill_revisit(self, facility: Facility, earlier: Visit) -> None:
        """A follow-up visit: the same institution and people, dated today, asked before made;
        the earlier visit's findings are copied to be checked again."""
        self.revisit_of = earlier.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(facility.kind)))
        self.name.setText(facility.name)
        self.region.setCurrentIndex(max(0, self.region.findData(facility.region)))
        self.district.setText(facility.district)
        self.address.setText(facility.address)
        self._chosen = facility
        for widget in (self.kind, self.name, self.region, self.district, self.address):
            widget.setEnabled(False)  # a follow-up is of the same institution
        self.deputies.setPlainText("\n".join(earlier.deputies))
        self.participants.setPlainText("\n".join(earlier.participants))
        self.setWindowTitle(self.tr("Revisit: %1").replace("%1", facility.name))
        self.revisit_note.setText(self.tr("A follow-up of the visit on %1: its findings are "
                                          "copied, to be checked again.")
                                  .replace("%1", day(earlier.started_on)))
        self.revisit_note.show()
        self.started_on.setFocus()
        self.started_on.selectAll()

    def problems(self) -> list[tuple[QWidget, str]]:
        """What stops the visit from being created, in the user's language, first to fix first."""
        found: list[tuple[QWidget, str]] = []
        for edit in (self.started_on, self.ended_on):
            if edit.isEnabled() and (edit.problem() or not edit.date().isValid()):
                found.append((edit, edit.problem() or self.tr("Enter the date of the visit.")))
        if not self.name.text().strip():
            found.append((self.name, self.tr("Enter the name of the institution.")))
        if not self.region.currentData():
            found.append((self.region, self.tr("Choose the region.")))
        if self.several_days.isChecked() and self.ended_on.date() < self.started_on.date():
            found.append((self.ended_on, self.tr("The last day is before the first day.")))
        if self.started_on.date() > QDate.currentDate().addDays(366):
            found.append((self.started_on, self.tr("The date is more than a year ahead.")))
        return found

    def submit(self) -> None:
        problems = self.problems()
        if problems:
            self._show_error("\n".join(text for _, text in problems))
            problems[0][0].setFocus()
            return
        if self.started_on.date() > QDate.currentDate() and not self._future_date_confirmed():
            self.started_on.setFocus()
            return
        self.buttons.setEnabled(False)
        new = self.collected()
        store_op(self.runner, lambda job: visit_on_same_day(job.profile, new), parent=self) \
            .success(self._same_day_known).failure(self._failed).run()

    def _same_day_known(self, existing: str) -> None:
        """A second visit to the same institution on the same day is usually the first one
        started again: offer to open it."""
        if existing and ask(
                self, self.tr("This visit may already exist"),
                self.tr("A visit to this institution on %1 is already recorded. Open it "
                        "instead of creating a second one?")
                .replace("%1", self.started_on.date().toString("dd.MM.yyyy")),
                self.tr("Open the existing visit"), self.tr("Create another visit"),
                default_yes=True):
            self._created(existing)
            return
        new = self.collected()
        store_op(self.runner, lambda job: create_visit(job.profile, new), parent=self) \
            .success(self._created).failure(self._failed).run()

    def _future_date_confirmed(self) -> bool:
        # A mistyped day or month gives a future visit; planned visits are rare, so ask.
        text = self.tr("The visit date %1 is in the future. Create the visit with this date?")
        return ask(self, self.tr("Date in the future"),
                    text.replace("%1", self.started_on.date().toString("dd.MM.yyyy")),
                    self.tr("Create"), self.tr("Change the date"))

    def has_input(self) -> bool:
        """Anything typed that closing would throw away."""
        return bool(self.name.text().strip() or self.district.text().strip()
                    or self.address.text().strip() or self.participants.toPlainText().strip()
                    or self.region.currentData())

    def reject(self) -> None:
        if self.buttons.isEnabled() and self.has_input() and not ask(
                self, self.tr("Discard the new visit?"),
                self.tr("What you typed in this form will be lost."),
                self.tr("Discard"), self.tr("Continue editing")):
            return
        super().reject()

    def _created(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InspectorError):
            self._show_error(error.message(self.lang))
        else:
            text = self.tr("The visit could not be created: %1")
            self._show_error(text.replace("%1", error_detail(error, self.lang)))

    def _recheck(self, *_: object) -> None:
        if self.error.isVisible():
            problems = self.problems()
            self.error.setText("\n".join(text for _, text in problems))
            self.error.setVisible(bool(problems))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New visit"))
        labels = [self.tr("&Kind of institution:"), self.tr("&Institution:"),
                  self.tr("&Region:"), self.tr("Dis&trict:"), self.tr("&Address:"),
                  self.tr("&Date:"), "", self.tr("&Last day:"), self.tr("D&eputies:"),
                  self.tr("&Participants:"), ""]
        for widget, text in zip(self._rows, labels, strict=True):
            name_field(self.form.labelForField(widget), text, widget)
        self.name.setPlaceholderText(self.tr("Start typing: known institutions are offered"))
        self.region.setItemText(0, self.tr("Choose a region…"))
        self.several_days.setText(self.tr("The visit took several days"))
        self.several_days.setAccessibleName(self.several_days.text())
        self.deputies.setPlaceholderText(self.tr("One per line or separated by commas"))
        self.participants.setPlaceholderText(self.tr("Aides, experts, journalists…"))
        self.announced.setText(self.tr("The visit was announced in advance"))
        self.announced.setAccessibleName(self.announced.text())
        self.create_button.setText(self.tr("Create visit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

