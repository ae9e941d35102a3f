"""Figures read across visits, decided once for the summary and the analyst's database alike:
whether an institution has no social package, whether it is short of PPE, the staff categories
whose wages are compared with the regional average.
"""

from __future__ import annotations

from typing import Any

from .checklist import _as_number
from .evaluation import Evaluation
from .text import Localized

REGIONAL_WAGE = "regional_avg_wage"
WAGE_AVG, WAGE_MIN = "wage_avg_", "wage_min_"
PPE_SHORT_DAYS = 14  # used when a template states no norm and no rule for ppe_stock_days
PPE_NONE = ("none", "no")  # "which PPE: none" (a list) or "is there PPE: no"
NO_PACKAGE = ("none", "no")

STAFF_CATEGORIES: dict[str, Localized] = {
    "operator": {"ru": "Операторы", "kk": "Операторлар", "en": "Operators"},
    "administrator": {"ru": "Администраторы", "kk": "Әкімшілер", "en": "Administrators"},
    "social_worker": {"ru": "Социальные работники", "kk": "Әлеуметтік қызметкерлер",
                      "en": "Social workers"},
    "nurse": {"ru": "Медицинские сёстры", "kk": "Мейірбикелер", "en": "Nurses"},
    "caregiver": {"ru": "Сиделки, няни", "kk": "Күтушілер", "en": "Caregivers"},
    "doctor": {"ru": "Врачи", "kk": "Дәрігерлер", "en": "Doctors"},
    "teacher": {"ru": "Педагоги", "kk": "Педагогтар", "en": "Teachers"},
    "psychologist": {"ru": "Психологи", "kk": "Психологтар", "en": "Psychologists"},
}


def _blank(value: Any) -> bool:
    return value in (None, "", [])


def no_social_package(value: Any) -> bool | None:
    """Whether the answer to "what the social package includes" says there is none; None when
    unanswered."""
    if _blank(value):
        return None
    chosen = value if isinstance(value, list) else [value]
    return any(o in NO_PACKAGE for o in chosen)


def ppe_short(evaluation: Evaluation) -> bool | None:
    """Whether the institution is short of PPE; None when neither question was answered.

    Short means no PPE at all, or a stock below the template's norm for it. `evaluation` holds
    the answers to the questions that apply.
    """
    available = evaluation.values.get("ppe_available")
    days = _as_number(evaluation.values.get("ppe_stock_days"))
    if _blank(available) and days is None:
        return None
    chosen = available if isinstance(available, list) else [available]
    if any(o in PPE_NONE for o in chosen):
        return True
    stock = evaluation.template.question("ppe_stock_days")
    if days is None or stock is None:
        return False
    comparison = evaluation.comparison(stock)
    if comparison is not None:
        return not comparison.met
    return stock.is_problem(days) if stock.problem_if is not None else days < PPE_SHORT_DAYS
