"""Photos from a question's card: «Добавить фото» opens the file picker and links what comes in,
a photo may back several questions, the card shows a thumbnail, and photos whose date does not
place them in the visit are marked (and a folder import lists them and adds them on request)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from visit_support import make_photos, wait_written

from inspector.domain.photo import Photo
from inspector.domain.provenance import date_doubt
from inspector.store.profile import Profile
from inspector.ui.visit.pickers import PhotoPicker


def _stored(setup) -> list[Photo]:  # type: ignore[no-untyped-def]
    with Profile(setup.data_dir) as profile:
        return profile.records.of_visit(Photo, setup.visit_id)


def _files_chosen(monkeypatch, paths: list[Path]) -> list[int]:  # type: ignore[no-untyped-def]
    """The file picker answers with `paths`; the list counts how often it was opened."""
    opened: list[int] = []

    def pick(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        opened.append(1)
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    return opened


def _row(editor, question_id: str):  # type: ignore[no-untyped-def]
    editor.checklist.build_all()
    return editor.checklist.rows[question_id]


def test_add_photo_on_a_new_visit_opens_the_files_and_links_them(env, qtbot, tmp_path,
                                                                 monkeypatch):
    setup, _runner, open_editor = env
    editor = open_editor()
    row = _row(editor, "staff_posts_total")
    assert row.photos.text() == "Add photo"
    opened = _files_chosen(monkeypatch, make_photos(tmp_path / "phone", 2, size=(320, 240)))
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000):
        qtbot.mouseClick(row.photos, Qt.MouseButton.LeftButton)
    assert opened == [1]
    qtbot.waitUntil(lambda: row.photos.text() == "Photos: 2", timeout=3000)
    # The card shows the first supporting photo once its thumbnail is decoded.
    qtbot.waitUntil(lambda: not row.photos.icon().isNull(), timeout=5000)
    wait_written(qtbot, editor)
    assert [p.question_ids for p in _stored(setup)] == [["staff_posts_total"]] * 2


def test_a_photo_supports_several_questions(env, qtbot, tmp_path, monkeypatch):
    setup, _runner, open_editor = env
    editor = open_editor()
    first = _row(editor, "staff_posts_total")
    _files_chosen(monkeypatch, make_photos(tmp_path / "phone", 1, size=(320, 240)))
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000):
        qtbot.mouseClick(first.photos, Qt.MouseButton.LeftButton)

    # The visit has photos now: the second card opens the picker, and ticking keeps the link
    # to the first question.
    second = _row(editor, "has_vacancies")

    def tick_and_accept() -> None:
        picker = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, PhotoPicker) and w.isVisible())
        picker.list.item(0).setCheckState(Qt.CheckState.Checked)
        picker.accept()

    QTimer.singleShot(200, tick_and_accept)
    qtbot.mouseClick(second.photos, Qt.MouseButton.LeftButton)
    assert first.photos.text() == second.photos.text() == "Photos: 1"
    wait_written(qtbot, editor)
    [photo] = _stored(setup)
    assert photo.question_ids == ["staff_posts_total", "has_vacancies"]

    # From the picker, «Add photos from files» brings a file in linked to that question; a file
    # already in the visit is linked, not imported twice.
    again = [tmp_path / "phone" / "IMG_0000.jpg", *make_photos(tmp_path / "more", 1, start=5)]
    _files_chosen(monkeypatch, again)

    def ask_files() -> None:
        picker = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, PhotoPicker) and w.isVisible())
        picker.from_files.click()

    third = _row(editor, "morale")
    QTimer.singleShot(200, ask_files)
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000):
        qtbot.mouseClick(third.photos, Qt.MouseButton.LeftButton)
    wait_written(qtbot, editor)
    stored = {p.original_name: p.question_ids for p in _stored(setup)}
    assert stored == {"IMG_0000.jpg": ["staff_posts_total", "has_vacancies", "morale"],
                      "IMG_0005.jpg": ["morale"]}


def test_folder_import_lists_what_it_left_out_and_adds_it_on_request(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    editor.tabs.setCurrentWidget(editor.photos)
    folder = tmp_path / "card"
    make_photos(folder, 1, day="2026-03-10")
    make_photos(folder, 1, day="2026-02-01", start=10)  # two weeks before the visit
    from PIL import Image

    Image.new("RGB", (64, 48), "grey").save(folder / "forwarded.jpg")  # a messenger's copy
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000) as done:
        editor.photos.import_paths([folder], only_during_visit=True)
    outcome = done.args[0]
    assert len(outcome.imported) == 1 and outcome.skipped == 2
    listed = [editor.photos.rejected_list.item(i).text()
              for i in range(editor.photos.rejected_list.count())]
    assert any("IMG_0010.jpg" in line and "01.02.2026" in line for line in listed)
    assert "forwarded.jpg: в файле нет времени съёмки" in listed  # the editor speaks Russian
    assert editor.photos.add_skipped.isVisible()
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000) as done:
        qtbot.mouseClick(editor.photos.add_skipped, Qt.MouseButton.LeftButton)
    assert len(done.args[0].imported) == 2
    wait_written(qtbot, editor)
    photos = _stored(setup)
    visit = editor.session.data.visit
    doubts = {p.original_name: (d.code if (d := date_doubt(p, visit)) else None) for p in photos}
    assert doubts == {"IMG_0000.jpg": None, "IMG_0010.jpg": "time_outside_visit",
                      "forwarded.jpg": "no_exif"}
    # The grid's tooltip says it in words.
    model = editor.photos.model
    tips = [model.data(model.index(i), Qt.ItemDataRole.ToolTipRole)
            for i in range(model.rowCount())]
    assert sum("вне дат визита" in tip for tip in tips) == 1
