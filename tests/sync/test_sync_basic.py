"""First sync, incremental sync, deletes, conflicts, edit vs delete, between laptops of a team."""

from __future__ import annotations

import hashlib
from datetime import date

from inspector.domain.answer import Answer
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.services.sync import resolve_conflict
from inspector.services.sync_status import sync_status
from inspector.store import sync_state


def converged(*laptops) -> None:  # type: ignore[no-untyped-def]
    first = laptops[0].state()
    for other in laptops[1:]:
        assert other.state() == first
    for laptop in laptops:
        for photo in laptop.records.list(Photo):
            path = laptop.profile.media.path(photo.sha256)
            assert hashlib.sha256(path.read_bytes()).hexdigest() == photo.sha256


def test_first_and_incremental_sync(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a = laptops(server.url, deputy)
    b = laptops(server.url, aide)
    visit = a.visit(notes="очередь 40 минут")
    a.answer(visit, "q1", "yes")
    a.photo(visit, 900_001)  # seeds no other test uses: blobs are shared server-wide
    a.photo(visit, 900_002)
    assert sync_status(a.profile).last_sync == ""
    report = a.sync()
    assert report.visits_sent == 1 and report.photos_uploaded == 2 and not report.conflicts
    # Any sync, the command line's too, is what the window shows as «last synced».
    assert sync_status(a.profile).last_sync.startswith(str(date.today().year))
    assert a.outbox() == 0
    report = b.sync()
    assert report.visits_received == 1 and report.photos_downloaded == 2
    converged(a, b)
    # Incremental: a change on b reaches a; photos are not sent twice.
    got = b.records.get(Visit, visit.id)
    got.notes = "очередь 40 минут, нет пандуса"
    b.records.save(got)
    assert b.sync().pushed_ops == 1
    report = a.sync()
    assert report.photos_downloaded == 0 and report.photos_uploaded == 0
    assert a.records.get(Visit, visit.id).notes.endswith("нет пандуса")
    converged(a, b)
    # Nothing to do: nothing moves.
    report = a.sync()
    assert (report.pushed_ops, report.pulled_changes, report.photos_uploaded) == (0, 0, 0)


def test_deletes_travel_as_tombstones(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    a.photo(visit, 3)
    a.sync()
    b.sync()
    b.records.delete(Visit, visit.id)
    b.sync()
    a.sync()
    assert a.records.find(Visit, visit.id) is None
    assert a.records.list(Photo) == []
    converged(a, b)


def test_different_fields_merge(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    a.sync()
    b.sync()
    va = a.records.get(Visit, visit.id)
    va.notes = "от депутата"
    a.records.save(va)
    vb = b.records.get(Visit, visit.id)
    vb.participants = ["помощник"]
    b.records.save(vb)
    assert not a.sync().conflicts
    assert not b.sync().conflicts
    a.sync()
    for laptop in (a, b):
        got = laptop.records.get(Visit, visit.id)
        assert (got.notes, got.participants, got.needs_review) == ("от депутата", ["помощник"], False)
    converged(a, b)


def test_same_field_kept_both_ways_then_resolved(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    a.answer(visit, "q1", "yes")
    a.sync()
    b.sync()
    a.answer(visit, "q1", "no")
    b.answer(visit, "q1", "partly")
    a.sync()
    report = b.sync()
    assert [(c["field"], c["mine"], c["theirs"]) for c in report.conflicts] == [
        ("value", "partly", "no")]
    a.sync()
    answer_id = a.records.list(Answer)[0].id
    for laptop, mine, theirs in ((a, '"no"', '"partly"'), (b, '"partly"', '"no"')):
        rows = laptop.conflicts()
        assert [(r["field"], r["mine"], r["theirs"]) for r in rows] == [("value", mine, theirs)]
        got = laptop.records.get(Answer, answer_id)
        assert got.needs_review and got.value == "no"  # the server's value, the other kept aside
    # A person picks a value on b; it clears the conflict on both sides.
    resolve_conflict(b.profile, "answer", answer_id, "value", "partly")
    assert not b.sync().conflicts
    a.sync()
    for laptop in (a, b):
        assert laptop.conflicts() == []
        got = laptop.records.get(Answer, answer_id)
        assert (got.value, got.needs_review) == ("partly", False)
    converged(a, b)


def test_edit_versus_delete_keeps_the_edit(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    a.sync()
    b.sync()
    a.records.delete(Visit, visit.id)
    vb = b.records.get(Visit, visit.id)
    vb.notes = "важное замечание"
    b.records.save(vb)
    a.sync()
    report = b.sync()
    assert [c["field"] for c in report.conflicts] == ["_deleted"]
    a.sync()
    for laptop in (a, b):
        got = laptop.records.get(Visit, visit.id)
        assert got.notes == "важное замечание" and got.needs_review
    # Delete first on the server, then an edit arrives: same outcome, flagged.
    resolve_conflict(a.profile, "visit", visit.id, "_deleted", False)
    a.sync()
    b.sync()
    assert not b.records.get(Visit, visit.id).needs_review
    converged(a, b)


def test_push_replay_returns_recorded_result(server, accounts, laptops):
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    visit = a.visit()
    ops = [sync_state.to_op(r) for r in sync_state.outbox_batch(a.profile.database, 100)]
    a.sync()
    from inspector.sync.client import SyncClient

    client = SyncClient(server.url, a.tokens.get(next(iter(a.tokens.tokens))))
    again = client.push(ops)
    assert all(r.replayed and r.status == "applied" for r in again.results)
    assert client.visit(visit.id)[1].version == a.records.get(Visit, visit.id).version
