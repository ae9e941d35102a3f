"""Reading and writing domain records, each write with its outbox entry for sync.

Every change a person makes is one transaction that updates the row and appends (or extends) an
outbox operation naming the changed fields and the server version the edit started from, which
is what the sync protocol pushes (see docs/design/sync.md, points 1-3).
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from dataclasses import MISSING, fields
from typing import Any, TypeVar

from ..domain.answer import Answer
from ..domain.errors import NotFound
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.inquiry import Inquiry
from ..domain.interview import Interview
from ..domain.ordering import order_fields
from ..domain.photo import Photo
from ..domain.recommendation import RecommendationCheck
from ..domain.record import Record, new_id, utc_now
from ..domain.visit import Visit
from ..sync.field_rules import readable
from . import applicability, search
from .database import Database

R = TypeVar("R", bound=Record)

ENTITIES: dict[str, type[Record]] = {
    cls.entity: cls for cls in (Facility, Visit, Answer, Photo, Interview, Finding,
                               RecommendationCheck, Inquiry)
}
TABLES = {"facility": "facilities", "visit": "visits", "answer": "answers", "photo": "photos",
          "interview": "interviews", "finding": "findings", "recommendation_check": "recommendation_checks",
          "inquiry": "inquiries"}
# Children of a visit, deleted with it.
VISIT_CHILDREN = ("answer", "photo", "interview", "finding", "recommendation_check")
_JSON_FIELDS = {"deputies", "participants", "answers", "evidence", "value", "dismissed_proposals",
                "signatories", "finding_ids", "requests", "ratings", "photo_ids", "seals",
                "amendments", "question_ids", "face_boxes"}
_BOOL_FIELDS = {"announced", "flagged", "shows_faces", "needs_review"}


def to_column(name: str, value: Any) -> Any:
    if name in _JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if name in _BOOL_FIELDS:
        return int(bool(value))
    return value


def from_column(name: str, value: Any) -> Any:
    if name in _JSON_FIELDS:
        if value is None:
            return None
        try:
            return json.loads(value)
        except (ValueError, TypeError, RecursionError):  # not JSON: readable() decides
            return value
    if name in _BOOL_FIELDS:
        return bool(value)
    return value


def _empty_values(cls: type[Record]) -> dict[str, Any]:
    """What a field shows when its stored value cannot be shown: its default, or empty."""
    found: dict[str, Any] = {}
    for f in fields(cls):
        if f.default is not MISSING:
            found[f.name] = f.default
        elif f.default_factory is not MISSING:
            found[f.name] = f.default_factory
        else:
            found[f.name] = ""
    return found


_EMPTY = {entity: _empty_values(cls) for entity, cls in ENTITIES.items()}
_CONTENT = {entity: frozenset(cls.content_fields()) for entity, cls in ENTITIES.items()}


def row_to_record(cls: type[R], row: dict[str, Any]) -> R:
    """The record as stored, except that a value no screen or report could show (written by an
    older version, a bug, a restored backup) reads as missing, or as text in a text field."""
    empty, content = _EMPTY[cls.entity], _CONTENT[cls.entity]
    values = {}
    for name, raw in row.items():
        if name not in empty:
            continue
        value = from_column(name, raw)
        if name in content:
            fallback = empty[name]
            value = readable(cls.entity, name, value, fallback() if callable(fallback)
                             else fallback)
        values[name] = value
    return cls(**values)


class Records:
    """Repository for all record kinds of one profile."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # --- reading ------------------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        found = self.find(cls, record_id)
        if found is None:
            raise NotFound(what=cls.entity, id=record_id)
        return found

    def find(self, cls: type[R], record_id: str) -> R | None:
        rows = self.database.query(
            f"SELECT * FROM {TABLES[cls.entity]} WHERE id = ? AND deleted = 0", (record_id,))
        return row_to_record(cls, rows[0]) if rows else None

    def list(self, cls: type[R], where: str = "", params: tuple = (), order: str = "") -> list[R]:
        sql = f"SELECT * FROM {TABLES[cls.entity]} WHERE deleted = 0"
        if where:
            sql += f" AND ({where})"
        if order:
            sql += f" ORDER BY {order}"
        return [row_to_record(cls, row) for row in self.database.query(sql, params)]

    def of_visit(self, cls: type[R], visit_id: str, order: str = "") -> builtins.list[R]:
        """A visit's records of one kind, by default in the order every laptop prints them."""
        return self.list(cls, "visit_id = ?", (visit_id,),
                         order=order or ", ".join(order_fields(cls.entity)))

    # --- writing ------------------------------------------------------------------------

    def save(self, record: R) -> R:
        """Insert or update; only fields that really changed go to the outbox."""
        with self.database.transaction() as conn:
            table = TABLES[record.entity]
            row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record.id,)).fetchone()
            cursor_names = [d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
            old = dict(zip(cursor_names, row, strict=True)) if row else None
            if old is not None:
                # A record is created once: an edit made on a fresh copy keeps the stored time.
                record.created_at = old["created_at"]
            content = record.content()
            if old is None or old["deleted"]:
                changed = content
            else:
                changed = {k: v for k, v in content.items()
                           if to_column(k, v) != old.get(k)}
                if not changed:
                    return record
            record.updated_at = utc_now()
            if old is not None:
                record.version = old["version"]
            self._write_row(conn, record, deleted=False)
            append_outbox(conn, record.entity, record.id, changed, record.version)
            search.index_record(conn, record.entity, record.id)
            if record.entity == "answer":
                self._refresh_applies(getattr(record, "visit_id", ""))
        return record

    def _refresh_visit_of(self, conn: sqlite3.Connection, answer_id: str) -> None:
        row = conn.execute("SELECT visit_id FROM answers WHERE id = ?", (answer_id,)).fetchone()
        if row is not None:
            self._refresh_applies(row[0])

    def _refresh_applies(self, visit_id: str) -> None:
        self.database.before_commit(("applies", visit_id),
                                    lambda conn: applicability.refresh(conn, [visit_id]))

    def delete(self, cls: type[Record], record_id: str) -> None:
        """A tombstone, never a missing row: sync must tell other laptops about the delete.
        A visit goes with its parts, a facility with its visits."""
        with self.database.transaction() as conn:
            delete_tree(conn, cls.entity, record_id)
            if cls.entity == "answer":  # its children's conditions may have depended on it
                self._refresh_visit_of(conn, record_id)

    def restore(self, cls: type[Record], record_id: str) -> None:
        """Undo a delete that has not been synced yet, or re-create the record if it has."""
        with self.database.transaction() as conn:
            table = TABLES[cls.entity]
            conn.execute(f"UPDATE {table} SET deleted = 0, updated_at = ? WHERE id = ?",
                         (utc_now(), record_id))
            record = row_to_record(cls, dict(zip(
                [d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description],
                conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone(),
                strict=True)))
            append_outbox(conn, cls.entity, record_id, record.content(), record.version)
            search.index_record(conn, cls.entity, record_id)
            if cls.entity == "answer":
                self._refresh_visit_of(conn, record_id)

    @staticmethod
    def _write_row(conn: sqlite3.Connection, record: Record, *, deleted: bool) -> None:
        names = [f.name for f in fields(record)]
        values = {n: to_column(n, getattr(record, n)) for n in names}
        values["deleted"] = int(deleted)
        columns = ", ".join(values)
        marks = ", ".join(f":{n}" for n in values)
        updates = ", ".join(f"{n} = excluded.{n}" for n in values if n != "id")
        conn.execute(f"INSERT INTO {TABLES[record.entity]} ({columns}) VALUES ({marks}) "
                     f"ON CONFLICT(id) DO UPDATE SET {updates}", values)


def delete_tree(conn: sqlite3.Connection, entity: str, record_id: str,
                parent: tuple[str, str] | None = None) -> None:
    """Tombstone a record and the parts alive in it, parts first, each part's op naming its
    parent: the server then knows, when the parent's own delete arrives, that every part this
    laptop knew of was deleted with it, and that a part still alive there is work done
    elsewhere, which keeps the parent (design/sync.md point 11)."""
    for child, link in _PARTS.get(entity, ()):
        for (child_id,) in conn.execute(f"SELECT id FROM {TABLES[child]} WHERE {link} = ? AND "
                                        "deleted = 0", (record_id,)).fetchall():
            delete_tree(conn, child, child_id, (link, record_id))
    table = TABLES[entity]
    row = conn.execute(f"SELECT version FROM {table} WHERE id = ? AND deleted = 0",
                       (record_id,)).fetchone()
    if row is None:
        raise NotFound(what=entity, id=record_id)
    conn.execute(f"UPDATE {table} SET deleted = 1, updated_at = ? WHERE id = ?",
                 (utc_now(), record_id))
    append_outbox(conn, entity, record_id, dict([parent]) if parent else {}, row[0],
                  deleted=True)
    search.index_record(conn, entity, record_id)


_PARTS = {"visit": [(child, "visit_id") for child in VISIT_CHILDREN],
          "facility": [("visit", "facility_id")]}


def append_outbox(conn: sqlite3.Connection, entity: str, record_id: str, changed: dict[str, Any],
                  base_version: int, *, deleted: bool = False) -> None:
    """Record a change for the next push.

    Edits of a record not yet sent are folded into its pending operation (autosave writes every
    second; the server needs the result, not each keystroke). An operation already sent is never
    changed, because the server may have applied it and would answer a replay from its record.
    """
    payload = {k: v for k, v in changed.items()}
    if not deleted and _fold_into_held(conn, entity, record_id, payload):
        return
    pending = conn.execute(
        "SELECT seq, fields FROM outbox WHERE entity = ? AND record_id = ? AND sent_at IS NULL "
        "AND deleted = 0 ORDER BY seq DESC LIMIT 1", (entity, record_id)).fetchone()
    if pending and not deleted:
        merged = json.loads(pending[1]) | payload
        conn.execute("UPDATE outbox SET fields = ? WHERE seq = ?",
                     (json.dumps(merged, ensure_ascii=False), pending[0]))
        return
    conn.execute(
        "INSERT INTO outbox (op_id, entity, record_id, fields, deleted, base_version, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (new_id(), entity, record_id, json.dumps(payload, ensure_ascii=False), int(deleted),
         base_version, utc_now()),
    )


def _fold_into_held(conn: sqlite3.Connection, entity: str, record_id: str,
                    payload: dict[str, Any]) -> bool:
    """An edit of a record whose op was set aside (refused for a value): that op, the record's
    later unsent ops and the edit become one op, sent again with the next sync. Nothing of them
    reached the server, so folding them keeps their order and loses nothing."""
    rows = conn.execute(
        "SELECT seq, fields, deleted, held FROM outbox WHERE entity = ? AND record_id = ? "
        "AND seq >= (SELECT min(seq) FROM outbox WHERE entity = ? AND record_id = ? "
        "AND held IS NOT NULL) ORDER BY seq", (entity, record_id, entity, record_id)).fetchall()
    if not rows or any(r[2] for r in rows):
        return False
    merged: dict[str, Any] = {}
    for row in rows:
        merged |= json.loads(row[1])
    conn.execute("UPDATE outbox SET fields = ?, held = NULL, sent_at = NULL WHERE seq = ?",
                 (json.dumps(merged | payload, ensure_ascii=False), rows[0][0]))
    conn.executemany("DELETE FROM outbox WHERE seq = ?", [(r[0],) for r in rows[1:]])
    return True


def erase_from_outbox(conn: sqlite3.Connection, entity: str, record_id: str, field: str,
                      key: str) -> int:
    """Drop `key` from the dict `field` in every outbox op of a record, sent or not.

    For data a person took back (a name without consent): an op sent but unanswered is replayed,
    and the server answers a replay from its record, so changing it loses nothing; if it never
    arrived, the name never does either. Returns the number of ops changed.
    """
    changed = 0
    rows = conn.execute("SELECT seq, fields FROM outbox WHERE entity = ? AND record_id = ?",
                        (entity, record_id)).fetchall()
    for seq, fields_json in rows:
        payload = json.loads(fields_json)
        value = payload.get(field)
        if isinstance(value, dict) and key in value:
            payload[field] = {k: v for k, v in value.items() if k != key}
            conn.execute("UPDATE outbox SET fields = ? WHERE seq = ?",
                         (json.dumps(payload, ensure_ascii=False), seq))
            changed += 1
    return changed


def pending_changes(database: Database) -> int:
    return database.scalar("SELECT count(*) FROM outbox") or 0


def unsent_visits(database: Database) -> int:
    """Visits with a change the next sync sends (the visit itself or any of its parts): what a
    person counts, rather than outbox entries (one visit makes hundreds).

    Counted after every autosave, on the store's thread: a small outbox is walked entry by
    entry (2 ms after a sync), a large one visit by visit, each visit's parts looked up until
    one is pending (walking 40,000 entries of 500 unsent visits took 80 ms, this takes 1)."""
    entries = pending_changes(database)
    if entries < _ENTRIES_PER_VISIT_WALK * (database.scalar("SELECT count(*) FROM visits") or 0):
        parts = " UNION ".join(
            f"SELECT t.visit_id FROM outbox o JOIN {TABLES[entity]} t ON t.id = o.record_id "
            f"WHERE o.entity = '{entity}'" for entity in VISIT_CHILDREN)
        return database.scalar(
            f"SELECT count(*) FROM (SELECT record_id FROM outbox WHERE entity = 'visit' "
            f"UNION {parts})") or 0
    # CROSS JOIN keeps the planner from scanning the outbox once per visit.
    pending_part = " OR ".join(
        f"EXISTS (SELECT 1 FROM {TABLES[entity]} t CROSS JOIN outbox o "
        f"ON o.entity = '{entity}' AND o.record_id = t.id WHERE t.visit_id = v.id)"
        for entity in VISIT_CHILDREN)
    return database.scalar(
        "SELECT count(*) FROM visits v WHERE EXISTS (SELECT 1 FROM outbox o "
        f"WHERE o.entity = 'visit' AND o.record_id = v.id) OR {pending_part}") or 0


# Walking an outbox entry costs about 2 µs, checking a visit that has nothing pending 60 µs.
_ENTRIES_PER_VISIT_WALK = 30


def open_conflicts(database: Database) -> int:
    """Fields that sync found changed two ways and a person has not settled yet."""
    return database.scalar("SELECT count(*) FROM conflicts") or 0


def stored_row(database: Database, entity: str, record_id: str) -> dict[str, Any]:
    """A record's row as stored, deleted or not ({} when unknown): for describing conflicts."""
    rows = database.query(f"SELECT * FROM {TABLES[entity]} WHERE id = ?", (record_id,))
    return dict(rows[0]) if rows else {}


_PART_KINDS = {"visit": ("answer", "photo", "interview", "finding"), "facility": ("visit",)}


def alive_parts(database: Database, entity: str, record_id: str) -> tuple[tuple[str, int], ...]:
    """What a visit (or an institution) holds now: (kind, count) of its parts not deleted."""
    link = "visit_id" if entity == "visit" else "facility_id"
    found = []
    for kind in _PART_KINDS.get(entity, ()):
        count = database.scalar(f"SELECT count(*) FROM {TABLES[kind]} WHERE {link} = ? "
                                "AND deleted = 0", (record_id,)) or 0
        if count:
            found.append((kind, count))
    return tuple(found)
