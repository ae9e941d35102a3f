"""The figures a reader of the report looks for first, computed from the answers so far.

No Qt here: the overview shows these. Whether a figure is a problem, and what it is compared
with, is the domain evaluator's answer (domain/evaluation.py), the same one the report prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...domain.checklist import ChecklistTemplate
from ...domain.evaluation import VACANCIES, Evaluation
from ...domain.text import pick


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    note: str = ""
    problem: bool = False


def key_figures(template: ChecklistTemplate, values: Mapping[str, Any], lang: str,
                words: Mapping[str, str], flags: Mapping[str, bool] | None = None,
                references: Mapping[str, Any] | None = None) -> list[KeyFigure]:
    """`words` are the UI's translated phrases: vacancies (the derived vacancy share).
    `references`: figures from data (the published regional wage), as the report uses them."""
    verdict = Evaluation(template, values, flags, references=references)
    figures = []
    measured = []
    for figure in verdict.key_figures():
        if figure.value is None or figure.derived:
            continue
        question = figure.question
        figures.append(KeyFigure(pick(question.text, lang), question.display(figure.value, lang),
                                 problem=figure.problem))
        if figure.comparison is not None and figure.comparison.norm.of is not None:
            measured.append(figure)
    rate = verdict.vacancy_rate()
    if rate is not None:
        vacancies = template.question(VACANCIES)
        figures.append(KeyFigure(words["vacancies"], f"{rate:.0f}%",
                                 problem=vacancies is not None and verdict.is_problem(vacancies)))
    for figure in measured:
        comparison = figure.comparison
        assert comparison is not None  # measured holds only compared figures
        figures.append(KeyFigure(pick(figure.question.text, lang), f"{comparison.figure:.0f}%",
                                 pick(comparison.norm.text, lang), problem=figure.problem))
    return figures
