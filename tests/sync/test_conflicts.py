"""Three laptops change one field three ways: every laptop shows every version; choosing one
clears them all. And the local schema change this needed (migration 4) upgrades old profiles."""

from __future__ import annotations

import json

from inspector.domain.answer import Answer
from inspector.services.sync import list_conflicts, resolve_conflict
from inspector.store import migrations
from inspector.store.database import Database
from inspector.store.profile import Profile

from .test_sync_basic import converged


def test_three_way_conflict_shows_every_value(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, names = accounts.team(("deputy", "deputy"), ("aide", "aide"), ("aide", "aide"))
    a, b, c = (laptops(server.url, name) for name in names)
    visit = a.visit()
    a.answer(visit, "q1", "yes")
    a.sync()
    b.sync()
    c.sync()
    for laptop, value in ((a, "нет"), (b, "частично"), (c, "да, с оговорками")):
        laptop.answer(laptop.records.get(type(visit), visit.id), "q1", value)
    a.sync()
    b.sync()
    report = c.sync()
    assert [x["field"] for x in report.conflicts] == ["value"]
    for laptop in (a, b, c, a, b):
        laptop.sync()
    everything = {"нет", "частично", "да, с оговорками"}
    for laptop, mine in ((a, "нет"), (b, "частично"), (c, "да, с оговорками")):
        [found] = list_conflicts(laptop.profile)
        assert (found.entity, found.field, found.mine) == ("answer", "value", mine)
        assert set(found.others) == everything - {mine} and found.theirs in found.others
        [row] = laptop.conflicts()
        assert json.loads(row["theirs"]) == found.theirs  # one value, as before
    # A person on c keeps b's wording: every version goes away everywhere.
    answer_id = c.records.list(Answer)[0].id
    resolve_conflict(c.profile, "answer", answer_id, "value", "частично")
    assert list_conflicts(c.profile) == []
    for laptop in (c, a, b, c):
        laptop.sync()
    for laptop in (a, b, c):
        assert laptop.conflicts() == []
        got = laptop.records.get(Answer, answer_id)
        assert (got.value, got.needs_review) == ("частично", False)
    converged(a, b, c)


def test_migration_4_keeps_old_conflicts_and_narrows_the_count_triggers(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "old"
    folder.mkdir()
    old = Database(folder / "inspector.sqlite3", migrate_to=3)
    with old.transaction() as conn:
        conn.execute("INSERT INTO facilities (id, kind, name, created_at, updated_at) "
                     "VALUES ('f1', 'psc', 'ЦОН', 'x', 'x')")
        conn.execute("INSERT INTO visits (id, facility_id, started_on, template_id, "
                     "template_version, created_at, updated_at) "
                     "VALUES ('v1', 'f1', '2025-04-01', 'psc', 1, 'x', 'x')")
        conn.execute("INSERT INTO answers (id, visit_id, question_id, value, created_at, "
                     "updated_at) VALUES ('a1', 'v1', 'q1', '\"yes\"', 'x', 'x')")
        conn.execute("INSERT INTO conflicts (entity, record_id, field, mine, theirs, detected_at) "
                     "VALUES ('answer', 'a1', 'value', '\"yes\"', '\"no\"', 'x')")
    old.close()
    with Profile(folder) as profile:
        db = profile.database
        assert migrations.current_version(db.conn) == migrations.LATEST >= 4
        [found] = list_conflicts(profile)
        assert (found.mine, found.theirs, found.others) == ("yes", "no", ["no"])
        # Counts still follow what they count, and a version stamp no longer recounts.
        assert db.scalar("SELECT answered FROM visit_stats WHERE visit_id = 'v1'") == 1
        with db.transaction() as conn:
            conn.execute("UPDATE answers SET value = 'null' WHERE id = 'a1'")
        assert db.scalar("SELECT answered FROM visit_stats WHERE visit_id = 'v1'") == 0
        triggers = {r["name"]: r["sql"] for r in db.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
        assert "UPDATE OF" in triggers["answers_stats_update"]
        assert "UPDATE OF" in triggers["photos_stats_update"]
        assert db.integrity_ok()
