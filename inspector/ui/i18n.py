"""Translations of the window: Qt Linguist's inspector_<lang>.ts (one per language, regenerated
from inspector/ui by `make i18n-update`), compiled to .qm by `make i18n`, switched at runtime.

Source texts are English, so English needs no translator. For Russian and Kazakh
resources/i18n/inspector_<lang>.qm is installed plus Qt's own qtbase_<lang>.qm, which translates
standard buttons and dialogs. Installing a translator sends LanguageChange to every widget; each
one retranslates itself. Texts outside the widgets (reports, messages, errors) come from the
gettext catalogues instead (domain/text.py).
"""

from __future__ import annotations

import importlib.resources
import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from ..domain.text import LANGUAGES

log = logging.getLogger(__name__)

# Qt's file dialog, in texts its qtbase_kk.qm leaves untranslated: translated in
# inspector_<lang>.ts instead (Russian as qtbase_ru.qm has it). Named here so that lupdate, which
# drops every text it does not find in inspector/ui, keeps them.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "File"),
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Drive"),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    # Qt 6 spells these two with mnemonics, which qtbase_ru.qm (made for the old spelling) lacks;
    # the folder type in the list comes from the icon provider.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)


def i18n_dir() -> Path:
    return Path(str(importlib.resources.files("inspector.resources") / "i18n"))


def qm_files(lang: str) -> list[Path]:
    folder = i18n_dir()
    # Only the one catalogue: a .qm left from the old part files (shell_, editor_, ...) in a
    # checkout would be searched first and bring back their retired wordings.
    path = folder / f"inspector_{lang}.qm"
    return [path] if path.is_file() else []


class Translations:
    """Owns the installed translators; they must stay referenced or Qt drops them silently."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("translations are installed into a running QApplication")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        if lang == "en":
            # Removing translators sends LanguageChange too, so widgets return to English.
            return
        paths = qm_files(lang)
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        paths.append(qt_dir / f"qtbase_{lang}.qm")
        for path in paths:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s not loaded", path)

    def installed_files(self) -> list[str]:
        return [t.filePath() for t in self._installed]
