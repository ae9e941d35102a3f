"""Dates as people type them: one parser for every date field of the window.

Kazakh official papers write 09.09.2020; people also type 9-9-2020 or 9/9/2020, and the ISO form
comes from pasted exports. The text is read as typed, day first: the parser never carries an
impossible day into the next month (31.11 is an error, not 01.12), so what the field shows is
what was meant.
"""

from __future__ import annotations

import re
from datetime import date

from .errors import InspectorError
from .text import N_

_DAY_FIRST = re.compile(r"(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class NotADate(InspectorError):
    texts = N_("Enter a date as DD.MM.YYYY, e.g. 28.11.2026")


def parse_day(text: str) -> date | None:
    """The date `text` stands for; None for an empty text; NotADate when it is no real date.

    A two-digit year is this century's (26 → 2026): nobody records visits from the 1900s.
    """
    text = text.strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        typed = _DAY_FIRST.fullmatch(text)
        if typed is None:
            raise NotADate()
        day, month = int(typed.group(1)), int(typed.group(2))
        year = int(typed.group(3))
        if len(typed.group(3)) == 2:
            year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate() from None


def format_day(value: date | None) -> str:
    """A date as a field shows it: 28.11.2026 (the form parse_day reads first)."""
    return value.strftime("%d.%m.%Y") if value else ""
