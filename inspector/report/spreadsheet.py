"""XLSX workbooks (openpyxl): one sheet per table, frozen header, filters, sensible widths."""

from __future__ import annotations

from pathlib import Path

from .tables import Table


def write_xlsx(tables: list[Table], target: Path) -> None:
    from openpyxl import Workbook
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
            sheet.append(row)
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
