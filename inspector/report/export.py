"""Exports for aides who work in Excel and for scripts: CSV files, JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .model import VisitData
from .tables import TABLE_NAMES, all_tables

FORMATS = ("csv", "json", "xlsx")
_FILE_KEYS = list(TABLE_NAMES)  # answers, interviews, findings: file names stay in English


def render_export(visits: list[VisitData], fmt: str, target: Path, *,
                  lang: str = "ru") -> list[Path]:
    """Write the export of the loaded visits; CSV gives a folder of three files, the others one
    file. Loading is services/report_data.py's; services.reports.export does both."""
    tables = all_tables(visits, lang)
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
