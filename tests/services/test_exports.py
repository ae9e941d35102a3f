"""Export files appear whole or not at all, and the workbook is one an aide can read."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from inspector.report.spreadsheet import Cancelled, write_xlsx
from inspector.report.tables import Table
from inspector.services.demo import generate_demo
from inspector.services.exports import ExportCancelled, write_workbook, written_whole
from inspector.store.profile import Profile

LONG = "Средняя заработная плата медицинских сестёр на 38 % ниже средней по области. " * 2


def test_the_workbook_freezes_filters_and_wraps_long_texts(tmp_path):
    table = Table("Выводы", ["Визит", "Текст"], [["v1", LONG], ["v2", "коротко"], ["v3", None]])
    write_xlsx([table], tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx")["Выводы"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Визит", "Текст"], ["v1", LONG], ["v2", "коротко"], ["v3", None]]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:B4"
    assert sheet["A1"].font.b and sheet["B1"].font.b
    assert sheet["B2"].alignment.wrap_text and sheet["B3"].alignment.wrap_text
    assert not sheet["A2"].alignment.wrap_text
    assert sheet.column_dimensions["B"].width == 60
    assert sheet.column_dimensions["A"].width == 10


def test_a_cancel_between_rows_stops_the_workbook(tmp_path):
    rows = [[str(i), "x"] for i in range(2000)]
    seen = []
    with pytest.raises(Cancelled):
        write_xlsx([Table("t", ["a", "b"], rows)], tmp_path / "t.xlsx",
                   on_progress=lambda done, total: seen.append((done, total)),
                   is_cancelled=lambda: len(seen) >= 2)
    assert seen == [(500, 2000), (1000, 2000)]


def test_a_failed_or_cancelled_export_leaves_the_earlier_file_and_no_partial_one(tmp_path):
    target = tmp_path / "Визиты.xlsx"
    target.write_bytes(b"the workbook of last week")
    with pytest.raises(RuntimeError), written_whole(target) as partial:
        partial.write_bytes(b"half a work")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"the workbook of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Визиты.xlsx"]

    with Profile(tmp_path / "profile") as profile:
        generate_demo(profile, visits=2, photos_per_visit=0)
        with pytest.raises(ExportCancelled):
            write_workbook(profile, target, lang="ru", is_cancelled=lambda: True)
        assert target.read_bytes() == b"the workbook of last week"
        assert write_workbook(profile, target, lang="kk") == target
    assert len(load_workbook(target).sheetnames) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile", "Визиты.xlsx"]


def test_a_folder_export_replaces_the_earlier_folder_only_when_whole(tmp_path):
    target = tmp_path / "csv"
    target.mkdir()
    (target / "old.csv").write_text("old")
    with written_whole(target, folder=True) as partial:
        (partial / "answers.csv").write_text("new")
        assert (target / "old.csv").exists()  # still there while the new one is written
    assert sorted(p.name for p in target.iterdir()) == ["answers.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv"]
