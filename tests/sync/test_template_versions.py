"""A visit filled with an archived checklist version still syncs next to one on the newest."""

from __future__ import annotations

import hashlib

from inspector.domain.templates import checklist_for
from inspector.domain.visit import Visit
from inspector.services.visits import answer_question, start_visit
from inspector.sync.client import SyncClient
from inspector.sync.protocol import canonical_json
from inspector.sync.templates import shipped_templates


def test_old_and_new_template_versions_both_reach_the_team(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    facility = a.facility()
    old = a.visit(facility)  # filled with version 1, before "none of these" was exclusive
    a.answer(old, "social_package", ["transport", "none"])
    new = start_visit(a.profile, facility.id, "2025-06-01")
    assert new.template_version == checklist_for("psc").version >= 2
    answer_question(a.profile, new.id, "social_package", ["none"])

    report = a.sync()
    assert not report.rejected
    b.sync()
    assert b.records.get(Visit, old.id).template_version == 1
    assert b.records.get(Visit, new.id).template_version == new.template_version

    client = SyncClient(a.server_url, a.tokens.get(next(iter(a.tokens.tokens))))
    known = {(t.template_id, t.version): t.sha256 for t in client.templates()}
    for version in (1, new.template_version):
        content = shipped_templates()[("psc", version)]
        assert known[("psc", version)] == hashlib.sha256(canonical_json(content).encode()).hexdigest()


def test_app_newer_than_server_is_told_and_the_rest_syncs(server, accounts, laptops, monkeypatch):  # type: ignore[no-untyped-def]
    """A template version the server does not ship needs its administrator: the app says so
    and syncs everything else, rather than stopping or claiming the version for everyone."""
    from inspector.services import sync as sync_service

    newer = dict(shipped_templates()) | {("psc", 990): {"id": "psc", "version": 990}}
    monkeypatch.setattr(sync_service, "shipped_templates", lambda: newer)
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    facility = a.facility()
    ahead = a.records.save(Visit(facility_id=facility.id, started_on="2025-07-01",
                                 template_id="psc", template_version=990))
    fine = a.visit(facility, notes="обычный визит")
    report = a.sync()
    refused = {r["record_id"]: r["message"] for r in report.rejected}
    assert "administrator" in refused["psc v990"] and ahead.id in refused
    assert fine.id not in refused and report.visits_sent >= 1
    client = SyncClient(a.server_url, a.tokens.get(next(iter(a.tokens.tokens))))
    assert ("psc", 990) not in {(t.template_id, t.version) for t in client.templates()}
    assert fine.id in {c.record_id for c in client.pull("").changes}
