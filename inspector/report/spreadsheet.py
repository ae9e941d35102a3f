"""XLSX workbooks (openpyxl): one sheet per table, frozen header, filters, sensible widths."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .tables import Table


def write_xlsx(tables: list[Table], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as illegal
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E6ECF2")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append([_cell(value, illegal) for value in row])
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
