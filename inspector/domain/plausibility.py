"""Soft checks across answers, declared in the template (its "plausibility" block): a part
larger than its whole — filled posts above the staffing table, occupancy above capacity, a
minimum wage above the average, take-home pay above the accrued sum — is shown as a warning on
the part's card. One evaluator for every screen; it never blocks completing a visit.

A template version is immutable once a server has it, so versions written before the rules
were (checklists v1-v3, interview v1-v2) borrow them from the newest version of the same
template, for the questions both have — as evaluation.py does with norms.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .answer_values import format_number, parse_number
from .text import Localized, pick

if TYPE_CHECKING:
    from .checklist import ChecklistTemplate

# The question types a part and its whole may have: figures that add up.
_FIGURE_TYPES = ("number", "money", "count")
_PLACEHOLDERS = {"whole", "whole_question"}


@dataclass(frozen=True)
class NotAbove:
    part: str  # question id
    whole: str  # question id
    text: Localized  # with {whole} (the whole's answer) and {whole_question} (its text)


TextParser = Callable[..., Localized | None]
Fail = Callable[[str, str], Exception]


def parse_plausibility(raw: Any, questions: Mapping[str, Any], text: TextParser,
                       fail: Fail) -> tuple[NotAbove, ...]:
    """The template's "plausibility" block: {"text": default message, "not_above": [{"part":
    question id, "whole": question id, "text": optional own message}]}."""
    if raw is None:
        return ()
    if not isinstance(raw, Mapping):
        raise fail("plausibility", "expected an object with \"not_above\" and \"text\"")
    unknown = sorted(set(raw) - {"text", "not_above"})
    if unknown:
        raise fail("plausibility", f"unknown key {unknown[0]!r} (expected text, not_above)")
    entries = raw.get("not_above")
    if not isinstance(entries, list) or not entries:
        raise fail("plausibility not_above", "expected a list of {part, whole} pairs")
    default = _message(raw.get("text"), "plausibility text", text, fail, optional=True)
    checks: list[NotAbove] = []
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(entries, 1):
        where = f"plausibility rule {n}"
        if not isinstance(entry, Mapping) or not {"part", "whole"} <= set(entry):
            raise fail(where, "needs \"part\" and \"whole\" (question ids)")
        part, whole = str(entry["part"]), str(entry["whole"])
        for role, qid in (("part", part), ("whole", whole)):
            question = questions.get(qid)
            if question is None:
                raise fail(where, f"{role} names a missing question {qid!r}")
            if str(question.type) not in _FIGURE_TYPES:
                raise fail(where, f"{role} {qid!r} is a {question.type} question; only "
                                  "number, money and count answers can be compared")
        if part == whole:
            raise fail(where, f"part and whole are the same question {part!r}")
        if (part, whole) in seen:
            raise fail(where, f"{part} not above {whole} is declared twice")
        seen.add((part, whole))
        own = _message(entry.get("text"), f"{where} text", text, fail, optional=True)
        chosen = own or default
        if chosen is None:
            raise fail(where, "has no text, and the block has no default \"text\"")
        checks.append(NotAbove(part=part, whole=whole, text=chosen))
    return tuple(checks)


def _message(raw: Any, where: str, text: TextParser, fail: Fail,
             optional: bool) -> Localized | None:
    message = text(raw, where, optional=optional)
    for lang, value in (message or {}).items():
        try:
            names = {field for _, field, _, _ in string.Formatter().parse(value) if field}
        except ValueError as exc:
            raise fail(f"{where} {lang}", f"a brace that is not a placeholder ({exc})") from None
        if "whole" not in names:
            raise fail(f"{where} {lang}", "must show the whole's answer as {whole}")
        if names - _PLACEHOLDERS:
            raise fail(f"{where} {lang}", f"unknown placeholder {{{sorted(names - _PLACEHOLDERS)[0]}}}"
                                          "; only {whole} and {whole_question} are filled in")
    return message


def governing_checks(template: ChecklistTemplate) -> tuple[NotAbove, ...]:
    """The template's own rules, or the newest shipped version's when it declares none."""
    if template.plausibility:
        return template.plausibility
    from .errors import NotFound
    from .templates import template as catalogue  # the shipped files, read once

    try:
        newest = catalogue(template.id)
    except NotFound:
        return ()
    return newest.plausibility if newest.version > template.version else ()


@dataclass(frozen=True)
class Implausible:
    check: NotAbove
    whole_value: float

    def message(self, template: ChecklistTemplate, lang: str) -> str:
        whole = template.question(self.check.whole)
        return pick(self.check.text, lang).format(
            whole=format_number(self.whole_value, lang),
            whole_question=pick(whole.text, lang) if whole else self.check.whole)


def implausible(template: ChecklistTemplate, values: Mapping[str, Any],
                checks: tuple[NotAbove, ...] | None = None) -> dict[str, list[Implausible]]:
    """Question id -> the checks its answer fails, given the answers that apply. An answer
    marked «нет данных» is no figure, so it never fails nor makes another fail."""
    found: dict[str, list[Implausible]] = {}
    for check in governing_checks(template) if checks is None else checks:
        if template.question(check.part) is None or template.question(check.whole) is None:
            continue
        part, whole = parse_number(values.get(check.part)), parse_number(values.get(check.whole))
        if part is not None and whole is not None and part > whole:
            found.setdefault(check.part, []).append(Implausible(check, whole))
    return found
