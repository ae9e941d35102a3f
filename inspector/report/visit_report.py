"""The report on one visit: cover, key figures, checklist, interviews, findings, photos, signatures.

Sections and their order come from the layout; each section is a function of the visit's data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ..domain.interview import INTERVIEWEE_NAME
from ..domain.kinds import KIND_NAMES
from ..domain.regional_wages import REGIONAL_WAGE
from ..domain.regions import region_name
from ..domain.report_checks import name_warnings
from ..domain.text import day, pick
from .blocks import (
    details_table,
    keep_heading,
    letterhead,
    note,
    section_heading,
    signature_block,
)
from .changes_section import changes_flowables, has_changes
from .checklist_section import checklist_flowables, key_figure_flowables
from .document import DocumentInfo, Heading, build_pdf
from .executive import conclusion_paragraphs, executive_flowables
from .findings_section import finding_flowables
from .interviews_section import interview_flowables, interview_form
from .key_figures import cited_norms, key_figures, regional_wage_note
from .layout import Layout
from .manifest import attach_manifest, build_manifest, manifest_flowables, mt
from .model import VisitData
from .photo_annex import photo_flowables
from .photos import PreparedPhoto, choose_photos, prepare_photos
from .photos import withheld as photo_withheld
from .styles import PAGE_MARGIN_X, styles, text
from .texts import t
from .urgent import urgent_box, urgent_matters

WIDTH = A4[0] - 2 * PAGE_MARGIN_X


def visit_dates(data: VisitData) -> str:
    visit = data.visit
    if visit.ended_on and visit.ended_on != visit.started_on:
        return f"{day(visit.started_on)} — {day(visit.ended_on)}"
    return day(visit.started_on)


def document_info(data: VisitData, layout: Layout, lang: str,
                  personal_data: bool = False) -> DocumentInfo:
    facility = data.facility
    title = f"{t('visit_report', lang)}: {facility.name}, {visit_dates(data)}"
    # A draft must not pass for the final report, in the viewer's title bar nor on paper.
    watermark = "" if data.visit.is_completed else t("watermark", lang)
    if watermark:
        title = f"{watermark}. {title}"
    kind = pick(KIND_NAMES.get(facility.kind), lang) or facility.kind
    marking = t("confidential", lang) if personal_data else ""
    keywords = [kind, region_name(facility.region, lang), data.visit.started_on]
    return DocumentInfo(
        title=title,
        author=", ".join(data.visit.deputies) or "Inspector",
        subject=f"{kind}; {region_name(facility.region, lang)}; {pick(data.template.title, lang)}",
        lang=lang,
        keywords=[*keywords, marking] if marking else keywords,
        header_left=pick(layout.letterhead, lang) or t("visit_report", lang),
        header_subject=facility.name,
        header_date=visit_dates(data),
        marking=marking,
        footer_left=t("generated", lang, date=day(date.today().isoformat())),
        page_label=t("page", lang, n="{n}", m="{m}"),
        watermark=watermark,
    )


def cover_flowables(data: VisitData, layout: Layout, lang: str) -> list[Flowable]:
    s = styles()
    visit, facility = data.visit, data.facility
    region = region_name(facility.region, lang)
    if facility.district:
        region += f", {facility.district}"
    rows = [
        (t("institution", lang), f"<b>{text(facility.name)}</b>"),
        (t("kind", lang), text(pick(KIND_NAMES.get(facility.kind), lang) or facility.kind)),
        (t("region", lang), text(region)),
        (t("address", lang), text(facility.address or "—")),
        (t("visit_dates", lang), text(visit_dates(data))),
        (t("visit_mode", lang), text(t("announced" if visit.announced else "unannounced", lang))),
        (t("deputies", lang), text(", ".join(visit.deputies) or "—")),
    ]
    if visit.participants:
        rows.append((t("participants", lang), text(", ".join(visit.participants))))
    rows.append((t("checklist_used", lang),
                 text(f"{pick(data.template.title, lang)} (v{data.template.version})")))
    rows.append((t("status", lang),
                 text(t("completed" if visit.is_completed else "draft", lang))))
    if visit.notes.strip():
        rows.append((t("notes", lang), text(visit.notes)))
    return [
        *letterhead(layout, lang),
        Paragraph(text(t("visit_report", lang)), s.title),
        Paragraph(text(facility.name), s.subtitle),
        section_heading(layout, "cover", lang),
        details_table(rows, WIDTH),
    ]


def conclusion_flowables(data: VisitData, lang: str) -> list[Flowable]:
    said = [Paragraph(text(p), styles().body) for p in conclusion_paragraphs(data, lang)]
    # The last words and the signatures never part: a page holding only signature lines would
    # look forged.
    return [*said[:-1], KeepTogether([said[-1],
                                      *signature_block(data.visit.deputies, lang, WIDTH)])]


def holds_personal_data(data: VisitData, layout: Layout, prepared: list[PreparedPhoto]) -> bool:
    """Whether the report names or shows someone: an interviewee named with consent, a photo
    showing faces, or free text that seems to hold a name. Such a report is marked confidential
    on every page."""
    if "interviews" in layout.visit_sections and any(
            i.may_be_named and str(i.answers.get(INTERVIEWEE_NAME) or "").strip()
            for i in data.interviews):
        return True
    if any(p.photo.shows_faces for p in prepared):
        return True
    return bool(name_warnings(data.visit, data.template, data.answers, data.interviews,
                              data.findings, interview_form=interview_form))


def wage_notes(data: VisitData, lang: str) -> list[str]:
    """The regional average's source and period, where the checklist compares wages with it."""
    return [regional_wage_note(data, lang)] if data.template.question(REGIONAL_WAGE) else []


def build_story(data: VisitData, prepared: list[PreparedPhoto], left_out: int, layout: Layout,
                lang: str, with_faces: bool) -> list[Flowable]:
    interview_numbers = data.interview_numbers()
    interviews = sorted((i for i in data.interviews if i.id in interview_numbers),
                        key=lambda i: interview_numbers[i.id])
    withheld = {p.id for p in data.photos if photo_withheld(p, with_faces=with_faces)}
    makers: dict[str, Callable[[], list[Flowable]]] = {
        "key_figures": lambda: key_figure_flowables(key_figures(data, lang), lang, WIDTH,
                                                    cited_norms(data), wage_notes(data, lang)),
        "changes": lambda: changes_flowables(data, lang, WIDTH),
        "checklist": lambda: checklist_flowables(data, lang, WIDTH, prepared=prepared,
                                                 show_unanswered=layout.show_unanswered),
        "interviews": lambda: interview_flowables(interviews, lang, WIDTH),
        "findings": lambda: finding_flowables(data, lang, WIDTH, prepared, interview_numbers,
                                              withheld),
        "conclusion": lambda: conclusion_flowables(data, lang),
        "photos": lambda: photo_flowables(data, prepared, left_out, with_faces, lang, WIDTH,
                                          layout.photo_columns),
    }
    story: list[Flowable] = []
    # Whatever the layout, red lines lead, and the executive summary follows them on page 1.
    urgent = urgent_box(urgent_matters(data, lang), lang, WIDTH) + executive_flowables(
        data, lang, WIDTH)
    if "cover" not in layout.visit_sections:
        story += urgent
    number = 0
    for section in layout.visit_sections:
        if section == "cover":
            story += cover_flowables(data, layout, lang) + urgent
            continue
        if section == "changes" and not has_changes(data):
            continue  # a first visit has nothing to compare
        number += 1
        story += keep_heading(section_heading(layout, section, lang, number), makers[section]())
    if "cover" not in layout.visit_sections and not story:
        story.append(note(t("nothing_answered", lang)))
    return story


def render_visit_report(data: VisitData, target: Path, *, lang: str, layout: Layout,
                        with_faces: bool = False,
                        on_progress: Callable[[int, int], None] | None = None,
                        is_cancelled: Callable[[], bool] | None = None,
                        report_id: str | None = None) -> Path:
    """Write the PDF. Photos are prepared first (the slow part), then the pages are laid out;
    the evidence manifest ends it and is embedded as JSON (report/manifest.py)."""
    if "photos" in layout.visit_sections:
        chosen, left_out = choose_photos(data.photos, with_faces=with_faces)
    else:
        chosen, left_out = [], 0
    # Layout is worth about half a photo per photo, plus a fixed share for the text.
    total = len(chosen) + len(chosen) // 2 + 20
    if on_progress is not None:
        on_progress(0, total)
    prepared = prepare_photos(chosen, data.photo_paths, longest_side=layout.photo_longest_side,
                              quality=layout.photo_quality, on_progress=on_progress,
                              is_cancelled=is_cancelled, progress_total=total,
                              cover_faces=not with_faces)
    story = build_story(data, prepared, left_out, layout, lang, with_faces)
    personal = holds_personal_data(data, layout, prepared)
    manifest = build_manifest(data, prepared, report_id=report_id)
    story += [Heading(text(mt("heading", lang)), styles().h1, key="manifest",
                      room_below=60 * mm), *manifest_flowables(manifest, lang, WIDTH)]
    build_pdf(story, target, document_info(data, layout, lang, personal),
              on_progress=on_progress, is_cancelled=is_cancelled,
              progress_offset=len(chosen), progress_total=total)
    attach_manifest(target, manifest)
    return target
