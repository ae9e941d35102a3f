"""Ticking "none of these" in the desktop app: the other boxes clear, and only sense is saved."""

from __future__ import annotations

import pytest
from builders import text as _t
from PySide6.QtCore import QPoint, Qt
from visit_support import CHECKLIST, editor_env, wait_written

from inspector.domain.checklist import parse_template
from inspector.services.visits import answer_values
from inspector.store.profile import Profile
from inspector.ui.visit.question_widgets import MultipleChoiceInput

PACKAGE = parse_template({
    "id": "probe", "version": 2, "kind": "psc", "title": _t("Проба"),
    "sections": [{"id": "pay", "title": _t("Оплата"), "questions": [
        {"id": "social_package", "type": "multiple_choice", "text": _t("Социальный пакет"),
         "options": [{"id": "transport", "text": _t("Оплата проезда")},
                     {"id": "sanatorium", "text": _t("Санаторно-курортное лечение")},
                     {"id": "none", "text": _t("Социального пакета нет"), "exclusive": True}]},
    ]}],
}).question("social_package")


@pytest.fixture
def package(qtbot):
    widget = MultipleChoiceInput(PACKAGE, "ru")
    qtbot.addWidget(widget)
    widget.show()
    emitted: list = []
    widget.edited.connect(emitted.append)
    return widget, emitted


def ticked(widget) -> list[str]:
    return [box.text() for box in widget.boxes if box.isChecked()]


def click(qtbot, box) -> None:
    # On the box itself: a check box stretched across the row answers only near its text.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_ticking_none_clears_the_items_in_one_change(qtbot, package):
    widget, emitted = package
    transport, sanatorium, none = widget.boxes
    click(qtbot, transport)
    click(qtbot, sanatorium)
    assert emitted == [["transport"], ["transport", "sanatorium"]]
    emitted.clear()
    click(qtbot, none)
    assert ticked(widget) == ["Социального пакета нет"]
    assert emitted == [["none"]]  # one change, never "transport, sanatorium, none" on the way


def test_ticking_an_item_clears_none_in_one_change(qtbot, package):
    widget, emitted = package
    transport, sanatorium, none = widget.boxes
    click(qtbot, none)
    emitted.clear()
    click(qtbot, sanatorium)
    assert ticked(widget) == ["Санаторно-курортное лечение"]
    assert emitted == [["sanatorium"]]
    click(qtbot, sanatorium)  # unticking the last box clears the answer
    assert emitted == [["sanatorium"], None]


def test_the_keyboard_follows_the_same_rule(qtbot, package):
    widget, emitted = package
    transport, _sanatorium, none = widget.boxes
    transport.setFocus()
    qtbot.keyClick(transport, Qt.Key.Key_Space)
    assert emitted == [["transport"]]
    qtbot.keyClick(transport, Qt.Key.Key_Tab)
    qtbot.keyClick(widget.boxes[1], Qt.Key.Key_Tab)
    assert widget.focusWidget() is none  # Tab still walks the boxes in order
    qtbot.keyClick(none, Qt.Key.Key_Space)
    assert ticked(widget) == ["Социального пакета нет"]
    assert emitted == [["transport"], ["none"]]
    qtbot.keyClick(transport, Qt.Key.Key_Space)
    assert ticked(widget) == ["Оплата проезда"]
    assert emitted == [["transport"], ["none"], ["transport"]]


def test_loading_an_answer_changes_nothing_and_emits_nothing(qtbot, package):
    widget, emitted = package
    widget.set_value(["none"])
    assert ticked(widget) == ["Социального пакета нет"]
    widget.set_value(["transport", "sanatorium"])
    assert ticked(widget) == ["Оплата проезда", "Санаторно-курортное лечение"]
    assert emitted == []


@pytest.fixture
def env(qtbot, tmp_path, monkeypatch):
    package = next(q for s in CHECKLIST["sections"] for q in s["questions"]
                   if q["id"] == "social_package")
    none = next(o for o in package["options"] if o["id"] == "none")
    monkeypatch.setitem(none, "exclusive", True)
    yield from editor_env(qtbot, tmp_path, monkeypatch)


def test_the_visit_saves_only_none_after_the_items_were_ticked(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    insurance, transport, none = editor.checklist.rows["social_package"].input.boxes
    click(qtbot, insurance)
    click(qtbot, transport)
    click(qtbot, none)
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        assert answer_values(profile, setup.visit_id)["social_package"] == ["none"]
    again = open_editor()
    assert [b.isChecked() for b in again.checklist.rows["social_package"].input.boxes] == [
        False, False, True]
