"""A profile created by an older version of the app opens, upgraded in place, with its data."""

from __future__ import annotations

import sqlite3

import pytest

from inspector.store import migrations
from inspector.store.database import Database
from inspector.store.profile import Profile
from inspector.store.search import search


def test_a_version_1_database_is_upgraded_with_its_data(tmp_path):
    folder = tmp_path / "old-profile"
    folder.mkdir()
    old = Database(folder / "inspector.sqlite3", migrate_to=1)
    assert migrations.current_version(old.conn) == 1
    with old.transaction() as conn:
        conn.execute("INSERT INTO facilities (id, kind, name, region, created_at, updated_at) "
                     "VALUES ('f1', 'baby_home', 'Сәби үйі «Бөбек»', 'turkestan', 'x', 'x')")
        conn.execute("INSERT INTO visits (id, facility_id, started_on, template_id, "
                     "template_version, created_at, updated_at) "
                     "VALUES ('v1', 'f1', '2025-04-01', 'baby_home', 1, 'x', 'x')")
        conn.execute("INSERT INTO photos (id, visit_id, sha256, created_at, updated_at) "
                     "VALUES ('p1', 'v1', 'abc', 'x', 'x')")
    old.close()

    with Profile(folder) as profile:
        assert migrations.current_version(profile.database.conn) == migrations.LATEST
        assert profile.database.scalar("SELECT name FROM facilities WHERE id = 'f1'") == \
            "Сәби үйі «Бөбек»"
        assert profile.database.scalar("SELECT rotation FROM photos WHERE id = 'p1'") == 0
        # The search index added by the upgrade already knows the old records.
        assert [h.record_id for h in search(profile.database.conn, "бөбек")] == ["f1"]
        assert profile.database.integrity_ok()


def test_a_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    Database(path, migrate_to=1).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], (2, broken)])
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrations.migrate(conn, 2)
    assert migrations.current_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()


def test_visit_counts_follow_every_kind_of_write(profile):
    from inspector.domain.answer import Answer
    from inspector.domain.facility import Facility
    from inspector.domain.visit import Visit
    from inspector.services.visit_list import visit_summaries

    facility = profile.records.save(Facility(kind="psc", name="ЦОН"))
    visit = profile.records.save(Visit(facility_id=facility.id, started_on="2026-01-01",
                                       template_id="psc", template_version=1))
    for n in range(3):
        profile.records.save(Answer(visit_id=visit.id, question_id=f"q{n}", value=n,
                                    flagged=n == 2))
    profile.records.save(Answer(visit_id=visit.id, question_id="blank", value=None))
    [summary] = visit_summaries(profile)
    assert (summary.answered, summary.flagged, summary.photos) == (3, 1, 0)
    profile.records.delete(Answer, Answer(visit_id=visit.id, question_id="q2").id)
    [summary] = visit_summaries(profile)
    assert (summary.answered, summary.flagged) == (2, 0)


def test_counts_are_backfilled_when_an_old_profile_is_upgraded(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    old = Database(folder / "inspector.sqlite3", migrate_to=2)
    with old.transaction() as conn:
        conn.execute("INSERT INTO facilities (id, kind, name, created_at, updated_at) "
                     "VALUES ('f', 'psc', 'ЦОН', 'x', 'x')")
        conn.execute("INSERT INTO visits (id, facility_id, started_on, template_id, "
                     "template_version, created_at, updated_at) "
                     "VALUES ('v', 'f', '2025-01-01', 'psc', 1, 'x', 'x')")
        conn.execute("INSERT INTO answers (id, visit_id, question_id, value, flagged, created_at, "
                     "updated_at) VALUES ('a', 'v', 'q', '5', 1, 'x', 'x')")
    old.close()
    from inspector.services.visit_list import visit_summaries

    with Profile(folder) as profile:
        [summary] = visit_summaries(profile)
        assert (summary.answered, summary.flagged) == (1, 1)



def test_an_upgrade_finished_by_another_connection_meanwhile_is_not_run_twice(tmp_path,
                                                                            monkeypatch):
    """The window's store thread and a command may open a new profile at the same moment: the
    one that looked first finds, under the write lock, that the other has upgraded it."""
    import sqlite3

    from inspector.store import migrations
    from inspector.store.profile import Profile

    with Profile(tmp_path / "profile"):
        pass  # the other connection: created and upgraded the file
    conn = sqlite3.connect(tmp_path / "profile" / "inspector.sqlite3", isolation_level=None)
    looks = []
    real = migrations.current_version

    def first_look_was_before_the_other_finished(c):  # type: ignore[no-untyped-def]
        looks.append(1)
        return 0 if len(looks) == 1 else real(c)

    monkeypatch.setattr(migrations, "current_version", first_look_was_before_the_other_finished)
    assert migrations.migrate(conn) == 0
    assert real(conn) == migrations.LATEST
    conn.close()


def test_version_12_turns_a_photos_question_into_a_list_in_records_and_outbox(tmp_path):
    folder = tmp_path / "v11"
    folder.mkdir()
    old = Database(folder / "inspector.sqlite3", migrate_to=11)
    with old.transaction() as conn:
        conn.execute("INSERT INTO facilities (id, kind, name, created_at, updated_at) "
                     "VALUES ('f1', 'baby_home', 'Бөбек', 'x', 'x')")
        conn.execute("INSERT INTO visits (id, facility_id, started_on, template_id, "
                     "template_version, created_at, updated_at) "
                     "VALUES ('v1', 'f1', '2025-04-01', 'baby_home', 1, 'x', 'x')")
        for photo_id, question in (("p1", "q1"), ("p2", "")):
            conn.execute("INSERT INTO photos (id, visit_id, sha256, question_id, created_at, "
                         "updated_at) VALUES (?, 'v1', ?, ?, 'x', 'x')",
                         (photo_id, photo_id * 32, question))
            conn.execute("INSERT INTO outbox (op_id, entity, record_id, fields, created_at) "
                         "VALUES (?, 'photo', ?, ?, 'x')",
                         (f"op-{photo_id}", photo_id,
                          f'{{"question_id": "{question}", "caption": "c"}}'))
    old.close()

    import json

    from inspector.domain.photo import Photo

    with Profile(folder) as profile:
        assert profile.records.get(Photo, "p1").question_ids == ["q1"]
        assert profile.records.get(Photo, "p2").question_ids == []
        assert profile.records.get(Photo, "p1").face_boxes == []
        ops = {row[0]: json.loads(row[1]) for row in profile.database.conn.execute(
            "SELECT record_id, fields FROM outbox")}
        assert ops == {"p1": {"question_ids": ["q1"], "caption": "c"},
                       "p2": {"question_ids": [], "caption": "c"}}
