"""The findings tab: what the deputies concluded, the evidence behind it, and the recommendation."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.finding import SEVERITY_NAMES, THEMES, Finding
from ...domain.finding_checks import FindingWarning
from ...domain.proposals import Proposal, addressee_choices
from ...domain.text import pick
from ...services.findings import delete_finding, reorder_findings, save_finding
from ...services.profiles import Profile
from ...services.proposals import finding_warnings
from ..date_field import DateField
from .evidence_picker import EvidencePicker, evidence_label
from .proposals_panel import ProposalsPanel
from .question_widgets import set_inert
from .record_pane import ID_ROLE, RecordsView, list_and_form, open_first
from .session import VisitSession
from .thumbnails import ThumbnailCache

SEVERITY_COLOURS = {"critical": "#b3261e", "major": "#c25e00", "minor": "#1e6fd9",
                    "note": "#5f6368"}


class FindingsView(RecordsView[Finding]):
    kind = "finding"

    def __init__(self, session: VisitSession, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, list_width=260)
        self.thumbnails = thumbnails
        self.list.setWordWrap(True)
        # Long findings wrap; a sideways scrollbar would hide the end of every line.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.new_button = QPushButton(self)
        self.up_button = QToolButton(self)
        self.down_button = QToolButton(self)
        self.delete_button = QToolButton(self)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.proposals = ProposalsPanel(session, left)
        self.proposals.accept_requested.connect(self.accept_proposal)
        left_column.addWidget(self.proposals)
        left_column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        for b in (self.up_button, self.down_button, self.delete_button):
            row.addWidget(b)
        left_column.addLayout(row)

        self.severity = QComboBox(self)
        self.theme = QComboBox(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.recommendation = QPlainTextEdit(self)
        self.recommendation.setTabChangesFocus(True)
        self.recommendation.setFixedHeight(70)
        self.addressee = QComboBox(self)
        self.addressee.setEditable(True)
        self.due = DateField(self)  # empty is no deadline; the clear button removes one
        self.due.set_opens_on(QDate.fromString(session.data.visit.started_on, "yyyy-MM-dd"))
        self.evidence = QListWidget(self)
        self.evidence.setMaximumHeight(130)
        self.evidence_button = QPushButton(self)
        # What a reader would object to in this finding: shown, never blocking.
        self.warnings = QLabel(self)
        self.warnings.setObjectName("findingWarnings")
        self.warnings.setProperty("role", "error")
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        self._warned: dict[str, list[FindingWarning]] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self) for _ in range(7)]
        evidence_box = QVBoxLayout()
        evidence_box.addWidget(self.evidence)
        evidence_box.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignLeft)
        fields: tuple[QWidget | QLayout, ...] = (self.severity, self.theme, self.text,
                                                 self.recommendation, self.addressee, self.due,
                                                 evidence_box)
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        body = QWidget()
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(20, 16, 20, 20)
        body_column.addLayout(self.form)
        # Below the fields, not above: a hint that appears must not move the field a person
        # is about to click.
        body_column.addWidget(self.message)
        body_column.addWidget(self.warnings)
        body_column.addStretch(1)
        self.form_area, self.placeholder = list_and_form(self, left, body)

        self.new_button.clicked.connect(self.new_finding)
        self.up_button.clicked.connect(lambda: self.move_finding(-1))
        self.down_button.clicked.connect(lambda: self.move_finding(1))
        self.delete_button.clicked.connect(self.delete_current)
        self.evidence_button.clicked.connect(self.choose_evidence)
        self.list.model().rowsMoved.connect(lambda *_: self._store_order())
        for signal in (self.severity.currentIndexChanged, self.theme.currentIndexChanged,
                       self.text.textChanged, self.recommendation.textChanged,
                       self.addressee.currentTextChanged, self.due.dateChanged):
            signal.connect(lambda *_: self._edited())
        session.photos_changed.connect(self._show_evidence)
        # An edited answer can make a finding's quoted figure out of date.
        session.answer_changed.connect(lambda _qid: self._refresh_warnings())
        self.retranslate()
        self._fill_list()
        open_first(self.list, self._select)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.session.lang
        self._loading = True
        for combo, names in ((self.severity, SEVERITY_NAMES), (self.theme, THEMES)):
            current = combo.currentData()
            combo.clear()
            for key, text in names.items():
                combo.addItem(pick(text, lang), key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        facility = self.session.data.facility
        current_addressee = self.addressee.currentText()
        self.addressee.clear()
        self.addressee.addItems([pick(a, lang) for a in addressee_choices(facility.kind,
                                                                          facility.region)])
        self.addressee.setCurrentText(current_addressee)
        self._loading = False
        for label, caption in zip(self.labels, (
                self.tr("Severit&y"), self.tr("&Theme"), self.tr("Findin&g"),
                self.tr("Reco&mmendation"), self.tr("&Addressee"), self.tr("&Due date"),
                self.tr("Evidence")), strict=True):
            label.setText(caption)
        self.new_button.setText(self.tr("Ne&w finding"))
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Move up (the report follows this order)"))
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.delete_button.setText(self.tr("Delete"))
        self.evidence_button.setText(self.tr("Choose evidence…"))
        self.text.setPlaceholderText(self.tr("What did you see? E.g. “Average wage of nurses is "
                                             "38% below the regional average.”"))
        self.recommendation.setPlaceholderText(self.tr("What should be done, and by whom"))
        self.placeholder.setText(self.tr("No findings yet.\n\nA finding states a problem, links "
                                         "the evidence behind it and recommends what to do."))
        self._fill_list()
        self._show_evidence()

    def set_language(self, lang: str) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- list -----------------------------------------------------------------------------

    def records(self) -> list[Finding]:
        return self.session.data.findings

    def set_records(self, records: list[Finding]) -> None:
        self.session.data.findings = records

    def _fill_list(self) -> None:
        self._warned = self.all_warnings()  # once per fill, not once per item
        super()._fill_list()

    def item_text(self, finding: Finding, n: int) -> str:
        severity = pick(SEVERITY_NAMES.get(finding.severity), self.session.lang)
        text = finding.text.strip().splitlines()[0] if finding.text.strip() else self.tr(
            "(not written yet)")
        mark = "⚠ " if self._warned.get(finding.id) else ""
        return f"{n}. {mark}[{severity}] {text}"

    def decorate(self, item: QListWidgetItem, finding: Finding) -> None:
        item.setForeground(Qt.GlobalColor.black)
        item.setToolTip(finding.text)

    def show_record(self, finding: Finding) -> None:
        self.severity.setCurrentIndex(max(0, self.severity.findData(finding.severity)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(finding.theme)))
        self.text.setPlainText(finding.text)
        self.recommendation.setPlainText(finding.recommendation)
        self.addressee.setCurrentText(finding.addressee)
        self.due.set_iso(finding.due_date)
        self._show_evidence()
        self._show_warnings()

    def save(self, profile: Profile, finding: Finding) -> Finding:
        return save_finding(profile, finding)

    def delete(self, profile: Profile, finding_id: str) -> str:
        return delete_finding(profile, finding_id)

    def changed(self) -> None:
        self.session.findings_changed.emit()
        self.proposals.refresh()

    def delete_question(self) -> tuple[str, str]:
        return self.tr("Delete finding"), self.tr("Delete this finding?")

    def _show_evidence(self) -> None:
        self.evidence.clear()
        if self.current is None:
            return
        names = {"answer": self.tr("Answer"), "photo": self.tr("Photo"),
                 "interview": self.tr("Interview")}
        for link in self.current.evidence:
            self.evidence.addItem(f"{names.get(link['kind'], link['kind'])}: "
                                  f"{evidence_label(self.session, link['kind'], link['id'])}")
        if not self.current.evidence:
            self.evidence.addItem(self.tr("No evidence linked yet"))

    def all_warnings(self) -> dict[str, list[FindingWarning]]:
        data = self.session.data
        return finding_warnings(data.template, data.facility.kind,
                                self.session.applicable_values(), data.findings)

    def _show_warnings(self) -> None:
        finding = self.current
        found = self.all_warnings().get(finding.id, []) if finding is not None else []
        lang = self.session.lang
        self.warnings.setText("\n".join(f"⚠ {w.message(lang)}" for w in found))
        self.warnings.setVisible(bool(found))

    def _refresh_warnings(self) -> None:
        self._fill_list()
        self._show_warnings()

    def accept_proposal(self, proposal: Proposal) -> None:
        """The proposal becomes a finding, selected so the deputy can edit it at once."""
        if self.session.read_only:
            return
        self.add(proposal.finding(self.session.visit_id, self.session.lang,
                                  position=len(self.session.data.findings) + 1))
        self._fill_list()
        self._schedule_save()
        self.proposals.refresh()

    def _update_enabled(self) -> None:
        editable = not self.session.read_only
        has = self.current is not None
        # A completed visit reads in full contrast; the buttons that would change it go away.
        for w in (self.new_button, self.up_button, self.down_button, self.delete_button,
                  self.evidence_button):
            w.setVisible(editable)
        for w in (self.up_button, self.down_button, self.delete_button, self.evidence_button):
            w.setEnabled(has)
        self.list.setDragEnabled(editable)
        fields: list[QWidget] = [self.severity, self.theme, self.text, self.recommendation,
                                 self.addressee, self.due]
        typed = self.addressee.lineEdit()
        assert typed is not None, "the addressee combo is editable, so it has a line edit"
        set_inert([*fields, typed], not editable)
        for field in fields:
            field.setEnabled(has)

    # --- editing --------------------------------------------------------------------------

    def new_finding(self) -> None:
        if self.session.read_only:
            return
        self.add(Finding(visit_id=self.session.visit_id,
                         position=len(self.session.data.findings) + 1))
        self.text.setFocus()

    def _edited(self) -> None:
        finding = self.current
        if self._loading or finding is None:
            return
        finding.severity = self.severity.currentData() or finding.severity
        finding.theme = self.theme.currentData() or finding.theme
        finding.text = self.text.toPlainText()
        finding.recommendation = self.recommendation.toPlainText()
        finding.addressee = self.addressee.currentText().strip()
        if self.due.problem() is None:
            finding.due_date = self.due.iso()
        self._schedule_save()
        self._show_warnings()
        item = self.list.currentItem()
        if item is not None:
            severity = pick(SEVERITY_NAMES.get(finding.severity), self.session.lang)
            first = finding.text.strip().splitlines()[0] if finding.text.strip() else ""
            mark = "⚠ " if self.warnings.isVisibleTo(self) else ""
            item.setText(f"{self.list.row(item) + 1}. {mark}[{severity}] {first}")

    def is_worth_saving(self, finding: Finding) -> bool:
        if not finding.text.strip():
            self.message.setText(self.tr("Write the finding itself; it is saved once it has "
                                         "text."))
            self.message.show()
            return False
        self.message.hide()
        return True

    def saved(self, stored: Finding) -> None:
        for known in self.session.data.findings:
            if known.id == stored.id:
                known.position = stored.position

    def choose_evidence(self) -> None:
        if self.current is None:
            return
        self.session.autosave.flush()  # answers picked as evidence must be stored first
        picker = EvidencePicker(self.session, self.thumbnails, self.current.evidence, self)
        if picker.exec() == EvidencePicker.DialogCode.Accepted:
            self.set_evidence(picker.chosen())

    def set_evidence(self, links: list[dict[str, str]]) -> None:
        if self.current is not None:
            self.current.evidence = links
            self._show_evidence()
            self._schedule_save()
            self._refresh_warnings()
            self.proposals.refresh()

    def move_finding(self, step: int) -> None:
        # Not `move`: that name is QWidget's, which places the widget on screen.
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        findings = self.session.data.findings
        findings[row], findings[target] = findings[target], findings[row]
        self._fill_list()
        self.list.setCurrentRow(target)
        self._store_order(from_list=False)

    def _store_order(self, from_list: bool = True) -> None:
        if from_list:  # after drag and drop, the list is the truth
            order = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
            by_id = {f.id: f for f in self.session.data.findings}
            self.session.data.findings = [by_id[i] for i in order if i in by_id]
            self._fill_list()
        for position, finding in enumerate(self.session.data.findings, start=1):
            finding.position = position
        self.session.autosave.flush()  # a new finding must exist before it is reordered
        saved = [f.id for f in self.session.data.findings if f.text.strip()]
        self.session.write(lambda job: reorder_findings(job.profile, saved))
