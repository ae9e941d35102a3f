"""XLSX workbooks (openpyxl): one sheet per table, frozen header, filters, sensible widths."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .tables import Table

PROGRESS_EVERY = 500  # rows between two progress reports (and cancel checks)


class Cancelled(Exception):
    """is_cancelled() said so between two rows; nothing was saved."""


def write_xlsx(tables: list[Table], target: Path, *,
               on_progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> None:
    """The workbook; on_progress(rows done, rows) as rows go in, is_cancelled polled with it."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as illegal
    from openpyxl.styles import Alignment, Font, PatternFill

    total = sum(len(t.rows) for t in tables)
    done = 0

    def advanced(rows: int) -> None:
        nonlocal done
        done += rows
        if on_progress is not None:
            on_progress(done, total)
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E6ECF2")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for n, row in enumerate(table.rows, start=1):
            sheet.append([_cell(value, illegal) for value in row])
            if n % PROGRESS_EVERY == 0:
                advanced(PROGRESS_EVERY)
        advanced(len(table.rows) % PROGRESS_EVERY)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column[:200])
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
            if width > 60:
                # Long texts (findings, comments) wrap inside their column instead of running on.
                for cell in column[1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(target)


def _cell(value: Any, illegal: re.Pattern[str]) -> Any:
    """A value a worksheet takes: control characters (pasted from elsewhere) cannot be stored in
    XLSX and are dropped; anything but a number or a text is written as text."""
    if isinstance(value, str):
        return illegal.sub("", value)
    if value is None or isinstance(value, int | float):
        return value
    return illegal.sub("", str(value))
