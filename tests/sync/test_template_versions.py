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
