"""«Нет данных» travels through a real server like any answer: the aide's laptop receives it as
«нет данных» (not 0, not empty) on a checklist version 4 the deputy's laptop registered, its
report says so, and a figure typed later replaces it everywhere."""

from __future__ import annotations

from pypdf import PdfReader

from inspector.domain.answer_values import is_no_data, no_data
from inspector.domain.interview import Interview
from inspector.domain.templates import interview_template
from inspector.services import visits as service
from inspector.services.proposals import proposals_of
from inspector.services.reports import write_visit_report


def test_no_data_and_then_the_figure_reach_the_other_laptop(server, accounts, laptops, tmp_path):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    facility = service.add_facility(a.profile, kind="psc", name="ЦОН Алматинского района",
                                    region="almaty_city")
    visit = service.start_visit(a.profile, facility.id, "2026-06-10", deputies=["Депутат"])
    assert visit.template_version == 4
    service.answer_question(a.profile, visit.id, "staff_posts_total", no_data())
    service.answer_question(a.profile, visit.id, "staff_posts_filled", 18)
    assert not a.sync().rejected
    assert not b.sync().rejected

    got = service.answer_values(b.profile, visit.id)
    assert is_no_data(got["staff_posts_total"]) and got["staff_posts_filled"] == 18
    assert "no_data" in {p.key for p in proposals_of(b.profile, visit.id)}
    pdf = write_visit_report(b.profile, visit.id, tmp_path / "b.pdf", lang="ru")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Штатных единиц по штатному расписанию нет данных" in text

    # The aide got the figure after all: it replaces «нет данных» on the deputy's laptop too.
    service.answer_question(b.profile, visit.id, "staff_posts_total", 24)
    assert not b.sync().rejected
    assert not a.sync().rejected
    assert service.answer_values(a.profile, visit.id)["staff_posts_total"] == 24


def test_no_data_on_a_question_that_is_no_figure_is_refused_by_the_server(server, accounts,  # type: ignore[no-untyped-def]
                                                                          laptops):
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    facility = service.add_facility(a.profile, kind="psc", name="ЦОН №3", region="astana")
    visit = service.start_visit(a.profile, facility.id, "2026-06-10", deputies=["Депутат"])
    # Written past the service (an older or altered app): a yes/no answered «no data».
    wrong = a.answer(visit, "works_weekends", no_data())
    right = a.answer(visit, "windows_total", no_data())
    form = interview_template()
    interview = a.records.save(Interview(
        visit_id=visit.id, template_id=form.id, template_version=form.version,
        answers={"consent_record": "yes", "plans_to_leave": no_data()}))
    report = a.sync()
    refused = {r["record_id"]: r["message"] for r in report.rejected}
    assert set(refused) == {wrong.id, interview.id}
    assert "works_weekends is a yes_no question" in refused[wrong.id]
    assert "plans_to_leave is a yes_no question" in refused[interview.id]
    assert right.id not in refused  # a figure may be «no data»
