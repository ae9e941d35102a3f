"""Checklist results by section: every question that applies, problems marked, blanks shown.

A blank is shown as «нет ответа» rather than left out: a ministry reading the report must be able
to tell "not asked" from "answered no".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Table

from ..domain.norms import Norm
from ..domain.text import pick
from .blocks import note, sub_heading
from .key_figures import KeyFigure, derived_from
from .model import VisitData
from .photos import PreparedPhoto
from .styles import PROBLEM_FILL, PROBLEM_INK, fitted_widths, grid, styles, text
from .texts import t

MARK = "!"


def photo_refs(prepared: list[PreparedPhoto]) -> dict[str, list[int]]:
    """Question id -> numbers of the photos in the annex that belong to it."""
    refs: dict[str, list[int]] = defaultdict(list)
    for p in prepared:
        for question_id in p.photo.question_ids:
            refs[question_id].append(p.number)
    return refs


def checklist_flowables(data: VisitData, lang: str, width: float, *, show_unanswered: bool,
                        prepared: list[PreparedPhoto]) -> list[Flowable]:
    s = styles()
    applies, answered, problems = data.counts()
    if answered == 0:
        flow: list[Flowable] = [note(t("nothing_answered", lang))]
        if not show_unanswered:
            return flow
    else:
        flow = [Paragraph(text(t("answered_of", lang, a=answered, q=applies, p=problems)),
                          s.body), note(t("problem_legend", lang))]
    refs = photo_refs(prepared)
    verdict = data.evaluation
    visible = {q.id for q in data.visible_questions()}
    for number, section in enumerate(data.template.sections, 1):
        questions = [q for q in section.questions if q.id in visible
                     and (show_unanswered or data.is_answered(q.id))]
        if not questions:
            continue
        rows = [[Paragraph("№", s.head), Paragraph(text(t("question", lang)), s.head),
                 Paragraph(text(t("answer", lang)), s.head),
                 Paragraph(text(t("comment", lang)), s.head)]]
        extra: list[tuple] = []
        for question in questions:
            answer = data.answers.get(question.id)
            value = answer.value if answer else None
            comment = text(answer.comment) if answer and answer.comment else ""
            if refs.get(question.id):
                shown = ", ".join(t("photo_n", lang, n=n) for n in refs[question.id])
                comment = (comment + "<br/>" if comment else "") + f"<i>{text(shown)}</i>"
            derived, is_derived = verdict.figure(question.id)
            if not data.is_answered(question.id):
                # Not answered, but it follows from two answers: the key figures print it too.
                shown = t("no_answer", lang) + (
                    f"; {derived_from(question.id, data, lang)}: "
                    f"{question.display(derived, lang)}" if is_derived else "")
                cell = Paragraph(text(shown), s.cell_muted)
            elif verdict.is_problem(question):
                cell = Paragraph(f"{MARK} " + text(question.display(value, lang)),
                                 s.cell_problem)
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), PROBLEM_FILL))
                extra.append(("LINEBEFORE", (0, len(rows)), (0, len(rows)), 2, PROBLEM_INK))
            else:
                cell = Paragraph(text(question.display(value, lang)), s.cell)
            rows.append([Paragraph(data.template.number(question.id), s.cell_muted),
                         Paragraph(text(pick(question.text, lang)), s.cell), cell,
                         Paragraph(comment, s.cell)])
        # splitInRow: a long answer or comment continues on the next page instead of making
        # a row taller than a page, which reportlab cannot lay out at all.
        table = Table(rows, colWidths=fitted_widths(rows, [0.07, 0.45, 0.22, 0.26], width),
                      repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(grid(*extra))
        title = f"{number}. {pick(section.title, lang)}"
        flow += [sub_heading(title, key=f"checklist-{section.id}"), table]
    return flow


def key_figure_flowables(figures: list[KeyFigure], lang: str, width: float,
                         sources: Sequence[Norm] = (), notes: Sequence[str] = ()) -> list[Flowable]:
    s = styles()
    if not figures:
        return [note(t("no_key_figures", lang))]
    rows = [[Paragraph(text(t("figure", lang)), s.head),
             Paragraph(text(t("value", lang)), s.head),
             Paragraph(text(t("comparison", lang)), s.head)]]
    extra: list[tuple] = []
    for figure in figures:
        r = len(rows)
        if not figure.value:
            value = Paragraph(text(t("no_answer", lang)), s.cell_muted)
        elif figure.problem:
            value = Paragraph(f"{MARK} " + text(figure.value), s.cell_problem)
            extra += [("BACKGROUND", (0, r), (-1, r), PROBLEM_FILL),
                      ("LINEBEFORE", (0, r), (0, r), 2, PROBLEM_INK)]
        else:
            value = Paragraph(text(figure.value), s.cell_bold)
        rows.append([Paragraph(text(figure.label), s.cell), value,
                     Paragraph(text(figure.comparison), s.cell)])
    table = Table(rows, colWidths=fitted_widths(rows, [0.45, 0.24, 0.31], width), repeatRows=1,
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(grid(*extra))
    return [table, note(t("problem_legend", lang)), *[note(n) for n in notes],
            *source_notes(sources, lang)]


def source_notes(sources: Sequence[Norm], lang: str) -> list[Flowable]:
    """The [n] references of the comparison column, each a document a reader can look up."""
    if not sources:
        return []
    lines = [f"[{n}] {text(pick(norm.source, lang))}" for n, norm in enumerate(sources, 1)]
    return [Paragraph(f"<b>{text(t('sources', lang))}</b><br/>" + "<br/>".join(lines),
                      styles().muted)]
