"""«Изменения с прошлого посещения»: a revisit's key figures beside the previous visit's, and
what became of each recommendation checked on the spot."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from ..domain.recommendation import RESULT_NAMES
from ..domain.recommendation import STATUS_NAMES as RECOMMENDATION_STATUS
from ..domain.text import N_, pick
from .blocks import note, sub_heading
from .key_figures import key_figures
from .model import VisitData
from .styles import PROBLEM_INK, grid, styles, text

_TEXTS = {
    "figures": N_("Key figures then and now"),
    "figure": N_("Figure"),
    "red_lines": N_("Urgent matters (red lines)"),
    "no_previous": N_("No earlier visit to this institution is in the profile."),
    "checks": N_("Recommendations followed up"),
    "recommendation": N_("Recommendation"),
    "given": N_("Given"),
    "result": N_("Checked on the spot"),
    "status": N_("Status"),
    "not_checked": N_("not checked"),
    "no_checks": N_("No recommendation of earlier visits was open."),
}


def _t(key: str, lang: str) -> str:
    return pick(_TEXTS[key], lang)


def has_changes(data: VisitData) -> bool:
    """Whether the report has anything to compare: a previous visit or checks to show."""
    return data.previous is not None or bool(data.checks)


def changes_flowables(data: VisitData, lang: str, width: float) -> list[Flowable]:
    return [*_figures(data, lang, width), *_checks(data, lang, width)]


def _figures(data: VisitData, lang: str, width: float) -> list[Flowable]:
    s = styles()
    previous = data.previous
    flowables: list[Flowable] = [sub_heading(_t("figures", lang))]
    if previous is None:
        return [*flowables, note(_t("no_previous", lang))]
    then = {f.question.id: w for f, w in zip(previous.evaluation.key_figures(),
                                              key_figures(previous, lang), strict=True)}
    rows = [[Paragraph(text(_t("figure", lang)), s.head),
             Paragraph(text(_day(previous.visit.started_on)), s.head),
             Paragraph(text(_day(data.visit.started_on)), s.head)]]
    for figure, worded in zip(data.evaluation.key_figures(), key_figures(data, lang),
                              strict=True):
        before = then.get(figure.question.id)
        if before is None or not (before.value or worded.value):
            continue
        rows.append([Paragraph(text(worded.label), s.cell), _value(before, s),
                     _value(worded, s)])
    rows.append([Paragraph(text(_t("red_lines", lang)), s.cell),
                 Paragraph(str(len(previous.evaluation.red_lines())), s.cell_bold),
                 Paragraph(str(len(data.evaluation.red_lines())), s.cell_bold)])
    table = Table(rows, colWidths=[0.5 * width, 0.25 * width, 0.25 * width], repeatRows=1,
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(grid())
    return [*flowables, table]


def _value(figure, s) -> Paragraph:  # noqa: ANN001 - a worded key figure and the styles
    shown = text(figure.value or "—")
    if figure.comparison:
        shown += f"<br/><font size=8>{text(figure.comparison)}</font>"
    return Paragraph(shown, s.cell_problem if figure.problem else s.cell)


def _checks(data: VisitData, lang: str, width: float) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [sub_heading(_t("checks", lang))]
    if not data.checks:
        return [*flowables, note(_t("no_checks", lang))]
    rows = [[Paragraph("№", s.head), Paragraph(text(_t("recommendation", lang)), s.head),
             Paragraph(text(_t("result", lang)), s.head),
             Paragraph(text(_t("status", lang)), s.head)]]
    extra = []
    for n, (check, finding) in enumerate(data.checks, 1):
        given = finding.recommendation
        if finding.addressee:
            given += f" — {finding.addressee}"
        if finding.due_date:
            given += f", {_day(finding.due_date)}"
        result = pick(RESULT_NAMES.get(check.result), lang) or _t("not_checked", lang)
        if check.comment:
            result += f": {check.comment}"
        rows.append([Paragraph(str(n), s.cell), Paragraph(text(given), s.cell),
                     Paragraph(text(result), s.cell),
                     Paragraph(text(pick(RECOMMENDATION_STATUS.get(
                         finding.recommendation_status), lang)), s.cell)])
        if check.result == "not_implemented":
            extra.append(("TEXTCOLOR", (2, n), (2, n), PROBLEM_INK))
    table = Table(rows, colWidths=[0.06 * width, 0.44 * width, 0.32 * width, 0.18 * width],
                  repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(grid(*extra))
    return [*flowables, table]


def _day(iso: str) -> str:
    return ".".join(reversed(iso.split("-"))) if len(iso) == 10 else iso
