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
