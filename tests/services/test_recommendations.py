"""Recommendations followed up: a revisit checks them, its report compares then and now, the
Government's rated answer sets their status, and the institution's history shows it all."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from inspector.domain.finding import Finding
from inspector.services import inquiries, recommendations, visits
from inspector.services.findings import save_finding
from inspector.services.reports import write_visit_report


def _text(path):
    raw = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(raw.replace("\u00a0", " ").replace("\u202f", " ").split())


def _first_visit(profile):
    home = visits.add_facility(profile, kind="elderly_home", name="Дом престарелых «Шапағат»",
                               region="turkestan")
    first = visits.start_visit(profile, home.id, "2026-03-10", deputies=["А. Серикбаев"])
    answers = {q: visits.answer_question(profile, first.id, q, v) for q, v in
               (("staff_posts_total", 52), ("staff_posts_filled", 41), ("ppe_stock_days", 3))}
    staff = save_finding(profile, Finding(
        visit_id=first.id, theme="staffing", text="Не заполнена пятая часть штата",
        recommendation="Укомплектовать штат", addressee="Управление координации занятости",
        due_date="2026-09-01", evidence=[{"kind": "answer", "id": answers["staff_posts_filled"].id}]))
    ppe = save_finding(profile, Finding(
        visit_id=first.id, theme="infection", text="СИЗ на три дня",
        recommendation="Обеспечить запас СИЗ на 14 дней",
        evidence=[{"kind": "answer", "id": answers["ppe_stock_days"].id}]))
    return first, staff, ppe


def test_a_revisit_checks_the_open_recommendations_and_its_report_compares(profile, tmp_path):
    first, staff, ppe = _first_visit(profile)
    follow_up = visits.revisit(profile, first.id, "2026-11-20")
    checks = recommendations.checks_of(profile, follow_up.id)
    assert [f.id for _, f in checks] == [staff.id, ppe.id]
    for qid, value in (("staff_posts_total", 52), ("staff_posts_filled", 50),
                       ("ppe_stock_days", 30)):
        visits.answer_question(profile, follow_up.id, qid, value)
    recommendations.record_check(profile, checks[0][0].id, "partly", comment="наняли 9 из 11",
                                 by="А. Серикбаев")
    recommendations.record_check(profile, checks[1][0].id, "implemented", by="А. Серикбаев")
    status = profile.records.get(Finding, staff.id)
    assert (status.recommendation_status, status.status_on, status.status_visit_id) == (
        "partly_implemented", "2026-11-20", follow_up.id)
    # Implemented now: the next revisit has only the partly done one left to check.
    third = visits.revisit(profile, follow_up.id, "2027-02-01")
    assert [f.id for _, f in recommendations.checks_of(profile, third.id)] == [staff.id]
    text = _text(write_visit_report(profile, follow_up.id, tmp_path / "revisit.pdf"))
    assert "Изменения с прошлого визита" in text
    assert "Ключевые показатели: тогда и сейчас" in text and "10.03.2026" in text
    assert "Выполнение рекомендаций" in text and "Укомплектовать штат" in text
    assert "Частично: наняли 9 из 11" in text and "Выполнена частично" in text
    # A first visit has nothing to compare: no such section.
    assert "Изменения с прошлого визита" not in _text(
        write_visit_report(profile, first.id, tmp_path / "first.pdf"))


def test_the_rated_answer_sets_the_status_of_the_recommendations_asked_for(profile):
    first, staff, ppe = _first_visit(profile)
    inquiry = inquiries.new_inquiry(
        profile, title="О кадрах", addressee_name="Ахметовой Д.С.",
        signatories=[{"name": "А. Серикбаев", "faction": "Ак жол"}],
        finding_ids=[staff.id, ppe.id])
    assert inquiry.requests == ["Укомплектовать штат", "Обеспечить запас СИЗ на 14 дней"]
    inquiries.announce(profile, inquiry.id, "2026-04-01", today=date(2026, 4, 2))
    inquiries.record_answer(profile, inquiry.id, received_on="2026-04-15", answer_from="МТСЗН",
                            ratings=[{"request": 1, "rating": "formal", "note": ""},
                                     {"request": 2, "rating": "substantive", "note": ""}],
                            today=date(2026, 4, 20))
    assert profile.records.get(Finding, staff.id).recommendation_status == "answered_formally"
    done = profile.records.get(Finding, ppe.id)
    assert (done.recommendation_status, done.status_by, done.status_on) == (
        "implemented", "МТСЗН", "2026-04-15")
    history = recommendations.facility_history(profile, first.facility_id)
    assert [v.visit.id for v in history.visits] == [first.id]
    assert [i.id for i in history.inquiries] == [inquiry.id]
    # A formal reply leaves the recommendation to be checked again on the next visit.
    assert [f.id for f in history.open_recommendations()] == [staff.id]
