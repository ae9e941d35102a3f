"""The list's period: presets a deputy uses, and calendars that open where people look."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from inspector.ui.filters_bar import NO_DATE, FiltersBar, preset_period


def test_presets_give_the_calendar_periods():
    today = QDate(2026, 11, 28)
    assert preset_period("month", today) == (QDate(2026, 11, 1), QDate(2026, 11, 30))
    assert preset_period("quarter", today) == (QDate(2026, 10, 1), QDate(2026, 12, 31))
    assert preset_period("quarter", QDate(2026, 2, 14)) == (QDate(2026, 1, 1), QDate(2026, 3, 31))
    assert preset_period("year", today) == (QDate(2026, 1, 1), QDate(2026, 12, 31))
    assert preset_period("last_year", today) == (QDate(2025, 1, 1), QDate(2025, 12, 31))
    assert preset_period("", today) == (NO_DATE, NO_DATE)


def test_choosing_a_preset_filters_the_list_and_typed_dates_show_as_their_own(qtbot):
    bar = FiltersBar("en")
    qtbot.addWidget(bar)
    bar.show()
    seen = []
    bar.filter_changed.connect(seen.append)
    bar.period.setFocus()
    # The keyboard: the combo's arrows choose «This month» and then «This year».
    QTest.keyClick(bar.period, Qt.Key.Key_Down)
    first, last = preset_period("month", QDate.currentDate())
    assert (seen[-1].date_from, seen[-1].date_to) == (first.toString("yyyy-MM-dd"),
                                                      last.toString("yyyy-MM-dd"))
    bar.period.setCurrentIndex(bar.period.findData("year"))
    bar._preset_chosen(bar.period.currentIndex())
    assert seen[-1].date_from == f"{QDate.currentDate().year()}-01-01"
    bar.date_from.setDate(QDate(2024, 3, 5))  # a date of one's own
    assert bar.period.currentData() == "custom"
    assert seen[-1].date_from == "2024-03-05"
    bar.reset()
    assert bar.period.currentData() == "" and seen[-1].date_from == ""


def test_the_calendar_of_an_unset_date_opens_on_this_month(qtbot):
    bar = FiltersBar("en")
    qtbot.addWidget(bar)
    bar.show()
    edit = bar.date_from
    # A click on the arrow at the right edge opens the popup, as a person would.
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6,
                                                                 edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.date() == NO_DATE  # opening it chose nothing
    calendar.window().hide()
