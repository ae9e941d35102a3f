"""Reports and exports never crash on a stored value.

Whatever a profile holds — written by an older version, a bug, a restored backup or a server that
once took anything — the visit PDF, the summary and the CSV/JSON/XLSX exports render: a value that
breaks the field rules is shown as missing, a text field's odd value as text. Hypothesis writes
arbitrary JSON values straight into every content field of every record of a visit.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_report_visit import CONSENTING, FULL_ANSWERS

from inspector.services.reports import export, write_summary, write_visit_report
from inspector.store.records import ENTITIES, TABLES

ODD_NUMBERS = st.sampled_from([2**63, -(2**63) - 1, 2**64, 10**400, 10**4000, -0.0, 1e308,
                               math.inf, -math.inf, math.nan, 2**53 + 1])
LEAVES = (st.none() | st.booleans() | st.integers() | ODD_NUMBERS
          | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
          | st.sampled_from(["", "yes", "no", "2026-02-30", "none", "civil", "nurse", "a" * 5000]))
JSON_VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)
# Columns a record links by: changing them moves a record, which is not what is tested here.
LINKS = {"visit_id", "facility_id", "question_id"}
ROWS_PER_EXAMPLE = 40
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
# Shrinking re-renders PDFs hundreds of times; the failing example is printed without it.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate]
_SNAPSHOTS: dict[int, dict[str, list[dict[str, Any]]]] = {}


def _fits_sqlite(value: Any) -> bool:
    return (value is None or isinstance(value, str | float)
            or (isinstance(value, int) and -(2**63) <= value < 2**63))


def column_value(name: str, value: Any, json_columns: set[str]) -> Any:
    """What a careless writer would have put in the column for `value`."""
    if name in json_columns or not _fits_sqlite(value):
        try:
            return json.dumps(value, ensure_ascii=False)
        except ValueError:  # an integer of more digits than Python writes
            return "9" * 5000
    return value


def _rows(profile) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    found = []
    for entity, table in TABLES.items():
        found += [(entity, r[0]) for r in profile.database.rows(f"SELECT id FROM {table} ORDER BY id")]
    return found


@settings(max_examples=EXAMPLES, deadline=None, database=None, phases=PHASES,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_reports_and_exports_render_whatever_is_stored(profile, make_visit, tmp_path,  # type: ignore[no-untyped-def]
                                                       data):
    from inspector.store.records import _JSON_FIELDS  # the store's own list of JSON columns

    rows = _rows(profile)
    if not rows:
        make_visit(answers=FULL_ANSWERS, photos=1,
                   interviews=[{"answers": CONSENTING}],
                   findings=[{"text": "Нет пандуса", "severity": "critical", "theme": "premises",
                              "evidence": []}])
        rows = _rows(profile)
        _SNAPSHOTS[id(profile)] = {
            table: profile.database.query(f"SELECT * FROM {table}") for table in TABLES.values()}
    with profile.database.transaction() as conn:
        for table, originals in _SNAPSHOTS[id(profile)].items():  # each example from the start
            for row in originals:
                sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                conn.execute(f"UPDATE {table} SET {sets} WHERE id = :id", row)
        for entity, record_id in data.draw(st.lists(st.sampled_from(rows), min_size=1,
                                                    max_size=ROWS_PER_EXAMPLE)):
            names = [n for n in ENTITIES[entity].content_fields() if n not in LINKS]
            for name in data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=4)):
                raw = data.draw(JSON_VALUES)
                sql = f"UPDATE {TABLES[entity]} SET {name} = ? WHERE id = ?"
                try:
                    conn.execute(sql, (column_value(name, raw, _JSON_FIELDS), record_id))
                except sqlite3.IntegrityError:  # NULL in a NOT NULL column: its JSON text
                    conn.execute(sql, ("null", record_id))
    visit_id = profile.database.scalar("SELECT id FROM visits")
    lang = data.draw(st.sampled_from(["ru", "kk", "en"]))
    write_visit_report(profile, visit_id, tmp_path / "visit.pdf", lang=lang, with_faces=True)
    write_summary(profile, tmp_path / "summary.pdf", lang=lang)
    for fmt, target in (("csv", tmp_path / "csv"), ("json", tmp_path / "all.json"),
                        ("xlsx", tmp_path / "all.xlsx")):
        export(profile, fmt, target, lang=lang)


def test_texts_longer_than_a_page_render(profile, make_visit, tmp_path):  # type: ignore[no-untyped-def]
    long = "а" * 20_000
    visit_id = make_visit(answers={"repairs_needed": long}, photos=1,
                          findings=[{"text": long, "recommendation": long, "addressee": long}])
    with profile.database.transaction() as conn:
        conn.execute("UPDATE photos SET caption = ?", (long,))
        conn.execute("UPDATE answers SET comment = ?", (long,))
    write_visit_report(profile, visit_id, tmp_path / "visit.pdf", with_faces=True)
    write_summary(profile, tmp_path / "summary.pdf")


def test_a_photo_whose_hash_no_file_system_accepts_renders_without_it(  # type: ignore[no-untyped-def]
        profile, make_visit, tmp_path):
    """Found by the test above: a 5,000-character 'sha256' made Path.is_file raise."""
    import pypdf

    visit_id = make_visit(photos=1)
    with profile.database.transaction() as conn:
        conn.execute("UPDATE photos SET sha256 = ?", ('["' + "a" * 5000 + '", "yes"]',))
    target = tmp_path / "visit.pdf"
    write_visit_report(profile, visit_id, target, with_faces=True)
    assert len(pypdf.PdfReader(target).pages) >= 1
