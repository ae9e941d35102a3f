"""Every text the window's code hands to tr() has a Russian and a Kazakh translation: a new
string without one would show up in English in the middle of a Kazakh window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from inspector.ui.i18n import i18n_dir

UI = Path(__file__).resolve().parents[2] / "inspector" / "ui"


def messages(path: Path, *, translated: bool = True) -> set[tuple[str, str]]:
    """(context, source) of the file's messages; with `translated`, only those translated."""
    root = ET.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")
            if not translated or "".join(message.find("translation").itertext()).strip()}


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    target = tmp_path_factory.mktemp("lupdate") / "all.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(target)], check=True, capture_output=True)
    return messages(target, translated=False)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_ui_text_has_a_translation(in_code, lang):
    translated = set().union(*(messages(p) for p in i18n_dir().glob(f"*_{lang}.ts")))
    assert len(in_code) > 300
    assert sorted(in_code - translated) == []


# As Qt 6's file dialog spells them: its form says «&Look in:» and «Files of &type:», which
# qtbase_ru.qm (made for «Look in:») does not translate, and «Folder» in the type column.
QT_FILE_DIALOG = [("QFileDialog", text) for text in (
    "&Look in:", "Files of &type:", "File &name:", "&Open", "Unknown", "My Computer")] + [
    ("QAbstractFileIconProvider", "Folder"), ("QPlatformTheme", "Cancel")]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_qts_file_dialog_speaks_the_language(qapp, lang):
    from PySide6.QtCore import QCoreApplication

    from inspector.ui.i18n import Translations

    translations = Translations()
    translations.set_language(lang)
    try:
        english = [text for context, text in QT_FILE_DIALOG
                   if QCoreApplication.translate(context, text) == text]
        assert english == []
    finally:
        translations.set_language("en")


PLURAL_FORMS = {"ru": 3, "kk": 2}  # Qt's plural rules for these languages


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_count_has_each_plural_form_of_the_language(lang):
    for path in i18n_dir().glob(f"*_{lang}.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            if message.get("numerus") == "yes":
                forms = [f for f in message.find("translation").iter("numerusform")
                         if (f.text or "").strip()]
                assert len(forms) == PLURAL_FORMS[lang], (path.name, message.findtext("source"))


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_file_dialog_a_deputy_sees_has_no_english_word(qtbot, tmp_path, lang):
    """What the Save dialog of an export shows: its labels, buttons and the type of a folder."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    from inspector.ui.i18n import Translations

    (tmp_path / "photos").mkdir()
    translations = Translations()
    translations.set_language(lang)
    try:
        dialog = QFileDialog(None, "", str(tmp_path), "Excel (*.xlsx)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.show()
        view = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1, timeout=5000)
        shown = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        texts = [w.text() for w in shown if w.isVisible()]
        texts.append(view.model().index(0, 2, view.rootIndex()).data())
        texts += [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        english = [t for t in texts if re.search(r"[A-Za-z]{3,}", t.replace("Excel", ""))]
        assert english == []
    finally:
        translations.set_language("en")
