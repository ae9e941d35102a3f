"""Answers, interviews and findings as rows, with headers in the reader's language.

The one place that flattens visits into tables: CSV, JSON and spreadsheet exports all read it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..domain.addressees import addressee_in
from ..domain.anonymity import TENURE_IDS, tenure_band
from ..domain.answer_values import NO_DATA_KEY, is_no_data
from ..domain.evidence import evidence_describer
from ..domain.facility import Facility
from ..domain.finding import SEVERITY_NAMES, THEMES, Evidence
from ..domain.kinds import KIND_NAMES
from ..domain.regions import region_name
from ..domain.templates import template_or_blank
from ..domain.text import N_, Message, pick
from ..domain.visit import Visit
from .interviews_section import per_person_value
from .model import VisitData


@dataclass(frozen=True)
class Table:
    name: str
    headers: list[str]
    rows: list[list[Any]]


_HEADERS = {
    "visit": N_("Visit"),
    "date": N_("Date"),
    "kind": N_("Kind"),
    "facility": N_("Institution"),
    "region": N_("Region"),
    "status": N_("Status"),
    "urgent": N_("Urgent matter"),
    "section": N_("Section"),
    "question_id": N_("Question id"),
    "question": N_("Question"),
    "answer": N_("Answer"),
    "value": N_("Value"),
    "comment": N_("Comment"),
    "problem": N_("Problem"),
    "interview": N_("Interview"),
    "severity": N_("Severity"),
    "theme": N_("Theme"),
    "finding": N_("Finding"),
    "recommendation": N_("Recommendation"),
    "addressee": N_("Addressee"),
    "evidence": N_("Evidence"),
    "number": N_("No."),
    "due": N_("Due"),
}
TABLE_NAMES = {
    "answers": N_("Answers"),
    "interviews": N_("Interviews"),
    "findings": N_("Findings"),
}
_YES_NO = {True: N_("yes"), False: Message("")}
_STATUS = {"completed": N_("completed"),
           "draft": N_("draft")}
_VISIT_KEYS = ["visit", "date", "kind", "facility", "region", "status"]


def _headers(keys: Iterable[str], lang: str) -> list[str]:
    return [pick(_HEADERS[k], lang) for k in keys]


def _visit_cells(visit: Visit, facility: Facility, lang: str) -> list[Any]:
    status = pick(_STATUS.get(visit.status), lang) or visit.status
    return [visit.id, visit.started_on, pick(KIND_NAMES.get(facility.kind), lang) or facility.kind,
            facility.name, region_name(facility.region, lang), status]


def answers_table(visits: list[VisitData], lang: str) -> Table:
    keys = [*_VISIT_KEYS, "section", "number", "question_id", "question", "answer", "value",
            "comment", "problem", "urgent"]
    rows = []
    for data in visits:
        visit, facility, form, answers = data.visit, data.facility, data.template, data.answers
        applicable = data.values()
        verdict = data.evaluation
        sections = {s.id: pick(s.title, lang) for s in form.sections}
        for question in form.questions():
            answer = answers.get(question.id)
            if answer is None or question.id not in applicable:
                continue  # a hidden question's answer is kept, but it is not an answer
            rows.append(_visit_cells(visit, facility, lang) + [
                sections[question.section_id], form.number(question.id), question.id,
                pick(question.text, lang),
                question.display(answer.value, lang), _plain(answer.value), answer.comment,
                pick(_YES_NO[verdict.is_problem(question)], lang),
                pick(_YES_NO[verdict.is_red_line(question)], lang)])
    return Table(pick(TABLE_NAMES["answers"], lang), _headers(keys, lang), rows)


def interviews_table(visits: list[VisitData], lang: str) -> Table:
    """One row per interview answer. Names appear only where the person agreed to be named."""
    keys = [*_VISIT_KEYS, "interview", "question_id", "question", "answer"]
    rows = []
    for data in visits:
        visit, facility = data.visit, data.facility
        numbers = data.interview_numbers()
        for interview in data.interviews:
            number = numbers.get(interview.id)
            if number is None:
                continue  # without consent to record nothing but the refusal exists
            form = template_or_blank(interview.template_id, interview.template_version)
            applicable = form.applicable(interview.answers)
            for question in form.questions():
                value = applicable.get(question.id)
                if value is None or (question.id == "interviewee_name"
                                     and not interview.may_be_named):
                    continue
                # The report's rule (domain/anonymity.py): a row per person never holds pay or
                # health, and says tenure and age as bands unless the person is named.
                shown = per_person_value(question, value, interview.may_be_named, lang)
                if question.id in TENURE_IDS and not interview.may_be_named:
                    shown = tenure_band(value, lang)
                if shown is None:
                    continue
                rows.append(_visit_cells(visit, facility, lang) + [
                    number, question.id, pick(question.text, lang), shown])
    return Table(pick(TABLE_NAMES["interviews"], lang), _headers(keys, lang), rows)


def findings_table(visits: list[VisitData], lang: str) -> Table:
    keys = [*_VISIT_KEYS, "number", "severity", "theme", "finding", "recommendation",
            "addressee", "due", "evidence"]
    rows = []
    for data in visits:
        visit, facility, findings = data.visit, data.facility, data.findings
        if not findings:
            continue
        describe = _evidence_describer(data, lang)
        for number, finding in enumerate(findings, 1):
            rows.append(_visit_cells(visit, facility, lang) + [
                number, pick(SEVERITY_NAMES.get(finding.severity), lang),
                pick(THEMES.get(finding.theme), lang), finding.text, finding.recommendation,
                addressee_in(finding.addressee, lang), finding.due_date,
                "; ".join(filter(None, map(describe, finding.evidence_links())))])
    return Table(pick(TABLE_NAMES["findings"], lang), _headers(keys, lang), rows)


def _evidence_describer(data: VisitData, lang: str) -> Callable[[Evidence], str]:
    return evidence_describer(data.template, data.answers.values(), data.values(), data.photos,
                              data.interview_numbers(), lang)


def all_tables(visits: list[VisitData], lang: str) -> list[Table]:
    """The visits as loaded (services/report_data.py), in their order."""
    return [answers_table(visits, lang), interviews_table(visits, lang),
            findings_table(visits, lang)]


def _plain(value: Any) -> Any:
    """The stored value as a code: option ids joined, «нет данных» as `no_data` (never 0 or
    empty, so a filter on the column tells it from a zero and from no answer)."""
    if is_no_data(value):
        return NO_DATA_KEY
    return "; ".join(map(str, value)) if isinstance(value, list) else value
