"""Every endpoint × role × team: users see and change only their teams' data; admin manages.

The table below must name every route of the OpenAPI schema (checked), so a new endpoint
cannot be added without deciding who may call it.
"""

from __future__ import annotations

import uuid

import pytest
import requests
from pg import PASSWORD

from inspector.sync.client import SyncClient
from inspector.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION


@pytest.fixture
def world(server, accounts, laptops):  # type: ignore[no-untyped-def]
    team_a, (deputy_a, aide_a) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    team_b, (deputy_b,) = accounts.team(("deputy", "deputy"))
    admin = accounts.user("admin")
    laptop = laptops(server.url, deputy_a)
    visit = laptop.visit(notes="секретно")
    photo = laptop.photo(visit, 7)
    laptop.sync()
    clients = {}
    for role, name in (("deputy_a", deputy_a), ("aide_a", aide_a), ("deputy_b", deputy_b),
                       ("admin", admin)):
        client = SyncClient(server.url)
        client.login(name, PASSWORD, str(uuid.uuid4()))
        clients[role] = client
    return {"visit": visit, "photo": photo, "clients": clients, "team_a": team_a,
            "team_b": team_b, "names": {"deputy_a": deputy_a}}


def _call(server, token, method, path, **kwargs):  # type: ignore[no-untyped-def]
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.request(method, server.url + path, headers=headers, timeout=30, **kwargs)


def _cases(world):  # type: ignore[no-untyped-def]
    visit, photo = world["visit"], world["photo"]
    sha = photo.sha256
    edit = {"ops": [{"op_id": str(uuid.uuid4()), "entity": "visit", "record_id": visit.id,
                     "fields": {"notes": "changed"}, "base_version": 0}]}
    blob = b"new photo bytes " + uuid.uuid4().bytes
    import hashlib

    new_sha = hashlib.sha256(blob).hexdigest()
    member = {"deputy_a": 200, "aide_a": 200, "deputy_b": 200, "admin": 403}
    team_a_only = {"deputy_a": 200, "aide_a": 200, "deputy_b": 404, "admin": 404}
    admin_only = {"deputy_a": 403, "aide_a": 403, "deputy_b": 403, "admin": 200}
    everyone = dict.fromkeys(member, 200)
    return [
        ("GET", "/auth/me", {}, everyone),
        ("POST", "/auth/token", None, None),  # signing in: tested in test_auth
        ("DELETE", "/auth/token", None, None),  # signing out: tested in test_auth
        ("POST", "/sync/push", {"json": edit}, member),
        ("GET", "/sync/pull", {}, everyone),
        ("GET", "/sync/summary", {}, everyone),
        ("POST", "/sync/states", {"json": {"points": []}}, everyone),
        ("GET", f"/sync/visits/{visit.id}", {}, team_a_only),
        ("GET", "/templates", {}, everyone),
        ("PUT", f"/templates/psc-{uuid.uuid4().hex[:6]}/1", {"json": {"content": {"a": 1}}}, member),
        ("POST", "/blobs/missing", {"json": {"hashes": [sha]}}, member),
        ("GET", f"/blobs/{new_sha}/upload", {"params": {"size": len(blob)}}, member),
        ("PUT", f"/blobs/{new_sha}", {"params": {"size": len(blob)}, "data": blob}, member),
        ("GET", f"/blobs/{sha}", {}, team_a_only),
        ("GET", "/admin/users", {}, admin_only),
        ("GET", "/admin/teams", {}, admin_only),
        ("POST", "/admin/tokens/revoke", {"json": {"user": world["names"]["deputy_a"],
                                                   "device_id": str(uuid.uuid4())}}, admin_only),
        ("GET", "/health", {}, None),
    ]


def test_every_endpoint_role_and_team(server, world):  # type: ignore[no-untyped-def]
    cases = _cases(world)
    schema = requests.get(server.url + "/openapi.json", timeout=10).json()
    routes = {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}
    covered = set()
    for method, path, kwargs, expected in cases:
        template = next(p for m, p in routes if m == method and _matches(p, path))
        covered.add((method, template))
        if expected is None:
            continue
        assert _call(server, None, method, path, **kwargs).status_code == 401, path
        for role, status in expected.items():
            token = world["clients"][role].token
            response = _call(server, token, method, path, **kwargs)
            assert response.status_code == status, (method, path, role, response.text)
            assert response.headers["content-type"].startswith(
                "application/json" if status != 200 or "blobs/" not in path or "upload" in path
                or method != "GET" else "application/octet-stream")
    assert covered == routes


def _matches(template: str, path: str) -> bool:
    t, p = template.split("/"), path.split("/")
    return len(t) == len(p) and all(a == b or a.startswith("{") for a, b in zip(t, p, strict=True))


def test_other_team_sees_nothing(server, world):  # type: ignore[no-untyped-def]
    outsider = world["clients"]["deputy_b"]
    page = outsider.pull("")
    assert page.changes == [] and page.digest.count == 0
    assert outsider.summary().visits == []
    assert outsider.states([]).records == []
    insider = world["clients"]["aide_a"].pull("")
    assert {c.record_id for c in insider.changes} >= {world["visit"].id, world["photo"].id}
    # An outsider's edit of team A's record is refused and changes nothing.
    reply = outsider.push(
        [_op("visit", world["visit"].id, {"notes": "взлом"})])
    assert reply.results[0].status == "rejected"
    assert world["clients"]["deputy_a"].visit(world["visit"].id)[1].fields["notes"] == "секретно"
    # Nor may an outsider attach a child to team A's visit.
    reply = outsider.push([_op("finding", str(uuid.uuid4()), {"visit_id": world["visit"].id})])
    assert reply.results[0].status == "rejected"
    # Pushing into a team one is not in is refused outright.
    response = _call(server, outsider.token, "POST", "/sync/push",
                     json={"team": world["team_a"], "ops": []})
    assert response.status_code == 403


def _op(entity, record_id, fields):  # type: ignore[no-untyped-def]
    from inspector.sync.protocol import Op

    return Op(op_id=str(uuid.uuid4()), entity=entity, record_id=record_id, fields=fields)


def test_protocol_version_mismatch(server, world):  # type: ignore[no-untyped-def]
    token = world["clients"]["deputy_a"].token
    for version, status in (("2", 426), ("0", 426), ("x", 426)):
        response = requests.get(server.url + "/auth/me", timeout=10, headers={
            PROTOCOL_HEADER: version, "Authorization": f"Bearer {token}"})
        assert response.status_code == status
        assert "protocol" in response.json()["message"]
    response = requests.get(server.url + "/auth/me", timeout=10,
                            headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400 and PROTOCOL_HEADER in response.json()["message"]


def test_tokens_revocable_and_disabled_users_shut_out(server, accounts, world):  # type: ignore[no-untyped-def]
    from inspector.server import auth, db

    client = world["clients"]["aide_a"]
    assert client.me().role == "aide"
    client.logout()
    assert _call(server, client.token or "x", "GET", "/auth/me").status_code == 401
    wrong = _call(server, None, "POST", "/auth/token", json={
        "user": "nobody", "password": "x", "device_id": str(uuid.uuid4())})
    assert wrong.status_code == 401
    deputy = world["clients"]["deputy_a"]
    with db.write(accounts.engine) as conn:
        auth.disable_user(conn, world["names"]["deputy_a"])
    assert _call(server, deputy.token, "GET", "/auth/me").status_code == 401
