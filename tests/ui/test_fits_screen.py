"""The window fits a 1366×768 laptop, also at 125 % scaling (1092 logical pixels wide), in
Kazakh, with a real 120-character official name: nothing is pushed off-screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from shell_support import seed_profile

from inspector.ui.i18n import Translations

LONG_NAME = ("Коммунальное государственное учреждение «Дом ребёнка № 2» управления "
             "здравоохранения Туркестанской области акимата города")
SCREENS = {"100 %": 1366, "125 %": 1366 * 100 // 125}


@pytest.fixture
def translations(qapp):
    made = Translations()
    yield made
    made.set_language("en")  # the QApplication outlives the test


def on_screen(widget: QWidget, window: QWidget) -> bool:
    right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
    return widget.isVisible() and widget.width() > 0 and right <= window.width()


@pytest.mark.parametrize("scale", SCREENS)
def test_list_and_editor_fit_with_a_long_name_in_kazakh(qtbot, data_dir, open_window,
                                                         translations, scale):
    assert len(LONG_NAME) >= 120
    width = SCREENS[scale]
    (visit_id,) = seed_profile(data_dir, [("baby_home", LONG_NAME, "turkistan", "draft",
                                           "2026-11-20")])
    translations.set_language("kk")
    window = open_window(lang="kk", translations=translations)
    window.resize(width, 768 * 100 // (125 if scale == "125 %" else 100))
    assert window.minimumSizeHint().width() <= width
    window.open_visit(visit_id)
    editor = window.editor
    qtbot.waitUntil(editor.is_ready, timeout=5000)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= width
    assert editor.minimumSizeHint().width() <= width
    assert window.width() <= width
    for button in (editor.complete_button, editor.status_chip):
        assert on_screen(button, window), button.objectName()
    assert editor.title.toolTip() == LONG_NAME  # the whole name, where it is cut
    editor.checklist.build_all()
    row = next(iter(editor.checklist.rows.values()))
    assert on_screen(row.photos, window) and on_screen(row.flag, window)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_list_filters_show_their_whole_choice_at_1366(qtbot, data_dir, open_window,
                                                          translations, lang):
    # «Все типы учре», «Мекемелердің», «Кез келген ма»: cut with 300 pixels free beside them.
    seed_profile(data_dir)
    translations.set_language(lang)
    window = open_window(lang=lang, translations=translations)
    window.resize(1366, 768)
    qtbot.wait(50)
    bar = window.list_page.filters
    for combo in (bar.kind, bar.region, bar.status, bar.period):
        text = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= text + 30, (combo.objectName(), combo.currentText())
