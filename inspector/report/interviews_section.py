"""Staff interviews, anonymous unless the person agreed to be named.

«Сотрудник 3, медсестра, стаж 1–3 года»: the role and a band of years of service make an answer
weigh something without saying who gave it. Consent questions and the name question itself are
never printed as answers; the name appears only in the title, and only with consent.

In a small institution a per-person line of pay, health and plans to leave names the person as
surely as a name would, so those answers (domain/anonymity.py) are printed only in a table over
all interviewees — «3 из 4 опрошенных», a median and a range — and not at all below three.
"""

from __future__ import annotations

import math

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from ..domain.anonymity import (
    AGE_IDS,
    MIN_GROUP,
    TENURE_IDS,
    age_band,
    aggregate_only,
    choice_counts,
    gender_of_name,
    spread,
    tenure_band,
)
from ..domain.checklist import NUMERIC_TYPES, ChecklistTemplate, Question, QuestionType
from ..domain.errors import NotFound
from ..domain.interview import CONSENT_NAMED, CONSENT_RECORD, INTERVIEWEE_NAME, Interview
from ..domain.templates import template
from ..domain.text import N_, pick
from .blocks import note, sub_heading
from .model import ROLE_IDS, interview_label_parts
from .styles import grid, styles, text
from .texts import t, years

_NOT_PRINTED = {CONSENT_RECORD, CONSENT_NAMED, INTERVIEWEE_NAME}
EXPERIENCE = N_("{y} of service")
NAMED = {"m": "named_by_consent_m", "f": "named_by_consent_f"}


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
        # A band for anyone not named: «стаж 2,3 года» picks one nurse out of forty.
        shown = years(service, lang) if name else tenure_band(service, lang)
        if shown:
            parts.append(pick(EXPERIENCE, lang).format(y=shown))
    title = ", ".join(parts)
    if name:
        title += f" ({t(NAMED.get(gender_of_name(name) or '', 'named_by_consent'), lang)})"
    return title


def per_person_value(question: Question, value: object, named: bool, lang: str) -> str | None:
    """What one interviewee's row may say; None: only in the aggregated table."""
    if aggregate_only(question):
        return None
    if question.id in ROLE_IDS and question.type == QuestionType.TEXT and not named:
        return None  # a precise post names the person; the category describes them
    if question.id in AGE_IDS and not named:
        return age_band(value, lang)
    return question.display(value, lang)


def interview_flowables(interviews: list[Interview], lang: str, width: float) -> list[Flowable]:
    if not interviews:
        return [note(t("no_interviews", lang))]
    s = styles()
    flow: list[Flowable] = [note(t("anonymity_note", lang))]
    for number, interview in enumerate(interviews, 1):
        form = interview_form(interview)
        title = interview_title(number, interview, form, lang)
        _, role, _ = interview_label_parts(interview, form, lang)
        rows = []
        if form is not None:
            applicable = form.applicable(interview.answers)  # a hidden question's answer is none
            for question in form.questions():
                value = applicable.get(question.id)
                if question.id in _NOT_PRINTED or value in (None, "", []):
                    continue
                if question.id in TENURE_IDS:
                    continue  # already in the title
                if question.id in ROLE_IDS and (not interview.may_be_named
                                                or question.display(value, lang) == role):
                    # In the title; and for someone not named, a post as precise as «старшая
                    # медсестра 2-го отделения» says who it is: the category is enough.
                    continue
                shown = per_person_value(question, value, interview.may_be_named, lang)
                if shown is None:
                    continue
                rows.append([Paragraph(text(pick(question.text, lang)), s.cell),
                             Paragraph(text(shown), s.cell)])
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
    return flow + aggregated_flowables(interviews, lang, width)


def aggregated_rows(interviews: list[Interview], lang: str) -> list[tuple[str, str]]:
    """(question, what may be said of it over all interviewees) for the aggregate-only questions,
    in form order."""
    questions: dict[str, Question] = {}
    values: dict[str, list[object]] = {}
    asked = 0
    for interview in interviews:
        form = interview_form(interview)
        if form is None:
            continue
        asked += 1
        applicable = form.applicable(interview.answers)
        for question in form.questions():
            if aggregate_only(question):
                questions.setdefault(question.id, question)
                values.setdefault(question.id, []).append(applicable.get(question.id))
    rows = []
    for qid, question in questions.items():
        rows.append((pick(question.text, lang), _aggregate(question, values[qid], asked, lang)))
    return rows


def _aggregate(question: Question, values: list[object], asked: int, lang: str) -> str:
    answered = [v for v in values if v not in (None, "", [])]
    if len(answered) < MIN_GROUP:
        return t("aggregate_suppressed", lang, n=len(answered), k=MIN_GROUP)
    if question.type in NUMERIC_TYPES:
        figures = spread(answered)

        def value(x: float | None) -> str:  # whole tenge, half up as by hand; hours to a tenth
            return question.display(math.floor((x or 0) + 0.5) if question.type == QuestionType.MONEY
                                    else round(x or 0, 1), lang)

        return t("aggregate_spread", lang, n=figures.answered, m=asked,
                 median=value(figures.median), low=value(figures.low), high=value(figures.high))
    counts, n = choice_counts(answered)
    parts = []
    for option, k in sorted(counts.items(), key=lambda p: -p[1]):
        parts.append(t("aggregate_share", lang, what=question.display(
            [option] if isinstance(answered[0], list) else option, lang), k=k, n=n))
    return "; ".join(parts)


def aggregated_flowables(interviews: list[Interview], lang: str,
                         width: float) -> list[Flowable]:
    rows = aggregated_rows(interviews, lang)
    if not rows:
        return []
    s = styles()
    table = Table([[Paragraph(text(q), s.cell), Paragraph(text(a), s.cell)] for q, a in rows],
                  colWidths=[0.5 * width, 0.5 * width], hAlign="LEFT", splitInRow=1)
    table.setStyle(grid(header=False))
    return [sub_heading(t("aggregated_answers", lang), key="interviews-aggregated"),
            note(t("aggregated_note", lang, k=MIN_GROUP)), table]
