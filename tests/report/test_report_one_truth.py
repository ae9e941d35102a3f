"""What the report and the exports say about answers: typed values as meant, hidden questions'
answers neither counted nor printed nor cited, and every question under the editor's number."""

from __future__ import annotations

import json

import pytest
from pdfcheck import all_text

from inspector.domain.answer import answer_id
from inspector.domain.errors import InvalidInput
from inspector.domain.finding import Finding
from inspector.services.report_data import load_visit
from inspector.services.reports import export, write_visit_report
from inspector.services.visits import answer_question, answer_values, missing_answers


def hidden_stock_visit(profile, make_visit) -> str:
    visit = make_visit(answers={"ppe_available": "yes", "ppe_stock_days": 5,
                                "wage_avg_nurse": "85 тыс", "staff_vacancies": 3})
    profile.records.save(Finding(visit_id=visit, text="Нет запаса СИЗ", theme="infection",
                                 evidence=[{"kind": "answer",
                                            "id": answer_id(visit, "ppe_stock_days")},
                                           {"kind": "answer",
                                            "id": answer_id(visit, "staff_vacancies")}]))
    answer_question(profile, visit, "ppe_available", "no")  # hides ppe_stock_days (3.2)
    return visit


def test_typed_money_is_stored_and_printed_as_meant(profile, make_visit, tmp_path):
    visit = hidden_stock_visit(profile, make_visit)
    assert answer_values(profile, visit)["wage_avg_nurse"] == 85_000
    with pytest.raises(InvalidInput):
        answer_question(profile, visit, "wage_avg_nurse", "abc")
    assert answer_values(profile, visit)["wage_avg_nurse"] == 85_000  # unchanged by the refusal
    write_visit_report(profile, visit, tmp_path / "r.pdf", lang="ru")
    assert "85 000 тг" in all_text(tmp_path / "r.pdf").replace("\u00a0", " ")


def test_hidden_answers_are_kept_but_not_counted_printed_or_cited(profile, make_visit, tmp_path):
    visit = hidden_stock_visit(profile, make_visit)
    assert answer_values(profile, visit)["ppe_stock_days"] == 5  # kept in the store
    data = load_visit(profile, visit)
    applies, answered, problems = data.counts()
    assert "ppe_stock_days" not in data.values()
    assert answered == 3 and problems == 2  # ppe_available "no" and the vacancies, not stock < 14
    assert missing_answers(profile, visit) == []
    write_visit_report(profile, visit, tmp_path / "r.pdf", lang="ru")
    text = all_text(tmp_path / "r.pdf")
    assert "Запас СИЗ" not in text and "5 дней" not in text
    assert "«Вакансий» — 3" in text  # the other evidence line is still there
    (path,) = export(profile, "json", tmp_path / "e.json", lang="ru")
    exported = json.loads(path.read_text("utf-8"))
    assert {row["Код вопроса"] for row in exported["answers"]} == {
        "ppe_available", "wage_avg_nurse", "staff_vacancies"}
    (row,) = exported["findings"]
    assert row["Доказательства"] == "ответ 1.3: Вакансий — 3"
    # When the condition flips back, nothing was lost.
    answer_question(profile, visit, "ppe_available", "yes")
    assert load_visit(profile, visit).value("ppe_stock_days") == 5


def test_every_question_has_the_editors_number_in_the_pdf_and_the_exports(profile, make_visit,
                                                                          tmp_path):
    visit = hidden_stock_visit(profile, make_visit)
    form = load_visit(profile, visit).template
    write_visit_report(profile, visit, tmp_path / "r.pdf", lang="ru")
    text = all_text(tmp_path / "r.pdf")
    # ppe_available is 3.1 whatever is hidden; 3.2 (hidden) leaves a gap, never a renumbering.
    assert form.number("ppe_available") == "3.1" and "3.1 СИЗ в наличии" in text
    assert form.number("staff_vacancies") == "1.3" and "1.3 Вакансий" in text
    assert "3.2" not in text
    (path,) = export(profile, "json", tmp_path / "e.json", lang="ru")
    numbers = {row["Код вопроса"]: row["№"] for row in
               json.loads(path.read_text("utf-8"))["answers"]}
    assert numbers == {qid: form.number(qid) for qid in numbers}
    assert numbers["wage_avg_nurse"] == form.number("wage_avg_nurse") == "2.2"


def test_the_visit_list_counts_only_answers_that_apply(profile, make_visit):
    from inspector.services.visit_list import visit_summaries

    visit = hidden_stock_visit(profile, make_visit)
    [summary] = visit_summaries(profile, ids={visit})
    # ppe_available, wage_avg_nurse, staff_vacancies; the hidden stock (a problem: 5 < 14) is not
    # counted, as on the overview and in the report.
    assert (summary.answered, summary.flagged) == (3, 2)
    answer_question(profile, visit, "ppe_available", "yes")
    [summary] = visit_summaries(profile, ids={visit})
    assert (summary.answered, summary.flagged) == (4, 2)  # stock back; ppe_available is fine


def test_hidden_interview_answers_are_neither_printed_nor_exported(profile, make_visit, tmp_path,
                                                                   monkeypatch):
    from inspector.domain import templates as catalogue
    from inspector.domain.checklist import parse_template
    from inspector.domain.interview import Interview
    from inspector.services.interviews import save_interview

    def text(ru: str) -> dict[str, str]:
        return {"ru": ru, "kk": ru, "en": ru}

    form = parse_template({
        "id": "staff_interview", "version": 2, "kind": "interview", "title": text("Интервью"),
        "sections": [{"id": "main", "title": text("Интервью"), "questions": [
            {"id": "consent_record", "type": "yes_no", "text": text("Согласие на запись")},
            {"id": "wage_sufficient", "type": "yes_no", "text": text("Зарплаты хватает")},
            {"id": "why_not_enough", "type": "text", "text": text("Почему не хватает"),
             "show_if": {"question": "wage_sufficient", "equals": "no"}},
        ]}]})
    found = {**catalogue.all_templates(), form.key: form}
    monkeypatch.setattr(catalogue, "all_templates", lambda: found)
    visit = make_visit()
    stored = save_interview(profile, Interview(
        visit_id=visit, template_id=form.id, template_version=form.version,
        answers={"consent_record": "yes", "wage_sufficient": "no",
                 "why_not_enough": "Долги по аренде"}))
    stored.answers["wage_sufficient"] = "yes"
    save_interview(profile, stored)
    assert profile.records.get(Interview, stored.id).answers["why_not_enough"]  # kept
    write_visit_report(profile, visit, tmp_path / "r.pdf", lang="ru")
    text = all_text(tmp_path / "r.pdf")
    assert "Зарплаты хватает" in text and "Долги по аренде" not in text
    (path,) = export(profile, "json", tmp_path / "e.json", lang="ru")
    codes = {row["Код вопроса"] for row in json.loads(path.read_text("utf-8"))["interviews"]}
    assert "wage_sufficient" in codes and "why_not_enough" not in codes
