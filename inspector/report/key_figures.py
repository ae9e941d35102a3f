"""The figures a reader looks at first, each with the norm it is compared with and its source.

The template decides which questions are key figures and what their norms are; the domain's
evaluator (domain/evaluation.py) decides whether a figure is a problem. This module only words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.checklist import CURRENCY, _as_number, format_number
from ..domain.evaluation import DERIVED, Comparison, norms_cited
from ..domain.evaluation import KeyFigure as EvaluatedFigure
from ..domain.norms import Norm
from ..domain.regional_wages import REGIONAL_WAGE
from ..domain.regions import region_name
from ..domain.text import day, pick
from .model import VisitData
from .texts import percent, t


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
                                 _comparison(figure, numbers, data, lang), figure.problem))
    return figures


def derived_from(question_id: str, data: VisitData, lang: str) -> str:
    """How a figure nobody typed in was obtained: computed from two answers, or published data."""
    if question_id in DERIVED:
        return t("derived_vacancies", lang)
    published = data.regional_wage if question_id == REGIONAL_WAGE else None
    return t("wage_published", lang, period=pick(published.label, lang)) if published else ""


def _comparison(figure: EvaluatedFigure, numbers: dict[str, int], data: VisitData,
                lang: str) -> str:
    parts = [derived_from(figure.question.id, data, lang)] if figure.derived else []
    if figure.question.id == REGIONAL_WAGE and not figure.derived:
        parts.append(t("wage_typed", lang))
    if figure.comparison is not None:
        parts += _norm_parts(figure.comparison, numbers, lang)
    elif (unchecked := data.evaluation.unchecked_norm(figure.question)) is not None:
        parts.append(t("norm_unchecked", lang, norm=pick(unchecked.text, lang)))
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


def money(amount: float, lang: str) -> str:
    return f"{format_number(amount, lang)}\u00a0{pick(CURRENCY, lang)}"


def regional_wage_note(data: VisitData, lang: str) -> str:
    """The footnote under the key figures: which regional average the wages were compared with,
    its source and period — or that it was typed in by hand, or that there is none."""
    published = data.regional_wage
    region = region_name(data.facility.region, lang) or "—"
    if data.regional_wage_typed():
        said = t("wage_note_typed", lang, amount=money(number(data.value(REGIONAL_WAGE)) or 0,
                                                        lang))
        if published is not None:
            said += t("wage_note_typed_vs", lang, period=pick(published.label, lang),
                      amount=money(published.tenge, lang))
        return said
    if published is None:
        return t("wage_note_missing", lang, region=region)
    return t("wage_note_published", lang, region=region, amount=money(published.tenge, lang),
             source=pick(published.source, lang), period=pick(published.label, lang),
             published=day(published.published))
