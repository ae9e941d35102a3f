"""Versioned schema migrations: an older profile's database is upgraded in place when opened.

Each migration runs in its own transaction together with the row that records it, so a crash
during an upgrade leaves the database at the previous version, never half-way. Migrations are
append-only: a released one is never edited, a change is a new migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SYNC_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0
"""


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one: executescript() would commit the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _v1_records(conn: sqlite3.Connection) -> None:
    _run(conn, f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE facilities (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL DEFAULT '',
        district TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
        latitude REAL, longitude REAL, {SYNC_COLUMNS});
    CREATE TABLE visits (
        id TEXT PRIMARY KEY, facility_id TEXT NOT NULL REFERENCES facilities(id),
        started_on TEXT NOT NULL, ended_on TEXT NOT NULL DEFAULT '',
        deputies TEXT NOT NULL DEFAULT '[]', participants TEXT NOT NULL DEFAULT '[]',
        announced INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'draft',
        template_id TEXT NOT NULL, template_version INTEGER NOT NULL,
        notes TEXT NOT NULL DEFAULT '', completed_at TEXT NOT NULL DEFAULT '', {SYNC_COLUMNS});
    CREATE INDEX visits_facility ON visits(facility_id);
    CREATE TABLE answers (
        id TEXT PRIMARY KEY, visit_id TEXT NOT NULL REFERENCES visits(id),
        question_id TEXT NOT NULL, value TEXT, comment TEXT NOT NULL DEFAULT '',
        flagged INTEGER NOT NULL DEFAULT 0, {SYNC_COLUMNS}, UNIQUE (visit_id, question_id));
    CREATE TABLE photos (
        id TEXT PRIMARY KEY, visit_id TEXT NOT NULL REFERENCES visits(id),
        sha256 TEXT NOT NULL, ext TEXT NOT NULL DEFAULT '.jpg', size INTEGER NOT NULL DEFAULT 0,
        width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
        caption TEXT NOT NULL DEFAULT '', taken_at TEXT NOT NULL DEFAULT '',
        latitude REAL, longitude REAL, question_id TEXT NOT NULL DEFAULT '',
        shows_faces INTEGER NOT NULL DEFAULT 0, original_name TEXT NOT NULL DEFAULT '',
        {SYNC_COLUMNS});
    CREATE INDEX photos_visit ON photos(visit_id);
    CREATE INDEX photos_sha ON photos(sha256);
    CREATE TABLE interviews (
        id TEXT PRIMARY KEY, visit_id TEXT NOT NULL REFERENCES visits(id),
        template_id TEXT NOT NULL, template_version INTEGER NOT NULL,
        answers TEXT NOT NULL DEFAULT '{{}}', notes TEXT NOT NULL DEFAULT '', {SYNC_COLUMNS});
    CREATE INDEX interviews_visit ON interviews(visit_id);
    CREATE TABLE findings (
        id TEXT PRIMARY KEY, visit_id TEXT NOT NULL REFERENCES visits(id),
        severity TEXT NOT NULL DEFAULT 'major', theme TEXT NOT NULL DEFAULT 'other',
        text TEXT NOT NULL DEFAULT '', recommendation TEXT NOT NULL DEFAULT '',
        addressee TEXT NOT NULL DEFAULT '', due_date TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]', position INTEGER NOT NULL DEFAULT 0, {SYNC_COLUMNS});
    CREATE INDEX findings_visit ON findings(visit_id);
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL, record_id TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '{{}}',
        deleted INTEGER NOT NULL DEFAULT 0, base_version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, sent_at TEXT);
    CREATE INDEX outbox_record ON outbox(entity, record_id);
    """)


def _v2_search_and_rotation(conn: sqlite3.Connection) -> None:
    # Full-text search came after the first release, so older profiles get their index built here.
    # unicode61 folds case for Cyrillic, Kazakh letters included; diacritics are kept so that
    # й and и, ё and е stay distinct letters as Russian and Kazakh readers expect.
    _run(conn, """
    CREATE VIRTUAL TABLE search_index USING fts5(
        body, entity UNINDEXED, record_id UNINDEXED, visit_id UNINDEXED,
        tokenize = "unicode61 remove_diacritics 0");
    ALTER TABLE photos ADD COLUMN rotation INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE conflicts (
        entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
        mine TEXT, theirs TEXT, detected_at TEXT NOT NULL,
        PRIMARY KEY (entity, record_id, field));
    """)  # filled by v5, which gave every entry a row number


def _stats_counts(visit: str, *, applying: str = "") -> str:
    """SET clause recounting one visit's answered, flagged and photo rows."""
    answered = "value IS NOT NULL AND value NOT IN ('null', '\"\"', '[]')"
    return f"""
        answered = (SELECT count(*) FROM answers
                    WHERE visit_id = {visit} AND deleted = 0 {applying} AND {answered}),
        flagged = (SELECT count(*) FROM answers
                   WHERE visit_id = {visit} AND deleted = 0 {applying} AND flagged = 1),
        photos = (SELECT count(*) FROM photos WHERE visit_id = {visit} AND deleted = 0)"""


def _v3_visit_stats(conn: sqlite3.Connection) -> None:
    # The visit list shows answered, problem and photo counts for every visit. Counting them per
    # query cost most of a second at 10,000 visits, so triggers keep them current instead: they
    # fire for every writer alike — an edit, a sync applying a page, a restore.
    conn.execute("CREATE TABLE visit_stats (visit_id TEXT PRIMARY KEY, "
                 "answered INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0, "
                 "photos INTEGER NOT NULL DEFAULT 0)")
    for table in ("answers", "photos"):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            visit = f"{row}.visit_id"
            conn.execute(
                f"CREATE TRIGGER {table}_stats_{event.lower()} AFTER {event} ON {table} BEGIN "
                # Not INSERT OR IGNORE: an outer statement's conflict clause overrides a trigger's.
                f"INSERT INTO visit_stats (visit_id) SELECT {visit} WHERE NOT EXISTS "
                f"(SELECT 1 FROM visit_stats WHERE visit_id = {visit}); "
                f"UPDATE visit_stats SET {_stats_counts(visit)} WHERE visit_id = {visit}; END")
    conn.execute("INSERT INTO visit_stats (visit_id) SELECT id FROM visits")
    conn.execute(f"UPDATE visit_stats SET {_stats_counts('visit_stats.visit_id')}")


def _v4_conflict_values_and_stats_columns(conn: sqlite3.Connection) -> None:
    # Sync (the only migration it adds). 1) Three laptops may change one field three ways: a
    # conflict keeps every other value, as a JSON list, beside the first one in `theirs`.
    conn.execute("ALTER TABLE conflicts ADD COLUMN others TEXT NOT NULL DEFAULT '[]'")
    conn.execute("UPDATE conflicts SET others = '[' || theirs || ']' WHERE theirs IS NOT NULL")
    # 2) The visit counts depend on a few columns only; recounting on every update made a sync
    # that stores the server's version on 80,000 answers spend most of its time in triggers.
    for table, columns in (("answers", "visit_id, deleted, value, flagged"),
                           ("photos", "visit_id, deleted")):
        conn.execute(f"DROP TRIGGER {table}_stats_update")
        conn.execute(
            f"CREATE TRIGGER {table}_stats_update AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"INSERT INTO visit_stats (visit_id) SELECT NEW.visit_id WHERE NOT EXISTS "
            f"(SELECT 1 FROM visit_stats WHERE visit_id = NEW.visit_id); "
            f"UPDATE visit_stats SET {_stats_counts('NEW.visit_id')} "
            f"WHERE visit_id = NEW.visit_id; END")


def _v5_search_rows(conn: sqlite3.Connection) -> None:
    # Every record gets a fixed row number in the index, so saving one answer of 80,000 replaces
    # its entry directly instead of scanning them all; interviews are indexed by their words only.
    conn.execute("CREATE TABLE search_rows (entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                 "PRIMARY KEY (entity, record_id))")  # filled by v7's rebuild


def _v6_visits_by_date(conn: sqlite3.Connection) -> None:
    # The visit list is newest first; with this index its first screenful is a few rows' read
    # instead of a sort of every visit.
    conn.execute("CREATE INDEX visits_by_date ON visits (deleted, started_on)")


def _v7_search_terms(conn: sqlite3.Connection) -> None:
    # Search folds Kazakh letters and stems words, so the index gets a column of terms; the text
    # itself is kept for snippets only.
    _run(conn, """
    DROP TABLE search_index;
    CREATE VIRTUAL TABLE search_index USING fts5(
        body UNINDEXED, terms, entity UNINDEXED, record_id UNINDEXED, visit_id UNINDEXED,
        tokenize = "unicode61 remove_diacritics 0");
    """)
    from .search import rebuild_index  # the index code is the one the store uses every day

    rebuild_index(conn)


def _v8_conflict_people(conn: sqlite3.Connection) -> None:
    # Who stands behind each value of a conflict, as the server names them: a visit deleted on
    # one laptop while work went on in it on another asks "deleted on X's computer, worked on
    # on Y's" (a JSON object: value as canonical JSON -> user names).
    conn.execute("ALTER TABLE conflicts ADD COLUMN people TEXT NOT NULL DEFAULT '{}'")


def _v9_outbox_held(conn: sqlite3.Connection) -> None:
    # An op the server refuses for a value it may not store stays in the outbox, set aside with
    # the reason (JSON), instead of being dropped or blocking every later push; a new edit of
    # the record sends it again.
    conn.execute("ALTER TABLE outbox ADD COLUMN held TEXT")


def _v10_answers_that_apply(conn: sqlite3.Connection) -> None:
    # A hidden question's answer is kept but is no answer: the visit list's answered and problem
    # counts leave it out. `applies` is kept by store/applicability.py (SQL cannot read a template).
    conn.execute("ALTER TABLE answers ADD COLUMN applies INTEGER NOT NULL DEFAULT 1")
    counts = {"applying": "AND applies = 1"}
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        visit = f"{row}.visit_id"
        of = " OF visit_id, deleted, value, flagged, applies" if event == "UPDATE" else ""
        conn.execute(f"DROP TRIGGER answers_stats_{event.lower()}")
        conn.execute(
            f"CREATE TRIGGER answers_stats_{event.lower()} AFTER {event}{of} ON answers BEGIN "
            f"INSERT INTO visit_stats (visit_id) SELECT {visit} WHERE NOT EXISTS "
            f"(SELECT 1 FROM visit_stats WHERE visit_id = {visit}); "
            f"UPDATE visit_stats SET {_stats_counts(visit, **counts)} WHERE visit_id = {visit}; END")
    from .applicability import refresh_all

    refresh_all(conn)
    conn.execute(f"UPDATE visit_stats SET {_stats_counts('visit_stats.visit_id', **counts)}")


def _v11_dismissed_proposals(conn: sqlite3.Connection) -> None:
    # The proposed findings a visit's deputies dismissed (a synced list of keys), so a dismissed
    # proposal does not come back on this laptop or another.
    conn.execute("ALTER TABLE visits ADD COLUMN dismissed_proposals TEXT NOT NULL DEFAULT '[]'")


def _v12_inquiries(conn: sqlite3.Connection) -> None:
    # A team's deputy inquiries and the Government's answers (domain/inquiry.py).
    _run(conn, f"""
    CREATE TABLE inquiries (
        id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '',
        addressee_position TEXT NOT NULL DEFAULT '', addressee_name TEXT NOT NULL DEFAULT '',
        salutation TEXT NOT NULL DEFAULT '', signatories TEXT NOT NULL DEFAULT '[]',
        executor TEXT NOT NULL DEFAULT '', executor_phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'ru', finding_ids TEXT NOT NULL DEFAULT '[]',
        requests TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'draft',
        announced_on TEXT NOT NULL DEFAULT '', term_days INTEGER NOT NULL DEFAULT 15,
        answered_on TEXT NOT NULL DEFAULT '', answer_from TEXT NOT NULL DEFAULT '',
        answer_sha256 TEXT NOT NULL DEFAULT '', answer_ext TEXT NOT NULL DEFAULT '',
        ratings TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '', {SYNC_COLUMNS});
    """)


def _v13_recommendations(conn: sqlite3.Connection) -> None:
    # What became of each recommendation, and the checks of them made on revisits
    # (domain/recommendation.py).
    _run(conn, f"""
    ALTER TABLE findings ADD COLUMN recommendation_status TEXT NOT NULL DEFAULT 'open';
    ALTER TABLE findings ADD COLUMN status_on TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings ADD COLUMN status_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE findings ADD COLUMN status_visit_id TEXT NOT NULL DEFAULT '';
    CREATE TABLE recommendation_checks (
        id TEXT PRIMARY KEY, visit_id TEXT NOT NULL REFERENCES visits(id),
        finding_id TEXT NOT NULL, result TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '', photo_ids TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0, {SYNC_COLUMNS});
    CREATE INDEX recommendation_checks_visit ON recommendation_checks(visit_id);
    CREATE INDEX recommendation_checks_finding ON recommendation_checks(finding_id);
    """)


def _v14_visit_reopened(conn: sqlite3.Connection) -> None:
    # Reopening a completed visit for correction is recorded: when, and by whom.
    conn.execute("ALTER TABLE visits ADD COLUMN reopened_at TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE visits ADD COLUMN reopened_by TEXT NOT NULL DEFAULT ''")


def _v15_seals(conn: sqlite3.Connection) -> None:
    # Photos sealed at intake (domain/photo.py) and visits sealed on completion (domain/seal.py).
    # A photo imported before keeps "" in each: unknown, which no provenance rule reads as doubt.
    for column in ("camera_make", "camera_model", "exif", "imported_at", "imported_device",
                   "imported_by"):
        conn.execute(f"ALTER TABLE photos ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE visits ADD COLUMN seal TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE visits ADD COLUMN seals TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE visits ADD COLUMN amendments TEXT NOT NULL DEFAULT '[]'")


def _v16_photo_questions_and_faces(conn: sqlite3.Connection) -> None:
    # A photo may support several questions (a JSON list replaces the one question id) and
    # carries the boxes over the faces a report hides. The old column stays, unread: SQLite's
    # DROP COLUMN is younger than some of the Pythons the app meets.
    conn.execute("ALTER TABLE photos ADD COLUMN question_ids TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE photos ADD COLUMN face_boxes TEXT NOT NULL DEFAULT '[]'")
    conn.execute("UPDATE photos SET question_ids = json_array(question_id) "
                 "WHERE question_id != ''")
    # Ops waiting in the outbox, sent or not, say it the new way too: the server no longer takes
    # question_id, and it answers a replay of an op it applied from its record, not the op.
    conn.execute(
        "UPDATE outbox SET fields = json_remove(json_set(fields, '$.question_ids', "
        "CASE WHEN json_extract(fields, '$.question_id') = '' THEN json_array() "
        "ELSE json_array(json_extract(fields, '$.question_id')) END), '$.question_id') "
        "WHERE entity = 'photo' AND json_type(fields, '$.question_id') IS NOT NULL")


MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1_records),
    (2, _v2_search_and_rotation),
    (3, _v3_visit_stats),
    (4, _v4_conflict_values_and_stats_columns),
    (5, _v5_search_rows),
    (6, _v6_visits_by_date),
    (7, _v7_search_terms),
    (8, _v8_conflict_people),
    (9, _v9_outbox_held),
    (10, _v10_answers_that_apply),
    (11, _v11_dismissed_proposals),
    (12, _v12_inquiries),
    (13, _v13_recommendations),
    (14, _v14_visit_reopened),
    (15, _v15_seals),
    (16, _v16_photo_questions_and_faces),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                 "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))")
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the database up to `target`; returns the version it had before."""
    before = current_version(conn)
    for version, step in MIGRATIONS:
        if before < version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another connection (the window's store thread, a command) may have upgraded
                # the file between our first look and this lock: look again, under the lock.
                if current_version(conn) < version:
                    step(conn)
                    conn.execute("INSERT INTO schema_migrations (version) VALUES (?)",
                                 (version,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    return before
