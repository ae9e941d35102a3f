"""«Неотложные вопросы»: the red-line answers, boxed on page 1 whatever else the deputies wrote.

A death, a restraint with no log, a report of ill-treatment must not wait on page 9 behind the
pay tables: the template marks such questions (`red_line`), the evaluator finds them, and this
box puts them where a reader starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.text import pick
from .model import VisitData
from .styles import PROBLEM_FILL, PROBLEM_INK, styles, text
from .texts import t


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
    for question in data.evaluation.red_lines():
        answer = data.answers[question.id]
        found.append(UrgentMatter(pick(question.text, lang),
                                  question.display(answer.value, lang),
                                  (answer.comment or "").strip()))
    return found


def urgent_box(matters: list[UrgentMatter], lang: str, width: float,
               lines: list[str] | None = None) -> list[Flowable]:
    """The framed box; `lines` replaces the matters' own wording (the summary names places)."""
    s = styles()
    shown = lines if lines is not None else [m.line() for m in matters]
    if not shown:
        return [Spacer(1, 4), Paragraph(text(t("urgent_none", lang)), s.muted)]
    # A row per matter, so a long list across many visits can break between pages.
    rows = [[Paragraph(f"<b>! {text(t('urgent', lang))}</b>", s.cell_problem)],
            [Paragraph(text(t("urgent_intro", lang)), s.cell)]]
    rows += [[Paragraph(text(line), s.cell, bulletText="•")] for line in shown]
    box = Table(rows, colWidths=[width], hAlign="LEFT", repeatRows=1)
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.4, PROBLEM_INK),
                             ("BACKGROUND", (0, 0), (-1, -1), PROBLEM_FILL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, 8), box]
