"""Errors a user may see: each one knows how to say itself in ru, kk and en."""

from __future__ import annotations

from .text import DEFAULT_LANGUAGE, RECORD_NAMES, Localized, pick


class InspectorError(Exception):
    """Base of every error shown to a user.

    Subclasses set `texts`: a message per language, formatted with the keyword arguments given to
    the constructor. The English text is also the exception's str(), for logs and tracebacks.
    """

    texts: Localized = {"ru": "Ошибка: {detail}", "kk": "Қате: {detail}", "en": "Error: {detail}"}

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return pick(self.texts, lang).format(**self.params)


class NotFound(InspectorError):
    texts = {
        "ru": "Не найдено ({what}): {id}",
        "kk": "Табылмады ({what}): {id}",
        "en": "Not found ({what}): {id}",
    }

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        what = str(self.params.get("what", ""))
        return pick(self.texts, lang).format(id=self.params.get("id", ""),
                                            what=pick(RECORD_NAMES.get(what), lang) or what)


class InvalidInput(InspectorError):
    texts = {
        "ru": "Неверные данные: {detail}",
        "kk": "Деректер қате: {detail}",
        "en": "Invalid input: {detail}",
    }


class ExportCancelled(InspectorError):
    """A person pressed Cancel: no file was written (every export writes beside its target and
    renames only when complete)."""

    texts = {
        "ru": "Экспорт отменён; файл не записан",
        "kk": "Экспорт тоқтатылды; файл жазылмады",
        "en": "Export cancelled; no file was written",
    }
