"""Date fields take what is typed: «28.11.2026» over a filled field is 28.11.2026, a deadline
can be emptied, one Tab leaves the field, and the calendar opens on the day it is told."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from inspector.ui.date_field import DateField


def make(qtbot) -> tuple[QWidget, DateField, QLineEdit]:
    form = QWidget()
    column = QVBoxLayout(form)
    field, after = DateField(form), QLineEdit(form)
    column.addWidget(field)
    column.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitActive(form)
    return form, field, after


def test_typing_over_a_date_stores_what_was_typed(qtbot):
    form, field, _ = make(qtbot)
    field.setDate(QDate(2026, 12, 1))
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    field.setFocus()
    field.selectAll()
    for typed, expected in (("28.11.2026", QDate(2026, 11, 28)), ("3/4/2026", QDate(2026, 4, 3)),
                            ("15-10-2026", QDate(2026, 10, 15))):
        field.selectAll()
        QTest.keyClicks(field, typed)
        assert field.date() == expected
    assert seen[-1] == QDate(2026, 10, 15)


def test_an_impossible_date_is_shown_as_wrong_and_changes_nothing(qtbot):
    form, field, _ = make(qtbot)
    field.setDate(QDate(2026, 11, 28))
    field.selectAll()
    QTest.keyClicks(field, "31.11.2026")
    assert field.problem()
    assert field.property("invalid") is True
    assert field.date() == QDate(2026, 11, 28)  # the last real date stays the value


def test_a_deadline_can_be_cleared(qtbot):
    form, field, _ = make(qtbot)
    field.setDate(QDate(2026, 11, 28))
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.iso() == "" and not field.date().isValid()
    assert seen and not seen[-1].isValid()


def test_one_tab_leaves_the_field(qtbot):
    form, field, after = make(qtbot)
    field.setDate(QDate(2026, 11, 28))
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert form.focusWidget() is after


def test_the_calendar_opens_on_the_day_it_is_told_and_sets_the_date(qtbot):
    form, field, _ = make(qtbot)
    field.set_opens_on(QDate(2026, 10, 14))
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_F4)
    calendar = field._popup.findChild(QCalendarWidget)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 10)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 10, 14)
