"""Server migration photo_questions: a photo's one question becomes a list, in the record, its
field bookkeeping and a conflict waiting on it; the records keep their versions."""

from __future__ import annotations

import json

import pytest
from pg import database_for
from sqlalchemy import insert, select

from inspector.server import db
from inspector.server.tables import conflicts, records

from .test_blob_holders_migration import _upgrade


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_photos_question_becomes_a_list(backend, request, tmp_path):  # type: ignore[no-untyped-def]
    url = database_for(backend, request) or f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = db.make_engine(url)
    _upgrade(engine, "visit_log")
    meta = {"question_id": [7, "dev-a"], "caption": [5, "dev-a"]}
    with db.write(engine) as conn:
        conn.execute(insert(records), [
            {"entity": "photo", "id": f"p{i}", "team": "north", "visit_id": "v",
             "blob_sha": "a" * 64, "version": 7, "deleted": False, "needs_review": False,
             "data": json.dumps({"question_id": q, "caption": "c"}),
             "field_meta": json.dumps(meta), "created_at": "2025-01-01",
             "updated_at": "2025-01-01"} for i, q in enumerate(["q1", ""])])
        conn.execute(insert(conflicts).values(entity="photo", record_id="p0", field="question_id",
                                              device_id="dev-b", value=json.dumps("q2"),
                                              user_name="b", seq=8))
    _upgrade(engine, "head")
    with db.read(engine) as conn:
        rows = {r.id: r for r in conn.execute(select(records))}
        waiting = conn.execute(select(conflicts)).one()
    engine.dispose()
    assert json.loads(rows["p0"].data) == {"question_ids": ["q1"], "caption": "c"}
    assert json.loads(rows["p1"].data) == {"question_ids": [], "caption": "c"}
    assert json.loads(rows["p0"].field_meta) == {"question_ids": [7, "dev-a"],
                                                 "caption": [5, "dev-a"]}
    assert rows["p0"].version == 7
    assert (waiting.field, json.loads(waiting.value)) == ("question_ids", ["q2"])
