"""Exports for aides who work in Excel and for scripts: CSV files, JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from ..store.profile import Profile
from .tables import TABLE_NAMES, all_tables

FORMATS = ("csv", "json", "xlsx")
_FILE_KEYS = list(TABLE_NAMES)  # answers, interviews, findings: file names stay in English


def export(profile: Profile, fmt: str, target: Path, *, lang: str = "ru",
           visit_ids: Iterable[str] | None = None) -> list[Path]:
    """Write the export; CSV gives a folder of three files, the others one file."""
    tables = all_tables(profile, lang, visit_ids)
    target = Path(target)
    if fmt == "csv":
        target.mkdir(parents=True, exist_ok=True)
        written = []
        for key, table in zip(_FILE_KEYS, tables, strict=True):
            path = target / f"{key}.csv"
            # utf-8-sig: Excel on Windows opens Cyrillic CSV correctly only with the BOM.
            with open(path, "w", newline="", encoding="utf-8-sig") as f:
                writer = csv.writer(f)
                writer.writerow(table.headers)
                writer.writerows(table.rows)
            written.append(path)
        return written
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        data = {key: [dict(zip(t.headers, row, strict=True)) for row in t.rows]
                for key, t in zip(_FILE_KEYS, tables, strict=True)}
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return [target]
    if fmt == "xlsx":
        from .spreadsheet import write_xlsx  # openpyxl is loaded only when asked for

        write_xlsx(tables, target)
        return [target]
    raise ValueError(f"unknown export format {fmt!r}")
