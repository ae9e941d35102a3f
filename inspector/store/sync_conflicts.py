"""Field conflicts as the person sees them: every value kept for a field, and settling them.

The local `conflicts` table has one row per (entity, record, field): `mine` (this laptop's
value), `theirs` (the first other value) and `others` (migration 4: every other distinct value,
`theirs` included, as a JSON list), so when three laptops changed one field three ways the
person sees all three versions. Choosing a value clears them all.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from ..domain.record import utc_now
from ..sync.protocol import DELETED_FIELD, Change, FieldConflict, canonical_json
from . import search
from .database import Database
from .records import ENTITIES, TABLES, append_outbox, delete_tree, from_column, to_column


@dataclass(frozen=True)
class LocalConflict:
    entity: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    detected_at: str
    # Every value other than mine (theirs first): one per other laptop that chose differently.
    others: list[Any] = dataclass_field(default_factory=list)
    # Who stands behind a value, when the server named them: canonical JSON -> user names.
    people: dict[str, list[str]] = dataclass_field(default_factory=dict)

    def names_for(self, value: Any) -> list[str]:
        return self.people.get(canonical_json(value), [])


def _distinct(values: list[Any], mine: Any) -> list[Any]:
    seen = {canonical_json(mine)}
    found = []
    for value in values:
        key = canonical_json(value)
        if key not in seen:
            seen.add(key)
            found.append(value)
    return found


def store_conflict(conn: sqlite3.Connection, entity: str, record_id: str,
                   found: FieldConflict) -> None:
    """A conflict a push reported; values already known for the field are kept beside it."""
    row = conn.execute("SELECT others, people FROM conflicts WHERE entity = ? AND record_id = ? "
                       "AND field = ?", (entity, record_id, found.field)).fetchone()
    others = _distinct([found.theirs, *(json.loads(row[0]) if row else [])], found.mine)
    _write(conn, entity, record_id, found.field, found.mine, found.theirs, others,
           json.loads(row[1]) if row else None)
    conn.execute(f"UPDATE {TABLES[entity]} SET needs_review = 1 WHERE id = ?", (record_id,))


def _write(conn: sqlite3.Connection, entity: str, record_id: str, name: str, mine: Any,
           theirs: Any, others: list[Any], people: dict[str, list[str]] | None = None) -> None:
    conn.execute("INSERT OR REPLACE INTO conflicts (entity, record_id, field, mine, theirs, "
                 "others, detected_at, people) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (entity, record_id, name, canonical_json(mine), canonical_json(theirs),
                  canonical_json(others), utc_now(), canonical_json(people or {})))


def replace_conflicts(conn: sqlite3.Connection, change: Change, device_id: str,
                       pending: set[str], has_pending: bool) -> None:
    """The server's open conflicts become the local ones; a field this laptop already settled
    (its choice waits in the outbox) stays settled."""
    conn.execute("DELETE FROM conflicts WHERE entity = ? AND record_id = ?",
                 (change.entity, change.record_id))
    groups: dict[str, list] = defaultdict(list)
    for c in change.conflicts:
        groups[c.field].append(c)
    for name, values in groups.items():
        if name in pending or (name == DELETED_FIELD and has_pending):
            continue
        current = change.deleted if name == DELETED_FIELD else change.fields.get(name)
        own = [c for c in values if c.device_id == device_id]
        if own:
            mine = own[0].value
            pool = [current, *(c.value for c in values if c.device_id != device_id)]
        else:
            mine = current
            pool = [c.value for c in values]
        # theirs as before (the server's value, or the first kept aside, when that differs
        # from mine); others: all of them.
        others = _distinct(pool, mine)
        theirs = pool[0] if canonical_json(pool[0]) != canonical_json(mine) or not others \
            else others[0]
        people: dict[str, list[str]] = defaultdict(list)
        for c in values:
            if c.user and c.user not in people[canonical_json(c.value)]:
                people[canonical_json(c.value)].append(c.user)
        _write(conn, change.entity, change.record_id, name, mine, theirs, others, dict(people))


# --- conflicts a person settles ------------------------------------------------------------

def list_conflicts(database: Database) -> list[LocalConflict]:
    return [LocalConflict(entity=r["entity"], record_id=r["record_id"], field=r["field"],
                          mine=json.loads(r["mine"]) if r["mine"] is not None else None,
                          theirs=json.loads(r["theirs"]) if r["theirs"] is not None else None,
                          detected_at=r["detected_at"], others=json.loads(r["others"]),
                          people=json.loads(r["people"]))
            for r in database.query("SELECT * FROM conflicts ORDER BY detected_at, entity, "
                                    "record_id, field")]


def resolve_conflict(database: Database, entity: str, record_id: str, field: str,
                     value: Any) -> None:
    """A person chose `value`: a normal edit (pushed like any other) that settles the conflict.

    The op is written even when the chosen value is the one already shown, because the server
    settles a conflict when an edit of that field arrives from someone who had seen it. For an
    edit-versus-delete conflict (field "_deleted"), True deletes the record, False keeps it.
    """
    table = TABLES[entity]
    with database.transaction() as conn:
        row = conn.execute(f"SELECT version, deleted FROM {table} WHERE id = ?",
                           (record_id,)).fetchone()
        if row is None:
            raise KeyError(f"{entity} {record_id}")
        version, deleted = row
        if field == DELETED_FIELD:
            if value and not deleted:
                delete_tree(conn, entity, record_id)  # a visit with its parts, deliberately
            elif not value:
                append_outbox(conn, entity, record_id, {}, version)
        else:
            if field not in ENTITIES[entity].content_fields():
                raise KeyError(f"{entity} has no field {field}")
            conn.execute(f"UPDATE {table} SET {field} = ?, updated_at = ? WHERE id = ?",
                         (to_column(field, value), utc_now(), record_id))
            append_outbox(conn, entity, record_id, {field: from_column(field, to_column(field, value))},
                          version)
        conn.execute("DELETE FROM conflicts WHERE entity = ? AND record_id = ? AND field = ?",
                     (entity, record_id, field))
        left = conn.execute("SELECT 1 FROM conflicts WHERE entity = ? AND record_id = ?",
                            (entity, record_id)).fetchone()
        if left is None:
            conn.execute(f"UPDATE {table} SET needs_review = 0 WHERE id = ?", (record_id,))
        search.index_record(conn, entity, record_id)
