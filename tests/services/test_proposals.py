"""Proposed findings: the figures they quote are the answers', and stay so or say they do not."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from inspector.domain.answer import answer_id
from inspector.domain.answer_values import MoneyBelowMinimum
from inspector.domain.finding import Finding
from inspector.domain.finding_checks import check_finding
from inspector.domain.visit import Visit
from inspector.services import visits as service
from inspector.services.export_checks import before_export
from inspector.services.findings import findings_of, save_finding
from inspector.services.interviews import save_interview
from inspector.services.proposals import accept_proposal, dismiss_proposal, proposals_of
from inspector.services.reports import write_visit_report


def make_visit(profile, kind: str = "psc", region: str = "astana"):
    facility = service.add_facility(profile, kind=kind, name="Учреждение №1", region=region)
    return service.start_visit(profile, facility.id, "2026-11-20", deputies=["С. Имашева"])


def answer(profile, visit, **values) -> None:
    for question_id, value in values.items():
        service.answer_question(profile, visit.id, question_id, value)


def by_key(profile, visit):
    return {p.key: p for p in proposals_of(profile, visit.id)}


def test_a_proposal_quotes_the_answers_it_rests_on(profile):
    visit = make_visit(profile)
    answer(profile, visit, staff_posts_total=40, staff_posts_filled=34, staff_vacancies=6,
           regional_avg_wage="300 тыс", wage_avg_operator="120 000", wage_avg_administrator=310_000)
    proposals = by_key(profile, visit)
    vacancies, wage = proposals["vacancies"], proposals["wage"]
    assert vacancies.text["ru"] == "Вакантно 6 из 40 штатных единиц (15 %)."
    assert vacancies.severity == "major" and vacancies.theme == "staffing"
    # Only the category below the regional average is named; 120 000 is 40 % of 300 000.
    assert "120\u00a0000 тг (40 %" in wage.text["ru"] and "300\u00a0000 тг" in wage.text["ru"]
    assert "администратор" not in wage.text["ru"]
    assert wage.text["en"].startswith("The average gross wage is below the regional average")
    values = service.answer_values(profile, visit.id)
    for proposal in (vacancies, wage):
        for quote in proposal.quotes:
            assert quote.value == values[quote.question_id]
    quoted = {e["id"]: e["quoted"] for e in wage.evidence(visit.id) if e["kind"] == "answer"}
    assert quoted == {answer_id(visit.id, "wage_avg_operator"): 120_000,
                      answer_id(visit.id, "regional_avg_wage"): 300_000}
    # The ЦОН's pay is the Government for Citizens' ministry's to answer for.
    assert wage.addressee["ru"].startswith("Министерство цифрового развития")


def test_red_lines_lead_and_go_to_the_akimat_of_the_city_or_the_oblast(profile):
    city = make_visit(profile, "baby_home", "astana")
    answer(profile, city, heating="no", staff_posts_total=30, staff_posts_filled=29,
           staff_vacancies=1, deaths_last_year=2)
    proposals = proposals_of(profile, city.id)
    assert [p.key for p in proposals[:2]] == ["heating", "deaths"]
    assert all(p.red_line and p.severity == "critical" for p in proposals[:2])
    assert proposals[0].addressee["ru"] == "Акимат города Астаны"
    assert proposals[1].addressee["ru"] == "Министерство здравоохранения Республики Казахстан"
    assert "умерло 2 чел." in proposals[1].text["ru"]
    oblast = make_visit(profile, "elderly_home", "akmola")
    answer(profile, oblast, heating="no")
    assert by_key(profile, oblast)["heating"].addressee == {
        "ru": "Акимат Акмолинской области", "kk": "Ақмола облысының әкімдігі",
        "en": "Akimat of Akmola Region"}


def test_accepted_proposal_follows_its_answer_into_the_report(profile, tmp_path):
    visit = make_visit(profile)
    answer(profile, visit, regional_avg_wage=300_000, wage_avg_operator=120_000)
    finding = accept_proposal(profile, visit.id, "wage", "ru")
    assert "wage" not in by_key(profile, visit)  # covered by the finding now
    template = service.visit_template(visit)
    values = service.answer_values(profile, visit.id)
    assert check_finding(finding, template=template, kind="psc", values=values)[0].code == \
        "single_source"  # the answers alone; nothing stale

    service.answer_question(profile, visit.id, "wage_avg_operator", 135_000)
    values = service.answer_values(profile, visit.id)
    stale = [w for w in check_finding(finding, template=template, kind="psc", values=values)
             if w.code == "stale_quote"]
    assert [w.question_id for w in stale] == ["wage_avg_operator"]
    assert "120 000" in stale[0].message("ru").replace("\u00a0", " ")
    assert "135 000" in stale[0].message("ru").replace("\u00a0", " ")
    assert any(m.startswith("Вывод 1: Вывод цитирует ответ") and "135\u00a0000" in m
               for m in (w.message("ru") for w in before_export(profile, visit.id)))

    path = write_visit_report(profile, visit.id, tmp_path / "r.pdf", lang="ru")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    text = " ".join(text.replace("\u00a0", " ").split())
    assert "ответ изменён после вывода" in text
    assert "в тексте вывода: 120 000 тг" in text


def test_hand_written_finding_warnings(profile):
    visit = make_visit(profile)
    answer(profile, visit, staff_posts_total=40, ppe_available=["masks"])
    finding = save_finding(profile, Finding(
        visit_id=visit.id, theme="premises", text="Жилые комнаты тесные.",
        evidence=[{"kind": "answer", "id": answer_id(visit.id, "staff_posts_total")}]))
    codes = {w.code for w in check_finding(
        finding, template=service.visit_template(visit), kind="psc",
        values=service.answer_values(profile, visit.id))}
    assert codes == {"unrelated_evidence", "theme_not_for_kind", "single_source"}
    messages = [w.message("ru") for w in before_export(profile, visit.id)]
    assert any(m.startswith("Вывод 1:") and "не относится к теме «Помещения»" in m
               for m in messages)
    assert any("один вид источника" in m for m in messages)

    # Two kinds of source, both related: no warning left.
    interview = save_interview(profile, _interview(visit.id))
    fine = save_finding(profile, Finding(
        visit_id=visit.id, theme="infection", text="СИЗ не хватает.",
        evidence=[{"kind": "answer", "id": answer_id(visit.id, "ppe_available")},
                  {"kind": "interview", "id": interview.id}]))
    assert check_finding(fine, template=service.visit_template(visit), kind="psc",
                         values=service.answer_values(profile, visit.id)) == []


def _interview(visit_id: str):
    from inspector.domain.interview import Interview
    from inspector.domain.templates import interview_template

    form = interview_template()
    return Interview(visit_id=visit_id, template_id=form.id, template_version=form.version,
                     answers={"consent_record": "yes", "ppe_sufficient": "no"})


def test_dismissed_proposal_is_remembered_on_the_visit(profile):
    visit = make_visit(profile)
    answer(profile, visit, electronic_queue="no")
    assert "q:electronic_queue" in by_key(profile, visit)
    dismiss_proposal(profile, visit.id, "q:electronic_queue")
    assert "q:electronic_queue" not in by_key(profile, visit)
    assert profile.records.get(Visit, visit.id).dismissed_proposals == ["q:electronic_queue"]
    assert findings_of(profile, visit.id) == []


def test_a_sum_out_of_bounds_is_refused_with_a_clear_message(profile):
    visit = make_visit(profile)
    with pytest.raises(service.AnswerRefused) as refused:
        service.answer_question(profile, visit.id, "wage_avg_operator", "85")
    assert isinstance(refused.value.cause, MoneyBelowMinimum)
    assert "«85 тыс»" in refused.value.message("ru")
    assert service.answer_values(profile, visit.id) == {}  # nothing stored
    assert service.answer_question(profile, visit.id, "wage_avg_operator",
                                   "85 тыс").value == 85_000
    with pytest.raises(service.AnswerRefused) as refused:
        service.answer_question(profile, visit.id, "waiting_time_minutes", "6000")
    assert "больше 600" in refused.value.message("ru")


def test_a_rule_written_for_one_answer_does_not_speak_for_another(profile):
    visit = make_visit(profile, "baby_home")
    answer(profile, visit, visitor_policy="no_rules")  # a problem, not a ban
    proposal = by_key(profile, visit)["q:visitor_policy"]
    assert "запрещены" not in proposal.text["ru"] and "Правил нет" in proposal.text["ru"]
    assert not proposal.red_line and proposal.severity == "minor"
    answer(profile, visit, visitor_policy="closed")
    banned = by_key(profile, visit)["visits_banned"]
    assert banned.text["ru"] == "Посещения родственниками запрещены."
    assert banned.red_line and banned.severity == "critical"
