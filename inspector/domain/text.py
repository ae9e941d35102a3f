"""Texts that exist in every language the product speaks."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"

Localized = Mapping[str, str]
"""A text in each of LANGUAGES, e.g. {"ru": "Да", "kk": "Иә", "en": "Yes"}."""


def pick(text: Localized | None, lang: str) -> str:
    """The text in `lang`, falling back to Russian, then to any language present."""
    if not text:
        return ""
    return text.get(lang) or text.get(DEFAULT_LANGUAGE) or next(iter(text.values()), "")


def day(iso: str | None) -> str:
    """An ISO date (or a timestamp's date) as 09.09.2020, the way Kazakh official papers write
    dates in every language; anything that is not such a date as it is."""
    iso = iso or ""
    parts = iso[:10].split("-")
    if [len(part) for part in parts] == [4, 2, 2] and all(part.isdigit() for part in parts):
        return ".".join(reversed(parts))
    return iso


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


# What each kind of record is called, for messages and listings a person reads.
RECORD_NAMES: dict[str, dict[str, str]] = {
    "facility": {"ru": "учреждение", "kk": "мекеме", "en": "institution"},
    "visit": {"ru": "визит", "kk": "сапар", "en": "visit"},
    "answer": {"ru": "ответ", "kk": "жауап", "en": "answer"},
    "photo": {"ru": "фотография", "kk": "фотосурет", "en": "photo"},
    "interview": {"ru": "интервью", "kk": "сұхбат", "en": "interview"},
    "finding": {"ru": "вывод", "kk": "тұжырым", "en": "finding"},
    "template": {"ru": "лист проверки", "kk": "тексеру парағы", "en": "checklist"},
}
