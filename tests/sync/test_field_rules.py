"""The field rules shared by the server's door and the client: complete, and true to the app."""

from __future__ import annotations

import pytest

from inspector.services.demo import generate_demo
from inspector.store import sync_state
from inspector.sync.field_rules import FIELD_RULES, field_problem, readable
from inspector.sync.protocol import ENTITY_CLASSES, op_problems


def test_every_field_of_every_record_has_a_rule():
    assert {e: set(rules) for e, rules in FIELD_RULES.items()} == {
        e: set(cls.content_fields()) for e, cls in ENTITY_CLASSES.items()}


def test_what_the_app_itself_writes_passes(profile):
    """Demo visits go through the same services as a person's edits: every op they leave in the
    outbox must pass, or the door would refuse a laptop's own work."""
    generate_demo(profile, visits=6, photos_per_visit=1)
    ops = [sync_state.to_op(row) for row in sync_state.outbox_batch(profile.database, 10_000)]
    assert len(ops) > 100
    assert op_problems(ops) == []


@pytest.mark.parametrize(("entity", "name", "value", "code"), [
    ("photo", "size", 2**64, "out_of_range"),
    ("photo", "size", True, "wrong_type"),
    ("photo", "latitude", float("nan"), "out_of_range"),
    ("answer", "value", {"a": 1}, "wrong_type"),
    ("answer", "value", {"no_data": True, "value": 0}, "no_data_mixed"),
    ("answer", "value", {"no_data": 1}, "no_data_mixed"),
    ("interview", "answers", {"wage_net_monthly": {"no_data": "yes"}}, "no_data_mixed"),
    ("answer", "value", 10**4000, "out_of_range"),
    ("answer", "value", float("inf"), "out_of_range"),
    ("answer", "value", [["deep"]], "wrong_type"),
    ("visit", "deputies", [1, {}], "wrong_type"),
    ("visit", "started_on", "2025-02-30", "not_a_date"),
    ("visit", "completed_at", "вчера", "not_a_date"),
    ("visit", "notes", "\ud800", "bad_text"),
    ("visit", "status", "archived", "unknown_value"),
    ("finding", "evidence", [1, "x"], "bad_link"),
    ("finding", "evidence", [{"kind": "answer", "id": "not-an-id"}], "bad_link"),
    ("interview", "answers", {"q": {"x": 1}}, "wrong_type"),
    ("facility", "kind", "prison", "unknown_value"),
])
def test_impossible_values_are_named(entity, name, value, code):
    problem = field_problem(entity, name, value)
    assert problem is not None and problem.code == code


def test_stored_values_read_as_missing_or_as_text():
    assert readable("photo", "size", 2**64, 0) == 0
    assert readable("visit", "notes", {"a": 1}, "") == '{"a": 1}'
    assert readable("visit", "notes", "x" * 200_000, "") == "x" * 200_000  # shown, if too long
    assert readable("answer", "value", {"a": 1}, None) is None
