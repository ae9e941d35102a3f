"""The overview tab: the institution, the visit, how far the checklist is, and the key figures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import _is_blank
from ...domain.evaluation import Evaluation
from ...domain.kinds import KIND_NAMES
from ...domain.regions import region_name
from ...domain.text import day, pick
from .key_figures import key_figures
from .session import VisitSession

TILE_COLUMNS = 3


class OverviewView(QScrollArea):
    def __init__(self, session: VisitSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("overviewPage")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 24)
        column.setSpacing(14)

        self.name = QLabel(body)
        self.name.setObjectName("facilityName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel(body)
        self.kind.setProperty("role", "secondary")
        column.addWidget(self.name)
        column.addWidget(self.kind)

        self.details_card = QFrame(body)
        self.details_card.setObjectName("card")
        self.details = QFormLayout(self.details_card)
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.detail_labels = {key: (QLabel(), QLabel()) for key in (
            "address", "dates", "deputies", "participants", "announced", "status")}
        for caption, value in self.detail_labels.values():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setProperty("role", "secondary")
            self.details.addRow(caption, value)
        column.addWidget(self.details_card)

        self.progress_card = QFrame(body)
        self.progress_card.setObjectName("card")
        progress_column = QVBoxLayout(self.progress_card)
        self.progress_title = QLabel(self.progress_card)
        self.progress_title.setObjectName("cardTitle")
        self.progress = QProgressBar(self.progress_card)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_text = QLabel(self.progress_card)
        self.counts = QLabel(self.progress_card)
        self.counts.setProperty("role", "secondary")
        for w in (self.progress_title, self.progress, self.progress_text, self.counts):
            progress_column.addWidget(w)
        column.addWidget(self.progress_card)

        self.figures_title = QLabel(body)
        self.figures_title.setObjectName("cardTitle")
        column.addWidget(self.figures_title)
        self.figures_grid = QGridLayout()
        self.figures_grid.setSpacing(10)
        for c in range(TILE_COLUMNS):  # equal columns, whatever the texts
            self.figures_grid.setColumnStretch(c, 1)
        column.addLayout(self.figures_grid)
        self.no_figures = QLabel(body)
        self.no_figures.setProperty("role", "secondary")
        self.no_figures.setWordWrap(True)
        column.addWidget(self.no_figures)
        column.addStretch(1)
        self.setWidget(body)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)  # typing in a number should not rebuild per key
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (session.answer_changed, session.photos_changed, session.status_changed,
                       session.interviews_changed, session.findings_changed):
            signal.connect(lambda *_: self._refresh_timer.start())
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        data, lang = self.session.data, self.session.lang
        facility, visit = data.facility, data.visit
        self.name.setText(facility.name)
        place = [pick(KIND_NAMES.get(facility.kind), lang) or facility.kind]
        if facility.region:
            place.append(region_name(facility.region, lang))
        if facility.district:
            place.append(facility.district)
        self.kind.setText("  ·  ".join(place))
        dates = day(visit.started_on)
        if visit.ended_on and visit.ended_on != visit.started_on:
            dates += " — " + day(visit.ended_on)
        rows = {
            "address": (self.tr("Address"), facility.address or "—"),
            "dates": (self.tr("Dates of the visit"), dates),
            "deputies": (self.tr("Deputies"), ", ".join(visit.deputies) or "—"),
            "participants": (self.tr("Also present"), ", ".join(visit.participants) or "—"),
            "announced": (self.tr("Announced"), self.tr("Yes, the institution knew in advance")
                          if visit.announced else self.tr("No, unannounced")),
            "status": (self.tr("Status"), self.tr("Completed") if visit.is_completed
                       else self.tr("Draft — being filled in")),
        }
        for key, (caption, value) in rows.items():
            self.detail_labels[key][0].setText(caption)
            self.detail_labels[key][1].setText(value)
        self._show_progress()
        self._show_figures()

    def _show_progress(self) -> None:
        data, values = self.session.data, self.session.values()
        visible = [q for q in data.template.questions() if data.template.is_visible(q, values)]
        counted = self.session.applicable_values()
        answered = sum(not _is_blank(counted.get(q.id)) for q in visible)
        missing = len(data.template.missing_required(counted))
        # A hidden question's answer is kept but is not an answer: the one evaluator counts
        # only what applies.
        flags = {qid: a.flagged for qid, a in data.answers.items()}
        _, _, problems = Evaluation(data.template, counted, flags,
                                    references=self.session.references()).counts()
        self.progress_title.setText(self.tr("Checklist"))
        self.progress.setRange(0, max(1, len(visible)))
        self.progress.setValue(answered)
        text = self.tr("%1 of %2 questions answered").replace("%1", str(answered)).replace(
            "%2", str(len(visible)))
        if missing:
            text += " · " + self.tr("%n required still open", "", missing)
        else:
            text += " · " + self.tr("all required answered")
        self.progress_text.setText(text)
        self.counts.setText("  ·  ".join((
            self.tr("%n problem(s)", "", problems),
            self.tr("%n photo(s)", "", len(data.photos)),
            self.tr("%n interview(s)", "", sum(1 for i in data.interviews if i.consent_given)),
            self.tr("%n finding(s)", "", len(data.findings)))))

    def _show_figures(self) -> None:
        self.figures_title.setText(self.tr("Key figures"))
        while self.figures_grid.count():
            item = self.figures_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        words = {"vacancies": self.tr("Vacancies, share of posts")}
        answers = self.session.data.answers
        figures = key_figures(self.session.data.template, self.session.applicable_values(),
                              self.session.lang, words,
                              {qid: a.flagged for qid, a in answers.items()},
                              self.session.references())
        for i, figure in enumerate(figures):
            tile = QFrame()
            tile.setObjectName("figureTile")
            tile.setMinimumWidth(0)
            tile.setProperty("problem", figure.problem)
            tile_column = QVBoxLayout(tile)
            label = QLabel(figure.label)
            label.setWordWrap(True)
            label.setProperty("role", "secondary")
            value = QLabel(figure.value)
            value.setWordWrap(True)
            # A list of options is a sentence, not a number: it gets the body size.
            value.setObjectName("figureValue" if len(figure.value) <= 24 else "figureText")
            tile_column.addWidget(label)
            tile_column.addWidget(value)
            if figure.note:
                note = QLabel(figure.note)
                note.setProperty("role", "secondary")
                tile_column.addWidget(note)
            tile_column.addStretch(1)
            self.figures_grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
        self.no_figures.setText(self.tr("Key figures appear here as the checklist is filled: "
                                        "staff posts, vacancies, wages against the regional "
                                        "average."))
        self.no_figures.setVisible(not figures)
