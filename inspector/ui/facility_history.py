"""An institution's history on one screen: its visits, findings, what became of each
recommendation (and on which visit it was checked), and the inquiries that cite them."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..domain.inquiry import STATUS_NAMES as INQUIRY_STATUS
from ..domain.recommendation import RESULT_NAMES, STATUS_NAMES, STILL_OPEN
from ..domain.text import day, pick
from ..services.recommendations import FacilityHistory

OPEN_COLOUR = "#b3261e"


class FacilityHistoryDialog(QDialog):
    def __init__(self, history: FacilityHistory, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history, self.lang = history, lang
        self.setWindowTitle(history.facility.name)
        self.resize(900, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("facilityHistory")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setHtml(self.html())

    def html(self) -> str:
        h, lang = self.history, self.lang
        parts = [f"<h2>{escape(h.facility.name)}</h2>",
                 "<p>" + escape(self.tr("Visits: %1 · open recommendations: %2")
                                .replace("%1", str(len(h.visits)))
                                .replace("%2", str(len(h.open_recommendations())))) + "</p>"]
        for entry in h.visits:
            parts.append(f"<h3>{escape(day(entry.visit.started_on))}</h3><ul>")
            for finding in entry.findings:
                parts.append(f"<li>{escape(finding.text)}")
                if finding.recommendation.strip():
                    status = pick(STATUS_NAMES.get(finding.recommendation_status), lang)
                    colour = OPEN_COLOUR if finding.recommendation_status in STILL_OPEN else ""
                    since = f", {escape(day(finding.status_on))}" if finding.status_on \
                        else ""
                    parts.append(f"<br/>→ {escape(finding.recommendation)} "
                                 f"<b style='color:{colour}'>[{escape(status)}{since}]</b>")
                parts.append("</li>")
            for check, finding in entry.checks:
                result = pick(RESULT_NAMES.get(check.result), lang) or self.tr("not checked")
                note = f" — {escape(check.comment)}" if check.comment else ""
                parts.append(f"<li>✓ {escape(finding.recommendation)}: <b>{escape(result)}</b>"
                             f"{note}</li>")
            parts.append("</ul>")
        if h.inquiries:
            parts.append(f"<h3>{escape(self.tr('Inquiries citing this institution'))}</h3><ul>")
            for inquiry in h.inquiries:
                status = pick(INQUIRY_STATUS.get(inquiry.status), lang)
                parts.append(f"<li>{escape(inquiry.title)} — {escape(status)}</li>")
            parts.append("</ul>")
        return "".join(parts)
