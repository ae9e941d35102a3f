"""The figures a reader looks at first, each with what it should be compared with.

The template decides which questions are key figures (`key_figure: true`); this module adds the
comparison that makes a number mean something: filled posts against the staffing table, a wage
against the regional average, residents against capacity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.checklist import Question, _as_number
from ..domain.text import pick
from .model import VisitData
from .texts import percent, t

TOTAL_POSTS = "staff_posts_total"
FILLED_POSTS = "staff_posts_filled"
VACANCIES = "staff_vacancies"
REGIONAL_WAGE = "regional_avg_wage"


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str  # empty when not answered
    comparison: str = ""
    problem: bool = False


def number(value: Any) -> float | None:
    return _as_number(value)


def key_figures(data: VisitData, lang: str) -> list[KeyFigure]:
    """The template's key figures for this visit, in template order, with comparisons."""
    values = data.values()
    figures = []
    for question in data.visible_questions():
        if not question.key_figure:
            continue
        value = values.get(question.id)
        if not data.is_answered(question.id):
            figures.append(KeyFigure(pick(question.text, lang), ""))
            continue
        comparison, worse = _compare(question, data, lang)
        figures.append(KeyFigure(pick(question.text, lang), question.display(value, lang),
                                 comparison, data.is_problem(question) or worse))
    return figures


def _compare(question: Question, data: VisitData, lang: str) -> tuple[str, bool]:
    """A comparison text for the figure, and whether it shows a problem by itself."""
    qid = question.id
    value = number(data.value(qid))
    if value is None:
        return "", False
    total = number(data.value(TOTAL_POSTS))
    if qid == FILLED_POSTS and total:
        share = 100 * value / total
        return t("posts_filled", lang) + ": " + f"{percent(share, lang)} %", share < 90
    if qid == VACANCIES and total:
        share = 100 * value / total
        return t("vacancy_rate", lang) + ": " + f"{percent(share, lang)} %", share >= 10
    regional = number(data.value(REGIONAL_WAGE))
    if qid.startswith(("wage_avg_", "wage_min_")) and regional:
        share = 100 * value / regional
        # The average wage below the region's average is the inquiry's complaint; a minimum
        # wage is always below it, so it is shown without being called a problem.
        return t("of_regional", lang, pct=percent(share, lang)), qid.startswith("wage_avg_") and share < 100
    capacity_id = capacity_for(qid, data)
    if capacity_id:
        capacity = number(data.value(capacity_id))
        if capacity:
            share = 100 * value / capacity
            return t("occupancy", lang) + f": {percent(share, lang)} %", share > 100
    return "", False


def capacity_for(question_id: str, data: VisitData) -> str | None:
    """The capacity question an occupancy-type question is measured against, if any.

    Templates name them e.g. capacity_places / residents_current, or beds_total / beds_occupied;
    pairing by words keeps this working as the templates evolve.
    """
    if not any(w in question_id for w in ("occupan", "occupied", "_current", "_now")):
        return None
    if "capacity" in question_id or question_id.endswith("_total") or "_per_" in question_id:
        return None  # e.g. living_space_per_resident is a norm, not a head count
    stem = question_id.split("_")[0]
    candidates = [q.id for q in data.template.questions()
                  if "capacity" in q.id or (q.id.startswith(stem) and q.id.endswith("_total")
                                            and q.id != TOTAL_POSTS)]
    return candidates[0] if candidates else None
