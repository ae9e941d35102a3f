"""Writing the analyst's database with sqlite-utils, one visit at a time.

Visits arrive as a stream (the laptop and the server each read one visit's records at a time),
their rows wait in small buffers and go in with insert_all a few hundred visits at a time, so
memory stays flat however many visits there are. The file is written beside the target and
moved over it at the end: a cancelled or failed export leaves no half-written database.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.checklist import ChecklistTemplate
from ..domain.errors import ExportCancelled
from ..domain.inquiry import Inquiry
from ..domain.templates import all_templates, interview_template, template_or_blank
from .metadata import datasette_metadata, key_figure_types
from .rows import NOT_ANSWERS, VisitRecords, inquiry_tables, visit_tables
from .schema import KEY_FIGURES, TABLES, VIEWS, TableSpec

BATCH_VISITS = 200  # rows of this many visits are inserted at once
BATCH_BYTES = 32 << 20  # or sooner, once the photos' bytes waiting reach this
FTS_TOKENIZER = "unicode61 remove_diacritics 2"




@dataclass
class ExportResult:
    database: Path
    metadata: Path
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows written


def metadata_path(target: Path) -> Path:
    """Datasette's metadata beside the database: `datasette team.db -m team.metadata.json`."""
    return target.with_name(f"{target.stem}.metadata.json")


def write_database(visits: Iterable[VisitRecords], target: Path | str, *, lang: str = "ru",
                   total: int | None = None,
                   on_progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None,
                   inquiries: Iterable[Inquiry] = ()) -> ExportResult:
    """Write every visit's rows, the team's inquiries, full-text indexes, views and
    metadata.json; returns the counts."""
    import sqlite_utils  # loaded only by this export

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    try:
        # A fresh file that replaces the target only when complete: no journal is needed.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        writer = _Writer(db, lang)
        writer.create_tables()
        for n, records in enumerate(visits, 1):
            if is_cancelled is not None and is_cancelled():
                raise ExportCancelled()
            writer.add(records)
            if on_progress is not None and (n % 20 == 0 or n == total):
                on_progress(n, total or 0)
        writer.flush()  # the findings first: inquiries link to those exported
        today = date.today()
        for inquiry in inquiries:
            for table, found in inquiry_tables(inquiry, lang, writer.findings, today).items():
                writer.buffers[table] += found
        writer.flush()
        writer.finish()
        views = {v.name: [c.name for c in db[v.name].columns] for v in VIEWS}
        db.close()
        os.replace(partial, target)
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    meta = metadata_path(target)
    forms = [interview_template(), *writer.interview_forms.values()]
    meta.write_text(json.dumps(datasette_metadata(
        target.stem, lang, writer.checklists(), forms, NOT_ANSWERS, views),
        ensure_ascii=False, indent=2), encoding="utf-8")
    return ExportResult(target, meta, writer.counts)


class _Writer:
    def __init__(self, db: Any, lang: str) -> None:
        self.db, self.lang = db, lang
        self.buffers: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self.counts: dict[str, int] = dict.fromkeys(self.buffers, 0)
        self.facilities: set[str] = set()
        self.findings: set[str] = set()  # exported, so an inquiry's links point at real rows
        self.templates: dict[tuple[str, int], ChecklistTemplate] = {}
        self.interview_forms: dict[tuple[str, int], ChecklistTemplate] = {}
        self.pending = 0
        self.pending_bytes = 0

    def create_tables(self) -> None:
        shipped = _checklists(all_templates().values())
        for spec in TABLES:
            columns: dict[str, Any] = {c.name: c.type for c in spec.columns}
            if spec is KEY_FIGURES:
                columns |= key_figure_types(shipped)
            self.db[spec.name].create(
                columns, pk=spec.pk,
                foreign_keys=[(col, table, "id") for col, table in spec.foreign_keys])

    def add(self, records: VisitRecords) -> None:
        self.templates.setdefault(records.template.key, records.template)
        for interview in records.interviews:
            key = (interview.template_id, interview.template_version)
            if key not in self.interview_forms:
                self.interview_forms[key] = template_or_blank(*key)
        rows = visit_tables(records, self.lang)
        self.findings.update(row["id"] for row in rows["findings"])
        if records.facility.id in self.facilities:
            rows["facilities"] = []
        self.facilities.add(records.facility.id)
        for table, found in rows.items():
            self.buffers[table] += found
        self.pending += 1
        self.pending_bytes += sum(len(p["content"] or b"") for p in rows["photos"])
        if self.pending >= BATCH_VISITS or self.pending_bytes >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        # In the order of the foreign keys, so each row's parent is already there.
        for spec in TABLES:
            rows = self.buffers[spec.name]
            if rows:
                self.db[spec.name].insert_all(rows, alter=True, batch_size=500)
                self.counts[spec.name] += len(rows)
                rows.clear()
        self.pending = self.pending_bytes = 0

    def finish(self) -> None:
        for spec in TABLES:
            if "visit_id" in self.db[spec.name].columns_dict and spec.pk != "visit_id":
                self.db[spec.name].create_index(["visit_id"])
        self.db["visits"].create_index(["facility_id"])
        self.db["answers"].create_index(["question_id"])
        for spec in TABLES:
            self._search(spec)
        for view in VIEWS:
            self.db.create_view(view.name, view.sql)
        self.db.execute("ANALYZE")

    def _search(self, spec: TableSpec) -> None:
        if spec.search:
            self.db[spec.name].enable_fts(list(spec.search), tokenize=FTS_TOKENIZER)

    def checklists(self) -> list[ChecklistTemplate]:
        """The templates whose key figures label columns: the shipped ones and any met."""
        return _checklists([*all_templates().values(), *self.templates.values()])


def _checklists(forms: Iterable[ChecklistTemplate]) -> list[ChecklistTemplate]:
    """Visit checklists, not interview forms: only their key figures make columns."""
    return [f for f in forms if f.kind != "interview"]
