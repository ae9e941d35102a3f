"""The figures a reader looks at first, each with the norm it is compared with and its source.

The template decides which questions are key figures and what their norms are; the domain's
evaluator (domain/evaluation.py) decides whether a figure is a problem. This module only words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.checklist import _as_number
from ..domain.evaluation import Comparison, norms_cited
from ..domain.evaluation import KeyFigure as EvaluatedFigure
from ..domain.norms import Norm
from ..domain.text import pick
from .model import VisitData
from .texts import percent, t

REGIONAL_WAGE = "regional_avg_wage"


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str  # empty when not answered
    comparison: str = ""
    problem: bool = False


def number(value: Any) -> float | None:
    return _as_number(value)


def cited_norms(data: VisitData) -> list[Norm]:
    """The norms the key figures cite, in the order of their [n] references."""
    return norms_cited(f.comparison for f in data.evaluation.key_figures())


def reference_key(norm: Norm) -> str:
    """Norms that share a source share its footnote (one wage norm per staff category)."""
    return norm.source["en"]


def key_figures(data: VisitData, lang: str, *, references: bool = True) -> list[KeyFigure]:
    """The template's key figures for this visit, in template order, with comparisons; each
    norm with the number of its footnote [n] unless `references` is off (a letter has none)."""
    evaluated = data.evaluation.key_figures()
    numbers = {reference_key(n): i
               for i, n in enumerate(norms_cited(f.comparison for f in evaluated), 1)
               } if references else {}
    figures = []
    for figure in evaluated:
        label = pick(figure.question.text, lang)
        if figure.value is None:
            figures.append(KeyFigure(label, ""))
            continue
        figures.append(KeyFigure(label, figure.question.display(figure.value, lang),
                                 _comparison(figure, numbers, lang), figure.problem))
    return figures


def _comparison(figure: EvaluatedFigure, numbers: dict[str, int], lang: str) -> str:
    parts = [t("derived_vacancies", lang)] if figure.derived else []
    if figure.comparison is not None:
        parts += _norm_parts(figure.comparison, numbers, lang)
    return "; ".join(parts)


def _norm_parts(comparison: Comparison, numbers: dict[str, int], lang: str) -> list[str]:
    norm = comparison.norm
    parts = []
    if norm.of is not None:
        measure = pick(norm.measure, lang) if norm.measure else "{pct} %"
        parts.append(measure.format(pct=percent(comparison.figure, lang)))
    reference = numbers.get(reference_key(norm))
    parts.append(t("norm_is", lang, norm=pick(norm.text, lang))
                 + (f" [{reference}]" if reference else ""))
    return parts
