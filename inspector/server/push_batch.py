"""What one push reads and writes, in bulk: a few queries up front, a few executemany at the end.

A push of a few hundred ops used to cost half a dozen statements per op. Here everything the
ops may look at is loaded first, with one query per kind (records per entity, their open
conflicts, already applied op ids, known photo hashes and template versions); the ops are then
applied in order to that in-memory state (a later op of the push sees what an earlier one did,
exactly as if each had been written at once), and the changes are written at the end with one
executemany per table. All of it runs inside the push's single transaction, after the counter
row was taken, so nothing can change underneath (design/sync.md point 8).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    insert,
    select,
    tuple_,
    update,
)

from ..sync.protocol import BLOB_FIELDS, VISIT_CHILDREN, Op, canonical_json
from . import holders, sums, visit_log
from .auth import now
from .tables import applied_ops, conflicts, records, templates

Key = tuple[str, str]
# The IN lists stay well below every database's limit on bound parameters.
CHUNK = 500
_ROW_COLUMNS = ("team", "visit_id", "blob_sha", "version", "deleted", "needs_review",
                "created_at", "updated_at")


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


class PushState:
    """Records, conflicts and bookkeeping of one push, loaded once and written once."""

    def __init__(self, conn: Connection, ops: list[Op], teams: tuple[str, ...] = ()) -> None:
        self.conn = conn
        self.teams = teams  # the pusher's: a record it may write is in one of them
        self.stamp = now()
        # (seq, device, user name) of the push, for the visit log; None: nothing is logged.
        self.author: tuple[int, str, str] | None = None
        self.rows: dict[Key, dict[str, Any] | None] = {}
        self.new: set[Key] = set()  # created by this push
        self.dirty: set[Key] = set()  # existing rows this push changed
        self.conflicts: dict[Key, dict[tuple[str, str], tuple[str, str, int]]] = {}
        self.conflicts_dirty: set[Key] = set()
        self.recorded: dict[str, tuple[int, str]] = {}  # op id -> (user id, result JSON)
        self.to_record: list[dict[str, Any]] = []
        self.before: dict[Key, sums.Footprint] = {}  # as loaded: what the digests counted
        self._load(ops)

    def existing(self, key: Key) -> dict[str, Any]:
        """A record this push holds (loaded or created): None in `rows` means absent."""
        found = self.rows[key]
        if found is None:
            raise KeyError(key)
        return found

    # --- loading ----------------------------------------------------------------------------

    def _load(self, ops: list[Op]) -> None:
        conn = self.conn
        for chunk in _chunks(op.op_id for op in ops):
            for op_id, user_id, result in conn.execute(
                    select(applied_ops.c.op_id, applied_ops.c.user_id, applied_ops.c.result)
                    .where(applied_ops.c.op_id.in_(chunk))):
                self.recorded[op_id] = (user_id, result)
        wanted: dict[str, set[str]] = {}
        for op in ops:
            wanted.setdefault(op.entity, set()).add(op.record_id)
            parent = op.fields.get("visit_id") if op.entity in VISIT_CHILDREN else (
                op.fields.get("facility_id") if op.entity == "visit" else None)
            if isinstance(parent, str):
                wanted.setdefault("visit" if op.entity != "visit" else "facility",
                                  set()).add(parent)
            cited = op.fields.get("finding_ids") if op.entity == "inquiry" else (
                [op.fields.get("finding_id")] if op.entity == "recommendation_check" else None)
            if isinstance(cited, list):
                wanted.setdefault("finding", set()).update(i for i in cited if isinstance(i, str))
        for entity, ids in wanted.items():
            self._fetch(entity, ids)
        review = [key for key, row in self.rows.items() if row is not None and row["needs_review"]]
        for key in review:
            self.conflicts[key] = {}
        for chunk in _chunks(review):
            for c in conn.execute(select(conflicts).where(
                    tuple_(conflicts.c.entity, conflicts.c.record_id).in_(chunk))).mappings():
                self.conflicts[(c["entity"], c["record_id"])][(c["field"], c["device_id"])] = (
                    c["value"], c["user_name"], c["seq"])
        shas = {op.fields[BLOB_FIELDS[op.entity]] for op in ops if op.entity in BLOB_FIELDS
                and isinstance(op.fields.get(BLOB_FIELDS[op.entity]), str)}
        self.blobs: set[tuple[str, str]] = set()  # (sha256, team that sent its bytes)
        for chunk in _chunks(shas):
            self.blobs |= holders.held(conn, chunk, self.teams)
        self.templates: set[tuple[str, int]] | None = None  # loaded when first needed

    def _fetch(self, entity: str, ids: Iterable[str]) -> None:
        ids = [i for i in ids if (entity, i) not in self.rows]
        for chunk in _chunks(ids):
            for key in chunk:
                self.rows[(entity, key)] = None
            for r in self.conn.execute(select(records).where(
                    records.c.entity == entity, records.c.id.in_(chunk))).mappings():
                row = {name: r[name] for name in _ROW_COLUMNS}
                row["data"] = json.loads(r["data"])
                row["meta"] = json.loads(r["field_meta"])
                self.rows[(entity, r["id"])] = row
                self.before[(entity, r["id"])] = _footprint(entity, r["id"], row)

    def fetch(self, entity: str, ids: Iterable[str]) -> None:
        """Load records not loaded yet (say, the parts of a visit being deleted)."""
        self._fetch(entity, ids)

    def row(self, entity: str, record_id: str) -> dict[str, Any] | None:
        if (entity, record_id) not in self.rows:
            self._fetch(entity, [record_id])
        return self.rows[(entity, record_id)]

    def template_known(self, template_id: str, version: Any) -> bool:
        if self.templates is None:
            self.templates = {(t, v) for t, v in self.conn.execute(
                select(templates.c.template_id, templates.c.version))}
        return (template_id, version) in self.templates

    # --- changing ---------------------------------------------------------------------------

    def insert(self, key: Key, row: dict[str, Any]) -> None:
        self.rows[key] = row
        self.new.add(key)
        self.conflicts[key] = {}

    def changed(self, key: Key) -> None:
        if key not in self.new:
            self.dirty.add(key)

    def open_conflicts(self, key: Key) -> dict[tuple[str, str], tuple[str, str, int]]:
        return self.conflicts.setdefault(key, {})

    def set_conflict(self, key: Key, field: str, device: str, value: Any, user: str,
                     seq: int) -> None:
        self.open_conflicts(key)[(field, device)] = (canonical_json(value), user, seq)
        self.conflicts_dirty.add(key)

    def clear_conflicts(self, key: Key, field: str | None = None) -> None:
        found = self.open_conflicts(key)
        for name, device in [k for k in found if field is None or k[0] == field]:
            del found[(name, device)]
            self.conflicts_dirty.add(key)

    def record(self, op_id: str, user_id: int, result_json: str, seq: int) -> None:
        """Remember an op's result; recorded again within the push, the newer result stands."""
        if op_id in self.recorded:
            self.to_record = [r for r in self.to_record if r["op_id"] != op_id]
        self.recorded[op_id] = (user_id, result_json)
        self.to_record.append({"op_id": op_id, "user_id": user_id, "result": result_json,
                               "seq": seq, "created_at": self.stamp})

    # --- writing ----------------------------------------------------------------------------

    def flush(self) -> None:
        conn = self.conn
        if self.new:
            rows = [self._columns(key) | {"entity": key[0], "id": key[1]}
                    for key in sorted(self.new)]
            _insert_many(conn, records, rows)
        if self.dirty:
            conn.execute(update(records).where(and_(records.c.entity == bindparam("k_entity"),
                                                    records.c.id == bindparam("k_id"))),
                         [{k: v for k, v in self._columns(key).items() if k != "created_at"}
                          | {"k_entity": key[0], "k_id": key[1]} for key in sorted(self.dirty)])
        stale = sorted(self.conflicts_dirty - self.new)
        if stale:
            conn.execute(delete(conflicts).where(and_(
                conflicts.c.entity == bindparam("k_entity"),
                conflicts.c.record_id == bindparam("k_id"))),
                [{"k_entity": e, "k_id": i} for e, i in stale])
        fresh = [{"entity": key[0], "record_id": key[1], "field": field, "device_id": device,
                  "value": value, "user_name": user, "seq": seq}
                 for key in sorted(self.conflicts_dirty)
                 for (field, device), (value, user, seq) in sorted(self.conflicts[key].items())]
        if fresh:
            conn.execute(insert(conflicts), fresh)
        if self.to_record:
            _insert_many(conn, applied_ops, self.to_record)
        written = sorted(self.new | self.dirty)
        if written:
            sums.changed(conn, [(self.before.get(key), _footprint(*key, self.rows[key]))
                                for key in written])
        if self.author is not None:
            seq, device, user = self.author
            visit_log.append(conn, [(key[0], key[1], row) for key in written
                                    if (row := self.rows[key]) is not None],
                             seq=seq, device_id=device, user_name=user, at=self.stamp)

    def _columns(self, key: Key) -> dict[str, Any]:
        row = self.rows[key]
        assert row is not None
        columns = {name: row[name] for name in _ROW_COLUMNS}
        columns["data"] = canonical_json(row["data"])
        columns["field_meta"] = json.dumps(row["meta"])
        return columns


def _footprint(entity: str, record_id: str, row: dict[str, Any] | None) -> sums.Footprint:
    assert row is not None
    return (row["team"], sums.visit_key(entity, record_id, row["visit_id"]), int(row["version"]))


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT of many rows straight through the driver's executemany: SQLAlchemy's per-row
    parameter processing cost more than the database's work for a push of hundreds of rows."""
    mark = _MARKS.get(conn.dialect.paramstyle)
    if mark is None:
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join([mark] * len(names))})")
    conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])
