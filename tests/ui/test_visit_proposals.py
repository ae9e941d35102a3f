"""Proposed findings in the editor: accepted (then edited), dismissed, and kept in step with
the answers they quote."""

from __future__ import annotations

from visit_support import wait_written

from inspector.domain.answer import answer_id
from inspector.domain.finding import Finding
from inspector.domain.visit import Visit
from inspector.services.findings import findings_of
from inspector.store.profile import Profile


def proposal_texts(view) -> list[str]:
    panel = view.proposals
    return [plain(panel.list.item(i).text()) for i in range(panel.list.count())]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")  # numbers are grouped with a no-break space


def type_money(qtbot, editor, question_id: str, text: str) -> None:
    edit = editor.checklist.rows[question_id].input.edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_accepted_proposal_quotes_the_answer_and_is_marked_when_the_answer_changes(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    type_money(qtbot, editor, "wage_avg_operator", "120000")
    type_money(qtbot, editor, "regional_avg_wage", "300 000")
    view = editor.findings
    editor.tabs.setCurrentWidget(view)
    texts = proposal_texts(view)
    wage = next(t for t in texts if "120 000" in t)
    assert "40 %" in wage and "300 000" in wage  # 120 000 of 300 000, as the report computes
    assert view.proposals.isVisible() and view.list.count() == 0

    view.proposals.list.setCurrentRow(texts.index(wage))
    view.proposals.accept_button.click()
    assert view.list.count() == 1
    assert "120 000" in plain(view.text.toPlainText())  # the form shows it, ready to be edited
    assert not any("120 000" in t for t in proposal_texts(view))  # covered now
    view.text.setPlainText(view.text.toPlainText() + " Со слов бухгалтера.")
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        (finding,) = findings_of(profile, setup.visit_id)
    assert finding.text.endswith("Со слов бухгалтера.") and finding.theme == "pay"
    quoted = {e["id"]: e.get("quoted") for e in finding.evidence if e["kind"] == "answer"}
    assert quoted[answer_id(setup.visit_id, "wage_avg_operator")] == 120000
    assert quoted[answer_id(setup.visit_id, "regional_avg_wage")] == 300000
    assert view.warnings.isHidden() or "изменён" not in view.warnings.text()

    # The answer changes after the finding: the finding says a figure that is no longer so.
    editor.tabs.setCurrentWidget(editor.checklist)
    type_money(qtbot, editor, "wage_avg_operator", "135000")
    editor.tabs.setCurrentWidget(view)
    assert not view.warnings.isHidden()
    assert "120 000" in plain(view.warnings.text()) and "135 000" in plain(view.warnings.text())
    assert view.list.item(0).text().startswith("1. ⚠")


def test_dismissed_proposal_stays_dismissed_after_reopening(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    yes = editor.checklist.rows["has_vacancies"].input.buttons()[0]
    yes.click()
    view = editor.findings
    editor.tabs.setCurrentWidget(view)
    texts = proposal_texts(view)
    vacancies = next(t for t in texts if "Есть вакансии" in t)
    view.proposals.list.setCurrentRow(texts.index(vacancies))
    view.proposals.dismiss_button.click()
    assert not any("Есть вакансии" in t for t in proposal_texts(view))
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        assert profile.records.get(Visit, setup.visit_id).dismissed_proposals == [
            "q:has_vacancies"]
        assert profile.records.of_visit(Finding, setup.visit_id) == []
    again = open_editor()
    assert not any("Есть вакансии" in t for t in proposal_texts(again.findings))


def test_hand_written_finding_warns_of_unrelated_evidence_and_a_single_source(env, qtbot):
    _setup, _runner, open_editor = env
    editor = open_editor()
    editor.checklist.rows["has_vacancies"].input.buttons()[0].click()
    view = editor.findings
    editor.tabs.setCurrentWidget(view)
    view.new_button.click()
    view.theme.setCurrentIndex(view.theme.findData("infection"))
    view.text.setPlainText("Нет масок.")
    view.set_evidence([{"kind": "answer",
                        "id": answer_id(editor.session.visit_id, "has_vacancies")}])
    shown = view.warnings.text()
    assert not view.warnings.isHidden()
    assert "не относится к теме" in shown  # a staffing answer behind an infection finding
    assert "один вид источника" in shown  # the checklist alone
    assert view.list.item(0).text().startswith("1. ⚠")
