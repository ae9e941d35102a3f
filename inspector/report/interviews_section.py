"""Staff interviews, anonymous unless the person agreed to be named.

«Сотрудник 3, медсестра, стаж 2 года»: the role and years of service make an answer weigh
something without saying who gave it. Consent questions and the name question itself are
never printed as answers; the name appears only in the title, and only with consent.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from ..domain.checklist import ChecklistTemplate
from ..domain.errors import NotFound
from ..domain.interview import CONSENT_NAMED, CONSENT_RECORD, INTERVIEWEE_NAME, Interview
from ..domain.templates import template
from ..domain.text import N_, pick
from .blocks import note, sub_heading
from .model import EXPERIENCE_IDS, ROLE_IDS, interview_label_parts
from .styles import grid, styles, text
from .texts import t, years

_NOT_PRINTED = {CONSENT_RECORD, CONSENT_NAMED, INTERVIEWEE_NAME}
EXPERIENCE = N_("{y} of service")


def interview_form(interview: Interview) -> ChecklistTemplate | None:
    try:
        return template(interview.template_id, interview.template_version)
    except NotFound:
        return None


def interview_title(number: int, interview: Interview, form: ChecklistTemplate | None,
                    lang: str) -> str:
    name, role, service = interview_label_parts(interview, form, lang)
    parts = [name or t("staff_member", lang, n=number)]
    if role:
        parts.append(role.lower() if lang != "en" else role)
    if service is not None:
        parts.append(pick(EXPERIENCE, lang).format(y=years(service, lang)))
    title = ", ".join(parts)
    if name:
        title += f" ({t('named_by_consent', lang)})"
    return title


def interview_flowables(interviews: list[Interview], lang: str, width: float) -> list[Flowable]:
    if not interviews:
        return [note(t("no_interviews", lang))]
    s = styles()
    flow: list[Flowable] = [note(t("anonymity_note", lang))]
    for number, interview in enumerate(interviews, 1):
        form = interview_form(interview)
        title = interview_title(number, interview, form, lang)
        rows = []
        if form is not None:
            applicable = form.applicable(interview.answers)  # a hidden question's answer is none
            for question in form.questions():
                value = applicable.get(question.id)
                if question.id in _NOT_PRINTED or value in (None, "", []):
                    continue
                if question.id in ROLE_IDS + EXPERIENCE_IDS:
                    continue  # already in the title
                rows.append([Paragraph(text(pick(question.text, lang)), s.cell),
                             Paragraph(text(question.display(value, lang)), s.cell)])
        if interview.notes.strip():
            rows.append([Paragraph(text(t("notes", lang)), s.cell_muted),
                         Paragraph(text(interview.notes), s.cell)])
        heading = sub_heading(title, key=f"interview-{number}")
        if not rows:
            flow.append(heading)
            continue
        table = Table(rows, colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT", splitInRow=1)
        table.setStyle(grid(header=False))
        # Keep a short interview with its title; a long one may break across pages.
        flow.append(KeepTogether([heading, table]) if len(rows) <= 12 else heading)
        if len(rows) > 12:
            flow.append(table)
    return flow
