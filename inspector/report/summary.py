"""The summary across visits: the evidence annex of a deputy inquiry.

Institutions visited, figures aggregated by kind of institution and staff category against the
regional average, charts, and every finding grouped by theme with the places it was seen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import white as WHITE
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..domain.finding import SEVERITY_NAMES, THEMES
from ..domain.kinds import KIND_NAMES
from ..domain.regions import region_name
from ..domain.text import day, pick
from .aggregate import (
    KIND_FIGURES,
    finding_groups,
    kind_rows,
    latest_per_institution,
    no_data_counts,
    ppe_norm_days,
    regional_wage_periods,
    wage_rows,
)
from .blocks import details_table, keep_heading, letterhead, note, section_heading, sub_heading
from .charts import bar_chart
from .document import DocumentInfo, build_pdf
from .layout import Layout
from .model import VisitData
from .styles import MUTED, PROBLEM_FILL, fitted_widths, grid, styles, text
from .texts import STAFF_CATEGORIES, format_number, percent, t
from .urgent import urgent_box, urgent_matters
from .visit_report import WIDTH

PLACES_PER_ROW = 20


@dataclass(frozen=True)
class SummarySelection:
    kind: str | None = None
    region: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    visit_ids: tuple[str, ...] | None = None
    include_drafts: bool = False  # a summary is evidence: drafts only when asked for, marked


@dataclass
class SummaryData:
    selection: SummarySelection
    visits: list[VisitData]
    drafts_left_out: int = 0


def _kind(kind: str, lang: str) -> str:
    return pick(KIND_NAMES.get(kind), lang) or kind


def _money(value: float | None, lang: str) -> str:
    return t("na", lang) if value is None else f"{value:,.0f}".replace(",", "\u00a0")


def selection_text(selection: SummarySelection, lang: str) -> list[tuple[str, str]]:
    rows = [(t("kind", lang), _kind(selection.kind, lang) if selection.kind else t("all", lang)),
            (t("region", lang), region_name(selection.region, lang) if selection.region
             else t("all", lang))]
    if selection.date_from or selection.date_to:
        rows.append((t("period", lang), f"{day(selection.date_from or '') or '…'} — "
                                        f"{day(selection.date_to or '') or '…'}"))
    return [(label, text(value)) for label, value in rows]


def cover_flowables(data: SummaryData, layout: Layout, lang: str) -> list[Flowable]:
    s = styles()
    visits = data.visits
    rows = selection_text(data.selection, lang)
    if visits:
        rows.append((t("period", lang) if not (data.selection.date_from or data.selection.date_to)
                     else t("visit_dates", lang),
                     f"{day(visits[0].visit.started_on)} — {day(visits[-1].visit.last_day)}"))
    rows.append((t("visits_count", lang), str(len(visits))))
    deputies = sorted({d for v in visits for d in v.visit.deputies})
    if deputies:
        rows.append((t("deputies", lang), text(", ".join(deputies))))
    drafts = sum(not v.visit.is_completed for v in visits)
    if data.selection.include_drafts and drafts:
        scope = t("drafts_included", lang)
    else:
        scope = t("drafts_left_out", lang, n=data.drafts_left_out)
    return [*letterhead(layout, lang), Paragraph(text(t("summary_report", lang)), s.title),
            Paragraph(text(t("summary_subject", lang)), s.subtitle),
            section_heading(layout, "cover", lang), details_table(rows, WIDTH),
            note(scope), *urgent_across(data, lang)]


def urgent_across(data: SummaryData, lang: str) -> list[Flowable]:
    """Every red-line answer of every visit, named by place: page 1, whatever was concluded."""
    groups = [(f"{place(v, lang)}, {region_name(v.facility.region, lang)}, "
               f"{day(v.visit.started_on)}", urgent_matters(v, lang)) for v in data.visits]
    return urgent_box([], lang, WIDTH, by_place=[g for g in groups if g[1]])


def place(v: VisitData, lang: str) -> str:
    """An institution as a table names it; a draft says so wherever it appears."""
    name = v.facility.name
    return name if v.visit.is_completed else f"{name} ({t('draft_short', lang)})"


def _status(v: VisitData, lang: str) -> str:
    return t("completed", lang) if v.visit.is_completed else t("draft_short", lang)


def institutions_flowables(data: SummaryData, lang: str) -> list[Flowable]:
    s = styles()
    head = ["№", t("date", lang), t("institution", lang), t("kind", lang), t("region", lang),
            t("status", lang), t("problems", lang), t("findings_count", lang)]
    rows = [[Paragraph(text(h), s.head) for h in head]]
    for n, v in enumerate(data.visits, 1):
        _, _, problems = v.counts()
        rows.append([Paragraph(str(n), s.cell_muted), Paragraph(day(v.visit.started_on), s.cell),
                     Paragraph(text(place(v, lang)), s.cell),
                     Paragraph(text(_kind(v.facility.kind, lang)), s.cell),
                     Paragraph(text(region_name(v.facility.region, lang)), s.cell),
                     Paragraph(text(_status(v, lang)), s.cell),
                     Paragraph(str(problems), s.cell_right),
                     Paragraph(str(len(v.findings)), s.cell_right)])
    widths = [0.05, 0.11, 0.25, 0.13, 0.14, 0.11, 0.09, 0.12]  # "Тұжырымдар" fits its column
    table = Table(rows, colWidths=fitted_widths(rows, widths, WIDTH), repeatRows=1, hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(grid(zebra=True, rows=len(rows)))
    return [table]


def figures_flowables(data: SummaryData, lang: str) -> list[Flowable]:
    s = styles()
    visits = latest_per_institution(data.visits)
    flow: list[Flowable] = [sub_heading(t("wages_table", lang), key="figures-wages")]
    if len(visits) < len(data.visits):
        flow.append(note(t("footnote_latest", lang, visits=len(data.visits),
                           institutions=len(visits))))
    head = [t("kind", lang), t("category", lang), t("institutions_n", lang), t("avg_wage", lang),
            t("min_wage", lang), t("regional_avg", lang), t("pct_regional", lang)]
    rows = [[Paragraph(text(h), s.head) for h in head]]
    extra: list[tuple] = []
    previous_kind = None
    notes: set[str] = set()
    for w in wage_rows(visits):
        pct = t("na", lang) if w.pct_regional is None else f"{percent(w.pct_regional, lang)} %"
        marks = ("*" if w.mixed_regions else "") + (
            "†" if w.regional is not None and w.regional_answered < w.institutions else "")
        if w.mixed_regions:
            notes.add(t("footnote_regions", lang, n=w.regions))
        if "†" in marks:
            notes.add(t("footnote_regional_partial", lang, k=w.regional_answered,
                        n=w.institutions))
        low = w.pct_regional is not None and w.pct_regional < 100
        if low:
            extra.append(("BACKGROUND", (6, len(rows)), (6, len(rows)), PROBLEM_FILL))
        # The kind is named once per group, and a firmer rule separates the groups.
        first = w.kind != previous_kind
        if first and previous_kind is not None:
            extra.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, MUTED))
        previous_kind = w.kind
        rows.append([Paragraph(text(_kind(w.kind, lang)) if first else "", s.cell_bold),
                     Paragraph(text(pick(STAFF_CATEGORIES.get(w.category), lang) or w.category),
                               s.cell),
                     Paragraph(str(w.institutions), s.cell_right),
                     Paragraph(_money(w.average, lang), s.cell_right),
                     Paragraph(_money(w.minimum, lang), s.cell_right),
                     Paragraph(_money(w.regional, lang) + marks, s.cell_right),
                     Paragraph(("! " if low else "") + pct,
                               s.cell_problem if low else s.cell_right)])
    widths = [0.16, 0.2, 0.12, 0.13, 0.13, 0.13, 0.13]
    if len(rows) > 1:
        table = Table(rows, colWidths=fitted_widths(rows, widths, WIDTH), repeatRows=1, hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(grid(*extra))
        source, periods = regional_wage_periods(visits, lang)
        if periods and source:
            notes.add(t("footnote_wage_sources", lang, source=source, periods=", ".join(periods)))
        elif periods:  # every figure typed in: nothing to cite
            notes.add(t("footnote_wage_typed", lang, periods=", ".join(periods)))
        flow += [table, note(t("footnote_pct", lang)), *[note(n) for n in sorted(notes)]]
    else:
        flow.append(note(t("na", lang)))
    flow += [sub_heading(t("staffing_table", lang), key="figures-staffing")]
    # Every count is of the institutions that answered that question, never of all visited.
    head = [t("kind", lang), t("vacancy_rate", lang), t("no_social_package", lang),
            t("ppe_short", lang), t("avg_waiting", lang)]
    rows = [[Paragraph(text(h), s.head) for h in head]]
    for k in kind_rows(visits):
        staffed = t("n_answered", lang, n=k.staffing_answered)
        waited = t("n_answered", lang, n=k.waiting_answered)
        cells = [_rate(k.vacancy_rate, lang, f" ({k.vacancies}/{k.posts}; {staffed})"),
                 _share(k.no_package, lang), _share(k.ppe_short, lang),
                 t("na", lang) if k.waiting_minutes is None
                 else f"{k.waiting_minutes:.0f} ({waited})"]
        # A question this kind's checklist never asks is not a missing answer.
        cells = [cell if question in k.asked else t("not_asked", lang)
                 for question, cell in zip(KIND_FIGURES, cells, strict=True)]
        rows.append([Paragraph(text(_kind(k.kind, lang)), s.cell),
                     *[Paragraph(cell, s.cell_right) for cell in cells]])
    widths = [0.2, 0.26, 0.18, 0.18, 0.18]
    table = Table(rows, colWidths=fitted_widths(rows, widths, WIDTH), repeatRows=1, hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(grid())
    days = f"{ppe_norm_days(visits):g}"
    flow += [table, note(t("footnote_share", lang)), note(t("footnote_ppe", lang, days=days))]
    unavailable = no_data_counts(visits, lang)
    if unavailable:
        flow.append(note(t("footnote_no_data", lang, items="; ".join(
            t("footnote_no_data_item", lang, question=q, n=n) for q, n in unavailable))))
    return flow


def _rate(value: float | None, lang: str, detail: str = "") -> str:
    return t("na", lang) if value is None else f"{percent(value, lang)} %{detail}"


def _share(pair: tuple[int, int], lang: str) -> str:
    part, whole = pair
    return t("na", lang) if not whole else f"{percent(100 * part / whole, lang)} % ({part}/{whole})"


def chart_flowables(data: SummaryData, lang: str) -> list[Flowable]:
    flow: list[Flowable] = []
    visits = latest_per_institution(data.visits)
    # One bar per category over all kinds, by the same arithmetic as the table's rows.
    by_category = {w.category: w.pct_regional for w in wage_rows(visits, by_kind=False)
                   if w.pct_regional is not None}
    if by_category:
        labels = [pick(STAFF_CATEGORIES.get(c), lang) or c for c in by_category]
        values = list(by_category.values())
        flow += [bar_chart(t("chart_wages", lang), labels, values, WIDTH, unit=" %",
                           number=lambda v: percent(v, lang),
                           reference=100, reference_label="100 %", highlight_below=100),
                 note(t("chart_wages_note", lang)), Spacer(1, 6 * mm)]
    kinds = [k for k in kind_rows(visits) if k.vacancy_rate is not None]
    if kinds:
        flow += [bar_chart(t("chart_vacancy", lang), [_kind(k.kind, lang) for k in kinds],
                           [k.vacancy_rate or 0 for k in kinds], WIDTH, unit=" %",
                           number=lambda v: percent(v, lang), highlight_above=10),
                 Spacer(1, 6 * mm)]
    groups = finding_groups(data.visits)  # as the findings table counts: each place once
    if groups:
        flow.append(bar_chart(t("chart_themes", lang),
                              [pick(THEMES.get(theme), lang) or theme for theme in groups],
                              [sum(len(g.places) for g in items) for items in groups.values()],
                              WIDTH, number=lambda v: format_number(v, lang)))
    return flow or [note(t("no_visits", lang))]


def findings_by_theme_flowables(data: SummaryData, lang: str) -> list[Flowable]:
    s = styles()
    groups = finding_groups(data.visits)
    if not groups:
        return [note(t("no_findings", lang))]
    flow: list[Flowable] = []
    for theme, items in groups.items():
        flow.append(sub_heading(pick(THEMES.get(theme), lang) or theme, key=f"theme-{theme}"))
        head = ["№", t("findings", lang), t("seen_at", lang)]
        rows = [[Paragraph(text(h), s.head) for h in head]]
        continued: list[int] = []
        for n, group in enumerate(items, 1):
            severity = pick(SEVERITY_NAMES.get(group.severity), lang)
            finding = f"{text(group.text)}<br/><font color='#6B6B6B' size=8>{text(severity)}"
            if group.recommendations:
                finding += f" · {text(t('recommendation', lang))}: " + text(
                    "; ".join(group.recommendations[:2]))
            finding += "</font>"
            # A bullet per place: a long name wraps, and the reader must still see where the
            # next institution begins.
            places = [Paragraph(f"{text(place(v, lang))}, "
                                f"{text(region_name(v.facility.region, lang))}, "
                                f"{day(v.visit.started_on)}", s.places, bulletText="•")
                      for v in group.places]
            # A finding seen at many institutions continues over several rows, so the table
            # can break between them; one cell taller than a page cannot be laid out at all.
            for start in range(0, len(places), PLACES_PER_ROW):
                chunk = places[start:start + PLACES_PER_ROW]
                if start == 0:
                    rows.append([Paragraph(str(n), s.cell_muted), Paragraph(finding, s.cell),
                                 [Paragraph(f"<b>{len(places)}</b>", s.cell), *chunk]])
                else:
                    rows.append(["", "", chunk])
                    continued.append(len(rows) - 1)
        table = Table(rows, colWidths=fitted_widths(rows, [0.06, 0.5, 0.44], WIDTH), repeatRows=1,
                      hAlign="LEFT", splitInRow=1)
        # Continuation rows get no rule above, so they read as one entry with the row before.
        table.setStyle(grid(*[("LINEBELOW", (0, r - 1), (-1, r - 1), 0.4, WHITE)
                              for r in continued]))
        flow.append(table)
    return flow


def render_summary(data: SummaryData, target: Path, *, lang: str, layout: Layout,
                   on_progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None) -> Path:
    makers = {"institutions": institutions_flowables, "figures": figures_flowables,
              "charts": chart_flowables, "findings_by_theme": findings_by_theme_flowables}
    story: list[Flowable] = []
    number = 0
    for section in layout.summary_sections:
        if section == "cover":
            story += cover_flowables(data, layout, lang)
            if not data.visits:
                story.append(note(t("no_visits", lang)))
            continue
        if not data.visits:
            continue
        number += 1
        story += keep_heading(section_heading(layout, section, lang, number),
                              makers[section](data, lang))
    kinds = sorted({_kind(v.facility.kind, lang) for v in data.visits})
    info = DocumentInfo(
        title=t("summary_report", lang), author=", ".join(
            sorted({d for v in data.visits for d in v.visit.deputies})) or "Inspector",
        subject=t("summary_subject", lang) + (f": {', '.join(kinds)}" if kinds else ""),
        lang=lang, keywords=kinds,
        header_left=pick(layout.letterhead, lang) or t("summary_report", lang),
        header_right=t("summary_report", lang),
        footer_left=t("generated", lang, date=day(date.today().isoformat())),
        page_label=t("page", lang, n="{n}", m="{m}"))
    loaded = len(data.visits)
    return build_pdf(story, target, info, on_progress=on_progress, is_cancelled=is_cancelled,
                     progress_offset=loaded, progress_total=2 * loaded + 1)
