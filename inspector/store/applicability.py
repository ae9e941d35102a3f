"""Whether each stored answer applies: its question shown by the template's conditions.

An answer to a question a condition now hides is kept (the condition may flip back) but is no
answer, so the visit list's counts (visit_stats, kept by triggers) must leave it out. SQL cannot
read a template, so every writer of answers — an edit, a delete, a sync page — calls refresh()
in its transaction, and the `applies` column it keeps is what the triggers count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from ..domain.errors import NotFound
from ..domain.templates import template


def refresh(conn: sqlite3.Connection, visit_ids: Iterable[str]) -> int:
    """Recompute `applies` for the answers of these visits; returns how many rows changed."""
    changed = 0
    for visit_id in set(visit_ids):
        row = conn.execute("SELECT template_id, template_version FROM visits WHERE id = ?",
                           (visit_id,)).fetchone()
        if row is None or not row[0]:
            continue
        try:
            form = template(row[0], row[1])
        except NotFound:  # a template this laptop does not have: leave the counts as they are
            continue
        stored = conn.execute("SELECT id, question_id, value, applies FROM answers "
                              "WHERE visit_id = ? AND deleted = 0", (visit_id,)).fetchall()
        values = {qid: json.loads(value) if value is not None else None
                  for _id, qid, value, _applies in stored}
        # Only a question the template hides is left out; one it does not know is not judged.
        hidden = {qid for qid in values if (q := form.question(qid)) is not None
                  and not form.is_visible(q, values)}
        updates = [(int(qid not in hidden), answer_id) for answer_id, qid, _v, applies in stored
                   if applies != int(qid not in hidden)]
        conn.executemany("UPDATE answers SET applies = ? WHERE id = ?", updates)
        changed += len(updates)
    return changed


def refresh_all(conn: sqlite3.Connection) -> int:
    ids = [r[0] for r in conn.execute("SELECT id FROM visits WHERE deleted = 0")]
    return refresh(conn, ids)
