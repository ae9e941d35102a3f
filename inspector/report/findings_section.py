"""Findings, numbered, each with the evidence behind it and the recommendation with addressee.

A finding is stronger when several sources support it (the APT method), so each one lists its
answers, photos and interviews by the numbers they carry elsewhere in the report.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..domain.addressees import addressee_in
from ..domain.finding import SEVERITY_NAMES, THEMES, Finding
from ..domain.finding_checks import same_value
from ..domain.provenance import visit_warnings
from ..domain.text import N_, day, pick
from .blocks import note
from .document import Heading
from .manifest import photo_caution
from .model import VisitData
from .photos import PreparedPhoto
from .styles import ACCENT, PROBLEM_INK, RULE, styles, text
from .texts import t

_SEVERITY_INK = {"critical": PROBLEM_INK, "major": PROBLEM_INK}
# Kept here until the report's words move to the gettext catalogue with the rest of texts.py.
_STALE = N_("the finding quotes {quoted}: the answer changed after the finding")


def evidence_lines(finding: Finding, data: VisitData, lang: str, photo_numbers: dict[str, int],
                   interview_numbers: dict[str, int], withheld: set[str]) -> list[str]:
    """The evidence as markup lines: quoted answers, photo and interview references."""
    by_answer_id = {a.id: a for a in data.answers.values()}
    warnings = visit_warnings(data.visit, data.photos)  # provenance doubts go with the evidence
    lines = []
    for link in finding.evidence_links():
        if link.kind == "answer" and link.id in by_answer_id:
            answer = by_answer_id[link.id]
            question = data.template.question(answer.question_id)
            if question is None or not data.applies(question.id):
                continue  # a hidden question's answer is no answer, so it is no evidence
            shown = question.display(answer.value, lang) or t("no_answer", lang)
            number = data.template.number(question.id)
            line = f"{number} «{text(pick(question.text, lang))}» — <b>{text(shown)}</b>"
            if link.quotes and not same_value(link.quoted, data.value(question.id)):
                # A reader must not take a figure in the text for the one the answer now holds.
                quoted = question.display(link.quoted, lang)
                ink = PROBLEM_INK.hexval()[2:]
                line += (f" <font color='#{ink}'>⚠ "
                         f"{text(pick(_STALE, lang).format(quoted=quoted))}</font>")
            lines.append(line)
        elif link.kind == "photo":
            photo_number = photo_numbers.get(link.id)
            if photo_number is None:
                # Not in this report: say so only when it was left out for showing faces; a
                # layout without the photo annex simply does not list photos.
                if link.id in withheld:
                    lines.append(text(t("ev_photo_withheld", lang)))
            else:
                # A link into the photo annex, so a reader on screen can jump to it.
                lines.append(f'<a href="#photo-{photo_number}" color="#1F3A5F">'
                             f'{text(t("ev_photo", lang, n=photo_number))}</a>'
                             + photo_caution(link.id, warnings, lang))
        elif link.kind == "interview" and link.id in interview_numbers:
            lines.append(text(t("ev_interview", lang, n=interview_numbers[link.id])))
    return lines


def finding_flowables(data: VisitData, lang: str, width: float,
                      prepared: list[PreparedPhoto], interview_numbers: dict[str, int],
                      withheld: set[str] | None = None) -> list[Flowable]:
    """Each finding as a heading, its text and a table; the three stay on one page together."""
    if not data.findings:
        return [note(t("no_findings", lang))]
    s = styles()
    photo_numbers = {p.photo.id: p.number for p in prepared}
    flow: list[Flowable] = []
    for number, finding in enumerate(data.findings, 1):
        severity = pick(SEVERITY_NAMES.get(finding.severity), lang)
        theme = pick(THEMES.get(finding.theme), lang)
        ink = _SEVERITY_INK.get(finding.severity, ACCENT)
        title = t("finding_n", lang, n=number)
        head = Heading(f"{text(title)} <font color='#{ink.hexval()[2:]}' size=9>"
                       f"· {text(severity)} · {text(theme)}</font>", s.h3, level=1,
                       outline=f"{title}. {finding.text[:60]}", key=f"finding-{number}")
        # The heading and text are keepWithNext, so the three move to a new page together.
        parts: list[Flowable] = [head, Paragraph(text(finding.text), s.body_keep)]
        rows = []
        evidence = evidence_lines(finding, data, lang, photo_numbers, interview_numbers,
                                  withheld or set())
        if evidence:
            rows.append([Paragraph(text(t("evidence", lang)), s.label),
                         Paragraph("<br/>".join(evidence), s.cell)])
        if finding.recommendation.strip():
            rows.append([Paragraph(text(t("recommendation", lang)), s.label),
                         Paragraph(text(finding.recommendation), s.cell)])
        if finding.recommendation.strip() or finding.addressee.strip() or finding.due_date:
            # A recommendation goes to someone by a date; what is missing is said, in red.
            missing = f"<font color='#{PROBLEM_INK.hexval()[2:]}'>{{}}</font>"
            who = (f"<b>{text(addressee_in(finding.addressee, lang))}</b>"
                   if finding.addressee.strip()
                   else missing.format(text(t("no_addressee", lang))))
            due = (text(t("due", lang, date=day(finding.due_date))) if finding.due_date
                   else missing.format(text(t("no_due", lang))))
            rows.append([Paragraph(text(t("addressee", lang)), s.label),
                         Paragraph(f"{who}, {due}", s.cell)])
        if rows:
            table = Table(rows, colWidths=[0.22 * width, 0.78 * width], hAlign="LEFT", splitInRow=1)
            table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBEFORE", (0, 0), (0, -1), 2, ink),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                            ("LEFTPADDING", (0, 0), (-1, -1), 6),
                            ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
            parts.append(table)
        flow += parts
        flow.append(Spacer(1, 3 * mm))
    return flow
