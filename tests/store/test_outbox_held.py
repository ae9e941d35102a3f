"""Ops set aside after the server refused a value: kept, left out of pushes with what depends
on them, and sent again, folded with later edits, once the record is edited."""

from __future__ import annotations

import json

from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.visit import Visit
from inspector.store import sync_state
from inspector.sync.protocol import FieldProblem


def _hold(profile, record_id: str) -> None:  # type: ignore[no-untyped-def]
    row = profile.database.query("SELECT op_id, entity FROM outbox WHERE record_id = ? "
                                 "ORDER BY seq LIMIT 1", (record_id,))[0]
    sync_state.hold_ops(profile.database, [FieldProblem(
        op_id=row["op_id"], entity=row["entity"], record_id=record_id, field="notes",
        code="too_long", message="visit.notes is longer than 100000 characters")])


def test_a_held_op_and_what_depends_on_it_wait_and_go_again_when_edited(profile):
    records = profile.records
    facility = records.save(Facility(kind="psc", name="ЦОН"))
    visit = records.save(Visit(facility_id=facility.id, started_on="2026-04-02", notes="x"))
    records.save(Answer(visit_id=visit.id, question_id="q1", value="yes"))
    other = records.save(Visit(facility_id=facility.id, started_on="2026-04-03"))
    sync_state.mark_all_sent(profile.database)
    visit.participants = ["помощник"]  # a second op of the held record, made after sending
    records.save(visit)
    _hold(profile, visit.id)
    batch = sync_state.outbox_batch(profile.database, 100)
    assert [r["record_id"] for r in batch] == [facility.id, other.id]
    assert sync_state.waiting_ops(profile.database) == 2  # the later edit and the answer
    assert [h["field"] for h in sync_state.held_ops(profile.database)] == ["notes"]
    visit.notes = "исправлено"
    records.save(visit)
    assert sync_state.held_ops(profile.database) == []
    ops = [r for r in sync_state.outbox_batch(profile.database, 100) if r["record_id"] == visit.id]
    assert len(ops) == 1 and ops[0]["sent_at"] is None
    fields = json.loads(ops[0]["fields"])
    assert fields["notes"] == "исправлено" and fields["participants"] == ["помощник"]
    assert fields["started_on"] == "2026-04-02"  # still the op that creates the visit
