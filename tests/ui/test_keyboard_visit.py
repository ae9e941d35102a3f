"""A whole visit by keyboard, for each kind with its shipped checklist: Tab into the first
answer, answer with keys (digits for yes/no and ratings, Space for choices, typing for numbers,
texts and dates), Enter to the next question, then Alt+C completes and Enter confirms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOption,
    QWidget,
)
from shell_support import type_text
from visit_support import dispose, wait_ready

from inspector.domain.checklist import QuestionType as T
from inspector.domain.kinds import INSTITUTION_KINDS
from inspector.domain.visit import Visit
from inspector.services.visits import add_facility, start_visit
from inspector.store.profile import Profile
from inspector.ui.tasks import TaskRunner
from inspector.ui.visit import VisitEditor
from inspector.ui.visit.question_row import QuestionRow


def row_of(widget: QWidget) -> QuestionRow:
    while not isinstance(widget, QuestionRow):
        widget = widget.parentWidget()
    return widget


def typed_number(question) -> str:
    low, high = question.bounds()
    value = max(low or 0, 1)
    if high is not None:
        value = min(value, high)
    return str(int(value))


def answer_with_keys(focus: QWidget, question) -> None:
    t = question.type
    if t in (T.YES_NO, T.RATING):
        assert isinstance(focus, QPushButton)
        QTest.keyClick(focus, Qt.Key.Key_1 if t == T.YES_NO else Qt.Key.Key_4)
    elif t in (T.NUMBER, T.MONEY, T.COUNT):
        QTest.keyClicks(focus, typed_number(question))
    elif t == T.DATE:
        QTest.keyClicks(focus, "20.11.2026")
    elif isinstance(focus, QPlainTextEdit):
        type_text(focus, "Проверено")
        QTest.keyClick(focus, Qt.Key.Key_Return)  # a new line in a text, not the next question
        assert QApplication.focusWidget() is focus and "\n" in focus.toPlainText()
        QTest.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # moves on
    elif isinstance(focus, (QRadioButton, QCheckBox)):
        QTest.keyClick(focus, Qt.Key.Key_Space)
    elif isinstance(focus, QComboBox):
        QTest.keyClick(focus, Qt.Key.Key_Down)
    elif isinstance(focus, QLineEdit):
        type_text(focus, "Проверено")


@pytest.fixture
def open_editor(qtbot, tmp_path):
    """open_editor(kind, prepare=None): a new visit of `kind` (prepare(profile, visit) may answer
    some of it first) open in an active 1366×768 editor; closed after the test."""
    opened: list[tuple[VisitEditor, TaskRunner]] = []

    def open_(kind: str, prepare=None) -> VisitEditor:
        with Profile(tmp_path / "p") as profile:
            facility = add_facility(profile, kind=kind, name="Учреждение")
            visit = start_visit(profile, facility.id, "2026-11-20")
            if prepare is not None:
                prepare(profile, visit)
        runner = TaskRunner(tmp_path / "p")
        editor = VisitEditor(runner, visit.id, "ru")
        opened.append((editor, runner))
        editor.resize(1366, 768)
        editor.show()
        wait_ready(qtbot, editor)
        editor.activateWindow()
        qtbot.waitActive(editor)
        return editor

    yield open_
    for editor, runner in opened:
        dispose(editor)
        runner.shutdown()
        qtbot.waitUntil(lambda runner=runner: runner.running() == [], timeout=3000)


@pytest.mark.parametrize("kind", INSTITUTION_KINDS)
def test_a_visit_of_every_kind_is_completed_with_keys_only(qtbot, tmp_path, open_editor, kind):
    editor = open_editor(kind)
    template = editor.session.data.template
    first = editor.checklist.rows[template.sections[0].questions[0].id]
    first.focus_input()

    answered: list[str] = []
    for _ in range(400):
        focus = QApplication.focusWidget()
        row = row_of(focus)
        if row.question.id in answered:
            break  # Enter after the last question stays there
        answered.append(row.question.id)
        answer_with_keys(focus, row.question)
        if not isinstance(focus, QPlainTextEdit):  # there Ctrl+Enter has moved on already
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    values = editor.session.values()
    visible = [q for q in template.questions() if template.is_visible(q, values)]
    assert {q.id for q in visible} <= set(answered)  # every question on screen was reached

    QTest.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    summary = None
    qtbot.waitUntil(lambda: getattr(editor, "summary_dialog", None) is not None
                    and editor.summary_dialog.isVisible(), timeout=5000)
    summary = editor.summary_dialog
    with qtbot.waitSignal(editor.completed, timeout=5000):
        QTest.keyClick(summary.focusWidget() or summary, Qt.Key.Key_Return)
    with Profile(tmp_path / "p") as profile:
        assert profile.records.get(Visit, editor.visit_id).is_completed


def test_a_yes_no_row_is_one_tab_stop_answered_by_arrows_and_digits(open_editor):
    editor = open_editor("psc")
    template = editor.session.data.template
    question = next(q for q in template.questions() if q.type == T.YES_NO)
    editor.checklist.jump_to(question.id)
    row = editor.checklist.rows[question.id]
    yes, no, na = row.input.buttons()
    assert QApplication.focusWidget() is yes
    QTest.keyClick(yes, Qt.Key.Key_Right)
    assert row.input.value() == "no" and QApplication.focusWidget() is no
    QTest.keyClick(no, Qt.Key.Key_3)
    assert row.input.value() == "na"
    QTest.keyClick(na, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.comment  # one Tab leaves the three buttons
    QTest.keyClick(row.comment, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is na  # and comes back to the chosen one


def test_the_evidence_pickers_search_box_hands_the_arrows_to_the_results(qtbot, open_editor):
    from inspector.services.visits import answer_question, visit_template
    from inspector.ui.visit.evidence_picker import EvidencePicker

    numbers = []

    def answer_two(profile, visit) -> None:
        numbers.extend([q for q in visit_template(visit).questions()
                        if q.type in (T.COUNT, T.NUMBER)][:2])
        for question in numbers:
            answer_question(profile, visit.id, question.id, 7)

    editor = open_editor("psc", answer_two)
    picker = EvidencePicker(editor.session, editor.thumbnails, [], editor)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitActive(picker)
    picker.filter.setFocus()
    word = numbers[1].text["ru"].split()[0]
    type_text(picker.filter, word)
    QTest.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker.tree
    current = picker.tree.currentItem()
    assert word.casefold() in current.text(0).casefold() and not current.isHidden()
    QTest.keyClick(picker.tree, Qt.Key.Key_Space)
    assert len(picker.chosen()) == 1 and picker.chosen()[0]["kind"] == "answer"
    picker.done(0)


def test_enter_in_an_interview_goes_to_the_next_question_not_back_into_the_consent(
        qtbot, open_editor):
    # Enter stayed on the consent buttons: «2» meant for «may we name you» withdrew the consent
    # and greyed the form, and the position typed next went nowhere.
    from inspector.domain.interview import CONSENT_NAMED, CONSENT_RECORD

    editor = open_editor("elderly_home")
    editor.tabs.setCurrentWidget(editor.interviews)
    view = editor.interviews
    view.new_interview()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.form.inputs[CONSENT_NAMED].isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.current.answers == {CONSENT_RECORD: "yes", CONSENT_NAMED: "no"}
    position = QApplication.focusWidget()
    assert isinstance(position, QPlainTextEdit) and position.isEnabled()
    type_text(position, "Медсестра")
    qtbot.waitUntil(lambda: "Медсестра" in str(view.current.answers.values()), timeout=3000)


@pytest.mark.parametrize("kind", ["baby_home", "adaptation_center"])
def test_the_first_question_shows_its_focus_ring_as_soon_as_the_visit_opens(open_editor, kind):
    """The ring was drawn only after the first key: the focus came with OtherFocusReason, which
    styles take as "not by keyboard", so a person could not see where their keys would go."""
    editor = open_editor(kind)
    editor.focus_start()
    focus = QApplication.focusWidget()
    first = editor.session.data.template.sections[0].questions[0].id
    assert focus is not None and editor.checklist.rows[first].isAncestorOf(focus)
    option = QStyleOption()
    option.initFrom(focus)
    assert option.state & QStyle.StateFlag.State_HasFocus
    assert option.state & QStyle.StateFlag.State_KeyboardFocusChange  # the ring is painted
