"""A proposal the deputy dismissed and a finding's quoted figure travel to the aide's laptop."""

from __future__ import annotations

from inspector.domain.answer import answer_id
from inspector.domain.finding import Finding
from inspector.domain.finding_checks import check_finding
from inspector.domain.visit import Visit
from inspector.services import visits as service
from inspector.services.proposals import accept_proposal, dismiss_proposal, proposals_of


def test_dismissal_and_quoted_value_reach_the_other_laptop(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit(a.facility())
    for question, value in (("regional_avg_wage", 300_000), ("wage_avg_operator", 120_000),
                            ("electronic_queue", "no")):
        a.answer(visit, question, value)
    accept_proposal(a.profile, visit.id, "wage", "ru")
    dismiss_proposal(a.profile, visit.id, "q:electronic_queue")
    assert not a.sync().rejected
    b.sync()

    assert b.records.get(Visit, visit.id).dismissed_proposals == ["q:electronic_queue"]
    assert {p.key for p in proposals_of(b.profile, visit.id)} == set()  # covered, dismissed
    (finding,) = b.records.of_visit(Finding, visit.id)
    quoted = {e["id"]: e.get("quoted") for e in finding.evidence}
    assert quoted[answer_id(visit.id, "wage_avg_operator")] == 120_000
    # The aide corrects the wage: on the aide's laptop the finding now says it is out of date.
    service.answer_question(b.profile, visit.id, "wage_avg_operator", 135_000)
    stale = [w.code for w in check_finding(
        finding, template=service.visit_template(visit), kind="psc",
        values=service.answer_values(b.profile, visit.id))]
    assert "stale_quote" in stale
