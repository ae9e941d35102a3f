"""Findings the app proposes from the answers: the deputy accepts (then edits) or dismisses each.

The proposals come from services/proposals.py, asked from the editor's in-memory answers, so a
proposal appears the moment an answer makes it and goes when a finding covers it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.finding import SEVERITY_NAMES, THEMES
from ...domain.proposals import Proposal
from ...domain.text import pick
from ...services.proposals import dismiss_proposal, open_proposals
from .session import VisitSession

KEY_ROLE = Qt.ItemDataRole.UserRole + 70


class ProposalsPanel(QWidget):
    accept_requested = Signal(object)  # the Proposal to turn into a finding

    def __init__(self, session: VisitSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.proposals: list[Proposal] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("formSection")
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("proposalList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight(220)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptProposal")
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("dismissProposal")
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 8)
        column.addWidget(self.heading)
        column.addWidget(self.list)
        column.addLayout(row)
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.list.itemActivated.connect(lambda _item: self.accept_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_enabled())
        for signal in (session.answer_changed, session.findings_changed, session.photos_changed,
                       session.interviews_changed, session.status_changed):
            signal.connect(lambda *_: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Make it a finding; you can edit it afterwards"))
        self.dismiss_button.setText(self.tr("Dis&miss"))
        self.dismiss_button.setToolTip(self.tr("Do not propose it again for this visit"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        data = self.session.data
        self.proposals = open_proposals(
            data.template, data.visit, data.facility, self.session.applicable_values(),
            flags={qid: a.flagged for qid, a in data.answers.items()}, photos=data.photos,
            interviews=data.interviews, findings=data.findings)
        current = self.current_key()
        lang = self.session.lang
        self.list.clear()
        for proposal in self.proposals:
            mark = "‼ " if proposal.red_line else ""
            item = QListWidgetItem(f"{mark}[{pick(SEVERITY_NAMES[proposal.severity], lang)}] "
                                   f"{pick(proposal.text, lang)}")
            item.setData(KEY_ROLE, proposal.key)
            item.setToolTip(self.tr("Theme: %1\nRecommendation: %2\nAddressee: %3")
                            .replace("%1", pick(THEMES.get(proposal.theme), lang))
                            .replace("%2", pick(proposal.recommendation, lang))
                            .replace("%3", pick(proposal.addressee, lang)))
            self.list.addItem(item)
            if proposal.key == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.heading.setText(self.tr("Proposed from the answers (%n)", "", len(self.proposals)))
        self.setVisible(bool(self.proposals))
        self._update_enabled()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def current(self) -> Proposal | None:
        key = self.current_key()
        return next((p for p in self.proposals if p.key == key), None)

    def _update_enabled(self) -> None:
        editable = not self.session.read_only and self.current() is not None
        self.accept_button.setEnabled(editable)
        self.dismiss_button.setEnabled(editable)

    def accept_current(self) -> None:
        proposal = self.current()
        if proposal is not None and not self.session.read_only:
            self.accept_requested.emit(proposal)

    def dismiss_current(self) -> None:
        proposal = self.current()
        if proposal is None or self.session.read_only:
            return
        visit = self.session.data.visit
        # In memory at once (the list forgets it now), then on the visit record, which syncs.
        if proposal.key not in visit.dismissed_proposals:
            visit.dismissed_proposals = [*visit.dismissed_proposals, proposal.key]
        visit_id, key = visit.id, proposal.key
        self.session.write(lambda job: dismiss_proposal(job.profile, visit_id, key))
        self.refresh()
