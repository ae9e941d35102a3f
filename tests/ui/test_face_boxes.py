"""Marking faces in the photo viewer: boxes drawn, moved, resized and removed with the mouse or
the keyboard, proposals from the detector accepted or rejected, all stored with the photo."""

from __future__ import annotations

from datetime import datetime

from face_sample import face_jpeg
from PySide6.QtCore import QPoint, Qt
from visit_support import make_photos, wait_written

from inspector.domain.photo import Photo
from inspector.store.profile import Profile
from inspector.ui.visit.face_canvas import BOX, PROPOSAL, overlap
from inspector.ui.visit.photo_viewer import PhotoViewer


def _import(qtbot, editor, paths):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000):
        editor.photos.import_paths(paths)


def _viewer(qtbot, editor, index: int = 0) -> PhotoViewer:
    ids = [p.id for p in editor.session.data.photos]
    viewer = PhotoViewer(editor.session, ids, ids[index], editor)
    qtbot.addWidget(viewer)
    viewer.resize(1000, 760)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.image.pixmap is not None, timeout=5000)
    return viewer


def _stored(setup) -> dict[str, Photo]:  # type: ignore[no-untyped-def]
    with Profile(setup.data_dir) as profile:
        return {p.id: p for p in profile.records.of_visit(Photo, setup.visit_id)}


def _at(canvas, x: float, y: float) -> QPoint:  # type: ignore[no-untyped-def]
    """The widget point at fractions (x, y) of the picture."""
    r = canvas.image_rect()
    return QPoint(round(r.left() + x * r.width()), round(r.top() + y * r.height()))


def _drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def _close(a: list[float], b: list[float], tol: float = 0.006) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_boxes_drawn_moved_resized_and_removed_with_the_mouse(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    _import(qtbot, editor, make_photos(tmp_path / "p", 2, size=(800, 600)))
    viewer = _viewer(qtbot, editor)
    photo_id, other_id = viewer.photo_ids
    canvas = viewer.image

    _drag(qtbot, canvas, _at(canvas, 0.2, 0.3), _at(canvas, 0.4, 0.6))
    assert len(canvas.boxes) == 1 and _close(canvas.boxes[0], [0.2, 0.3, 0.2, 0.3])
    # Dragged by its middle it moves; dragged by its bottom-right corner it grows.
    _drag(qtbot, canvas, _at(canvas, 0.3, 0.45), _at(canvas, 0.5, 0.55))
    assert _close(canvas.boxes[0], [0.4, 0.4, 0.2, 0.3])
    _drag(qtbot, canvas, _at(canvas, 0.6, 0.7), _at(canvas, 0.7, 0.8))
    assert _close(canvas.boxes[0], [0.4, 0.4, 0.3, 0.4])
    # A second box, then a slip of the hand (a click) that draws nothing.
    _drag(qtbot, canvas, _at(canvas, 0.05, 0.05), _at(canvas, 0.15, 0.2))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, 0.9, 0.1))
    assert len(canvas.boxes) == 2
    wait_written(qtbot, editor)
    stored = _stored(setup)
    assert stored[photo_id].shows_faces and len(stored[photo_id].face_boxes) == 2
    assert _close(stored[photo_id].face_boxes[0], [0.4, 0.4, 0.3, 0.4])
    assert stored[other_id].face_boxes == []

    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, 0.1, 0.1))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    wait_written(qtbot, editor)
    assert [len(_stored(setup)[photo_id].face_boxes)] == [1]


def test_boxes_edited_with_the_keyboard_only(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    _import(qtbot, editor, make_photos(tmp_path / "p", 2, size=(800, 600)))
    viewer = _viewer(qtbot, editor)
    photo_id = viewer.photo_ids[0]
    canvas = viewer.image
    assert canvas.hasFocus()

    qtbot.keyClick(canvas, Qt.Key.Key_Insert)  # a box in the middle, selected
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.index == 0  # the arrows moved the box, not the viewer to the next photo
    assert _close(canvas.boxes[0], [0.42, 0.39, 0.2, 0.21], 0.0001)
    qtbot.keyClick(canvas, Qt.Key.Key_Insert)
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert _close(canvas.boxes[1], [0.4, 0.4, 0.19, 0.2], 0.0001)
    # Tab goes from box to box; Delete removes the one selected.
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected is None and viewer.isVisible()  # Escape let go, did not close
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == (BOX, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == (BOX, 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    wait_written(qtbot, editor)
    [box] = _stored(setup)[photo_id].face_boxes
    assert _close(box, [0.42, 0.39, 0.2, 0.21], 0.0001)
    # With no box selected the arrows go to the next photo again.
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert viewer.index == 1


def test_detector_proposals_are_accepted_or_rejected(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    folder = tmp_path / "p"
    folder.mkdir()
    face_jpeg(folder / "IMG_1.jpg", taken_at=datetime(2026, 3, 10, 11, 0), orientation=6)
    _import(qtbot, editor, [folder / "IMG_1.jpg"])
    viewer = _viewer(qtbot, editor)
    photo_id = viewer.photo_ids[0]
    canvas = viewer.image
    assert not viewer.accept_all.isVisible()
    qtbot.mouseClick(viewer.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(canvas.proposals), timeout=15000)
    assert viewer.accept_all.isVisible() and canvas.selected == (PROPOSAL, 0)
    [proposal] = canvas.proposals
    # The astronaut's face is in the upper middle of the portrait as shown.
    assert 0.25 < proposal[0] < 0.45 and 0.05 < proposal[1] < 0.25
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)  # rejected
    assert canvas.proposals == [] and canvas.boxes == []
    qtbot.mouseClick(viewer.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(canvas.proposals), timeout=15000)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # accepted
    assert canvas.proposals == [] and canvas.boxes == [proposal]
    wait_written(qtbot, editor)
    stored = _stored(setup)[photo_id]
    assert stored.shows_faces and len(stored.face_boxes) == 1
    # A face already marked is not proposed again.
    qtbot.mouseClick(viewer.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer._finding is None, timeout=15000)
    assert canvas.proposals == []
    assert overlap(canvas.boxes[0], proposal) == 1.0
