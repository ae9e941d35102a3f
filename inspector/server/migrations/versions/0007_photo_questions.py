"""A photo supports several questions: `question_id` (one id or "") becomes `question_ids`.

Laptops rewrite their own copies the same way (local migration 12), so the records keep their
versions: nobody needs to pull them again, and a laptop that pulls later gets the new field.
Conflicts waiting on the old field wait on the new one with the value in its new form.

Revision ID: photo_questions
Revises: sign_in_limits
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "photo_questions"
down_revision = "visit_log"
branch_labels = None
depends_on = None

OLD, NEW = "question_id", "question_ids"


def _as_list(value: object) -> list:
    return [value] if isinstance(value, str) and value else []


def upgrade() -> None:
    conn = op.get_bind()
    records = sa.table("records", sa.column("entity"), sa.column("id"), sa.column("data"),
                       sa.column("field_meta"))
    rows = conn.execute(sa.select(records.c.id, records.c.data, records.c.field_meta)
                        .where(records.c.entity == "photo")).all()
    for record_id, data_json, meta_json in rows:
        data, meta = json.loads(data_json), json.loads(meta_json)
        if OLD not in data and OLD not in meta:
            continue
        if OLD in data:
            data[NEW] = _as_list(data.pop(OLD))
        if OLD in meta:
            meta[NEW] = meta.pop(OLD)
        conn.execute(records.update().where(records.c.entity == "photo")
                     .where(records.c.id == record_id)
                     .values(data=json.dumps(data), field_meta=json.dumps(meta)))
    conflicts = sa.table("record_conflicts", sa.column("entity"), sa.column("record_id"),
                         sa.column("field"), sa.column("device_id"), sa.column("value"))
    waiting = conn.execute(sa.select(conflicts.c.record_id, conflicts.c.device_id,
                                     conflicts.c.value)
                           .where(conflicts.c.entity == "photo")
                           .where(conflicts.c.field == OLD)).all()
    for record_id, device_id, value in waiting:
        conn.execute(conflicts.update().where(conflicts.c.entity == "photo")
                     .where(conflicts.c.record_id == record_id)
                     .where(conflicts.c.field == OLD).where(conflicts.c.device_id == device_id)
                     .values(field=NEW, value=json.dumps(_as_list(json.loads(value)))))


def downgrade() -> None:
    raise NotImplementedError("photos linked to several questions cannot go back to one")
