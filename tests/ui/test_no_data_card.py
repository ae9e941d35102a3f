"""«Нет данных» on the card of a required figure: reached by Tab and toggled by Space, it empties
and locks the number field, is stored as «нет данных» (and kept when the visit is opened again),
counts as answered, and the completion summary names it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from visit_support import stored_answers as stored
from visit_support import wait_written

from inspector.domain.answer_values import is_no_data


def test_no_data_by_keyboard_locks_the_field_and_is_stored(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    posts = rows["staff_posts_total"].input
    assert posts.no_data is not None and posts.no_data.text() == "Нет данных"
    assert rows["wage_avg_operator"].input.no_data is None  # not required: left empty instead
    posts.edit.setFocus()
    qtbot.keyClicks(posts.edit, "0")
    qtbot.keyClick(posts.edit, Qt.Key.Key_Tab)
    assert editor.focusWidget() is posts.no_data  # the next Tab stop after the field
    qtbot.keyClick(posts.no_data, Qt.Key.Key_Space)
    assert posts.no_data.isChecked()
    assert posts.edit.text() == "" and posts.edit.isReadOnly()
    qtbot.keyClicks(posts.edit, "12")
    assert posts.edit.text() == ""  # nothing can be typed while it is on
    wait_written(qtbot, editor)
    assert is_no_data(stored(setup)["staff_posts_total"])
    # It counts as answered: the section says 1 of 4.
    assert editor.checklist.section_list.item(0).data(Qt.ItemDataRole.UserRole + 1) == (1, 4)

    # Opened again, the card shows it as it was left.
    again = open_editor("kk")
    shown = again.checklist.rows["staff_posts_total"].input
    assert shown.no_data.isChecked() and shown.no_data.text() == "Мәлімет жоқ"
    assert shown.edit.isReadOnly() and shown.edit.text() == ""

    # Off again: the field is editable, has the cursor, and the answer is empty.
    qtbot.keyClick(posts.no_data, Qt.Key.Key_Space)
    assert not posts.no_data.isChecked() and not posts.edit.isReadOnly()
    assert editor.focusWidget() is posts.edit
    qtbot.keyClicks(posts.edit, "40")
    wait_written(qtbot, editor)
    assert stored(setup)["staff_posts_total"] == 40


def test_the_completion_summary_names_the_figures_not_given(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    qtbot.mouseClick(rows["staff_posts_total"].input.no_data, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(rows["staff_posts_filled"].input.edit, "38")
    qtbot.mouseClick(rows["has_vacancies"].input.buttons()[1], Qt.MouseButton.LeftButton)
    editor.complete_button.click()
    qtbot.waitUntil(lambda: getattr(editor, "summary_dialog", None) is not None, timeout=5000)
    summary = editor.summary_dialog
    assert summary.counts[0].text() == "3"  # «нет данных» counts as answered
    assert summary.no_data_list is not None
    assert summary.no_data_list.text() == "1.1 Штатных единиц"
    labels = [w.text() for w in summary.findChildren(type(summary.no_data_list))]
    assert "Of them, answered «no data»:" in labels  # (no translator in this test)
    with qtbot.waitSignal(editor.completed, timeout=5000):
        summary.complete_button.click()
    posts = rows["staff_posts_total"].input
    assert posts.edit.isReadOnly() and posts.no_data.isChecked()
    assert is_no_data(stored(setup)["staff_posts_total"])
