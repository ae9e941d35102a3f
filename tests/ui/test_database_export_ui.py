"""File → Export → SQLite database…: the analyst's database from the desktop app, with the
summary's selection, progress in the status bar, and Cancel."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector.services.analysis_export import ExportCancelled
from inspector.services.demo import generate_demo
from inspector.store.profile import Profile


@pytest.fixture
def window(open_window, data_dir, tmp_path):
    with Profile(data_dir) as profile:
        generate_demo(profile, visits=4, photos_per_visit=1)
    window = open_window()
    exports = window.exports
    exports.ask_file_name = lambda caption, suggested, filters: str(tmp_path / "out" / "team")
    exports.open_url = lambda url: None
    return window


def _ask(qtbot, window):
    exports = window.exports
    assert exports.export_menu.menuAction() in window.commands.file_menu.actions()
    assert exports.database in exports.export_menu.actions()
    exports.database.trigger()
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    return exports.dialog


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_database_is_written_off_the_gui_thread_with_progress(qtbot, window, tmp_path):
    exports = window.exports
    dialog = _ask(qtbot, window)
    assert not dialog.layout_name.isVisible()  # a database has no layout
    dialog.include_drafts.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    seen: list[int] = []
    window.task_progress.bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(exports.exported, timeout=30_000) as done:
        _ok(qtbot, dialog)
        assert window.task_progress.isVisible()  # the window is free while it is written
    (database,) = done.args[0]
    assert database == tmp_path / "out" / "team.db"
    assert (tmp_path / "out" / "team.metadata.json").is_file()  # Datasette's labels beside it
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 4
        assert {r[0] for r in conn.execute("SELECT kind_label FROM visits")} >= {"ЦОН"}
    assert seen and exports.offer.isVisible()
    exports.offer.close()


def test_cancel_leaves_no_database(qtbot, window, tmp_path):
    exports = window.exports
    dialog = _ask(qtbot, window)
    with qtbot.waitSignal(exports.failed, timeout=30_000) as failed:
        _ok(qtbot, dialog)
        window.task_progress.cancel_current()  # before the job's first visit
    assert isinstance(failed.args[0], ExportCancelled)
    assert not any(Path(tmp_path / "out").glob("*team*"))
    assert "cancelled" in window.statusBar().currentMessage()
