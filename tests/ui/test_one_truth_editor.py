"""What the editor shows is what is stored, counted and printed: typed numbers, errors, hidden
questions, question numbers and a withdrawn consent to be named."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shell_support import type_text
from visit_support import wait_written

from inspector.domain.interview import Interview
from inspector.services.reports import write_visit_report
from inspector.services.visits import answer_values
from inspector.store.profile import Profile
from inspector.ui.visit.evidence_picker import EvidencePicker

PROGRESS = Qt.ItemDataRole.UserRole + 1



def stored(setup) -> dict:
    with Profile(setup.data_dir) as profile:
        return answer_values(profile, setup.visit_id)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_money_typed_as_people_write_it_is_stored_as_meant(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    row = editor.checklist.rows["wage_avg_operator"]
    type_text(row.input.edit, "85 тыс")
    assert row.error.isHidden()
    row.input.edit.editingFinished.emit()
    assert row.input.edit.text() == "85 000"  # the one formatter, the same as the report's
    wait_written(qtbot, editor)
    assert stored(setup)["wage_avg_operator"] == 85_000
    row.input.edit.clear()
    type_text(row.input.edit, "1,2 млн")
    wait_written(qtbot, editor)
    assert stored(setup)["wage_avg_operator"] == 1_200_000


def test_an_invalid_entry_is_not_stored_is_unanswered_and_blocks_completion(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    row = rows["staff_posts_total"]
    type_text(row.input.edit, "abc")
    assert not row.error.isHidden() and "число" in row.error.text()
    assert row.input.edit.text() == "abc"  # the person's text stays, with its error
    # Typed digit by digit, "40 шт" passed through a valid "40"; the error puts the stored value
    # back to what it was before the edit (empty), instead of leaving a silent 40.
    rows["staff_posts_filled"].input.edit.clear()
    type_text(rows["staff_posts_filled"].input.edit, "40 шт")
    wait_written(qtbot, editor)
    values = stored(setup)
    assert "staff_posts_total" not in values
    assert values.get("staff_posts_filled") is None
    item = editor.checklist.section_list.item(0)
    qtbot.waitUntil(lambda: item.data(PROGRESS) == (0, 4), timeout=2000)
    # Completing is refused, and the list names the field that holds the wrong entry.
    editor.session.complete()
    dialog = editor.missing_dialog
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("Штатных единиц" in t and "число" in t for t in texts), texts
    dialog.close()
    assert editor.session.invalid().keys() == {"staff_posts_total", "staff_posts_filled"}
    # Corrected, it counts again.
    row.input.edit.clear()
    type_text(row.input.edit, "40")
    assert row.error.isHidden()
    qtbot.waitUntil(lambda: item.data(PROGRESS) == (1, 4), timeout=2000)
    wait_written(qtbot, editor)
    assert stored(setup)["staff_posts_total"] == 40


def test_an_out_of_bounds_value_is_refused_with_its_message(env, qtbot, monkeypatch):
    import copy

    from visit_support import CHECKLIST, test_templates

    from inspector.domain import templates as catalogue
    from inspector.domain.checklist import parse_template

    bounded = copy.deepcopy(CHECKLIST)
    bounded["sections"][1]["questions"][-1]["max"] = 60  # overtime_hours: at most 60 a week
    found = {**test_templates(), ("psc", 1): parse_template(bounded)}
    monkeypatch.setattr(catalogue, "all_templates", lambda: found)
    setup, _runner, open_editor = env
    editor = open_editor()
    row = editor.checklist.rows["overtime_hours"]
    type_text(row.input.edit, "600")
    assert row.error.text() == "Число не может быть больше 60: проверьте, нет ли лишних цифр"
    wait_written(qtbot, editor)
    assert stored(setup).get("overtime_hours") is None  # 6 and 60 passed by, then refused
    row.input.edit.clear()
    type_text(row.input.edit, "6")
    wait_written(qtbot, editor)
    assert stored(setup)["overtime_hours"] == 6


def test_hidden_answers_are_kept_but_not_counted_nor_offered_as_evidence(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    yes, no, _na = rows["has_vacancies"].input.buttons()
    click(qtbot, yes)
    qtbot.keyClicks(rows["vacancy_reason"].input.edit, "Low pay")
    click(qtbot, no)
    wait_written(qtbot, editor)
    assert stored(setup)["vacancy_reason"] == "Low pay"  # kept for when the condition flips back
    assert "vacancy_reason" not in editor.session.applicable_values()
    picker = EvidencePicker(editor.session, editor.photos.thumbnails, [])
    leaves = [item.text(0) for item in picker._leaves()]
    assert not any("Low pay" in text for text in leaves), leaves
    assert any("1.3 Есть вакансии?" in text for text in leaves), leaves
    picker.close()
    click(qtbot, yes)  # back: the answer is there again
    assert rows["vacancy_reason"].input.value() == "Low pay"
    assert "vacancy_reason" in editor.session.applicable_values()


def test_question_numbers_in_the_editor_are_the_reports(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    click(qtbot, rows["has_vacancies"].input.buttons()[1])  # no: 1.4 is hidden
    click(qtbot, rows["shifts"].input._group.button(0))
    wait_written(qtbot, editor)
    assert rows["shifts"].number == "1.5" and rows["vacancy_reason"].isHidden()
    pdf = tmp_path / "r.pdf"
    with Profile(setup.data_dir) as profile:
        write_visit_report(profile, setup.visit_id, pdf, lang="ru")
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert re.search(r"1\.5\s+Режим работы", text), text
    assert re.search(r"1\.3\s+Есть вакансии", text)
    assert "1.4" not in text  # hidden: a gap, never a renumbering


def test_withdrawing_consent_to_be_named_erases_the_name(env, qtbot, monkeypatch):
    setup, _runner, open_editor = env
    editor = open_editor()
    view = editor.interviews
    editor.tabs.setCurrentWidget(view)
    view.new_button.click()
    form = view.form
    click(qtbot, form.inputs["consent_record"].buttons()[0])
    click(qtbot, form.inputs["consent_named"].buttons()[0])
    type_text(form.inputs["interviewee_name"].edit, "Иванова Айгуль")
    view.save_now()
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        (saved,) = profile.records.of_visit(Interview, setup.visit_id)
        assert saved.answers["interviewee_name"] == "Иванова Айгуль"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    click(qtbot, form.inputs["consent_named"].buttons()[1])
    assert asked and "erased" in asked[0]
    assert "interviewee_name" not in view.current.answers
    assert "name is not recorded" in view.banner.text()  # and now it is true
    view.save_now()
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        (saved,) = profile.records.of_visit(Interview, setup.visit_id)
        assert "interviewee_name" not in saved.answers
        outbox = [row["fields"] for row in profile.database.query("SELECT fields FROM outbox")]
        assert not any("Иванова" in fields for fields in outbox)
