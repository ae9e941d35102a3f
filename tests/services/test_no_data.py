"""«Нет данных» end to end on the laptop: a required figure the institution did not give is an
answer (the visit can be completed), never a problem nor a norm met, and every output says
«нет данных» — the PDF report read back, the summary, CSV, the workbook and the analyst's
database — instead of a 0 or an empty cell."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from inspector.domain.answer_values import is_no_data, no_data
from inspector.domain.errors import InspectorError
from inspector.services import visits as service
from inspector.services.analysis_export import export_database
from inspector.services.exports import write_csv, write_summary, write_visit_report, write_workbook
from inspector.services.proposals import accept_proposal, proposals_of
from inspector.services.search import search_records
from inspector.store.profile import Profile
from inspector.sync.field_rules import field_problem

NOT_GIVEN = ("occupancy", "staff_posts_total", "wage_avg_nurse")


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.fixture
def visit(tmp_path):
    with Profile(tmp_path / "profile") as profile:
        facility = service.add_facility(profile, kind="elderly_home", name="Дом престарелых «Шапағат»",
                                        region="akmola")
        visit = service.start_visit(profile, facility.id, "2026-06-10", deputies=["Депутат"])
        assert (visit.template_id, visit.template_version) == ("elderly_home", 4)
        for qid, value in {"capacity": 100, "staff_posts_filled": 30,
                           "regional_avg_wage": 300_000, "state_of_repair": "good"}.items():
            service.answer_question(profile, visit.id, qid, value)
        for qid in NOT_GIVEN:
            service.answer_question(profile, visit.id, qid, no_data())
        yield profile, visit


def test_no_data_is_an_answer_but_never_a_problem_and_the_visit_can_be_completed(visit):
    profile, v = visit
    stored = service.answer_values(profile, v.id)
    assert all(is_no_data(stored[q]) for q in NOT_GIVEN)
    answers = service.answers_of(profile, v.id)
    assert not any(answers[q].flagged for q in NOT_GIVEN)
    # capacity, occupancy, posts and filled posts are the required ones: all answered
    assert not {q.id for q in service.missing_answers(profile, v.id)} & set(NOT_GIVEN)
    proposals = {p.key: p for p in proposals_of(profile, v.id)}
    assert "Учреждение не предоставило данные" in proposals["no_data"].text["ru"]
    assert "Штатных единиц по штатному расписанию" in proposals["no_data"].text["ru"]
    assert "мәліметтерді бермеді" in proposals["no_data"].text["kk"]
    # Accepted, it is a finding quoting «нет данных» that the sync door lets through.
    finding = accept_proposal(profile, v.id, "no_data", "ru")
    assert finding.text.startswith("Учреждение не предоставило данные: 1.3")
    assert field_problem("finding", "evidence", finding.evidence) is None
    assert all(is_no_data(e["quoted"]) for e in finding.evidence if e["kind"] == "answer")
    # A yes/no question cannot be «no data»: it is answered or left empty.
    with pytest.raises(InspectorError):
        service.answer_question(profile, v.id, "restraint_used", no_data())
    # Search is as before: the institution is found, the marker is no word anyone looks for.
    assert search_records(profile, "Шапагат")
    assert not [h for h in search_records(profile, "no_data") if h.entity == "answer"]
    service.complete_visit(profile, v.id, by="Депутат")


def test_the_pdf_report_and_the_summary_say_no_data_never_zero(visit, tmp_path):
    profile, v = visit
    ru = _text(write_visit_report(profile, v.id, tmp_path / "ru.pdf", lang="ru"))
    assert ru.count("нет данных") >= len(NOT_GIVEN)
    # the checklist section prints the answer, never 0 or «нет ответа»
    assert "2.1 Штатных единиц по штатному расписанию нет данных" in ru
    assert "1.3 Сколько проживающих фактически находится в учреждении на день визита нет " \
           "данных" in ru
    # the key figures say which norm could not be checked, and why
    assert ("на день визита нет данных норму (не более проектной мощности (100 %)) проверить "
            "нельзя: учреждение не предоставило цифру") in ru
    assert "медицинских сестёр нет данных норму (не ниже средней зарплаты по региону" in ru
    kk = _text(write_visit_report(profile, v.id, tmp_path / "kk.pdf", lang="kk"))
    assert kk.count("мәлімет жоқ") >= len(NOT_GIVEN)
    summary = _text(write_summary(profile, tmp_path / "s.pdf", lang="ru", include_drafts=True))
    assert ("«Нет данных» — учреждение не дало цифру, в расчёты она не вошла: Сколько "
            "проживающих фактически находится в учреждении на день визита — визитов: 1; "
            "Штатных единиц по штатному расписанию — визитов: 1") in summary


def test_exports_hold_a_distinct_no_data_value(visit, tmp_path):
    profile, v = visit
    (answers_csv, *_) = write_csv(profile, tmp_path / "csv", lang="ru")
    with answers_csv.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    by_question = {r[rows[0].index("Код вопроса")]: r for r in rows[1:]}
    value_col, answer_col = rows[0].index("Значение"), rows[0].index("Ответ")
    for qid in NOT_GIVEN:
        assert by_question[qid][value_col] == "no_data"
        assert by_question[qid][answer_col] == "нет данных"
    assert by_question["capacity"][value_col] == "100"

    book = load_workbook(write_workbook(profile, tmp_path / "v.xlsx", lang="kk"))
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows())]
    cells = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    shown = {r[header.index("Сұрақ коды")]: r for r in cells}
    assert shown["occupancy"][header.index("Мәні")] == "no_data"
    assert shown["occupancy"][header.index("Жауап")] == "мәлімет жоқ"

    export_database(profile, tmp_path / "a.db", lang="ru", include_drafts=True)
    db = sqlite3.connect(tmp_path / "a.db")
    row = db.execute("SELECT value_number, value_label, no_data FROM answers "
                     "WHERE question_id = 'occupancy'").fetchone()
    assert row == (None, "нет данных", 1)
    assert db.execute("SELECT no_data FROM answers WHERE question_id = 'capacity'").fetchone() \
        == (0,)
    figures = db.execute("SELECT occupancy, occupancy_no_data, capacity_no_data "
                         "FROM key_figures").fetchone()
    assert figures == (None, 1, 0)
