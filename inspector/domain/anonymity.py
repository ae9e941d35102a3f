"""Anonymity that survives a small institution: what may be said of one interviewee, and how.

In a home with forty staff, «медсестра, стаж 2,3 года, 25–34, на руки 142 000 тг, болела COVID,
собирается уйти» names the nurse to her director as surely as her name would. So, for anyone
who did not agree to be named:

- the years of service and the age are said as bands, never exactly;
- the answers that are most telling and most dangerous for the person — pay, health, plans to
  leave — are never printed per person, only aggregated over the interviewees who answered
  («3 из 4 опрошенных…», a median and a range), and not at all when fewer than MIN_GROUP did;
- free text is searched for what looks like a name before it leaves the app.

Every report, export and proposal asks this module, so the rule is the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from .checklist import Question, QuestionType
from .text import N_, Text, pick

MIN_GROUP = 3  # fewer interviewees than this: an "aggregate" is one person's answer, withheld

# Interview questions whose per-person answer could hurt the person who gave it (health, plans
# to leave) beside those of type money, which are always aggregate-only.
AGGREGATE_ONLY_IDS = frozenset({
    "wage_net_monthly", "infected_at_work", "felt_at_risk", "plans_to_leave", "health_problems",
    "sick_leave_days",
})
TENURE_IDS = ("tenure_years", "experience_years", "years_of_service")
AGE_IDS = ("age_years", "age")


def aggregate_only(question: Question) -> bool:
    """Whether the question's answers are shown only aggregated over interviewees."""
    return question.type == QuestionType.MONEY or question.id in AGGREGATE_ONLY_IDS


@dataclass(frozen=True)
class Band:
    key: str
    low: float  # inclusive
    high: float | None  # exclusive; None: no upper end
    label: Text


TENURE_BANDS: tuple[Band, ...] = (
    Band("under_1", 0, 1, N_("under 1 year")),
    Band("1_3", 1, 3, N_("1–3 years")),
    Band("3_5", 3, 5, N_("3–5 years")),
    Band("5_10", 5, 10, N_("5–10 years")),
    Band("10_plus", 10, None, N_("over 10 years")),
)
# The same bands as the interview form's own age question (age_band), for an exact age.
AGE_BANDS: tuple[Band, ...] = (
    Band("under_25", 0, 25, N_("under 25")),
    Band("25_34", 25, 35, N_("25–34")),
    Band("35_44", 35, 45, N_("35–44")),
    Band("45_54", 45, 55, N_("45–54")),
    Band("55_plus", 55, None, N_("55 and over")),
)


def band_of(value: Any, bands: Sequence[Band]) -> Band | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number < 0:
        return None
    for band in bands:
        if number >= band.low and (band.high is None or number < band.high):
            return band
    return None


def tenure_band(years: Any, lang: str) -> str | None:
    """«3–5 лет» for 4.2 years of service; None when there is no usable figure."""
    band = band_of(years, TENURE_BANDS)
    return pick(band.label, lang) if band else None


def age_band(age: Any, lang: str) -> str | None:
    band = band_of(age, AGE_BANDS)
    return pick(band.label, lang) if band else None


@dataclass(frozen=True)
class NumberSpread:
    """What may be said of a figure over several interviewees: how many answered, and — only when
    they are at least MIN_GROUP — the median and the range."""

    answered: int
    median: float | None = None
    low: float | None = None
    high: float | None = None

    @property
    def suppressed(self) -> bool:
        return self.median is None


def spread(values: Iterable[Any]) -> NumberSpread:
    numbers = []
    for value in values:
        if isinstance(value, bool) or value in (None, ""):
            continue
        try:
            numbers.append(float(value))
        except (TypeError, ValueError):
            continue
    if len(numbers) < MIN_GROUP:
        return NumberSpread(len(numbers))
    return NumberSpread(len(numbers), median(numbers), min(numbers), max(numbers))


def choice_counts(values: Iterable[Any]) -> tuple[dict[str, int], int]:
    """(option -> how many interviewees chose it, how many answered); a list answer counts once
    for each option in it."""
    counts: dict[str, int] = {}
    answered = 0
    for value in values:
        if value in (None, "", []):
            continue
        answered += 1
        for option in value if isinstance(value, list) else [value]:
            counts[str(option)] = counts.get(str(option), 0) + 1
    return counts, answered


# --- names in free text ---------------------------------------------------------------------

_UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "а-яёәғқңөұүһі"
_WORD = f"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
# Russian patronymics (Сериковна, Ахметович, Ильинична) and Kazakh ones (Серік ұлы, Асан қызы).
_PATRONYMIC = re.compile(
    rf"\b(?:{_WORD}\s+)?[{_UP}][{_LOW}]+(?:ович|евич|ьич|овна|евна|ична|инична)\b"
    rf"|\b[{_UP}][{_LOW}]+\s+(?:ұлы|улы|қызы|кызы)\b")
# A surname with initials either side: «Иванова А.С.», «А. С. Иванова», «Ахметов Б.».
_INITIALS = re.compile(
    rf"\b{_WORD}\s+[{_UP}]\.\s?(?:[{_UP}]\.)?|\b[{_UP}]\.\s?(?:[{_UP}]\.\s?)?{_WORD}")
# A capitalised word with a surname's ending next to another capitalised word: «Жанар Секретова».
_SURNAME_END = "(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ский|ская|цкий|цкая|енко|ук|юк)"
_FULL_NAME = re.compile(
    rf"\b{_WORD}\s+[{_UP}][{_LOW}]*{_SURNAME_END}\b|\b[{_UP}][{_LOW}]*{_SURNAME_END}\s+{_WORD}")


def names_in(text: str, known_names: Iterable[str] = (),
             allowed: Iterable[str] = ()) -> list[str]:
    """What in `text` looks like a person's name, in the order found.

    `known_names` are names the visit recorded (an interviewee's name field): each of their words
    of three letters or more is looked for. `allowed` are names that may appear (the deputies and
    the visit's participants, who are public): a match inside one of them is not reported.
    """
    if not text:
        return []
    for name in allowed:  # blanked out, so no pattern reads a public name or half of one
        if name:
            text = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), text,
                          flags=re.IGNORECASE)
    spans: list[tuple[int, int]] = []
    for pattern in (_PATRONYMIC, _INITIALS, _FULL_NAME):
        spans += [m.span() for m in pattern.finditer(text)]
    for name in known_names:
        for word in str(name or "").split():
            word = word.strip(".,;:«»\"'()")
            if len(word) < 3:
                continue
            spans += [m.span() for m in re.finditer(
                rf"(?<![{_LOW}{_UP}]){re.escape(word)}(?![{_LOW}{_UP}])", text, re.IGNORECASE)]
    # Overlapping matches are one name: «Петренко Иван» and «Иван Иванович» are one person.
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    result: list[str] = []
    for start, end in merged:
        said = text[start:end].strip()
        if said and said not in result:
            result.append(said)
    return result


# --- the person's gender, for «назван(а) с согласия» ------------------------------------------

_FEMALE = re.compile(rf"(?:овна|евна|ична|инична)\b|\b(?:қызы|кызы)\b"
                     rf"|[{_LOW}](?:ова|ева|ёва|ина|ына|ская|цкая)\b", re.IGNORECASE)
_MALE = re.compile(rf"(?:ович|евич|ьич)\b|\b(?:ұлы|улы)\b"
                   rf"|[{_LOW}](?:ов|ев|ёв|ин|ын|ский|цкий)\b", re.IGNORECASE)


def gender_of_name(name: str) -> str | None:
    """"f", "m" or None, from a patronymic or a surname's ending; None when the name says
    nothing (most Kazakh given names alone) or says both."""
    female, male = bool(_FEMALE.search(name or "")), bool(_MALE.search(name or ""))
    if female == male:
        return None
    return "f" if female else "m"
