"""Every endpoint × role × team: users see and change only their teams' data; admin manages.

The table below must name every route of the OpenAPI schema (checked), so a new endpoint
cannot be added without deciding who may call it.
"""

from __future__ import annotations

import hashlib
import uuid

import pytest
import requests
from pg import PASSWORD

from inspector.domain.photo import Photo
from inspector.sync.client import SyncClient, SyncError
from inspector.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, canonical_json
from inspector.sync.templates import shipped_templates


@pytest.fixture
def world(server, accounts, laptops):  # type: ignore[no-untyped-def]
    team_a, (deputy_a, aide_a) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    team_b, (deputy_b,) = accounts.team(("deputy", "deputy"))
    admin = accounts.user("admin")
    laptop = laptops(server.url, deputy_a)
    visit = laptop.visit(notes="секретно")
    photo = laptop.photo(visit, 7)
    inquiry = _answered_inquiry(laptop, visit)
    laptop.sync()
    clients = {}
    for role, name in (("deputy_a", deputy_a), ("aide_a", aide_a), ("deputy_b", deputy_b),
                       ("admin", admin)):
        client = SyncClient(server.url)
        client.login(name, PASSWORD, str(uuid.uuid4()))
        clients[role] = client
    return {"visit": visit, "photo": photo, "inquiry": inquiry, "clients": clients, "team_a": team_a,
            "team_b": team_b, "names": {"deputy_a": deputy_a, "deputy_b": deputy_b},
            "laptop": laptop}


def _answered_inquiry(laptop, visit):  # type: ignore[no-untyped-def]
    """An inquiry on the visit's finding, answered with a document: team A's too."""
    from datetime import date

    from inspector.services import inquiries

    finding = laptop.finding(visit, "Зарплата ниже средней")
    inquiry = inquiries.new_inquiry(laptop.profile, title="секретный запрос", addressee_name="X",
                                    signatories=[{"name": "Y", "faction": ""}],
                                    finding_ids=[finding.id], requests=["Повысить"])
    inquiries.announce(laptop.profile, inquiry.id, "2026-11-02", today=date(2026, 11, 2))
    answer = laptop.profile.data_dir / "answer.pdf"
    answer.write_bytes(b"%PDF-1.4 " + uuid.uuid4().bytes)
    return inquiries.record_answer(laptop.profile, inquiry.id, received_on="2026-11-20",
                                   answer_from="МТСЗН", document=answer,
                                   today=date(2026, 11, 21))


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
        # Content the app does not ship: an administrator's decision, for the whole server.
        ("PUT", f"/templates/psc-{uuid.uuid4().hex[:6]}/1", {"json": {"content": {"a": 1}}},
         admin_only),
        # What the app ships, with its shipped content: any member's app registers it.
        ("PUT", "/templates/psc/1", {"json": {"content": shipped_templates()[("psc", 1)]}},
         everyone),
        ("POST", "/blobs/missing", {"json": {"hashes": [sha]}}, member),
        ("GET", f"/blobs/{new_sha}/upload", {"params": {"size": len(blob)}}, member),
        ("PUT", f"/blobs/{new_sha}", {"params": {"size": len(blob)}, "data": blob}, member),
        ("GET", f"/blobs/{sha}", {}, team_a_only),
        # An inquiry's answer document is behind the same wall as photos.
        ("GET", f"/blobs/{world['inquiry'].answer_sha256}", {}, team_a_only),
        ("GET", "/admin/users", {}, admin_only),
        ("GET", "/admin/teams", {}, admin_only),
        ("POST", "/admin/tokens/revoke", {"json": {"user": world["names"]["deputy_a"],
                                                   "device_id": str(uuid.uuid4())}}, admin_only),
        ("GET", "/admin/visit-log", {"params": {"visit": visit.id}}, admin_only),
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
    assert {c.record_id for c in insider.changes} >= {world["visit"].id, world["photo"].id,
                                                      world["inquiry"].id}
    # Nor may an outsider change team A's inquiry.
    reply = outsider.push([_op("inquiry", world["inquiry"].id, {"title": "взлом"})])
    assert reply.results[0].status == "rejected"
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


def test_a_known_hash_is_no_key_to_another_teams_photo(server, world, laptops, tmp_path):  # type: ignore[no-untyped-def]
    """The tester's attack: a team-B user names team A's photo hash in a B visit."""
    north = world["photo"]
    sha, size = north.sha256, north.size
    unknown = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    outsider = world["clients"]["deputy_b"]
    # Presence and resume answer exactly as for a hash nobody holds.
    assert outsider.missing_offsets([sha, unknown]) == {sha: 0, unknown: 0}
    assert world["clients"]["aide_a"].missing_offsets([sha]) == {}
    for h in (sha, unknown):
        status = outsider.upload_status(h, size)
        assert (status.offset, status.complete) == (0, False), h
        reply = _call(server, outsider.token, "PUT", f"/blobs/{h}", params={"size": size},
                      data=b"x")
        assert reply.status_code == 200 and reply.json() == {
            "sha256": h, "size": size, "offset": 1, "complete": False}, h
    # The record naming the hash is refused like one whose photo never arrived, and the south
    # laptop never receives the north bytes.
    south = laptops(server.url, world["names"]["deputy_b"], "south")
    visit = south.visit()
    stolen = south.records.save(Photo(visit_id=visit.id, sha256=sha, size=size, caption="чужое"))
    invented = south.records.save(Photo(visit_id=visit.id, sha256=unknown, size=size))
    report = south.sync()
    refused = {r["record_id"]: r["message"] for r in report.rejected}
    assert set(refused) == {stolen.id, invented.id}
    assert refused[stolen.id] == refused[invented.id]
    assert report.photos_downloaded == 0 and not south.profile.media.has(sha)
    assert south.sync().photos_downloaded == 0 and not south.profile.media.has(sha)
    with pytest.raises(SyncError) as caught:
        outsider.download(sha, south.profile.media.path(sha))
    assert caught.value.status == 404
    assert stolen.id not in {c.record_id for c in outsider.pull("").changes}
    # Nor can a photo of one's own be switched to the other team's hash afterwards.
    own = south.photo(visit, 910_001)
    assert not south.sync().rejected
    [result] = outsider.push([_op("photo", own.id, {"sha256": sha}).model_copy(
        update={"base_version": south.records.get(Photo, own.id).version})]).results
    assert (result.status, result.message) == ("rejected", refused[invented.id])
    with pytest.raises(SyncError) as caught:
        outsider.download(sha, tmp_path / "stolen")
    assert caught.value.status == 404
    # The team that owns the photo is not affected.
    assert world["clients"]["aide_a"].download(sha, tmp_path / "check") == size


def test_uploading_the_bytes_proves_possession(server, world, laptops):  # type: ignore[no-untyped-def]
    """A team that really has the same photo sends it once itself, then uses it as its own; the
    server keeps one copy."""
    north = world["photo"]
    data = world["laptop"].profile.media.path(north.sha256).read_bytes()
    south = laptops(server.url, world["names"]["deputy_b"], "south")
    visit = south.visit()
    south.records.save(Photo(visit_id=visit.id, sha256=south.profile.media.add_bytes(data),
                             size=len(data), caption="то же фото, снятое вместе"))
    report = south.sync()
    assert report.photos_uploaded == 1 and not report.rejected
    copy = laptops(server.url, world["names"]["deputy_b"], "south-2")
    assert copy.sync().photos_downloaded == 1
    assert copy.profile.media.path(north.sha256).read_bytes() == data
    assert world["clients"]["deputy_b"].missing([north.sha256]) == []
    stored = list(server.data_dir.rglob(north.sha256))
    assert len([p for p in stored if ".partial" not in p.parts]) == 1


def test_template_versions_are_the_servers_not_the_first_users(server, world, laptops):  # type: ignore[no-untyped-def]
    """Any user could register `psc` v99 with any content, and the real v99 was then refused."""
    deputy, admin = world["clients"]["deputy_b"], world["clients"]["admin"]
    bogus = {"id": "psc", "version": 99, "sections": []}
    with pytest.raises(SyncError) as caught:
        deputy.register_template("psc", 99, bogus)
    assert caught.value.status == 403 and "administrator" in caught.value.message
    assert ("psc", 99) not in {(t.template_id, t.version) for t in deputy.templates()}
    # Nor can anyone, an administrator included, put other content under a shipped version.
    for client in (deputy, admin):
        with pytest.raises(SyncError) as caught:
            client.register_template("psc", 1, bogus | {"version": 1})
        assert caught.value.status == 409
    # The shipped content goes in from any member, as the app does when it syncs.
    shipped = shipped_templates()[("psc", 1)]
    assert deputy.register_template("psc", 1, shipped).sha256 == hashlib.sha256(
        canonical_json(shipped).encode()).hexdigest()
    laptop = world["laptop"]
    laptop.visit(notes="после попытки")
    assert not laptop.sync().rejected
    # Content of the server's own is the administrator's to register; members then use it.
    custom = f"audit-{uuid.uuid4().hex[:6]}"
    content = {"id": custom, "version": 1, "sections": []}
    admin.register_template(custom, 1, content)
    assert deputy.register_template(custom, 1, content).version == 1  # already there: the same
    with pytest.raises(SyncError) as caught:
        deputy.register_template(custom, 1, content | {"sections": [{"id": "x"}]})
    assert caught.value.status in (403, 409)


def test_member_of_two_teams_sends_a_photo_the_other_team_lacks(server, accounts, world, laptops):  # type: ignore[no-untyped-def]
    """Told "present" because one of their teams holds it, a laptop would never send the bytes
    its visit in the other team needs, and that record would be refused at every sync."""
    north = world["photo"]
    data = world["laptop"].profile.media.path(north.sha256).read_bytes()
    both = laptops(server.url, accounts.user("deputy", world["team_a"], world["team_b"]), "both")
    visit = both.visit()
    both.records.save(Photo(visit_id=visit.id, sha256=both.profile.media.add_bytes(data),
                            size=len(data), caption="для южной команды"))
    report = both.sync(team=world["team_b"])
    assert report.photos_uploaded == 1 and not report.rejected
    south = laptops(server.url, world["names"]["deputy_b"], "south")
    assert south.sync().photos_downloaded == 1
