"""Enter never throws work away: forms submit or show their errors, questions default to safe."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_support import type_text

from inspector.services.visit_list import visit_summaries
from inspector.store.profile import Profile
from inspector.ui.new_visit_dialog import NewVisitDialog


def answer_next_question_with_key(key: Qt.Key, seen: list[str]) -> None:
    """Press `key` in the next modal question box, remembering its text."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        QTest.keyClick(box.focusWidget() or box, key)
    QTimer.singleShot(0, press)


def open_dialog(qtbot, runners) -> NewVisitDialog:
    dialog = NewVisitDialog(runners(), "en")
    # done() closes without reject(), which would ask about the typed text during teardown.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(dialog: NewVisitDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData("psc"))
    type_text(dialog.name, "ЦОН района Байконыр")
    dialog.region.setCurrentIndex(dialog.region.findData("astana"))


def test_enter_in_a_half_filled_form_shows_what_is_missing_and_keeps_the_text(qtbot, runners):
    dialog = open_dialog(qtbot, runners)
    type_text(dialog.name, "ЦОН района Байконыр")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Choose the region." in dialog.error.text()
    assert dialog.name.text() == "ЦОН района Байконыр"


def test_enter_in_a_filled_form_creates_the_visit(qtbot, runners, data_dir):
    dialog = open_dialog(qtbot, runners)
    fill(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=4000):
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    with Profile(data_dir) as profile:
        assert [s.facility_name for s in visit_summaries(profile)] == ["ЦОН района Байконыр"]


def test_a_future_date_asks_and_enter_keeps_the_form(qtbot, runners, data_dir):
    dialog = open_dialog(qtbot, runners)
    fill(dialog)
    dialog.started_on.setDate(QDate.currentDate().addDays(30))
    seen: list[str] = []
    answer_next_question_with_key(Qt.Key.Key_Return, seen)
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert seen and "in the future" in seen[0]
    assert dialog.isVisible()
    with Profile(data_dir) as profile:
        assert visit_summaries(profile) == []


def test_escape_in_a_half_filled_form_asks_before_throwing_it_away(qtbot, runners):
    dialog = open_dialog(qtbot, runners)
    type_text(dialog.name, "Дом ребёнка")
    seen: list[str] = []
    answer_next_question_with_key(Qt.Key.Key_Return, seen)  # the default: continue editing
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["What you typed in this form will be lost."]
    assert dialog.isVisible() and dialog.name.text() == "Дом ребёнка"


def test_escape_in_an_empty_form_just_closes_it(qtbot, runners):
    dialog = open_dialog(qtbot, runners)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_destructive_question_answers_no_to_enter_and_escape(qtbot):
    from PySide6.QtWidgets import QWidget

    from inspector.ui.confirm import ask

    parent = QWidget()
    qtbot.addWidget(parent)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen: list[str] = []
        answer_next_question_with_key(key, seen)
        assert ask(parent, "Delete photos", "Delete 20 photos?", "Delete", "Keep") is False
        assert seen == ["Delete 20 photos?"]

    def click_delete() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_delete)
            return
        (delete,) = [b for b in box.buttons() if b.text() == "Delete"]
        delete.click()
    QTimer.singleShot(0, click_delete)
    assert ask(parent, "Delete photos", "Delete 20 photos?", "Delete", "Keep") is True


def test_what_is_missing_follows_the_fixes(qtbot, runners):
    # «Choose the region.» stayed in red after the region was chosen.
    dialog = open_dialog(qtbot, runners)
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Choose the region." in dialog.error.text() and "name" in dialog.error.text()
    dialog.region.setCurrentIndex(dialog.region.findData("astana"))
    assert "Choose the region." not in dialog.error.text() and dialog.error.isVisible()
    type_text(dialog.name, "ЦОН")
    assert not dialog.error.isVisible()
