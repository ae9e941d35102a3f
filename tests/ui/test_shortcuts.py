"""Shortcuts and mnemonics that never collide: a key that two commands claim does nothing on
X11 ("ambiguous shortcut"), and two items of one menu with the same underlined letter make
Alt+letter pick the wrong one."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu
from shell_support import seed_profile

from inspector.ui.i18n import Translations

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def translations(qapp):
    made = Translations()
    yield made
    made.set_language("en")


def window_wide_keys(window) -> list[str]:
    keys = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if action.shortcutContext() in WINDOW_WIDE and not key.isEmpty():
                keys.append(key.toString())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE and not shortcut.key().isEmpty():
            keys.append(shortcut.key().toString())
    return keys


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_key_is_claimed_twice_and_no_menu_letter_repeats(qtbot, data_dir, open_window,
                                                            translations, lang):
    (visit_id, *_) = seed_profile(data_dir)
    translations.set_language(lang)
    window = open_window(lang=lang, translations=translations)
    for opened in (False, True):
        if opened:
            window.open_visit(visit_id)
            qtbot.waitUntil(window.editor.is_ready, timeout=5000)
        keys = window_wide_keys(window)
        assert [k for k, n in Counter(keys).items() if n > 1] == []
    bar = window.menuBar()
    titles = [mnemonic(a.text()) for a in bar.actions()]
    assert len(set(titles)) == len(titles), titles
    for menu in window.findChildren(QMenu):
        letters = [mnemonic(a.text()) for a in menu.actions() if a.text() and a.isVisible()]
        letters = [x for x in letters if x]
        assert [x for x, n in Counter(letters).items() if n > 1] == [], \
            (menu.title(), " | ".join(a.text() for a in menu.actions() if a.text()))
    # Answers carry no mnemonics: Alt+letter belongs to the menus (Alt+Н is «Настройки»).
    editor = window.editor
    for row in editor.checklist.rows.values():
        for button in getattr(row.input, "buttons", lambda: [])():
            assert "&" not in button.text()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_editors_letters_do_not_take_a_menus_letter(qtbot, data_dir, open_window,
                                                        translations, lang):
    (visit_id, *_) = seed_profile(data_dir)
    translations.set_language(lang)
    window = open_window(lang=lang, translations=translations)
    window.open_visit(visit_id)
    qtbot.waitUntil(window.editor.is_ready, timeout=5000)
    editor = window.editor
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    texts += [editor.complete_button.text()]
    letters = [m for m in map(mnemonic, texts) if m]
    assert [x for x, n in Counter(letters).items() if n > 1] == [], " | ".join(texts)
