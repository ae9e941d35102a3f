"""XLSX workbooks (openpyxl): one sheet per table, frozen header, filters, sensible widths."""

from __future__ import annotations

import contextlib
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

    total = sum(len(t.rows) for t in tables)
    done = 0

    def advanced(rows: int) -> None:
        nonlocal done
        done += rows
        if on_progress is not None:
            on_progress(done, total)
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()

    # Write-only: rows stream to the file instead of living as cell objects until save (on 500
    # visits 1.2× openpyxl's bare write-only rows, where the cell objects took 3×:
    # bench/bench_xlsx_export.py). What depends on the content (widths, which columns wrap) is
    # decided from the rows first.
    book = Workbook(write_only=True)
    try:
        _fill(book, tables, advanced)
    except BaseException:
        _discard(book)
        raise
    book.save(target)


def _fill(book: Any, tables: list[Table], advanced: Callable[[int], None]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as illegal
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold, header_fill = Font(bold=True), PatternFill("solid", fgColor="E6ECF2")
    wrap = Alignment(wrap_text=True, vertical="top")
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        widths = [len(str(h or "")) for h in table.headers]
        for row in table.rows[:199]:
            for i, value in enumerate(row):
                widths[i] = max(widths[i], len(str(value or "")))
        # Long texts (findings, comments) wrap inside their column instead of running on.
        wrapped = [i for i, width in enumerate(widths) if width > 60]
        for i, width in enumerate(widths):
            sheet.column_dimensions[get_column_letter(i + 1)].width = min(60, max(10, width + 2))
        sheet.freeze_panes = "A2"
        header = []
        for value in table.headers:
            cell = WriteOnlyCell(sheet, value)
            cell.font, cell.fill, cell.alignment = bold, header_fill, wrap
            header.append(cell)
        sheet.append(header)
        # One styled cell per wrapped column, given each row's value in turn: a row is written
        # out as it is appended, and styling a fresh cell per row cost a third of the time.
        wrapping = {i: WriteOnlyCell(sheet) for i in wrapped}
        for cell in wrapping.values():
            cell.alignment = wrap
        for n, row in enumerate(table.rows, start=1):
            values: list[Any] = [_cell(value, illegal) for value in row]
            for i, cell in wrapping.items():
                cell.value = values[i]
                values[i] = cell
            sheet.append(values)
            if n % PROGRESS_EVERY == 0:
                advanced(PROGRESS_EVERY)
        advanced(len(table.rows) % PROGRESS_EVERY)
        sheet.auto_filter.ref = (f"A1:{get_column_letter(max(1, len(table.headers)))}"
                                 f"{len(table.rows) + 1}")


def _discard(book: Any) -> None:
    """A workbook given up half-way: its sheets' temporary files are closed and removed now,
    not by the garbage collector in another thread's time."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            rows = getattr(sheet, "_rows", None)
            if rows is not None:
                rows.close()
            writer.close()
            writer.cleanup()


def _cell(value: Any, illegal: re.Pattern[str]) -> Any:
    """A value a worksheet takes: control characters (pasted from elsewhere) cannot be stored in
    XLSX and are dropped; anything but a number or a text is written as text."""
    if isinstance(value, str):
        return illegal.sub("", value)
    if value is None or isinstance(value, int | float):
        return value
    return illegal.sub("", str(value))
