"""An administrator adds a checklist version of the server's own with `inspector-server
template add`; team members then use it but cannot change it."""

from __future__ import annotations

import json
import uuid

import pytest
from pg import PASSWORD

from inspector.server.cli import main
from inspector.sync.client import SyncClient, SyncError
from inspector.sync.protocol import Op


def _cli(server, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main([*args, "--data", str(server.data_dir), "--database", server.database_url])


def test_admin_adds_a_template_version_members_then_use(server, accounts, tmp_path, capsys):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    member = SyncClient(server.url)
    member.login(deputy, PASSWORD, str(uuid.uuid4()))
    custom = f"region-{uuid.uuid4().hex[:6]}"
    content = {"id": custom, "version": 1, "sections": []}
    path = tmp_path / "custom.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    assert _cli(server, "template", "add", str(path)) == 0
    assert _cli(server, "template", "add", str(path)) == 0  # the same again: nothing changes
    path.write_text(json.dumps(content | {"sections": [{"id": "new"}]}), encoding="utf-8")
    assert _cli(server, "template", "add", str(path)) == 1
    assert "never reused" in capsys.readouterr().err
    path.write_text(json.dumps({"id": "psc", "version": 1}), encoding="utf-8")
    assert _cli(server, "template", "add", str(path)) == 1  # a shipped version keeps its content
    path.write_text("[1, 2]", encoding="utf-8")
    assert _cli(server, "template", "add", str(path)) == 1
    assert "not a checklist template" in capsys.readouterr().err

    with pytest.raises(SyncError) as caught:
        member.register_template(custom, 1, content | {"sections": [{"id": "mine"}]})
    assert caught.value.status in (403, 409)
    facility, visit = str(uuid.uuid4()), str(uuid.uuid4())
    results = member.push([
        Op(op_id=str(uuid.uuid4()), entity="facility", record_id=facility,
           fields={"kind": "psc", "name": "ЦОН", "region": "Алматы"}),
        Op(op_id=str(uuid.uuid4()), entity="visit", record_id=visit, fields={
            "facility_id": facility, "started_on": "2025-05-01", "template_id": custom,
            "template_version": 1})]).results
    assert [r.status for r in results] == ["applied", "applied"], results
