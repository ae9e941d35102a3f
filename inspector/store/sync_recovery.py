"""The local side of recovering from a server that lost data (design/sync.md point 19).

A server restored from an older backup, or a new empty one at the same address, no longer holds
what this laptop synced before. This module keeps the history points the laptop saw (so the
server can say where its history parted from the laptop's), compares the laptop's records
with the server's states, and queues again in the outbox whatever the server lacks or holds in
an older state. The local row is the source of what is sent: its outbox entry is long gone
(acknowledged by the server before it lost the data), but the row holds the state the person
saw.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..domain.record import new_id, utc_now
from ..sync.protocol import ENTITY_ORDER, MAX_HISTORY_POINTS, VISIT_CHILDREN, Change, state_digest
from .database import Database
from .records import ENTITIES, TABLES, from_column

Key = tuple[str, str]
_CONTENT = {entity: tuple(cls.content_fields()) for entity, cls in ENTITIES.items()}


# --- history points ------------------------------------------------------------------------

def _keys(cursor_key: str) -> tuple[str, str]:
    base = cursor_key.removeprefix("sync.cursor:")
    return f"sync.history.newest:{base}", f"sync.history.points:{base}"


def _seq(point: str) -> int:
    head = point.partition(".")[0]
    return int(head) if head.isdigit() else -1


def newest_point(database: Database, cursor_key: str) -> str:
    """The newest "<seq>.<tag>" seen from this server: sent with every push and pull."""
    return database.meta(_keys(cursor_key)[0], "") or ""


def note_point(database: Database, cursor_key: str, point: str) -> None:
    """Remember a newer point (written only when it moves, so a no-op sync writes nothing)."""
    if not point or _seq(point) <= _seq(newest_point(database, cursor_key)):
        return
    database.set_meta(_keys(cursor_key)[0], point)


def remember_point(database: Database, cursor_key: str) -> None:
    """After a finished sync: keep its point among the older ones. Past the limit, every second
    one of the older half goes, so the list reaches back far (weeks of syncs) in few entries:
    a restore from an old backup still finds a fork close to it."""
    newest = newest_point(database, cursor_key)
    points = history_points(database, cursor_key)
    if not newest or (points and points[0] == newest):
        return
    points = [newest, *points]
    if len(points) > MAX_HISTORY_POINTS:
        half = MAX_HISTORY_POINTS // 2
        points = points[:half] + points[half::2]
    database.set_meta(_keys(cursor_key)[1], json.dumps(points))


def history_points(database: Database, cursor_key: str) -> list[str]:
    newest_key, list_key = _keys(cursor_key)
    points = json.loads(database.meta(list_key, "[]") or "[]")
    newest = database.meta(newest_key, "") or ""
    if newest and newest not in points:
        points = [newest, *points]
    return points[:MAX_HISTORY_POINTS]


# --- comparing and queueing again ----------------------------------------------------------

def _rows(conn: sqlite3.Connection, entity: str, where: str = "version > 0",
          params: tuple = ()) -> Iterable[dict[str, Any]]:
    cursor = conn.execute(f"SELECT * FROM {TABLES[entity]} WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    for found in cursor:
        yield dict(zip(names, found, strict=True))


def _content(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    return {name: from_column(name, row[name]) for name in _CONTENT[entity]}


def _queue(conn: sqlite3.Connection, entity: str, row: dict[str, Any], base: int,
           server_has: bool) -> None:
    """The record's whole state as new ops; a tombstone the server never saw is created first
    and deleted at once, so a laptop that still shows the record cannot bring it back unseen."""
    stamp = utc_now()
    ops = []
    if not row["deleted"] or not server_has:
        ops.append((json.dumps(_content(entity, row), ensure_ascii=False), 0))
    if row["deleted"]:
        ops.append(("{}", 1))
    conn.executemany(
        "INSERT INTO outbox (op_id, entity, record_id, fields, deleted, base_version, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(new_id(), entity, row["id"], fields, deleted, base, stamp) for fields, deleted in ops])
    # A version the server answers later must be able to replace this one (acknowledge only
    # ever raises versions), and local_digest must not count a record the server lacks.
    conn.execute(f"UPDATE {TABLES[entity]} SET version = ? WHERE id = ?", (base, row["id"]))


def pending_fields(database: Database) -> dict[Key, set[str]]:
    """Fields of each record with edits in the outbox ("_deleted" for a pending delete)."""
    found: dict[Key, set[str]] = {}
    for row in database.query("SELECT entity, record_id, fields, deleted FROM outbox"):
        names = set(json.loads(row["fields"])) | ({"_deleted"} if row["deleted"] else set())
        found.setdefault((row["entity"], row["record_id"]), set()).update(names)
    return found


def visits_of(database: Database, keys: Iterable[Key]) -> set[str]:
    """The visits these records belong to (facilities belong to none)."""
    found = set()
    for entity, record_id in keys:
        if entity == "visit":
            found.add(record_id)
        elif entity in VISIT_CHILDREN:
            visit = database.scalar(f"SELECT visit_id FROM {TABLES[entity]} WHERE id = ?",
                                    (record_id,))
            if visit:
                found.add(visit)
    return found


def requeue_after_restore(database: Database, cursor_key: str, fork: int,
                          server: dict[Key, tuple[int, str]],
                          full: dict[Key, Change] | None = None) -> int:
    """Queue again what the server lacks or holds differently; pull everything again.

    `fork`: up to this sequence number the laptop and the server share one history; a local
    version above it names a transaction the server lost, so it means nothing there now.
    `full`: the server's whole state of records with edits waiting in the outbox: when it
    equals the local one but for those fields, the edits started from exactly that state, so
    they are based on its version instead of being queued again (no false conflict with the
    laptop that sent the record again first).
    Returns the number of records queued again. One transaction: a crash leaves the profile as
    before (the next sync meets the same 409 and starts over).
    """
    queued = 0
    pending = pending_fields(database)
    full = full or {}
    with database.transaction() as conn:
        # Pending edits that started from a lost version: against the fork, any change made
        # there since by someone else is treated as concurrent (a conflict, never an overwrite).
        conn.execute("UPDATE outbox SET base_version = ? WHERE base_version > ?", (fork, fork))
        for entity in ENTITY_ORDER:
            adopt: list[tuple[int, str]] = []
            for row in list(_rows(conn, entity)):
                key = (entity, row["id"])
                theirs = server.get(key)
                base = _base_after_restore(entity, row, fork, theirs)
                if base is not None and base >= 0 and key in full and key in pending \
                        and _same_but(entity, row, full[key], pending[key]):
                    base = -full[key].version
                if base is None:
                    continue
                if base < 0:
                    adopt.append((-base, row["id"]))
                    continue
                _queue(conn, entity, row, base, theirs is not None)
                queued += 1
            conn.executemany(f"UPDATE {TABLES[entity]} SET version = ? WHERE id = ?", adopt)
            conn.executemany("UPDATE outbox SET base_version = ? WHERE entity = ? AND "
                             "record_id = ?", [(v, entity, i) for v, i in adopt])
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '') "
                     "ON CONFLICT(key) DO UPDATE SET value = ''", (cursor_key,))
        for meta_key in _keys(cursor_key):
            conn.execute("DELETE FROM meta WHERE key = ?", (meta_key,))
    return queued


def _same_but(entity: str, row: dict[str, Any], theirs: Change, skip: set[str]) -> bool:
    if "_deleted" not in skip and bool(row["deleted"]) != theirs.deleted:
        return False
    mine = _content(entity, row)
    return all(state_digest({n: mine[n]}, False) == state_digest({n: theirs.fields.get(n)}, False)
               for n in mine if n not in skip)


def _base_after_restore(entity: str, row: dict[str, Any], fork: int,
                        theirs: tuple[int, str] | None) -> int | None:
    """None: nothing to send; n >= 0: send the whole state with base version n; -n: the server
    holds the same state at version n (only the local number changes)."""
    if theirs is None:
        return 0
    version, digest = theirs
    same = digest == state_digest(_content(entity, row), bool(row["deleted"]))
    if row["version"] <= fork:
        # Shared history: the server holds this version or a newer one, which the pull brings.
        # Only the very version with other content means an edit the server lost.
        return version if version == row["version"] and not same else None
    if same:
        return -version if version > 0 else None
    return version if version <= fork else fork


# --- the same history, one visit differing -------------------------------------------------

def compare_visit(database: Database, visit_id: str,
                  changes: list[Change]) -> tuple[list[Change], list[tuple[str, str, int]]]:
    """(server records newer than or missing from the laptop: to apply, local records the
    server lacks or holds older: (entity, id, server version or 0) to queue again)."""
    theirs: dict[Key, Change] = {(c.entity, c.record_id): c for c in changes}
    mine: dict[Key, int] = {}
    for entity in ("visit", *VISIT_CHILDREN):
        column = "id" if entity == "visit" else "visit_id"
        for row in database.query(f"SELECT id, version FROM {TABLES[entity]} "
                                  f"WHERE {column} = ? AND version > 0", (visit_id,)):
            mine[(entity, row["id"])] = row["version"]
    for c in changes:
        if c.entity == "facility":
            mine[("facility", c.record_id)] = database.scalar(
                "SELECT version FROM facilities WHERE id = ?", (c.record_id,)) or 0
    lost = [(e, i, theirs[(e, i)].version if (e, i) in theirs else 0)
            for (e, i), v in mine.items()
            if v and ((e, i) not in theirs or theirs[(e, i)].version < v)]
    fresh = [c for c in changes if mine.get((c.entity, c.record_id), 0) < c.version]
    return fresh, lost


def requeue_records(database: Database, records: list[tuple[str, str, int]]) -> int:
    """Queue again local records the server lacks (base 0) or holds older (its version)."""
    order = {e: n for n, e in enumerate(ENTITY_ORDER)}
    queued = 0
    with database.transaction() as conn:
        for entity, record_id, base in sorted(records, key=lambda r: order[r[0]]):
            for row in list(_rows(conn, entity, "id = ?", (record_id,))):
                _queue(conn, entity, row, base, base > 0)
                queued += 1
    return queued


def visit_records(database: Database, visit_id: str) -> list[tuple[str, str, int]]:
    """Every record of a visit the server does not list at all, to queue again with base 0."""
    found = [("visit", visit_id, 0)] if database.scalar(
        "SELECT 1 FROM visits WHERE id = ? AND version > 0", (visit_id,)) else []
    for entity in VISIT_CHILDREN:
        found += [(entity, r["id"], 0) for r in database.query(
            f"SELECT id FROM {TABLES[entity]} WHERE visit_id = ? AND version > 0", (visit_id,))]
    return found
