"""Full-text search over what deputies write: facility names, comments, interviews, findings."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.checklist import QuestionType
from ..domain.templates import interview_template


def _sources() -> dict[str, tuple[str, str, str]]:
    """entity -> (table, SQL giving the searchable text, SQL giving the visit the hit belongs to)."""
    return {
        "facility": ("facilities", "name || ' ' || region || ' ' || district || ' ' || address",
                     "''"),
        "visit": ("visits", "notes || ' ' || deputies || ' ' || participants", "id"),
        "answer": ("answers", "comment || ' ' || CASE WHEN json_valid(value) AND "
                   "json_type(value) = 'text' THEN json_extract(value, '$') ELSE '' END",
                   "visit_id"),
        "photo": ("photos", "caption || ' ' || original_name", "visit_id"),
        "interview": ("interviews", _interview_text(), "visit_id"),
        "finding": ("findings", "text || ' ' || recommendation || ' ' || addressee", "visit_id"),
    }


def _interview_text() -> str:
    """Notes and free-text answers: codes such as "yes" or "nurse" are nothing anyone looks for."""
    keys = ", ".join(f"'{q.id}'" for q in interview_template().questions()
                     if q.type == QuestionType.TEXT)
    return ("notes || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(answers) "
            f"WHERE key IN ({keys})), '')")


@dataclass(frozen=True)
class SearchHit:
    entity: str
    record_id: str
    visit_id: str
    snippet: str


def index_records(conn: sqlite3.Connection, entity: str, record_ids: Iterable[str]) -> None:
    """Refresh these records' entries; runs inside the transaction that changed them.

    Each record keeps one row number in search_rows, so its old entry is found by rowid: the
    index's own record_id column cannot be indexed, and deleting by it scanned every entry.
    """
    table, body, visit = _sources()[entity]
    ids = json.dumps(list(record_ids))
    conn.execute("INSERT OR IGNORE INTO search_rows (entity, record_id) "
                 "SELECT ?, value FROM json_each(?)", (entity, ids))
    conn.execute("DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_rows "
                 "WHERE entity = ? AND record_id IN (SELECT value FROM json_each(?)))",
                 (entity, ids))
    conn.execute(
        f"INSERT INTO search_index (rowid, body, entity, record_id, visit_id) "
        f"SELECT search_rows.rowid, {body}, ?, {table}.id, {visit} FROM {table} "
        f"JOIN search_rows ON search_rows.entity = ? AND search_rows.record_id = {table}.id "
        f"WHERE {table}.deleted = 0 AND {table}.id IN (SELECT value FROM json_each(?)) "
        "ORDER BY search_rows.rowid",  # FTS5 appends rows in rowid order far faster
        (entity, entity, ids))


def index_record(conn: sqlite3.Connection, entity: str, record_id: str) -> None:
    index_records(conn, entity, [record_id])


def rebuild_index(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM search_rows")
    for entity, (table, _body, _visit) in _sources().items():
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE deleted = 0")]
        index_records(conn, entity, ids)


def fts_query(text: str) -> str:
    """A person's words as an FTS5 query: every word must appear, as a word or a word's start.

    Prefix matching stands in for stemming: «школ» finds «школа», «школы», «школе».
    Quoting each word keeps FTS5 syntax characters in the input from being read as operators.
    """
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


def search(conn: sqlite3.Connection, text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = conn.execute(
        "SELECT entity, record_id, visit_id, snippet(search_index, 0, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    ).fetchall()
    return [SearchHit(*row) for row in rows]


def visit_ids_matching(conn: sqlite3.Connection, text: str) -> set[str]:
    """Visits with any hit, a facility hit counting for all of that facility's visits."""
    hits = search(conn, text, limit=100_000)
    ids = {h.visit_id for h in hits if h.visit_id}
    facility_ids = [h.record_id for h in hits if h.entity == "facility"]
    if facility_ids:
        rows = conn.execute(
            "SELECT id FROM visits WHERE deleted = 0 AND facility_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(facility_ids),)).fetchall()
        ids.update(r[0] for r in rows)
    return ids
