"""«Неотложные вопросы»: the red-line answers, boxed on page 1 whatever else the deputies wrote.

A death, a restraint with no log, a report of ill-treatment must not wait on page 9 behind the
pay tables: the template marks such questions (`red_line`), the evaluator finds them, and this
box puts them where a reader starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.evaluation import Comparison
from ..domain.text import pick
from .model import VisitData
from .styles import PROBLEM_FILL, PROBLEM_INK, styles, text
from .texts import percent, t


@dataclass(frozen=True)
class UrgentMatter:
    question: str  # the question as the template words it
    answer: str
    comment: str = ""

    def line(self) -> str:
        said = f"{self.question} — {self.answer}"
        return f"{said} ({self.comment})" if self.comment else said


def urgent_matters(data: VisitData, lang: str) -> list[UrgentMatter]:
    found = []
    verdict = data.evaluation
    for question in verdict.red_lines():
        answer = data.answers[question.id]
        shown = question.display(answer.value, lang)
        comparison = verdict.comparison(question)
        if comparison is not None and not comparison.met:
            shown += f" ({_against(comparison, lang)})"  # 181 says nothing without the 158
        found.append(UrgentMatter(pick(question.text, lang), shown,
                                  (answer.comment or "").strip()))
    return found


def _against(comparison: Comparison, lang: str) -> str:
    norm = comparison.norm
    said = t("norm_is", lang, norm=pick(norm.text, lang))
    if norm.of is None:
        return said
    measure = pick(norm.measure, lang) if norm.measure else "{pct} %"
    return measure.format(pct=percent(comparison.figure, lang)) + "; " + said


def urgent_box(matters: list[UrgentMatter], lang: str, width: float,
               by_place: list[tuple[str, list[UrgentMatter]]] | None = None) -> list[Flowable]:
    """The framed box; `by_place` lists the matters under each institution (the summary)."""
    s = styles()
    groups = by_place if by_place is not None else [("", matters)]
    if not any(items for _, items in groups):
        return [Spacer(1, 4), Paragraph(text(t("urgent_none", lang)), s.muted)]
    # A row per matter, so a long list across many visits can break between pages.
    rows = [[Paragraph(f"<b>! {text(t('urgent', lang))}</b>", s.cell_problem)],
            [Paragraph(text(t("urgent_intro", lang)), s.cell)]]
    for place, items in groups:
        if place and items:
            rows.append([Paragraph(f"<b>{text(place)}</b>", s.cell)])
        rows += [[Paragraph(text(m.line()), s.places, bulletText="•")] for m in items]
    box = Table(rows, colWidths=[width], hAlign="LEFT", repeatRows=1)
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.4, PROBLEM_INK),
                             ("BACKGROUND", (0, 0), (-1, -1), PROBLEM_FILL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, 8), box]
