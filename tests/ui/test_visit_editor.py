"""The visit editor: answering (conditions included), autosave, completing, reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from visit_support import dispose, wait_ready, wait_written

from inspector.domain.visit import Visit
from inspector.services.visits import answer_values
from inspector.store.profile import Profile
from inspector.ui.visit import VisitEditor


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_in_next_question(button_text: str) -> None:
    """Click the button named `button_text` in the next question box that opens."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, press)


def stored(setup) -> dict:
    with Profile(setup.data_dir) as profile:
        return answer_values(profile, setup.visit_id)


def test_loading_state_then_checklist_sections_with_progress(env, qtbot):
    setup, runner, open_editor = env
    editor = VisitEditor(runner, setup.visit_id, "ru")
    assert not editor.is_ready()  # loading happens on the store lane, not in the constructor
    assert editor.pages.currentWidget() is editor.loading
    wait_ready(qtbot, editor)
    sections = editor.checklist.section_list
    assert sections.count() == 2
    assert "Кадры" in sections.item(0).text()
    # 4 questions visible in "staff" (the conditional one is hidden), none answered.
    assert sections.item(0).data(Qt.ItemDataRole.UserRole + 1) == (0, 4)
    dispose(editor)


def test_conditional_question_follows_its_condition(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    assert rows["vacancy_reason"].isHidden()
    yes, no, _na = rows["has_vacancies"].input.buttons()
    click(qtbot, yes)
    assert not rows["vacancy_reason"].isHidden()
    assert rows["has_vacancies"].flag.isChecked()  # problem_if: equals yes
    qtbot.keyClicks(rows["vacancy_reason"].input.edit, "Low pay")
    click(qtbot, no)
    assert rows["vacancy_reason"].isHidden()
    assert not rows["has_vacancies"].flag.isChecked()
    # Section progress counts only what applies (recounted once per burst of edits).
    item = editor.checklist.section_list.item(0)
    qtbot.waitUntil(lambda: item.data(Qt.ItemDataRole.UserRole + 1) == (1, 4), timeout=2000)


def test_autosave_persists_and_a_new_editor_shows_the_values(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        qtbot.keyClicks(rows["staff_posts_total"].input.edit, "40")
    assert saved.args[0].count(":") == 2  # "14:32:05"
    qtbot.keyClicks(rows["wage_avg_operator"].input.edit, "120 000")
    click(qtbot, rows["morale"].input.buttons()[3])
    rows["social_package"].input.boxes[1].click()
    qtbot.keyClicks(rows["staff_posts_total"].comment, "per staffing table")
    wait_written(qtbot, editor)
    values = stored(setup)
    assert values["staff_posts_total"] == 40
    assert values["wage_avg_operator"] == 120000
    assert values["morale"] == 4
    assert values["social_package"] == ["transport"]
    # Below 150 000: the template's rule flags it.
    assert editor.session.answer("wage_avg_operator").flagged

    again = open_editor()
    rows = again.checklist.rows
    assert rows["staff_posts_total"].input.edit.text() == "40"
    assert rows["staff_posts_total"].comment.text() == "per staffing table"
    assert rows["wage_avg_operator"].input.edit.text() == "120 000"
    assert rows["wage_avg_operator"].flag.isChecked()
    assert rows["morale"].input.value() == 4


def test_letters_in_a_number_are_explained_and_not_saved(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    row = editor.checklist.rows["staff_posts_total"]
    qtbot.keyClicks(row.input.edit, "x12")
    assert not row.error.isHidden()
    assert "число" in row.error.text() or "number" in row.error.text()
    wait_written(qtbot, editor)
    assert "staff_posts_total" not in stored(setup)
    row.input.edit.clear()
    qtbot.keyClicks(row.input.edit, "12")
    assert row.error.isHidden()
    wait_written(qtbot, editor)
    assert stored(setup)["staff_posts_total"] == 12


def test_the_person_can_override_the_problem_flag(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    row = editor.checklist.rows["has_vacancies"]
    click(qtbot, row.input.buttons()[0])
    assert row.flag.isChecked()
    click(qtbot, row.flag)
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        from inspector.services.visits import answers_of

        assert answers_of(profile, setup.visit_id)["has_vacancies"].flagged is False


def test_overview_shows_key_figures_and_derived_vacancy_share(env, qtbot):
    _setup, _runner, open_editor = env
    editor = open_editor()
    session = editor.session
    for qid, value in (("staff_posts_total", 40), ("staff_posts_filled", 30),
                       ("wage_avg_operator", 120000), ("regional_avg_wage", 300000)):
        session.set_value(qid, value)
    editor.overview.refresh()
    texts = [w.text() for w in editor.overview.findChildren(type(editor.overview.name))]
    assert "25%" in texts  # (40 - 30) / 40
    assert "40%" in texts  # 120 000 of a 300 000 regional average


def test_overview_compares_wages_with_the_published_regional_average(env, qtbot):
    from inspector.domain.regional_wages import regional_wage

    _setup, _runner, open_editor = env
    editor = open_editor()
    editor.session.set_value("wage_avg_operator", 120000)  # regional average left blank
    editor.overview.refresh()
    texts = [w.text() for w in editor.overview.findChildren(type(editor.overview.name))]
    published = regional_wage("astana", "2026-03-10").tenge  # the visit's region and date
    assert f"{100 * 120000 / published:.0f}%" in texts  # as the report compares it
    assert editor.session.data.answers["wage_avg_operator"].flagged  # below the average


def test_complete_lists_missing_jumps_to_them_then_completes_and_locks(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    editor.complete_button.click()
    qtbot.waitUntil(lambda: getattr(editor, "missing_dialog", None) is not None, timeout=5000)
    dialog = editor.missing_dialog
    missing = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(missing) == 3 and "Штатных единиц" in missing[0]
    dialog.list.setCurrentRow(2)  # "Есть вакансии?"
    dialog.go_button.click()
    assert editor.tabs.currentWidget() is editor.checklist
    row = editor.checklist.rows["has_vacancies"]
    assert row.property("highlight") is True
    qtbot.waitUntil(lambda: editor.focusWidget() in row.input.buttons(), timeout=2000)

    rows = editor.checklist.rows
    qtbot.keyClicks(rows["staff_posts_total"].input.edit, "40")
    qtbot.keyClicks(rows["staff_posts_filled"].input.edit, "38")
    click(qtbot, rows["has_vacancies"].input.buttons()[1])
    editor.complete_button.click()
    summary = editor.summary_dialog  # what is left, before the visit locks
    assert [label.text() for label in summary.counts][:3] == ["3", "7", "0"]
    with qtbot.waitSignal(editor.completed, timeout=5000):
        summary.complete_button.click()
    assert editor.session.read_only
    # Read-only in full contrast, not greyed out: typing and clicking change nothing.
    posts = rows["staff_posts_total"].input
    assert posts.isEnabled() and posts.edit.isReadOnly()
    qtbot.keyClicks(posts.edit, "5")
    click(qtbot, rows["has_vacancies"].input.buttons()[0])
    assert posts.value() == 40 and rows["has_vacancies"].input.value() == "no"
    assert not rows["has_vacancies"].photos.isVisible()  # "Add photo" makes no sense here
    assert not editor.save_state.isVisible()
    assert editor.reopen_button.isVisible() and not editor.complete_button.isVisible()
    with Profile(setup.data_dir) as profile:
        assert profile.records.get(Visit, setup.visit_id).is_completed

    editor.ask_reason = lambda: ("", False)  # cancelled: the sealed visit stays completed
    editor.reopen_button.click()
    assert editor.session.read_only
    editor.ask_reason = lambda: ("штатных единиц 41", True)
    with qtbot.waitSignal(editor.changed, timeout=5000):
        editor.reopen_button.click()
    qtbot.waitUntil(lambda: not editor.session.read_only, timeout=3000)
    assert not posts.edit.isReadOnly()
    with Profile(setup.data_dir) as profile:
        reopened = profile.records.get(Visit, setup.visit_id)
    (amendment,) = reopened.amendments  # a sealed visit: why, who and when are kept
    assert amendment["reason"] == "штатных единиц 41" and reopened.reopened_at


def test_keys_flag_the_focused_card_and_open_its_photos(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    editor.tabs.setCurrentWidget(editor.checklist)
    editor.activateWindow()
    rows = editor.checklist.rows
    field = rows["staff_posts_total"].input.edit
    field.setFocus()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(field, Qt.Key.Key_P, shift_ctrl)
    assert rows["staff_posts_total"].flag.isChecked()
    assert not any(row.flag.isChecked() for qid, row in rows.items()
                   if qid not in ("staff_posts_total", "has_vacancies"))  # only that card
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        from inspector.services.visits import answers_of

        assert answers_of(profile, setup.visit_id)["staff_posts_total"].flagged is True
    asked: list[str] = []
    editor.checklist.photos_requested.disconnect(editor.pick_photos)  # no modal picker here
    editor.checklist.photos_requested.connect(asked.append)
    qtbot.keyClick(field, Qt.Key.Key_F, shift_ctrl)
    assert asked == ["staff_posts_total"]


def test_keyboard_moves_between_sections(env, qtbot):
    _setup, _runner, open_editor = env
    editor = open_editor()
    editor.tabs.setCurrentWidget(editor.checklist)
    editor.activateWindow()
    editor.checklist.rows["staff_posts_total"].input.edit.setFocus()
    qtbot.keyClick(editor.checklist.rows["staff_posts_total"].input.edit, Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert editor.checklist.section_list.currentRow() == 1
    editor.checklist.step_section(-1)
    assert editor.checklist.section_list.currentRow() == 0


def test_checklist_texts_follow_the_language(env, qtbot):
    _setup, _runner, open_editor = env
    editor = open_editor()
    editor.set_language("kk")
    assert "Кадрлар" in editor.checklist.section_list.item(0).text()
    yes = editor.checklist.rows["has_vacancies"].input.buttons()[0]
    assert yes.text() == "Иә"
    editor.set_language("en")
    assert "Staffing" in editor.checklist.section_list.item(0).text()


def test_a_part_above_its_whole_shows_a_soft_warning_that_goes_when_corrected(env, qtbot):
    _setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    qtbot.keyClicks(rows["staff_posts_total"].input.edit, "40")
    qtbot.keyClicks(rows["staff_posts_filled"].input.edit, "45")
    warning = rows["staff_posts_filled"].warning
    assert warning.isVisible() and "40" in warning.text()
    assert not rows["staff_posts_total"].warning.isVisible()
    # A warning, not an error: the answer is stored and never a reason to refuse completing.
    assert "staff_posts_filled" not in {q.id for q in editor.session.blocking()}
    assert editor.session.values()["staff_posts_filled"] == 45
    rows["staff_posts_filled"].input.edit.clear()
    qtbot.keyClicks(rows["staff_posts_filled"].input.edit, "38")
    assert not warning.isVisible()
