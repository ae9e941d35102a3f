"""The row above the visit list: search box, kind, region, status and period.

It only describes what the person chose (a VisitFilter) and, after a pause in typing, which
words to search for; the main window runs the search on the store lane.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from ..domain.kinds import INSTITUTION_KINDS, KIND_NAMES
from ..domain.regions import regions
from ..domain.text import pick
from .visit_list import VisitFilter

SEARCH_DELAY_MS = 250  # long enough not to search on every keystroke, short enough to feel live
NO_DATE = QDate(2000, 1, 1)  # the minimum date stands for "no limit" and shows as a dash
PRESETS = ("", "month", "quarter", "year", "last_year")  # "" is any time; a typed period: custom


def preset_period(preset: str, today: QDate) -> tuple[QDate, QDate]:
    """The first and last day of a named period around `today`; any time is (NO_DATE, NO_DATE)."""
    y, m = today.year(), today.month()
    if preset == "month":
        first = QDate(y, m, 1)
        return first, first.addMonths(1).addDays(-1)
    if preset == "quarter":
        first = QDate(y, (m - 1) // 3 * 3 + 1, 1)
        return first, first.addMonths(3).addDays(-1)
    if preset == "year":
        return QDate(y, 1, 1), QDate(y, 12, 31)
    if preset == "last_year":
        return QDate(y - 1, 1, 1), QDate(y - 1, 12, 31)
    return NO_DATE, NO_DATE


class _OpenOnToday(QObject):
    """A calendar for an unset date opens on this month, not on January 2000."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class ShowsItsChoice(QComboBox):
    """Closed, as wide as the choice it shows while there is room («Все типы учреждений» was
    cut to «Все типы учре» with 300 pixels free beside it); on a narrower screen the layout
    takes it down to the eight letters of its minimum, and the open list shows it whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(lambda _text: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self.currentText()) + 8, hint.height())
        needed = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(hint.width(), needed.width()), hint.height())


class FiltersBar(QWidget):
    filter_changed = Signal(object)  # VisitFilter without search results
    search_requested = Signal(str)  # the words, after the typing pause; "" clears the search

    def __init__(self, lang: str = "ru", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(170)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(
            lambda: self.search_requested.emit(self.search.text().strip()))
        self.search.textChanged.connect(self._search_timer.start)

        self.kind = ShowsItsChoice()
        self.kind.setObjectName("kindFilter")
        self.region = ShowsItsChoice()
        self.region.setObjectName("regionFilter")
        self.status = ShowsItsChoice()
        self.status.setObjectName("statusFilter")
        self.period_label = QLabel()
        self.period = ShowsItsChoice()
        self.period.setObjectName("periodPreset")
        self.period.activated.connect(self._preset_chosen)
        self.date_from = self._date_edit("dateFrom")
        self.date_to = self._date_edit("dateTo")
        self.dash = QLabel("–")
        self.clear = QPushButton()
        self.clear.setObjectName("clearFilters")
        self.clear.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.kind, self.region, self.status, self.period_label,
                       self.period, self.date_from, self.dash, self.date_to, self.clear):
            layout.addWidget(widget)
        layout.setStretchFactor(self.search, 1)  # the room left over is for the words typed
        for combo in (self.kind, self.region, self.status):
            combo.currentIndexChanged.connect(self._emit_filter)
        # Long Kazakh names would widen the window past a 1366-pixel screen: closed combos show
        # the start of their text, the open list shows it whole.
        for combo in (self.kind, self.region, self.status, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.dateChanged.connect(self._dates_changed)
        edit.calendarWidget().installEventFilter(_OpenOnToday(edit))
        return edit

    def _preset_chosen(self, index: int) -> None:
        preset = self.period.itemData(index) or ""
        if preset == "custom":  # the person's own dates: go and type them
            self.date_from.setFocus()
            return
        first, last = preset_period(preset, QDate.currentDate())
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._emit_filter()

    def _dates_changed(self) -> None:
        """Dates typed or picked by hand: the preset shows the period they make, if it is one."""
        chosen = (self.date_from.date(), self.date_to.date())
        today = QDate.currentDate()
        match = next((p for p in PRESETS if preset_period(p, today) == chosen), None)
        self.period.setCurrentIndex(self.period.findData("custom" if match is None else match))
        self._emit_filter()

    def current_filter(self) -> VisitFilter:
        def iso(edit: QDateEdit) -> str:
            return "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return VisitFilter(kind=self.kind.currentData() or "",
                           region=self.region.currentData() or "",
                           status=self.status.currentData() or "",
                           date_from=iso(self.date_from), date_to=iso(self.date_to))

    def reset(self) -> None:
        self.search.clear()
        for combo in (self.kind, self.region, self.status):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.period.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search visits, findings, interviews…"))
        self.search.setAccessibleName(self.tr("Search"))
        self._fill(self.kind, self.tr("All kinds"),
                   [(k, pick(KIND_NAMES[k], self.lang)) for k in INSTITUTION_KINDS])
        self.kind.setAccessibleName(self.tr("Kind of institution"))
        self._fill(self.region, self.tr("All regions"),
                   [(r, pick(name, self.lang)) for r, name in regions().items()])
        self.region.setAccessibleName(self.tr("Region"))
        self._fill(self.status, self.tr("Any status"),
                   [("draft", self.tr("Draft")), ("completed", self.tr("Completed"))])
        self.status.setAccessibleName(self.tr("Status"))
        self.period_label.setText(self.tr("Period:"))
        chosen = self.period.currentData() or ""
        self.period.clear()
        for data, text in (("", self.tr("Any time")), ("month", self.tr("This month")),
                           ("quarter", self.tr("This quarter")), ("year", self.tr("This year")),
                           ("last_year", self.tr("Last year")), ("custom", self.tr("Dates…"))):
            self.period.addItem(text, data)
        self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        self.period.setAccessibleName(self.tr("Period"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))
        self.date_from.setAccessibleName(self.tr("Visits from"))
        self.date_to.setAccessibleName(self.tr("Visits until"))
        self.clear.setText(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear all filters"))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """Refill a combo in the current language, keeping what was chosen and not signalling."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
