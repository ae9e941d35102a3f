"""A hash-chained log of each visit's changes, so an edit made after the fact is visible.

Every push that changes a visit or one of its parts appends, per changed record, an entry with
the record's whole stored value, who pushed it and when, and the SHA-256 of the previous entry of
the same visit together with this one. Rewriting an entry breaks every later hash; changing a
record in the database behind the server's back (an UPDATE by hand, a restored table) leaves the
record unlike its last entry. `check` finds both; `inspector-server visit-log check` runs it.
Writers are already serialised by the counter lock (push.next_seq), so a chain never forks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from ..sync.protocol import VISIT_CHILDREN, canonical_json
from .tables import records, visit_log

GENESIS = "0" * 64


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    fields = {k: entry[k] for k in ("visit_id", "position", "seq", "entity", "record_id",
                                    "deleted", "data", "device_id", "user_name", "at")}
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode("utf-8")).hexdigest()


def visit_of(entity: str, record_id: str, row: dict[str, Any]) -> str | None:
    if entity == "visit":
        return record_id
    return row.get("visit_id") if entity in VISIT_CHILDREN else None


def append(conn: Connection, changes: Iterable[tuple[str, str, dict[str, Any]]], *, seq: int,
           device_id: str, user_name: str, at: str) -> None:
    """Log `changes` — (entity, id, row as the push state holds it) — of one push."""
    pending = [(visit, e, i, row) for e, i, row in changes if (visit := visit_of(e, i, row))]
    if not pending:
        return
    visits = sorted({p[0] for p in pending})
    heads: dict[str, tuple[int, str]] = {}
    last = (select(visit_log.c.visit_id, func.max(visit_log.c.position).label("n"))
            .where(visit_log.c.visit_id.in_(visits)).group_by(visit_log.c.visit_id).subquery())
    for visit_id, position, digest in conn.execute(
            select(visit_log.c.visit_id, visit_log.c.position, visit_log.c.hash).join(
                last, (visit_log.c.visit_id == last.c.visit_id)
                & (visit_log.c.position == last.c.n))):
        heads[visit_id] = (position, digest)
    rows = []
    for visit_id, entity, record_id, row in sorted(pending, key=lambda p: (p[0], p[1], p[2])):
        position, prev = heads.get(visit_id, (0, GENESIS))
        entry: dict[str, Any] = {"visit_id": visit_id, "position": position + 1, "seq": seq, "entity": entity,
                 "record_id": record_id, "deleted": bool(row["deleted"]),
                 "data": canonical_json(row["data"]), "device_id": device_id,
                 "user_name": user_name, "at": at}
        entry["prev_hash"], entry["hash"] = prev, entry_hash(prev, entry)
        heads[visit_id] = (position + 1, entry["hash"])
        rows.append(entry)
    conn.execute(visit_log.insert(), rows)


@dataclass(frozen=True)
class ChainProblem:
    visit_id: str
    position: int  # the entry at fault; 0 for a record unlike its last entry
    what: str

    def __str__(self) -> str:
        where = f"entry {self.position}" if self.position else "records"
        return f"visit {self.visit_id}, {where}: {self.what}"


def check(conn: Connection, visit_id: str | None = None) -> tuple[int, list[ChainProblem]]:
    """(entries checked, problems) of every visit's chain, or of one visit's."""
    query = select(visit_log).order_by(visit_log.c.visit_id, visit_log.c.position)
    if visit_id:
        query = query.where(visit_log.c.visit_id == visit_id)
    problems: list[ChainProblem] = []
    latest: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    expected: dict[str, tuple[int, str]] = {}
    count = 0
    for row in conn.execute(query).mappings():
        count += 1
        entry = dict(row)
        vid = entry["visit_id"]
        position, prev = expected.get(vid, (0, GENESIS))
        if entry["position"] != position + 1:
            problems.append(ChainProblem(vid, entry["position"],
                                         f"entry {position + 1} is missing"))
        if entry["prev_hash"] != prev:
            problems.append(ChainProblem(vid, entry["position"],
                                         "it does not follow the entry before it"))
        if entry_hash(entry["prev_hash"], entry) != entry["hash"]:
            problems.append(ChainProblem(vid, entry["position"],
                                         "its content was changed after it was logged"))
        expected[vid] = (entry["position"], entry["hash"])
        latest[(entry["entity"], entry["record_id"])] = (vid, entry)
    problems += _records_unlike_log(conn, latest)
    return count, problems


def _records_unlike_log(conn: Connection,
                        latest: dict[tuple[str, str], tuple[str, dict[str, Any]]]
                        ) -> list[ChainProblem]:
    found = []
    for (entity, record_id), (vid, entry) in sorted(latest.items()):
        row = conn.execute(select(records.c.data, records.c.deleted).where(
            (records.c.entity == entity) & (records.c.id == record_id))).first()
        if row is None:
            found.append(ChainProblem(vid, 0, f"{entity} {record_id} was removed from the "
                                              "database outside sync"))
            continue
        stored = canonical_json(json.loads(row.data))
        if stored != entry["data"] or bool(row.deleted) != bool(entry["deleted"]):
            found.append(ChainProblem(vid, 0, f"{entity} {record_id} differs from its last "
                                              "logged change: edited outside sync"))
    return found
