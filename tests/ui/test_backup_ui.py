"""File → Backup copy… and Restore…: the profile saved to one file with progress, and brought
back, the data before the restore kept aside."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.domain.visit import Visit
from inspector.store.profile import Profile


def test_backup_from_the_window_then_restore_brings_the_visits_back(
        qtbot, seeded, open_window, data_dir, tmp_path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window = open_window()
    assert window.backups.backup_action in window.commands.file_menu.actions()
    target = tmp_path / "copy.zip"
    window.backups.start_backup(target)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert str(target) in told[0]
    with zipfile.ZipFile(target) as archive:
        assert {"inspector.sqlite3", "inspector-backup.json"} <= set(archive.namelist())

    with Profile(data_dir) as profile:  # a visit deleted after the backup
        profile.records.delete(Visit, seeded[0])
    window.backups.start_restore(target)
    qtbot.waitUntil(lambda: bool(quits), timeout=10_000)
    assert "Restored" in told[-1]
    with Profile(data_dir) as profile:
        assert {v.id for v in profile.records.list(Visit)} == set(seeded)
    kept = [p for p in data_dir.parent.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1  # nothing is deleted: the data before the restore is kept aside


def test_changing_the_data_folder_explains_and_the_safe_answer_keeps_it(
        qtbot, open_window, tmp_path):
    from test_dialog_defaults import answer_next_question_with_key

    window = open_window()
    dialog = window.open_settings()
    dialog.data_dir.setText(str(tmp_path / "elsewhere"))
    seen: list[str] = []
    answer_next_question_with_key(Qt.Key.Key_Return, seen)  # Enter: the safe answer
    dialog.submit()
    assert "elsewhere" in seen[0] and str(window.runner.data_dir) in seen[0]
    assert "backup" in seen[0].casefold()
    assert window.settings.data_dir == "" and dialog.isVisible()
    dialog.done(0)
