"""The local side of sync: outbox batches, applying pulled changes, cursor, conflicts.

Every function that writes does so in one transaction (Database.transaction), so a crash at any
moment leaves the profile either before or after a step, never half-way: a pulled page and its
cursor commit together (design/sync.md point 6); acknowledged ops leave the outbox together
with the conflicts they reported.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from ..domain.record import utc_now
from ..sync.field_rules import first_problem
from ..sync.protocol import (
    BLOB_FIELDS,
    VISIT_CHILDREN,
    Change,
    FieldProblem,
    Op,
    OpResult,
    field_defaults,
    visit_checksum,
)
from . import applicability, search
from .database import Database
from .records import ENTITIES, TABLES, to_column
from .sync_conflicts import (  # noqa: F401 - list/resolve used through this module
    LocalConflict,
    list_conflicts,
    replace_conflicts,
    resolve_conflict,
    store_conflict,
)

REJECTED_KEY = "sync.rejected"


def cursor_key(server_url: str, user: str) -> str:
    return f"sync.cursor:{server_url.rstrip('/')}:{user}"


def load_cursor(database: Database, key: str) -> str:
    return database.meta(key, "") or ""


# --- outbox --------------------------------------------------------------------------------

def outbox_batch(database: Database, limit: int) -> list[dict[str, Any]]:
    """The oldest ops, sent or not: an op sent without an answer is sent again (the server
    answers a replay from its record).

    Ops set aside (hold_ops) stay out, and so do the ops that depend on them: later ops of the
    same record, and new children of a record whose creation is held (the server would refuse
    them as naming an unknown visit or facility, and a refused op leaves the outbox)."""
    blocked = {r["record_id"] for r in database.query(
        "SELECT record_id FROM outbox WHERE held IS NOT NULL")}
    if not blocked:
        return database.query("SELECT * FROM outbox ORDER BY seq LIMIT ?", (limit,))
    chosen: list[dict[str, Any]] = []
    for row in database.query("SELECT * FROM outbox ORDER BY seq"):
        if row["record_id"] in blocked or _parent(row) in blocked:
            blocked.add(row["record_id"])
            continue
        chosen.append(row)
        if len(chosen) >= limit:
            break
    return chosen


def _parent(row: dict[str, Any]) -> Any:
    if row["deleted"] or row["entity"] not in ("visit", *VISIT_CHILDREN):
        return None
    names = json.loads(row["fields"])
    return names.get("facility_id" if row["entity"] == "visit" else "visit_id")


def hold_ops(database: Database, problems: list[FieldProblem]) -> None:
    """Set refused ops aside with their reason. They were not applied (the server refuses the
    whole push, or they were never sent), so they count as unsent: the next edit of the record
    is folded into the op and sends it again."""
    if not problems:
        return
    stamp = utc_now()
    with database.transaction() as conn:
        conn.executemany("UPDATE outbox SET held = ?, sent_at = NULL WHERE op_id = ?", [
            (json.dumps({"field": p.field, "code": p.code, "message": p.message, "at": stamp},
                        ensure_ascii=False), p.op_id) for p in problems])


def held_ops(database: Database) -> list[dict[str, Any]]:
    """Ops set aside, oldest first: which record, which field, why (for the sync report)."""
    found = []
    for row in database.query("SELECT entity, record_id, held FROM outbox "
                              "WHERE held IS NOT NULL ORDER BY seq"):
        reason = json.loads(row["held"])
        found.append({"entity": row["entity"], "record_id": row["record_id"],
                      "field": reason.get("field", ""), "code": reason.get("code", ""),
                      "message": reason.get("message", "")})
    return found


def waiting_ops(database: Database) -> int:
    """Ops kept back only because they depend on a held one (see outbox_batch)."""
    held = database.scalar("SELECT count(*) FROM outbox WHERE held IS NOT NULL") or 0
    if not held:
        return 0
    return outbox_size(database) - held - len(outbox_batch(database, 1 << 30))


def mark_all_sent(database: Database) -> int:
    """mark_sent for the whole outbox at once, before a push of many pages: one transaction
    instead of one per page (an op marked a little early only stops later edits from being
    folded into it). Returns the last seq marked."""
    with database.transaction() as conn:
        conn.execute("UPDATE outbox SET sent_at = ? WHERE sent_at IS NULL AND held IS NULL",
                     (utc_now(),))
        return conn.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]


def outbox_size(database: Database) -> int:
    return database.scalar("SELECT count(*) FROM outbox") or 0


def to_op(row: dict[str, Any]) -> Op:
    # Written by this app's own store: not validated again here (the server validates).
    return Op.model_construct(op_id=row["op_id"], entity=row["entity"],
                              record_id=row["record_id"], fields=json.loads(row["fields"]),
                              deleted=bool(row["deleted"]), base_version=row["base_version"])


def mark_sent(database: Database, seqs: list[int]) -> None:
    """Before sending: from now on a new edit makes a new op instead of changing this one."""
    if not seqs:
        return
    with database.transaction() as conn:
        conn.executemany("UPDATE outbox SET sent_at = ? WHERE seq = ? AND sent_at IS NULL",
                         [(utc_now(), s) for s in seqs])


def acknowledge(database: Database, ops: list[Op], results: list[OpResult]) -> list[dict]:
    """Drop answered ops; keep reported conflicts and rejections where a person sees them;
    note the server version of records whose server state is this laptop's own."""
    by_id = {op.op_id: op for op in ops}
    rejected: list[dict] = []
    stamps: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for result in results:
        op = by_id.get(result.op_id)
        if op is not None and result.own and result.version:
            stamps[op.entity].append((result.version, op.record_id, result.version))
    with database.transaction() as conn:
        conn.executemany("DELETE FROM outbox WHERE op_id = ?",
                         [(r.op_id,) for r in results if r.op_id in by_id])
        # The server's state of these records is exactly what this laptop sent: note their
        # version now (the pull leaves them out instead of sending them back).
        for entity, rows in stamps.items():
            conn.executemany(f"UPDATE {TABLES[entity]} SET version = ? WHERE id = ? AND "
                             "version < ?", rows)
        for result in results:
            op = by_id.get(result.op_id)
            if op is None:
                continue
            if result.status == "rejected":
                rejected.append({"entity": op.entity, "record_id": op.record_id,
                                 "message": result.message, "at": utc_now()})
            for found in result.conflicts:
                # A conflict may sit on the op's visit (work added to a visit deleted elsewhere).
                store_conflict(conn, found.entity or op.entity, found.record_id or op.record_id,
                               found)
        if rejected:
            old = json.loads(_meta(conn, REJECTED_KEY) or "[]")
            _set_meta(conn, REJECTED_KEY, json.dumps((old + rejected)[-200:], ensure_ascii=False))
    return rejected


def open_conflict_records(database: Database) -> int:
    """Records with a conflict a person has not settled yet."""
    return database.scalar("SELECT count(*) FROM (SELECT DISTINCT entity, record_id "
                           "FROM conflicts)") or 0


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def pending_photo_hashes(database: Database) -> list[str]:
    """Photos whose records are about to be pushed: their bytes must reach the server first."""
    found = set()
    for entity, blob_field in BLOB_FIELDS.items():
        for row in database.query("SELECT fields FROM outbox WHERE entity = ? AND deleted = 0",
                                  (entity,)):
            sha = json.loads(row["fields"]).get(blob_field)
            if isinstance(sha, str) and sha:
                found.add(sha)
    return sorted(found)


def pending_template_versions(database: Database) -> list[tuple[str, int]]:
    """Checklist template versions named by visits and interviews about to be pushed: the server
    must know them first (design/sync.md point 17)."""
    found: set[tuple[str, int]] = set()
    for entity in ("visit", "interview"):
        for row in database.query(
                f"SELECT DISTINCT r.template_id, r.template_version FROM {TABLES[entity]} r "
                "JOIN outbox o ON o.record_id = r.id AND o.entity = ? AND o.deleted = 0 "
                "WHERE r.template_id != '' AND (json_extract(o.fields, '$.template_id') "
                "IS NOT NULL OR json_extract(o.fields, '$.template_version') IS NOT NULL)",
                (entity,)):
            found.add((row["template_id"], int(row["template_version"])))
    return sorted(found)


# --- applying pulled changes ---------------------------------------------------------------

def apply_changes(database: Database, changes: list[Change], device_id: str,
                  cursor: tuple[str, str] | None = None) -> int:
    """Write pulled records (full state) and, in the same transaction, the new cursor.

    A field with a local edit still in the outbox keeps the local value: that edit is pushed
    next and the server merges it. Nothing here creates outbox entries.

    In bulk: the page's local rows, pending edits and conflicts are read with one query each;
    a record whose content is already the local one (typically this laptop's own edit coming
    back with its server version) only gets its version and review flag written, everything
    else one upsert per entity (executemany) and one search-index refresh per entity.
    """
    with database.transaction() as conn:
        # Within one page a child may precede the parent sent along with it.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        _PageApply(conn, changes, device_id).run()
        # Pulled answers may show or hide others: the visit list counts only those that apply.
        touched = [r[0] for r in conn.execute(
            "SELECT DISTINCT visit_id FROM answers WHERE id IN (SELECT value FROM json_each(?))",
            (_in_json([c.record_id for c in changes if c.entity == "answer"]),))]
        applicability.refresh(conn, touched)
        if cursor is not None:
            _set_meta(conn, cursor[0], cursor[1])
    return len(changes)


def usable_changes(database: Database,
                   changes: list[Change]) -> tuple[list[Change], list[dict[str, Any]]]:
    """(changes this laptop can store, the others with which field and why).

    A record whose server copy breaks the field rules (stored before the server checked them)
    is not written: the laptop keeps its previous version, the person is told, and the rest of
    the page is applied. So are records whose visit or institution was left out and is not on
    this laptop either (their row could not point to it)."""
    good: list[Change] = []
    bad: list[dict[str, Any]] = []
    refused: set[str] = set()
    for change in changes:
        found = first_problem(change.entity, change.fields)  # a tombstone's row is stored too
        if found is not None:
            name, problem = found
            refused.add(change.record_id)
            bad.append({"entity": change.entity, "record_id": change.record_id, "field": name,
                        "code": problem.code,
                        "message": f"{change.entity}.{name} {problem.detail}"})
            continue
        parent = _change_parent(change)
        if parent in refused and not _exists(database, change.entity, parent):
            refused.add(change.record_id)
            bad.append({"entity": change.entity, "record_id": change.record_id, "field": "",
                        "code": "parent_refused", "message": f"its parent {parent} was left out"})
            continue
        good.append(change)
    return good, bad


def _change_parent(change: Change) -> Any:
    if change.entity == "visit":
        return change.fields.get("facility_id")
    return change.fields.get("visit_id") if change.entity in VISIT_CHILDREN else None


def _exists(database: Database, child: str, parent_id: str) -> bool:
    table = TABLES["facility" if child == "visit" else "visit"]
    return database.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (parent_id,)) is not None


def _in_json(values: list[str]) -> str:
    return json.dumps(values)


class _PageApply:
    def __init__(self, conn: sqlite3.Connection, changes: list[Change], device_id: str) -> None:
        self.conn, self.changes, self.device = conn, changes, device_id
        self.stamp = utc_now()
        ids: dict[str, list[str]] = defaultdict(list)
        for change in changes:
            ids[change.entity].append(change.record_id)
        self.local: dict[tuple[str, str], dict[str, Any]] = {}
        for entity, record_ids in ids.items():
            cursor = conn.execute(f"SELECT * FROM {TABLES[entity]} WHERE id IN "
                                  "(SELECT value FROM json_each(?))", (_in_json(record_ids),))
            names = [d[0] for d in cursor.description]
            for found in cursor:
                row = dict(zip(names, found, strict=True))
                self.local[(entity, row["id"])] = row
        every = _in_json(sorted({c.record_id for c in changes}))
        self.pending: dict[tuple[str, str], tuple[set[str], bool]] = {}
        for entity, record_id, fields_json, is_delete in conn.execute(
                "SELECT entity, record_id, fields, deleted FROM outbox WHERE record_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY seq", (every,)):
            names_, deleted = self.pending.get((entity, record_id), (set(), False))
            self.pending[(entity, record_id)] = (names_ | set(json.loads(fields_json)),
                                                 deleted or bool(is_delete))
        self.has_conflicts = set(conn.execute(
            "SELECT DISTINCT entity, record_id FROM conflicts WHERE record_id IN "
            "(SELECT value FROM json_each(?))", (every,)).fetchall())

    def run(self) -> None:
        final: dict[tuple[str, str], tuple[dict[str, Any], bool]] = {}
        for change in self.changes:
            key = (change.entity, change.record_id)
            values, full = self._values(change)
            if key in final:
                full = full or final[key][1]
            final[key] = (values, full)
            if change.conflicts or key in self.has_conflicts:
                pending = self.pending.get(key, (set(), False))[0]
                replace_conflicts(self.conn, change, self.device, pending,
                                   key in self.pending)
                self.has_conflicts.discard(key)
                if change.conflicts:
                    self.has_conflicts.add(key)
        upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        versions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for (entity, record_id), (values, full) in final.items():
            if full:
                upserts[entity].append(values)
            else:
                versions[entity].append((values["version"], values["needs_review"], record_id))
        for entity, rows in versions.items():
            self.conn.executemany(f"UPDATE {TABLES[entity]} SET version = ?, needs_review = ? "
                                  "WHERE id = ?", rows)
        for entity, upserted in upserts.items():
            names = list(upserted[0])
            columns = ", ".join(names)
            marks = ", ".join(f":{n}" for n in names)
            updates = ", ".join(f"{n} = excluded.{n}" for n in names
                                if n not in ("id", "created_at"))
            self.conn.executemany(f"INSERT INTO {TABLES[entity]} ({columns}) VALUES ({marks}) "
                                  f"ON CONFLICT(id) DO UPDATE SET {updates}", upserted)
            search.index_records(self.conn, entity, [r["id"] for r in upserted])

    def _values(self, change: Change) -> tuple[dict[str, Any], bool]:
        """(the row to store, whether any content differs from the local row)."""
        entity = change.entity
        key = (entity, change.record_id)
        local = self.local.get(key)
        pending, pending_delete = self.pending.get(key, (set(), False))
        defaults, _ = _DEFAULTS[entity]
        values: dict[str, Any] = {}
        for name in _CONTENT[entity]:
            if name == "created_at":
                # Synced for ordered records; a server copy from before that keeps the local one.
                values[name] = change.fields.get(name) or (local["created_at"] if local
                                                           else self.stamp)
            elif local is not None and name in pending:
                values[name] = local[name]
            else:
                values[name] = to_column(name, change.fields.get(name, defaults.get(name)))
        deleted = int(bool(local["deleted"]) if (local is not None and pending_delete)
                      else change.deleted)
        full = local is None or deleted != local["deleted"] or any(
            values[name] != local[name] for name in values)
        stamp = self.stamp
        values.update(id=change.record_id, version=change.version, deleted=deleted,
                      needs_review=int(change.needs_review),
                      created_at=values.get("created_at") or (local["created_at"] if local
                                                              else stamp),
                      updated_at=stamp)
        self.local[key] = values  # a record sent twice in a page compares with its first copy
        return values, full


_CONTENT = {entity: tuple(cls.content_fields()) for entity, cls in ENTITIES.items()}
_DEFAULTS = {entity: field_defaults(entity) for entity in ENTITIES}


# --- checking against the server -----------------------------------------------------------

def local_digest(database: Database) -> tuple[int, int]:
    """(count, sum of versions) of records known to the server: compared with its digest."""
    count = total = 0
    for table in TABLES.values():
        row = database.query(f"SELECT count(*) AS n, coalesce(sum(version), 0) AS s FROM {table} "
                             "WHERE version > 0")[0]
        count += row["n"]
        total += row["s"]
    return count, total


def local_visit_summaries(database: Database) -> dict[str, tuple[int, str]]:
    groups: dict[str, list[tuple[str, str, int, bool]]] = defaultdict(list)
    for row in database.query("SELECT id, version, deleted FROM visits WHERE version > 0"):
        groups[row["id"]].append(("visit", row["id"], row["version"], bool(row["deleted"])))
    for entity in VISIT_CHILDREN:
        for row in database.query(f"SELECT id, visit_id, version, deleted FROM {TABLES[entity]} "
                                  "WHERE version > 0"):
            groups[row["visit_id"]].append((entity, row["id"], row["version"], bool(row["deleted"])))
    return {v: (len(rows), visit_checksum(rows)) for v, rows in groups.items()}


def photo_hashes_in_use(database: Database) -> list[str]:
    """Every blob a live record names (photos, answer documents): what this laptop should hold."""
    union = " UNION ".join(f"SELECT {blob_field} AS sha FROM {TABLES[entity]} WHERE deleted = 0 "
                           f"AND {blob_field} != ''" for entity, blob_field in BLOB_FIELDS.items())
    return [r["sha"] for r in database.query(f"SELECT DISTINCT sha FROM ({union}) ORDER BY sha")]
