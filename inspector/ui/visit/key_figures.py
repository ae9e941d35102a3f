"""The figures a reader of the report looks for first, computed from the answers so far.

No Qt here: the overview shows these, and a report could use the same function.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...domain.checklist import ChecklistTemplate, _as_number, _is_blank
from ...domain.text import pick

POSTS_TOTAL, POSTS_FILLED = "staff_posts_total", "staff_posts_filled"
REGIONAL_WAGE = "regional_avg_wage"
WAGE_PREFIX = "wage_avg_"


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    note: str = ""
    problem: bool = False


def vacancy_share(values: Mapping[str, Any]) -> float | None:
    """(posts - filled) / posts, or None while either is missing (or posts is 0)."""
    total, filled = _as_number(values.get(POSTS_TOTAL)), _as_number(values.get(POSTS_FILLED))
    if total is None or filled is None or total <= 0:
        return None
    return max(0.0, (total - filled) / total)


def wage_ratios(template: ChecklistTemplate, values: Mapping[str, Any]
                ) -> list[tuple[str, float, float]]:
    """(question id, wage, wage / regional average) for each average wage answered."""
    regional = _as_number(values.get(REGIONAL_WAGE))
    if not regional:
        return []
    out = []
    for question in template.questions():
        wage = _as_number(values.get(question.id))
        if question.id.startswith(WAGE_PREFIX) and wage is not None:
            out.append((question.id, wage, wage / regional))
    return out


def key_figures(template: ChecklistTemplate, values: Mapping[str, Any], lang: str,
                words: Mapping[str, str]) -> list[KeyFigure]:
    """`words` are the UI's translated phrases: vacancies, of_regional (with %1), below/above."""
    figures = []
    for question in template.questions():
        value = values.get(question.id)
        if question.key_figure and not _is_blank(value):
            figures.append(KeyFigure(pick(question.text, lang), question.display(value, lang),
                                     problem=question.is_problem(value)))
    share = vacancy_share(values)
    if share is not None:
        figures.append(KeyFigure(words["vacancies"], f"{share * 100:.0f}%".replace(".", ","),
                                 problem=share >= 0.1))
    for qid, _wage, ratio in wage_ratios(template, values):
        question = template.question(qid)
        figures.append(KeyFigure(
            pick(question.text, lang) if question else qid,
            f"{ratio * 100:.0f}%", words["of_regional"], problem=ratio < 1.0))
    return figures
