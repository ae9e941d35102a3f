"""Languages: Kazakh and Russian at runtime, nothing lost on the way, every text translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import QDialogButtonBox
from shell_support import type_text

from inspector.ui import main_window as main_window_module
from inspector.ui.i18n import Translations, qm_files
from inspector.ui.visit_list import INSTITUTION, KIND

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture
def translations(qapp):
    made = Translations()
    yield made
    made.set_language("en")  # the QApplication outlives the test


def texts(window):
    a = window.commands
    return {"file": a.file_menu.title(), "edit": a.edit_menu.title(),
            "new": a.new_visit.text(), "undo": a.undo.text(),
            "create": window.list_page.empty.create_button.text(),
            "header": window.list_page.model.headerData(INSTITUTION, Qt.Orientation.Horizontal)}


def test_translators_are_installed_for_all_parts_and_qt(translations):
    assert qm_files("kk"), "run `make i18n` first"
    translations.set_language("kk")
    installed = translations.installed_files()
    assert any(path.endswith("inspector_kk.qm") for path in installed)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert f"{qt_dir}/qtbase_kk.qm" in installed
    assert _standard_buttons() == {"Сақтау", "Бас тарту"}  # Qt's own buttons speak Kazakh
    translations.set_language("ru")
    assert _standard_buttons() == {"Сохранить", "Отмена"}
    translations.set_language("en")
    assert translations.installed_files() == []
    assert _standard_buttons() == {"Save", "Cancel"}


def _standard_buttons() -> set[str]:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    return {button.text() for button in box.buttons()}


def test_switch_to_kazakh_and_back_to_russian(qtbot, seeded, open_window, translations):
    translations.set_language("ru")
    window = open_window(lang="ru", translations=translations)
    qtbot.waitUntil(lambda: window.commands.new_visit.text() == "&Новый визит…", timeout=2000)
    assert window.commands.file_menu.title() == "&Файл"

    window.set_language("kk")
    qtbot.waitUntil(lambda: window.commands.new_visit.text() == "&Жаңа сапар…", timeout=2000)
    assert texts(window) == {"file": "&Файл", "edit": "Ө&ңдеу", "new": "&Жаңа сапар…",
                             "undo": "Жоюды &болдырмау", "create": "Алғашқы сапарды құру",
                             "header": "Мекеме"}
    assert window.commands.help_menu.title() == "&Анықтама"
    model = window.list_page.model
    kinds = {model.index(r, KIND).data() for r in range(model.rowCount())}
    assert "ХҚКО" in kinds and "Сәби үйі" in kinds  # names from data follow the language
    assert window.list_page.filters.kind.itemText(0) == "Мекемелердің барлық түрлері"

    window.set_language("ru")
    qtbot.waitUntil(lambda: window.commands.new_visit.text() == "&Новый визит…", timeout=2000)
    assert texts(window)["create"] == "Создать первый визит"
    assert texts(window)["header"] == "Учреждение"
    assert "ЦОН" in {model.index(r, KIND).data() for r in range(model.rowCount())}


def test_language_switch_keeps_typed_text_and_tells_the_editor(qtbot, seeded, open_window,
                                                              translations, monkeypatch):
    told = []

    class FakeEditor(main_window_module._EditorPlaceholder):  # the editor's face, no content
        def set_language(self, lang):
            told.append(lang)

    monkeypatch.setattr(main_window_module, "_make_editor", lambda *args: FakeEditor(args[1]))
    window = open_window(lang="en", translations=translations)
    window.open_visit(seeded[0])
    dialog = window.new_visit()
    type_text(dialog.name, "Дом ребёнка №2")
    window.set_language("kk")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Жаңа сапар", timeout=2000)
    assert dialog.name.text() == "Дом ребёнка №2"
    assert dialog.create_button.text() == "Сапар құру"
    assert told == ["kk"]
    dialog.done(0)  # closed without the question about the typed text


def test_settings_dialog_switches_the_language(qtbot, open_window, translations):
    window = open_window(lang="en", translations=translations)
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    type_text(dialog.deputy_name, "Г. Баймаханова")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.commands.new_visit.text() == "&Жаңа сапар…", timeout=2000)
    assert window.settings.language == "kk"
    assert window.settings.deputy_name == "Г. Баймаханова"


def test_the_search_result_count_speaks_russian_and_kazakh(qtbot, seeded, open_window,
                                                           translations):
    translations.set_language("kk")
    window = open_window(lang="kk", translations=translations)
    type_text(window.list_page.filters.search, "шапагат")
    qtbot.waitUntil(lambda: window.list_page.search_result.isVisible(), timeout=3000)
    assert window.list_page.search_result.text().startswith("Табылған сапарлар: 1")
    translations.set_language("ru")
    window.list_page.filters.search.clear()
    type_text(window.list_page.filters.search, "ребенка")  # ё typed as е
    qtbot.waitUntil(lambda: window.list_page.search_result.text().startswith(
        "Найдено визитов: 1"), timeout=3000)


@pytest.mark.parametrize(("lang", "title", "words"), [
    ("ru", "Как работать с «Инспектором»", "Новый визит"),
    ("kk", "«Инспектормен» қалай жұмыс істеу керек", "Жаңа сапар"),
    ("en", "How to work with Inspector", "New visit"),
])
def test_help_has_a_guide_and_about_says_version_and_data_folder(
        qtbot, open_window, translations, data_dir, lang, title, words):
    from inspector import __version__
    from inspector.ui.help_dialog import GuideDialog, about_text

    translations.set_language(lang)
    window = open_window(lang=lang, translations=translations)
    window.commands.guide.trigger()
    dialog = window.findChild(GuideDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.windowTitle() == title
    assert words in dialog.text.toPlainText()
    dialog.done(0)
    text = about_text(window.runner.data_dir)
    assert __version__ in text and str(window.runner.data_dir) in text
    if lang != "en":
        assert "Mazhilis" not in text and "Version" not in text  # all of it translated


def test_the_list_window_fits_a_1366_pixel_screen_in_kazakh(qtbot, seeded, open_window,
                                                             translations):
    translations.set_language("kk")
    window = open_window(lang="kk", translations=translations)
    assert window.minimumSizeHint().width() <= 1366
    assert window.list_page.filters.minimumSizeHint().width() <= 1366 - 40


@pytest.mark.parametrize(("lang", "start"), [("ru", "Что-то пошло не так: "),
                                             ("kk", "Бірдеңе дұрыс болмады: ")])
def test_an_unexpected_failure_is_told_in_the_persons_language(qtbot, translations, lang, start):
    from inspector.ui.ops import present_failure

    translations.set_language(lang)
    box = present_failure(None, OSError(28, "No space left on device"), lang)
    assert box.text().startswith(start) and "No space left on device" in box.text()
    box.close()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_settings_hint_is_read_whole(qtbot, open_window, translations, lang):
    """«Если указан, отчёты подписываютс…»: a placeholder wider than its field was cut, and at
    1366×768 the dialog opens at its natural size."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    translations.set_language(lang)
    window = open_window(lang=lang, translations=translations)
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60
    for field in dialog.findChildren(QLineEdit):
        room = field.contentsRect().width() - 2 * field.style().pixelMetric(
            field.style().PixelMetric.PM_DefaultFrameWidth) - 8
        text = field.placeholderText()
        assert field.fontMetrics().horizontalAdvance(text) <= room, (field.objectName(), text)
    hints = [label for label in dialog.findChildren(QLabel) if label.objectName() == "hint"]
    assert len(hints) == 3 and all(h.wordWrap() and h.text() for h in hints)
    # the reader still learns what the signing key does, under its field
    assert any("RFC 3161" in h.text() for h in hints)
    dialog.reject()
