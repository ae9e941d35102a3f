"""Full-text search over what deputies write: facility names, comments, interviews, findings.

People type on a Russian keyboard, in any word form: «зарплата» must find «зарплату», and «бобек»
or «Шапагат» must find «Бөбек» and «Шапағат». So the index holds, beside each record's text, its
words folded (Kazakh letters to their Russian-keyboard look-alikes, ё to е, lower case) and
stemmed with Snowball's Russian stemmer; a query goes through the same steps and matches word
starts, which also covers Kazakh suffixes (the base form is a prefix of its inflected forms).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.checklist import QuestionType
from ..domain.regions import regions
from ..domain.templates import interview_template
from ..domain.words import WORD, term, terms

SNIPPET_WORDS = 12


def _sources() -> dict[str, tuple[str, str, str]]:
    """entity -> (table, SQL giving the searchable text, SQL giving the visit the hit belongs to)."""
    return {
        # The region (an id, last) is indexed by its names but not shown in snippets.
        "facility": ("facilities", "name || ' ' || district || ' ' || address || ' ' || region",
                     "''"),
        "visit": ("visits", "notes || ' ' || deputies || ' ' || participants", "id"),
        "answer": ("answers", "comment || ' ' || CASE WHEN json_valid(value) AND "
                   "json_type(value) = 'text' THEN json_extract(value, '$') ELSE '' END",
                   "visit_id"),
        "photo": ("photos", "caption || ' ' || original_name", "visit_id"),
        "interview": ("interviews", _interview_text(), "visit_id"),
        "finding": ("findings", "text || ' ' || recommendation || ' ' || addressee", "visit_id"),
        "recommendation_check": ("recommendation_checks", "comment", "visit_id"),
        "inquiry": ("inquiries", "title || ' ' || subject || ' ' || addressee_position || ' ' || "
                    "addressee_name || ' ' || requests || ' ' || answer_from || ' ' || notes",
                    "''"),
    }


def _interview_text() -> str:
    """Notes and free-text answers: codes such as "yes" or "nurse" are nothing anyone looks for."""
    keys = ", ".join(f"'{q.id}'" for q in interview_template().questions()
                     if q.type == QuestionType.TEXT)
    return ("notes || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(answers) "
            f"WHERE key IN ({keys})), '')")


def _facility_entry(text: str) -> tuple[str, str]:
    """(shown text, indexed terms): the region is stored as an id and searched for by its name
    in any language."""
    shown, _, region = text.rpartition(" ")
    names = " ".join(regions().get(region, {}).values())
    return shown.strip(), terms(f"{shown} {names or region}")


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
    rows = conn.execute(
        f"SELECT search_rows.rowid, {body}, {table}.id, {visit} FROM {table} "
        f"JOIN search_rows ON search_rows.entity = ? AND search_rows.record_id = {table}.id "
        f"WHERE {table}.deleted = 0 AND {table}.id IN (SELECT value FROM json_each(?)) "
        "ORDER BY search_rows.rowid",  # FTS5 appends rows in rowid order far faster
        (entity, ids)).fetchall()
    entry = _facility_entry if entity == "facility" else lambda text: (text, terms(text))
    conn.executemany(
        "INSERT INTO search_index (rowid, body, terms, entity, record_id, visit_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(rowid, *entry(text or ""), entity, rid, vid) for rowid, text, rid, vid in rows])


def index_record(conn: sqlite3.Connection, entity: str, record_id: str) -> None:
    index_records(conn, entity, [record_id])


def rebuild_index(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM search_rows")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for entity, (table, _body, _visit) in _sources().items():
        if table not in tables:
            continue  # an older schema, being upgraded: its later migrations add the table
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE deleted = 0")]
        index_records(conn, entity, ids)


def query_terms(text: str) -> list[str]:
    return [term(w) for w in WORD.findall(text)]


def fts_query(text: str) -> str:
    """A person's words as an FTS5 query: every word must appear, as a word or a word's start.

    Quoting each term keeps FTS5 syntax characters in the input from being read as operators.
    """
    return " ".join(f'"{t}"*' for t in query_terms(text) if t)


def snippet(body: str, wanted: list[str], width: int = SNIPPET_WORDS) -> str:
    """The words around the first match, the matching words in [brackets]."""
    words = body.split()
    hits = [i for i, w in enumerate(words)
            if any(term(p).startswith(t) for p in WORD.findall(w) for t in wanted)]
    if not hits:
        return " ".join(words[:width])
    start = max(0, hits[0] - width // 3)
    shown = [f"[{w}]" if i in hits else w for i, w in enumerate(words[start:start + width], start)]
    return ("… " if start else "") + " ".join(shown) + (" …" if start + width < len(words) else "")


def search(conn: sqlite3.Connection, text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = conn.execute(
        "SELECT entity, record_id, visit_id, body FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rank LIMIT ?", (query, limit)).fetchall()
    wanted = query_terms(text)
    return [SearchHit(entity, rid, vid, snippet(body, wanted)) for entity, rid, vid, body in rows]


def visit_hits(conn: sqlite3.Connection, text: str) -> dict[str, str]:
    """Visit id -> the snippet of its best hit; a facility hit counts for all its visits."""
    found: dict[str, str] = {}
    by_facility: dict[str, str] = {}
    for h in search(conn, text, limit=100_000):
        if h.entity == "facility":
            by_facility.setdefault(h.record_id, h.snippet)
        elif h.visit_id:
            found.setdefault(h.visit_id, h.snippet)
    if by_facility:
        rows = conn.execute(
            "SELECT id, facility_id FROM visits WHERE deleted = 0 AND facility_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(list(by_facility)),)).fetchall()
        for visit_id, facility_id in rows:
            found.setdefault(visit_id, by_facility[facility_id])
    return found


def visit_ids_matching(conn: sqlite3.Connection, text: str) -> set[str]:
    """Visits with any hit, a facility hit counting for all of that facility's visits."""
    return set(visit_hits(conn, text))
