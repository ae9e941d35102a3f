"""Texts that exist in every language the product speaks.

Two kinds, one call. The program's own fixed texts (reports, command line, messages, errors) are
English source texts marked with N_() and translated through the gettext catalogues in
resources/i18n/<lang>/LC_MESSAGES/inspector.po (extracted by Babel, `make i18n-update`; compiled
to .mo by `make i18n`; translators use Poedit or Weblate). Content that comes as data (checklist
templates, report layouts, regions) carries its own {"ru", "kk", "en"} mapping. `pick` says
either in a language chosen per call, so a report can be made in Kazakh while the window speaks
Russian. Qt widgets translate through Qt Linguist instead (ui/i18n.py). The terms both use are
fixed in resources/i18n/glossary.json.
"""

from __future__ import annotations

import gettext
import importlib.resources
from collections.abc import Mapping
from functools import cache
from typing import Any

LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
DOMAIN = "inspector"
"""The gettext domain: resources/i18n/<lang>/LC_MESSAGES/inspector.mo."""

Localized = Mapping[str, str]
"""A text in each of LANGUAGES, e.g. {"ru": "Да", "kk": "Иә", "en": "Yes"}: content from data."""


class Message(str):
    """A fixed English text of the program, the msgid `pick` looks up in the catalogues."""

    __slots__ = ()


def N_(text: str) -> Message:  # noqa: N802 - the name gettext's tools look for
    """Marks a fixed text for extraction (`pybabel extract -k N_`); translated when picked.

    Deferred rather than translated on the spot: the same constant is said in several languages
    in one process (a Kazakh report from a Russian window)."""
    return Message(text)


Text = Localized | Message
"""Anything `pick` can say: content with its own translations or a fixed text of the program."""


def locale_dir() -> str:
    return str(importlib.resources.files("inspector.resources") / "i18n")


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang`; without one (English, or `make i18n` not run) texts
    stay in English rather than failing."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, locale_dir(), languages=[lang], fallback=True)


def pick(text: Text | str | None, lang: str) -> str:
    """The text in `lang`: a fixed text through its catalogue, content from its own mapping
    (falling back to Russian, then to any language present)."""
    if not text:
        return ""
    if isinstance(text, str):
        return catalogue(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).gettext(text)
    return text.get(lang) or text.get(DEFAULT_LANGUAGE) or next(iter(text.values()), "")


def pick_all(values: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """Parameters of a message, ready for str.format in `lang`: every text among them (a fixed
    Message or content's mapping) said in that language, other values as they are."""
    return {k: pick(v, lang) if isinstance(v, Message | Mapping) else v for k, v in values.items()}


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
RECORD_NAMES: dict[str, Message] = {
    "facility": N_("institution"),
    "visit": N_("visit"),
    "answer": N_("answer"),
    "photo": N_("photo"),
    "interview": N_("interview"),
    "finding": N_("finding"),
    "template": N_("checklist"),
}

_SIZE_UNITS = (  # (bytes, text, decimals): a megabyte of photos reads «141,6 МБ», not «MiB»
    (1024 ** 3, N_("{n} GB"), 2),
    (1024 ** 2, N_("{n} MB"), 1),
)
_KILOBYTES = N_("{n} KB")


def decimal(value: float, decimals: int, lang: str) -> str:
    """A number with the language's decimal sign: «2,3» in Russian and Kazakh, "2.3" in English."""
    number = f"{value:.{decimals}f}"
    return number if lang == "en" else number.replace(".", ",")


def data_size(count: float, lang: str) -> str:
    """An amount of data moved, in the language's units and decimal sign; whole kilobytes below
    a megabyte (a sync of a few answers is «2 КБ», never «0 MB» or bytes)."""
    for unit, text, decimals in _SIZE_UNITS:
        if count >= unit:
            return pick(text, lang).format(n=decimal(count / unit, decimals, lang))
    return pick(_KILOBYTES, lang).format(n=int(-(-count // 1024)))
