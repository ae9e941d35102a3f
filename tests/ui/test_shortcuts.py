"""Shortcuts and mnemonics that never collide: a key that two commands claim does nothing on
X11 ("ambiguous shortcut"), and two items of one menu with the same underlined letter make
Alt+letter pick the wrong one."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)
from shell_support import seed_profile

from inspector.ui.facility_history import FacilityHistoryDialog
from inspector.ui.help_dialog import GuideDialog
from inspector.ui.i18n import Translations
from inspector.ui.inquiry_dialogs import NewInquiryDialog

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
WIDGET_TREE = Qt.ShortcutContext.WidgetWithChildrenShortcut


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


# --- every window: a key claimed twice where it is pressed does nothing --------------------


def _action_windows(action: QAction) -> set[QWidget]:
    """The windows in which an action's shortcut answers: those of the widgets it was added to
    (a menu's actions answer where the menu itself is shown)."""
    windows: set[QWidget] = set()
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            windows |= _action_windows(owner.menuAction())
        elif isinstance(owner, QWidget):
            windows.add(owner.window())
    return windows


def claims_per_window() -> dict[QWidget, list[tuple[str, str, QWidget | None]]]:
    """Every key claimed in each open window: (key, who claims it, the widget whose focus it
    needs or None for the whole window). Actions count even while disabled (they are enabled
    later in the same window); buttons, labels' buddies and tabs count while they are shown."""
    claims: dict[QWidget, list[tuple[str, str, QWidget | None]]] = {}

    def claim(window: QWidget, key: QKeySequence, who: str, scope: QWidget | None) -> None:
        if not key.isEmpty():
            claims.setdefault(window, []).append((key.toString(), who, scope))

    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    actions = {id(a): a for top in tops for a in top.findChildren(QAction)}
    for action in actions.values():
        if not shiboken6.isValid(action):  # a widget's own action (a line edit's) just gone
            continue
        context = action.shortcutContext()
        for window in _action_windows(action):
            if not window.isVisible():
                continue
            scope = action.parent() if context == WIDGET_TREE else None
            if context in WINDOW_WIDE or context == WIDGET_TREE:
                for key in action.shortcuts():
                    claim(window, key, f"action {action.text()!r}", scope)
    shortcuts = {id(s): s for top in tops for s in top.findChildren(QShortcut)}
    for shortcut in shortcuts.values():
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.isVisible() and shortcut.isEnabled():
            scope = parent if shortcut.context() == WIDGET_TREE else None
            if shortcut.context() in WINDOW_WIDE or shortcut.context() == WIDGET_TREE:
                claim(parent.window(), shortcut.key(), "shortcut", scope)

    def alt(widget: QWidget, text: str, who: str) -> None:
        letter = mnemonic(text)
        if letter:
            claim(widget.window(), QKeySequence(f"Alt+{letter.upper()}"), f"{who} {text!r}", None)

    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.window(), widget.shortcut(), f"button {widget.text()!r}", None)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            alt(widget, widget.text(), "label")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    alt(widget, widget.tabText(i), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                alt(widget, action.text(), "menu")
    return claims


def _overlap(a: QWidget | None, b: QWidget | None) -> bool:
    return a is None or b is None or a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def ambiguous_keys() -> list[str]:
    """Keys two claimants hold in one window where both answer at once."""
    found = []
    for window, claims in claims_per_window().items():
        for i, (key, who, scope) in enumerate(claims):
            for other_key, other, other_scope in claims[i + 1:]:
                if key.casefold() == other_key.casefold() and _overlap(scope, other_scope):
                    found.append(f"{window.windowTitle()!r}: {key} = {who} / {other}")
    return sorted(set(found))


def _settle(qtbot) -> None:
    qtbot.wait(50)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_window_has_a_key_that_two_commands_claim(qtbot, data_dir, open_window,
                                                     translations, lang):
    """The main window, the editor on each of its tabs and every window opened from them:
    settings, a new visit, the inquiry register and its new inquiry, the institution's history,
    the guide and the records to review; the editor of a completed and of a draft visit. Ctrl+N
    in the register did nothing while its button's text took the shortcut away; two Alt+letters
    in one window make the key pick the wrong one (or open a menu instead of pressing it)."""
    (completed, draft, *_) = seed_profile(data_dir)
    translations.set_language(lang)
    window = open_window(lang=lang, translations=translations)
    seen: list[str] = []

    def check(where: str) -> None:
        _settle(qtbot)
        seen.extend(f"[{where}] {k}" for k in ambiguous_keys())

    check("list")
    for opener in (window.open_settings, window.new_visit):
        dialog = opener()
        check(type(dialog).__name__)
        dialog.reject()
    window.show_guide()
    check("guide")
    window.findChild(GuideDialog).reject()
    window.list_page.table.selectRow(0)
    window.show_facility_history()
    qtbot.waitUntil(lambda: window.findChild(FacilityHistoryDialog) is not None, timeout=5000)
    check("history")
    window.findChild(FacilityHistoryDialog).reject()
    review = window.sync.open_review()
    check("review")
    review.reject()
    register = window.show_inquiries()
    check("register")
    register.new_inquiry()
    new_inquiry = register.findChild(NewInquiryDialog)
    check("new inquiry")
    new_inquiry.reject()
    register.close()
    for visit in (completed, draft):
        window.open_visit(visit)
        qtbot.waitUntil(window.editor.is_ready, timeout=5000)
        tabs = window.editor.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            if tabs.currentWidget() is window.editor.findings:
                window.editor.findings.list.setCurrentRow(0)
            check(f"editor tab {tabs.tabText(i)}")
        window.show_list()
    assert seen == [], "\n".join(seen)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_alt_letter_is_on_the_persons_keyboard(lang):
    """With a Russian or Kazakh layout on, the key under «E» types «у»: a translated label
    whose mnemonic is a Latin letter («Экспорт в &Excel») cannot be pressed at all."""
    import re
    import xml.etree.ElementTree as ET

    from inspector.ui.i18n import i18n_dir

    latin = []
    for context in ET.parse(i18n_dir() / f"inspector_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] \
                or [translation.text or ""]
            for text in forms:
                if re.search(r"&[A-Za-z]", text.replace("&&", "")):
                    latin.append(f"{context.findtext('name')}: {text}")
    assert latin == []
