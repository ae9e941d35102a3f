"""Values checked at the door: one member of a team pushes values of the right JSON type but an
impossible meaning, by hand, as an attacker would. The server refuses each with a 4xx naming the
field, stores nothing of it, and every other laptop of the team — a brand new one included —
still syncs and renders its reports.

And the client's side: an op the server refuses is kept aside in the outbox (not lost, not
blocking the rest), and a pulled record the laptop cannot store is left out and reported.
"""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from pg import PASSWORD
from sqlalchemy import select, update

from inspector.domain.answer import Answer
from inspector.domain.finding import Finding
from inspector.domain.interview import Interview
from inspector.domain.templates import interview_template
from inspector.domain.visit import Visit
from inspector.services import sync as sync_service
from inspector.services.reports import export, write_visit_report
from inspector.services.sync_messages import report_message
from inspector.store import sync_state
from inspector.sync.client import SyncClient
from inspector.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION


def nested(depth: int) -> object:
    value: object = "дно"
    for _ in range(depth):
        value = [value]
    return value


# (entity, field, value as JSON text): what the tester found, and its neighbours.
BAD_VALUES = [
    ("photo", "size", str(2**64)),
    ("photo", "width", "-1"),
    ("photo", "rotation", "1e400"),
    ("photo", "latitude", "1000.5"),
    ("answer", "value", json.dumps(nested(250))),
    ("answer", "value", json.dumps({"a": 1})),
    # «нет данных» and a figure at once, or «нет данных» said to be false: no form makes these
    ("answer", "value", json.dumps({"no_data": True, "value": 12})),
    ("answer", "value", json.dumps({"no_data": False})),
    ("answer", "value", "9" * 4000),
    ("answer", "value", "9" * 5000),  # past Python's limit on digits it reads as a number
    ("answer", "value", "true"),
    ("answer", "flagged", "1"),
    ("visit", "deputies", json.dumps([1, {}])),
    ("visit", "started_on", json.dumps("2025-02-30")),
    ("visit", "ended_on", json.dumps("вчера")),
    ("visit", "status", json.dumps("archived")),
    ("visit", "announced", json.dumps("yes")),
    ("visit", "notes", '"\\ud800 одинокий суррогат"'),
    ("visit", "notes", json.dumps("x\u0000y")),
    ("visit", "notes", json.dumps("x" * 100_001)),
    ("visit", "template_version", str(2**63)),
    ("finding", "evidence", json.dumps([1, "x"])),
    ("finding", "evidence", json.dumps([{"kind": "visit", "id": str(uuid.uuid4())}])),
    ("finding", "severity", json.dumps("apocalyptic")),
    ("finding", "due_date", json.dumps(20250301)),
    ("finding", "position", str(2**70)),
    ("interview", "answers", json.dumps({"consent_record": {"deep": nested(40)}})),
    ("interview", "answers", json.dumps({"wage_net_monthly": {"no_data": True, "value": 5}})),
    ("visit", "seal", json.dumps("not a digest")),
    ("visit", "seals", json.dumps([{"seal": "0" * 64, "at": "вчера", "by": ""}])),
    ("visit", "amendments", json.dumps([{"at": "2026-01-01T00:00:00", "reason": "x"}])),
    ("photo", "exif", json.dumps("maybe")),
    ("photo", "imported_at", json.dumps(20260101)),
]


SPLICE = "<value spliced in as JSON text>"


def _headers(token: str) -> dict[str, str]:
    return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}",
            "Content-Type": "application/json"}


def _raw_push(server, token: str, entity: str, record_id: str, field: str, value_json: str,
              base_version: int) -> requests.Response:
    """A push written by hand, the value spliced in as JSON text (no client library cleans it)."""
    body = json.dumps({"ops": [{"op_id": str(uuid.uuid4()), "entity": entity,
                                "record_id": record_id, "base_version": base_version,
                                "fields": {field: SPLICE}}]}).replace(f'"{SPLICE}"', value_json)
    return requests.post(server.url + "/sync/push", data=body.encode(), timeout=30,
                         headers=_headers(token))


def _poke_outbox(laptop, record_id: str, field: str, value: object) -> None:  # type: ignore[no-untyped-def]
    db = laptop.profile.database
    seq, fields = db.rows("SELECT seq, fields FROM outbox WHERE record_id = ?", (record_id,))[0]
    with db.transaction() as conn:
        conn.execute("UPDATE outbox SET fields = ? WHERE seq = ?",
                     (json.dumps(json.loads(fields) | {field: value}), seq))


@pytest.fixture
def team_world(server, accounts, laptops):  # type: ignore[no-untyped-def]
    """A team of three; the deputy's laptop has synced a visit with one record of each kind."""
    team, (deputy, aide, intruder) = accounts.team(("deputy", "deputy"), ("aide", "aide"),
                                                  ("aide", "aide"))
    a = laptops(server.url, deputy)
    form = interview_template()
    visit = a.visit(notes="исходные заметки")
    records = {
        "visit": visit,
        "answer": a.answer(visit, "staff_total", 12),
        "photo": a.photo(visit, 930_001),
        "finding": a.finding(visit, "Нет пандуса"),
        "interview": a.records.save(Interview(
            visit_id=visit.id, template_id=form.id, template_version=form.version,
            answers={"consent_record": "yes"})),
    }
    assert not a.sync().rejected
    client = SyncClient(server.url)
    client.login(intruder, PASSWORD, str(uuid.uuid4()))
    versions = {c.record_id: c.version for c in client.pull("").changes}
    return {"team": team, "deputy": deputy, "aide": aide, "a": a, "records": records,
            "token": client.token, "versions": versions}


@pytest.mark.parametrize(("entity", "field", "value_json"), BAD_VALUES,
                         ids=[f"{e}.{f}={v[:20]}" for e, f, v in BAD_VALUES])
def test_a_bad_value_is_refused_and_the_team_still_syncs(  # type: ignore[no-untyped-def]
        server, laptops, team_world, entity, field, value_json, tmp_path):
    world = team_world
    record = world["records"][entity]
    response = _raw_push(server, world["token"], entity, record.id, field, value_json,
                         world["versions"][record.id])
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert field in response.json()["message"]
    # The laptop that made the record syncs on, and so does a brand new laptop of the team.
    a = world["a"]
    visit = a.records.get(Visit, world["records"]["visit"].id)
    visit.participants = ["после атаки"]
    a.records.save(visit)
    report = a.sync()
    assert report.pushed_ops == 1 and not report.rejected and not report.not_applied
    fresh = laptops(server.url, world["aide"], name="fresh")
    report = fresh.sync()
    assert not report.not_applied and not report.held
    assert report.visits_received == 1 and report.photos_downloaded == 1
    got = fresh.records.get(type(record), record.id)
    assert getattr(got, field) == getattr(record, field)
    assert fresh.records.get(Visit, visit.id).participants == ["после атаки"]
    # And what it received renders.
    write_visit_report(fresh.profile, visit.id, tmp_path / "visit.pdf", lang="kk")
    export(fresh.profile, "xlsx", tmp_path / "all.xlsx")


def test_deleted_must_be_a_boolean(server, team_world, laptops):  # type: ignore[no-untyped-def]
    world = team_world
    visit = world["records"]["visit"]
    for value in ('"yes"', "1", '"true"', "null"):
        body = json.dumps({"ops": [{"op_id": str(uuid.uuid4()), "entity": "visit",
                                    "record_id": visit.id, "deleted": SPLICE,
                                    "base_version": world["versions"][visit.id]}]}
                          ).replace(f'"{SPLICE}"', value)
        response = requests.post(server.url + "/sync/push", data=body, timeout=30,
                                 headers=_headers(world["token"]))
        assert response.status_code == 422, (value, response.text)
        assert "deleted" in response.json()["message"]
    fresh = laptops(server.url, world["aide"], name="fresh")
    fresh.sync()
    assert fresh.records.find(Visit, visit.id) is not None


def test_every_op_at_fault_is_named_and_nothing_is_applied(  # type: ignore[no-untyped-def]
        server, team_world):
    world = team_world
    visit, answer = world["records"]["visit"], world["records"]["answer"]
    ops = [{"op_id": str(uuid.uuid4()), "entity": "visit", "record_id": visit.id,
            "fields": {"notes": "законная правка"}, "base_version": world["versions"][visit.id]},
           {"op_id": str(uuid.uuid4()), "entity": "answer", "record_id": answer.id,
            "fields": {"value": {"x": 1}}, "base_version": world["versions"][answer.id]},
           {"op_id": str(uuid.uuid4()), "entity": "visit", "record_id": visit.id,
            "fields": {"deputies": [1, {}]}, "base_version": world["versions"][visit.id]}]
    response = requests.post(server.url + "/sync/push", json={"ops": ops}, timeout=30,
                             headers=_headers(world["token"]))
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid_value"
    assert [(p["op_id"], p["field"]) for p in body["problems"]] == [
        (ops[1]["op_id"], "value"), (ops[2]["op_id"], "deputies")]
    client = SyncClient(server.url, world["token"])
    notes = next(c.fields["notes"] for c in client.pull("").changes if c.record_id == visit.id)
    assert notes == "исходные заметки"


def test_an_op_the_server_refuses_is_kept_aside_and_the_rest_syncs(  # type: ignore[no-untyped-def]
        server, accounts, laptops, monkeypatch):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a = laptops(server.url, deputy)
    bad = a.visit(notes="с ошибкой")
    good = a.visit(notes="без ошибок")
    a.answer(bad, "staff_total", 5)  # waits for its visit
    a.answer(good, "staff_total", 7)
    # As a bug or an older version of the app could have left it, in the row and the outbox.
    _poke_outbox(a, bad.id, "deputies", [1, {}])
    with a.profile.database.transaction() as conn:
        conn.execute("UPDATE visits SET deputies = '[1, {}]' WHERE id = ?", (bad.id,))
    # The laptop checks its ops before sending; here it is made to trust them, so the server's
    # refusal is what sets the op aside.
    monkeypatch.setattr(sync_service, "op_problems", lambda ops: [])
    report = a.sync()
    assert [(h["entity"], h["record_id"], h["field"], h["code"]) for h in report.held] == [
        ("visit", bad.id, "deputies", "wrong_type")]
    assert report.waiting == 1 and not report.rejected
    assert a.outbox() == 2  # the held visit and its answer: not lost
    text = report_message(report, "ru")
    assert "оставлено на этом ноутбуке: 1" in text and "«deputies»" in text
    assert bad.id[:8] in text
    assert "«deputies» өрісі" in report_message(report, "kk")
    b = laptops(server.url, aide)
    b.sync()
    assert b.records.find(Visit, good.id) is not None and b.records.find(Visit, bad.id) is None
    # The person corrects the record: it goes with the next sync, its answer after it.
    fixed = a.records.get(Visit, bad.id)
    fixed.deputies = ["Депутат"]
    a.records.save(fixed)
    report = a.sync()
    assert not report.held and a.outbox() == 0
    b.sync()
    assert b.records.get(Visit, bad.id).deputies == ["Депутат"]
    assert len(b.records.of_visit(Answer, bad.id)) == 1


def test_the_client_checks_its_own_ops_before_sending(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    visit = a.visit()
    photo = a.photo(visit, 930_002)
    _poke_outbox(a, photo.id, "size", 2**64)
    report = a.sync()
    assert [(h["entity"], h["field"], h["code"]) for h in report.held] == [
        ("photo", "size", "out_of_range")]
    assert report.visits_sent == 1
    assert "size" in report_message(report, "en")


@pytest.mark.parametrize(("entity", "field", "value"), [
    ("photo", "size", 2**64), ("answer", "value", nested(250)), ("visit", "deputies", [1, {}])])
def test_a_pulled_record_that_cannot_be_stored_is_left_out(  # type: ignore[no-untyped-def]
        server, accounts, laptops, team_world, entity, field, value):
    """A bad value stored before the server checked values: the new laptop takes the rest."""
    from inspector.server.tables import records

    world = team_world
    record = world["records"][entity]
    with accounts.engine.begin() as conn:
        data = json.loads(conn.execute(select(records.c.data).where(
            records.c.id == record.id)).scalar_one())
        data[field] = value
        conn.execute(update(records).where(records.c.id == record.id).values(
            data=json.dumps(data)))
    fresh = laptops(server.url, world["aide"], name="fresh")
    report = fresh.sync()
    left_out = [(p["entity"], p["record_id"], p["field"]) for p in report.not_applied]
    assert left_out[0] == (entity, record.id, field)
    assert fresh.records.find(type(record), record.id) is None
    if entity == "visit":  # its children cannot be stored without it, and say so
        assert {p["code"] for p in report.not_applied[1:]} == {"parent_refused"}
        assert len(left_out) == 5
    else:
        assert len(left_out) == 1
        assert fresh.records.find(Finding, world["records"]["finding"].id) is not None
    assert f"Не принято с сервера: {len(left_out)}" in report_message(report, "ru")
    # The next sync says so again instead of forgetting it.
    assert [p["record_id"] for p in fresh.sync().not_applied][:1] == [record.id]
    assert sync_state.outbox_size(fresh.profile.database) == 0
    # The laptop that has the record keeps syncing.
    assert not world["a"].sync().not_applied
