"""Full-text search over what deputies write: facility names, comments, interviews, findings."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

# entity -> (table, SQL giving the searchable text, SQL giving the visit the hit belongs to)
_SOURCES: dict[str, tuple[str, str, str]] = {
    "facility": ("facilities", "name || ' ' || region || ' ' || district || ' ' || address", "''"),
    "visit": ("visits", "notes || ' ' || deputies || ' ' || participants", "id"),
    "answer": ("answers", "comment || ' ' || CASE WHEN json_valid(value) AND json_type(value) = 'text'"
               " THEN json_extract(value, '$') ELSE '' END", "visit_id"),
    "photo": ("photos", "caption || ' ' || original_name", "visit_id"),
    "interview": ("interviews", "notes || ' ' || answers", "visit_id"),
    "finding": ("findings", "text || ' ' || recommendation || ' ' || addressee", "visit_id"),
}


@dataclass(frozen=True)
class SearchHit:
    entity: str
    record_id: str
    visit_id: str
    snippet: str


def index_record(conn: sqlite3.Connection, entity: str, record_id: str) -> None:
    """Refresh one record's entry; runs inside the transaction that changed the record."""
    table, body, visit = _SOURCES[entity]
    conn.execute("DELETE FROM search_index WHERE entity = ? AND record_id = ?", (entity, record_id))
    conn.execute(
        f"INSERT INTO search_index (body, entity, record_id, visit_id) "
        f"SELECT {body}, ?, id, {visit} FROM {table} WHERE id = ? AND deleted = 0",
        (entity, record_id),
    )


def rebuild_index(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM search_index")
    for entity, (table, body, visit) in _SOURCES.items():
        conn.execute(
            f"INSERT INTO search_index (body, entity, record_id, visit_id) "
            f"SELECT {body}, ?, id, {visit} FROM {table} WHERE deleted = 0",
            (entity,),
        )


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
