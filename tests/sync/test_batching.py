"""What makes a first sync cheap, checked for correctness (the speed is in bench/bench_sync.py):
pushes in pages applied in bulk, own records not sent back, templates registered before visits,
photo offsets in the one "missing" answer, several photos at once."""

from __future__ import annotations

import hashlib
import os
import uuid

import pytest
from pg import PASSWORD

from inspector.domain.answer import Answer
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.services import sync as sync_service
from inspector.sync.client import SyncClient, SyncError
from inspector.sync.protocol import Op

from .test_sync_basic import converged


def _client(laptop) -> SyncClient:  # type: ignore[no-untyped-def]
    return SyncClient(laptop.server_url, laptop.tokens.get(next(iter(laptop.tokens.tokens))))


def test_many_ops_in_pages_and_nothing_comes_back(server, accounts, laptops, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sync_service, "PUSH_BATCH", 50)  # several pages from few records
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visits = [a.visit(notes=f"визит {v}") for v in range(3)]
    for visit in visits:
        for q in range(40):
            a.answer(visit, f"q{q}", q)
    report = a.sync()
    assert report.pushed_ops == 3 * 42 and not report.rejected  # facility, visit, answers
    assert report.pulled_changes == 0  # its own records: their versions came with the answers
    server_visit = _client(a).visit(visits[0].id)
    versions = {c.record_id: c.version for c in server_visit}
    for answer in a.records.of_visit(Answer, visits[0].id):
        assert answer.version == versions[answer.id] > 0
    assert b.sync().pulled_changes == 3 * 42
    # An edit on b does come to a, and a's next edit of it starts from the right version.
    got = b.records.of_visit(Answer, visits[1].id)[0]
    got.comment = "уточнено"
    b.records.save(got)
    b.sync()
    assert a.sync().pulled_changes == 1
    mine = a.records.get(Answer, got.id)
    mine.value = "изменено"
    a.records.save(mine)
    assert not a.sync().conflicts
    b.sync()
    converged(a, b)


def test_unknown_template_version_is_refused_until_registered(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    facility = a.facility()
    visit = a.visit(facility)
    a.sync()
    client = _client(a)
    assert ("psc", 1) in {(t.template_id, t.version) for t in client.templates()}
    template = f"custom-{uuid.uuid4().hex[:6]}"
    new_visit = str(uuid.uuid4())
    op = Op(op_id=str(uuid.uuid4()), entity="visit", record_id=new_visit, fields={
        "facility_id": facility.id, "started_on": "2025-05-01", "template_id": template,
        "template_version": 3})
    [result] = client.push([op]).results
    assert result.status == "rejected" and "not registered" in result.message
    with pytest.raises(SyncError) as caught:  # a version the app does not ship: admin only
        client.register_template(template, 3, {"id": template, "version": 3})
    assert caught.value.status == 403
    admin = SyncClient(server.url)
    admin.login(accounts.user("admin"), PASSWORD, str(uuid.uuid4()))
    admin.register_template(template, 3, {"id": template, "version": 3})
    with pytest.raises(SyncError) as caught:  # a version is never reused with other content
        admin.register_template(template, 3, {"id": template, "version": 3, "changed": 1})
    assert caught.value.status == 409
    assert client.push([op.model_copy(update={"op_id": str(uuid.uuid4())})]).results[0].status \
        == "applied"
    # Switching an existing visit to an unknown version is refused as well.
    switch = Op(op_id=str(uuid.uuid4()), entity="visit", record_id=visit.id,
                fields={"template_version": 99}, base_version=a.records.get(Visit, visit.id).version)
    assert client.push([switch]).results[0].status == "rejected"


def test_missing_answer_carries_upload_offsets(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    a.sync()
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    client = _client(a)
    path = a.profile.media.path(a.profile.media.add_bytes(data))
    # Half of it arrives, then the connection "breaks".
    client._json("PUT", f"/blobs/{sha}", params={"size": len(data), "offset": 0},
                 data=data[:100_000], headers={"Content-Type": "application/octet-stream"})
    assert client.missing_offsets([sha]) == {sha: 100_000}
    assert client.upload(sha, path, offset=100_000) == 200_000
    assert client.missing_offsets([sha]) == {}


def test_several_photos_at_once(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    for seed in range(950_001, 950_009):
        a.photo(visit, seed, size=(120, 90))
    progress = []
    report = a.sync(on_progress=lambda stage, done, total: progress.append((stage, done, total)))
    assert report.photos_uploaded == 8 and not report.rejected
    uploads = [p for p in progress if p[0] == "upload"]
    assert uploads[0] == ("upload", 0, 8) and uploads[-1] == ("upload", 8, 8)
    assert b.sync().photos_downloaded == 8
    assert len(b.records.list(Photo)) == 8
    converged(a, b)
