"""The photos tab: import (with progress and cancel), the grid, and per-photo actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer
from visit_support import make_photos, wait_written

from inspector.domain.photo import Photo
from inspector.store.profile import Profile


def import_and_wait(qtbot, editor, paths, **kw):
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000) as done:
        editor.photos.import_paths(paths, **kw)
    return done.args[0]


def stored_photos(setup) -> list[Photo]:
    with Profile(setup.data_dir) as profile:
        return profile.records.of_visit(Photo, setup.visit_id)


def test_imported_photos_appear_in_the_grid_with_thumbnails(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    paths = make_photos(tmp_path / "phone", 3)
    bad = tmp_path / "phone" / "notes.jpg"
    bad.write_text("not a photo")
    outcome = import_and_wait(qtbot, editor, [*paths, bad])
    assert len(outcome.imported) == 3
    assert len(outcome.rejected) == 1
    # The refused file is listed with its one-line reason, in the editor's language.
    assert "notes.jpg" in editor.photos.rejected_list.item(0).text()
    assert "изображени" in editor.photos.rejected_list.item(0).text()
    assert editor.photos.model.rowCount() == 3
    qtbot.waitUntil(editor.photos.model.all_thumbnails_ready, timeout=5000)
    assert editor.tabs.tabText(2).endswith("(3)")
    assert len(stored_photos(setup)) == 3
    # The same files again: duplicates, nothing new.
    again = import_and_wait(qtbot, editor, paths)
    assert again.duplicates == 3 and not again.imported


def test_folder_import_offers_only_photos_taken_during_the_visit(env, qtbot, tmp_path):
    _setup, _runner, open_editor = env
    editor = open_editor()
    folder = tmp_path / "card"
    make_photos(folder / "DCIM", 2, day="2026-03-10")
    make_photos(folder / "DCIM", 3, day="2026-02-01", start=10)  # another trip
    outcome = import_and_wait(qtbot, editor, [folder], only_during_visit=True)
    assert len(outcome.imported) == 2
    assert outcome.skipped == 3
    assert "3" in editor.photos.result_label.text()


def test_gui_keeps_running_during_a_100_photo_import(env, qtbot, tmp_path):
    _setup, _runner, open_editor = env
    editor = open_editor()
    paths = make_photos(tmp_path / "many", 100, size=(64, 48))
    ticks, progress = [], []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    editor.photos.importer.progress.connect(lambda done, total: progress.append(done))
    with qtbot.waitSignal(editor.photos.import_finished, timeout=9000) as done:
        editor.photos.import_paths(paths)
        assert editor.photos.progress_panel.isVisibleTo(editor.photos)
    timer.stop()
    assert len(done.args[0].imported) == 100
    assert len(progress) > 10 and progress[-1] == 100
    assert len(ticks) >= 5  # the event loop went on turning while photos were decoded
    assert editor.photos.model.rowCount() == 100
    assert editor.photos.progress_panel.isHidden()


def test_cancel_stops_an_import(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    paths = make_photos(tmp_path / "many", 40, size=(64, 48))
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000) as done:
        editor.photos.import_paths(paths)
        editor.photos.cancel_button.click()
    outcome = done.args[0]
    assert outcome.cancelled
    assert len(outcome.imported) < 40
    assert editor.photos.progress_panel.isHidden()
    wait_written(qtbot, editor)
    assert len(stored_photos(setup)) == len(outcome.imported)


def test_caption_rotate_faces_link_and_delete_are_stored(env, qtbot, tmp_path, monkeypatch):
    setup, _runner, open_editor = env
    editor = open_editor()
    import_and_wait(qtbot, editor, make_photos(tmp_path / "p", 2))
    view = editor.photos
    view.grid.selectionModel().select(view.model.index(0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.grid.setCurrentIndex(view.model.index(0))
    view.model.setData(view.model.index(0), "  Зал ожидания ")
    view.rotate_button.click()
    view.faces_button.click()
    first = view.model.photo(0)
    assert first.rotation == 90 and first.shows_faces
    editor.session.update_photo(first)  # idempotent: same state again
    # Link to a checklist question: the question's photo button counts it.
    first.question_ids = ["staff_posts_total"]
    editor.session.update_photo(first)
    assert editor.checklist.rows["staff_posts_total"].photos.text().endswith("1")
    qtbot.waitUntil(view.model.all_thumbnails_ready, timeout=5000)  # rotated one redrawn
    # Delete the second (the confirmation is answered "yes").
    view.grid.selectionModel().select(view.model.index(1),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
    from inspector.ui.visit import photos_view

    monkeypatch.setattr(photos_view, "ask", lambda *a, **k: True)
    view.delete_button.click()
    assert view.model.rowCount() == 1
    wait_written(qtbot, editor)
    photos = stored_photos(setup)
    assert len(photos) == 1
    assert photos[0].caption == "Зал ожидания"
    assert photos[0].rotation == 90 and photos[0].shows_faces
    assert photos[0].question_ids == ["staff_posts_total"]


def test_viewer_loads_the_full_photo_in_the_background(env, qtbot, tmp_path):
    _setup, _runner, open_editor = env
    editor = open_editor()
    import_and_wait(qtbot, editor, make_photos(tmp_path / "p", 2, size=(800, 600)))
    from inspector.ui.visit.photo_viewer import PhotoViewer

    ids = [p.id for p in editor.session.data.photos]
    viewer = PhotoViewer(editor.session, ids, ids[1], editor)
    viewer.show()
    qtbot.waitUntil(lambda: viewer._pixmap is not None, timeout=5000)
    assert viewer._pixmap.width() == 800
    viewer.rotate_photo()
    qtbot.waitUntil(lambda: viewer._pixmap is not None and viewer._pixmap.width() == 600,
                    timeout=5000)
    viewer.close()
