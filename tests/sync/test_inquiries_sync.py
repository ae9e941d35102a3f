"""Inquiries, their answers and answer documents travel within a team and nowhere else."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from inspector.domain.inquiry import Inquiry
from inspector.services import inquiries as service
from inspector.services.sync import resolve_conflict
from inspector.sync.client import SyncClient, SyncError

from .laptops import PASSWORD
from .test_sync_basic import converged


def _inquiry(laptop, findings):
    return service.new_inquiry(
        laptop.profile, title="О зарплатах операторов ЦОН",
        addressee_position="Премьер-Министру Республики Казахстан",
        addressee_name="Бектенову О.А.", salutation="Уважаемый Олжас Абаевич!",
        signatories=[{"name": "М. Магеррамов", "faction": "Народные коммунисты"}],
        finding_ids=[f.id for f in findings], requests=["Повысить заработную плату"])


def test_two_laptops_and_an_aide_converge_on_an_inquiry_its_answer_and_document(
        server, accounts, laptops, tmp_path):
    _, (deputy, deputy2, aide) = accounts.team(("deputy", "deputy"), ("deputy", "deputy"),
                                               ("aide", "aide"))
    a, b, c = (laptops(server.url, user) for user in (deputy, deputy2, aide))
    visit = a.visit()
    findings = [a.finding(visit, "Зарплата операторов ниже средней"),
                a.finding(visit, "Нет социального пакета")]
    inquiry = _inquiry(a, findings)
    a.sync()
    b.sync()
    assert b.records.get(Inquiry, inquiry.id).finding_ids == [f.id for f in findings]
    # b announces it; the aide records the answer with its document and rates it.
    service.announce(b.profile, inquiry.id, "2026-11-02", today=date(2026, 11, 2))
    b.sync()
    c.sync()
    document = tmp_path / "ответ МТСЗН.pdf"
    document.write_bytes(b"%PDF-1.4 the Government's answer " + inquiry.id.encode())
    service.record_answer(c.profile, inquiry.id, received_on="2026-11-20",
                          answer_from="Министерство труда", document=document,
                          ratings=[{"request": 1, "rating": "formal", "note": "отписка"}],
                          today=date(2026, 11, 21))
    report = c.sync()
    assert report.photos_uploaded == 1 and not report.rejected
    a.sync()
    b.sync()
    converged(a, b, c)
    got = a.records.get(Inquiry, inquiry.id)
    assert (got.status, got.answer_from, got.overall_rating()) == (
        "answered", "Министерство труда", "formal")
    assert service.answer_document(a.profile, got).read_bytes() == document.read_bytes()


def test_concurrent_edits_of_an_inquiry_are_a_visible_conflict(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    inquiry = _inquiry(a, [a.finding(a.visit(), "Нет СИЗ")])
    a.sync()
    b.sync()
    for laptop, title in ((a, "О СИЗ в ЦОН"), (b, "Об обеспечении СИЗ")):
        mine = laptop.records.get(Inquiry, inquiry.id)
        mine.title = title
        laptop.records.save(mine)
    a.sync()
    report = b.sync()
    assert report.conflicts
    resolve_conflict(b.profile, "inquiry", inquiry.id, "title", "Об обеспечении СИЗ")
    b.sync()
    a.sync()
    converged(a, b)
    assert a.records.get(Inquiry, inquiry.id).title == "Об обеспечении СИЗ"


def test_another_team_sees_no_inquiry_and_cannot_cite_its_findings(server, accounts, laptops,
                                                                   tmp_path):
    _, (ours,) = accounts.team(("deputy", "deputy"))
    _, (theirs,) = accounts.team(("deputy", "deputy"))
    a, other = laptops(server.url, ours), laptops(server.url, theirs)
    finding = a.finding(a.visit(), "Зарплата ниже средней")
    inquiry = _inquiry(a, [finding])
    document = tmp_path / "answer.pdf"
    document.write_bytes(b"%PDF-1.4 secret answer")
    service.announce(a.profile, inquiry.id, "2026-11-02", today=date(2026, 11, 2))
    service.record_answer(a.profile, inquiry.id, received_on="2026-11-20", answer_from="МТСЗН",
                          document=document, today=date(2026, 11, 21))
    a.sync()
    other.sync()
    assert other.records.list(Inquiry) == []
    # Knowing the ids opens nothing: an inquiry of theirs naming our finding is refused,
    # and the answer document's hash downloads nothing.
    own_visit = other.visit()
    other.finding(own_visit, "своё")
    forged = Inquiry(title="чужое", addressee_name="X", finding_ids=[finding.id],
                     signatories=[{"name": "Y", "faction": ""}])
    other.records.save(forged)
    report = other.sync()
    assert [r["record_id"] for r in report.rejected] == [forged.id]
    sha = a.records.get(Inquiry, inquiry.id).answer_sha256
    client = SyncClient(server.url)
    client.login(theirs, PASSWORD, str(uuid.uuid4()))
    with pytest.raises(SyncError) as refused:
        client.download(sha, tmp_path / "stolen")
    assert refused.value.status == 404 and not (tmp_path / "stolen").exists()


def test_a_revisits_checks_and_the_statuses_they_set_reach_the_other_laptop(server, accounts,
                                                                            laptops):
    from inspector.domain.finding import Finding
    from inspector.services import recommendations, visits

    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    facility = visits.add_facility(a.profile, kind="psc", name="ЦОН №3", region="astana")
    first = visits.start_visit(a.profile, facility.id, "2026-03-01", deputies=["А. Серикбаев"])
    finding = a.records.save(Finding(visit_id=first.id, text="Нет пандуса",
                                     recommendation="Установить пандус"))
    a.sync()
    b.sync()
    follow_up = visits.revisit(b.profile, first.id, "2026-11-01")
    (check, _), = recommendations.checks_of(b.profile, follow_up.id)
    recommendations.record_check(b.profile, check.id, "implemented", comment="пандус есть",
                                 by="aide")
    assert not b.sync().rejected
    a.sync()
    converged(a, b)
    seen = a.records.get(Finding, finding.id)
    assert (seen.recommendation_status, seen.status_visit_id) == ("implemented", follow_up.id)
    assert [c.comment for c, _ in recommendations.checks_of(a.profile, follow_up.id)] == [
        "пандус есть"]
