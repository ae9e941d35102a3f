"""Soft checks across answers, as data (resources/plausibility.json): a part larger than its
whole — filled posts above the staffing table, occupancy above capacity, a minimum wage above
the average — is shown as a warning on the part's card. One evaluator for every screen; it
never blocks completing a visit.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .answer_values import format_number, parse_number
from .checklist import ChecklistTemplate
from .text import Localized, pick


@dataclass(frozen=True)
class NotAbove:
    part: str  # question id
    whole: str  # question id
    text: Localized  # with {whole} (the whole's answer) and {whole_question} (its text)


@cache
def shipped_checks() -> tuple[NotAbove, ...]:
    raw = json.loads((importlib.resources.files("inspector.resources") / "plausibility.json")
                     .read_text(encoding="utf-8"))
    return parse_checks(raw)


def parse_checks(raw: Mapping[str, Any]) -> tuple[NotAbove, ...]:
    default = raw["text"]
    return tuple(NotAbove(part=entry["part"], whole=entry["whole"],
                          text=entry.get("text") or default)
                 for entry in raw.get("not_above", []))


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
    """Question id -> the checks its answer fails, given the answers that apply."""
    found: dict[str, list[Implausible]] = {}
    for check in shipped_checks() if checks is None else checks:
        if template.question(check.part) is None or template.question(check.whole) is None:
            continue
        part, whole = parse_number(values.get(check.part)), parse_number(values.get(check.whole))
        if part is not None and whole is not None and part > whole:
            found.setdefault(check.part, []).append(Implausible(check, whole))
    return found
