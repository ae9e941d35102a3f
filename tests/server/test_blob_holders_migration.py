"""Server migration blob_holders: a team keeps its photos across the upgrade, and gains nobody
else's."""

from __future__ import annotations

import json

import pytest
from alembic import command
from alembic.config import Config
from pg import database_for
from sqlalchemy import insert, select

from inspector.server import db
from inspector.server.tables import blob_holders, blobs, records


def _upgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_existing_photos_stay_with_the_teams_that_have_them(backend, request, tmp_path):  # type: ignore[no-untyped-def]
    url = database_for(backend, request) or f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = db.make_engine(url)
    _upgrade(engine, "0002")
    stored, lost = "a" * 64, "b" * 64  # `lost`: a record whose bytes never arrived
    with db.write(engine) as conn:
        conn.execute(insert(blobs).values(sha256=stored, size=3, created_at="2025-01-01"))
        conn.execute(insert(records), [
            {"entity": "photo", "id": f"p{i}", "team": team, "visit_id": "v", "blob_sha": sha,
             "version": 1, "deleted": False, "needs_review": False, "data": json.dumps({}),
             "field_meta": "{}", "created_at": "2025-01-01", "updated_at": "2025-01-01"}
            for i, (team, sha) in enumerate([("north", stored), ("north", stored),
                                             ("south", lost)])])
    _upgrade(engine, "head")
    with db.read(engine) as conn:
        holders = set(conn.execute(select(blob_holders.c.sha256, blob_holders.c.team)))
    engine.dispose()
    assert holders == {(stored, "north")}
