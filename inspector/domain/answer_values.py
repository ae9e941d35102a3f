"""Numbers and money as people type and read them: one parser and one formatter for everyone.

The editor, the interview form, the command line, the reports and the exports all read a typed
«85 тыс» or «1,2 млн» through parse_number and print a stored value through format_number, so the
screen, the store and the paper can never disagree about what a figure is.

Separators: spaces (also no-break ones) group digits in threes; a single comma or point is the
decimal mark («85 000,50», «12.5»); the same mark repeated groups thousands («1.200.000»,
«1,200,000»); with both present, the last one is the decimal mark («1,200.50», «1.200,50»).
"""

from __future__ import annotations

import re
from typing import Any

from .errors import InspectorError
from .text import N_

# Words that multiply: ru, kk and en, with the abbreviations deputies actually write.
_MULTIPLIERS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern), factor) for pattern, factor in (
        (r"(тыс|тысяч[аи]?|тыщ|мың|k|thousands?)", 1_000),
        (r"(млн|миллион(а|ов)?|миллиондар?|m|mln|millions?)", 1_000_000),
        (r"(млрд|миллиард(а|ов)?|миллиардтар?|bn|billions?)", 1_000_000_000),
    ))
# Currency marks a person may add to a money answer; the field already says it is tenge.
_CURRENCY = re.compile(r"(тг|тенге|теңге|₸|kzt|tg|tenge)\.?$")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_NUMBER = re.compile(r"[+-]?[\d.,]*\d[\d.,]*|[+-]?[.,]\d+")
_GROUPED = re.compile(r"\d{1,3}( \d{3})+([.,]\d+)?")


# «Нет данных»: a figure the institution did not give. Stored as this object (never 0, never
# empty): an answer, so the question counts as answered, but no number, so it is never a
# problem, never meets or fails a norm and prints as NO_DATA_TEXT. A JSON object so that no text
# or number answer can be mistaken for it; the sync door accepts exactly this object.
NO_DATA_KEY = "no_data"
NO_DATA_TEXT = N_("no data")
NO_DATA_HELP = N_("The institution did not give this figure")


def no_data() -> dict[str, bool]:
    """A fresh «нет данных» answer (a new object each time: stored values are mutable)."""
    return {NO_DATA_KEY: True}


def is_no_data(value: Any) -> bool:
    # `is True`: {"no_data": 1} equals {"no_data": True} in Python, but it is not what a form
    # writes, so the door refuses it rather than reading it as «нет данных».
    return isinstance(value, dict) and len(value) == 1 and value.get(NO_DATA_KEY) is True


class InvalidAnswer(InspectorError, ValueError):
    """What was entered is not an answer to this question; says why and what to enter."""

    texts = N_("This is not an answer to this question: {detail}")


class NotANumber(InvalidAnswer):
    texts = N_("Only a number can be entered here, e.g. 25, 12.5, 85,000 or 85k")


class NotWhole(InvalidAnswer):
    texts = N_("Enter a whole number, without a fraction")


class BelowMinimum(InvalidAnswer):
    texts = N_("The number cannot be less than {low}: check what was entered")


class MoneyBelowMinimum(BelowMinimum):
    """A sum too small to be meant: most often thousands typed without «тыс»."""

    texts = N_("The sum cannot be less than {low} KZT. If you meant thousands, enter “{typed}k”")


class AboveMaximum(InvalidAnswer):
    texts = N_("The number cannot be more than {high}: check for extra digits")


def parse_number(value: Any, *, suffixes: tuple[str, ...] = ()) -> float | None:
    """The number in what a person typed, or None if it is not one.

    `suffixes` are words the field already shows after the number (its unit, the currency) and
    that a person may type again; they are ignored.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value).strip().casefold()
    text = _strip_suffixes(text, suffixes)
    factor = 1
    for pattern, multiplier in _MULTIPLIERS:
        match = re.fullmatch(rf"(.*\d)\s*{pattern.pattern}\.?", text)
        if match:
            text, factor = match.group(1), multiplier
            break
    number = _plain_number(text)
    if number is None:
        return None
    # round(): 1,1 млн is 1 100 000, not 1 100 000.0000000002
    return round(number * factor, 6) if factor != 1 else number


def _strip_suffixes(text: str, suffixes: tuple[str, ...]) -> str:
    text = _CURRENCY.sub("", text).strip()
    for suffix in suffixes:
        suffix = suffix.casefold().strip()
        if suffix and text.endswith(suffix) and len(text) > len(suffix):
            text = text[:-len(suffix)].strip()
    return text


def _plain_number(text: str) -> float | None:
    if " " in text:
        sign = text[0] if text[:1] in "+-" else ""
        if not _GROUPED.fullmatch(text[len(sign):].strip()):
            return None
        text = sign + text[len(sign):].replace(" ", "")
    if not _NUMBER.fullmatch(text):
        return None
    commas, points = text.count(","), text.count(".")
    if commas and points:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        if text.count(decimal) > 1:
            return None
        text = text.replace(group, "").replace(decimal, ".")
    elif commas > 1 or points > 1:
        if not re.fullmatch(r"[+-]?\d{1,3}([.,]\d{3})+", text):
            return None
        text = text.replace(",", "").replace(".", "")
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def format_number(value: Any, lang: str = "ru") -> str:
    """Digits grouped by a no-break space; a decimal comma in Russian and Kazakh, a point in
    English; at most two decimals, none when the value is whole (so 85000 reads «85 000»)."""
    number = parse_number(value)
    if number is None:
        return str(value)
    whole = number == int(number)
    text = f"{int(number):,}" if whole else f"{number:,.2f}".rstrip("0").rstrip(".")
    text = text.replace(",", "\u00a0")
    return text if lang == "en" else text.replace(".", ",")


def format_bound(value: float) -> str:
    """A bound in a message: «1 000 000», never «1e+06»."""
    return format_number(value).replace("\u00a0", " ")
