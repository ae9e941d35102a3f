"""The findings tab: what the deputies concluded, the evidence behind it, and the recommendation."""

from __future__ import annotations

import copy

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.finding import SEVERITY_NAMES, THEMES, Finding
from ...domain.text import pick
from ...services.findings import save_finding
from ..confirm import ask
from ..date_field import DateField
from .evidence_picker import EvidencePicker, evidence_label
from .question_widgets import set_inert
from .record_pane import list_and_form, open_first
from .session import VisitSession, error_text
from .store_calls import delete_record, reorder_findings
from .thumbnails import ThumbnailCache

ID_ROLE = Qt.ItemDataRole.UserRole + 50
ADDRESSEES = ["Правительство Республики Казахстан",
              "Министерство труда и социальной защиты населения РК",
              "Министерство здравоохранения РК", "Министерство просвещения РК", "Акимат области"]
SEVERITY_COLOURS = {"critical": "#b3261e", "major": "#c25e00", "minor": "#1e6fd9",
                    "note": "#5f6368"}


class FindingsView(QWidget):
    def __init__(self, session: VisitSession, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self.current: Finding | None = None
        self._loading = False

        self.list = QListWidget(self)
        self.list.setObjectName("recordList")
        self.list.setMinimumWidth(260)
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
        self.addressee.addItems(ADDRESSEES)
        self.due = DateField(self)  # empty is no deadline; the clear button removes one
        self.due.set_opens_on(QDate.fromString(session.data.visit.started_on, "yyyy-MM-dd"))
        self.evidence = QListWidget(self)
        self.evidence.setMaximumHeight(130)
        self.evidence_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(self) for _ in range(7)]
        evidence_box = QVBoxLayout()
        evidence_box.addWidget(self.evidence)
        evidence_box.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignLeft)
        for label, field in zip(self.labels, (self.severity, self.theme, self.text,
                                              self.recommendation, self.addressee, self.due,
                                              evidence_box), strict=True):
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
        body_column.addStretch(1)
        self.scroll, self.placeholder = list_and_form(self, left, body)

        self.new_button.clicked.connect(self.new_finding)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button.clicked.connect(self.delete_current)
        self.evidence_button.clicked.connect(self.choose_evidence)
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.list.model().rowsMoved.connect(lambda *_: self._store_order())
        for signal in (self.severity.currentIndexChanged, self.theme.currentIndexChanged,
                       self.text.textChanged, self.recommendation.textChanged,
                       self.addressee.currentTextChanged, self.due.dateChanged):
            signal.connect(lambda *_: self._edited())
        session.status_changed.connect(self._update_enabled)
        session.photos_changed.connect(self._show_evidence)
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
        self._loading = False
        for label, text in zip(self.labels, (
                self.tr("&Severity"), self.tr("T&heme"), self.tr("&Finding"),
                self.tr("&Recommendation"), self.tr("&Addressee"), self.tr("&Due date"),
                self.tr("Evidence")), strict=True):
            label.setText(text)
        self.new_button.setText(self.tr("&New finding"))
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Move up (the report follows this order)"))
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.delete_button.setText(self.tr("Delete"))
        self.evidence_button.setText(self.tr("Choose &evidence…"))
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

    def _fill_list(self) -> None:
        current = self.current.id if self.current else None
        lang = self.session.lang
        self.list.blockSignals(True)
        self.list.clear()
        for n, finding in enumerate(self.session.data.findings, start=1):
            severity = pick(SEVERITY_NAMES.get(finding.severity), lang)
            text = finding.text.strip().splitlines()[0] if finding.text.strip() else self.tr(
                "(not written yet)")
            item = QListWidgetItem(f"{n}. [{severity}] {text}")
            item.setData(ID_ROLE, finding.id)
            item.setForeground(Qt.GlobalColor.black)
            item.setToolTip(finding.text)
            self.list.addItem(item)
            if finding.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _select(self, item: QListWidgetItem | None) -> None:
        finding_id = item.data(ID_ROLE) if item else None
        self._show(next((f for f in self.session.data.findings if f.id == finding_id), None))

    def _show(self, finding: Finding | None) -> None:
        self.current = finding
        self.scroll.setVisible(finding is not None)
        self.placeholder.setVisible(finding is None)
        self.message.hide()
        if finding is not None:
            self._loading = True
            self.severity.setCurrentIndex(max(0, self.severity.findData(finding.severity)))
            self.theme.setCurrentIndex(max(0, self.theme.findData(finding.theme)))
            self.text.setPlainText(finding.text)
            self.recommendation.setPlainText(finding.recommendation)
            self.addressee.setCurrentText(finding.addressee)
            self.due.set_iso(finding.due_date)
            self._loading = False
            self._show_evidence()
        self._update_enabled()

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
        fields = [self.severity, self.theme, self.text, self.recommendation, self.addressee,
                  self.due]
        set_inert(fields + [self.addressee.lineEdit()], not editable)
        for w in fields:
            w.setEnabled(has)

    # --- editing --------------------------------------------------------------------------

    def new_finding(self) -> None:
        if self.session.read_only:
            return
        finding = Finding(visit_id=self.session.visit_id,
                          position=len(self.session.data.findings) + 1)
        self.session.data.findings.append(finding)
        self._fill_list()
        self._show(finding)
        self._fill_list()
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
        item = self.list.currentItem()
        if item is not None:
            severity = pick(SEVERITY_NAMES.get(finding.severity), self.session.lang)
            first = finding.text.strip().splitlines()[0] if finding.text.strip() else ""
            item.setText(f"{self.list.row(item) + 1}. [{severity}] {first}")

    def _schedule_save(self) -> None:
        finding = self.current
        if finding is None:
            return
        if not finding.text.strip():
            self.message.setText(self.tr("Write the finding itself; it is saved once it has "
                                         "text."))
            self.message.show()
            return
        self.message.hide()
        self.session.schedule(("finding", finding.id), save_finding, copy.deepcopy(finding),
                              on_done=self._saved, on_error=self._refused)

    def _saved(self, stored: Finding) -> None:
        for known in self.session.data.findings:
            if known.id == stored.id:
                known.position = stored.position
        self.session.findings_changed.emit()

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, self.session.lang))
        self.message.show()

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

    def move(self, step: int) -> None:
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
        self.session.store(reorder_findings, saved)

    def delete_current(self) -> None:
        finding = self.current
        if finding is None:
            return
        if not ask(self, self.tr("Delete finding"), self.tr("Delete this finding?"),
                   self.tr("Delete"), self.tr("Keep")):
            return
        self.session.autosave.cancel(("finding", finding.id))
        self.session.data.findings = [f for f in self.session.data.findings if f.id != finding.id]
        if finding.text.strip():
            self.session.store(delete_record, Finding, finding.id, on_error=lambda _e: None)
        self._fill_list()
        open_first(self.list, self._select)
        self.session.findings_changed.emit()
