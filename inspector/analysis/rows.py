"""One visit's records as the rows of the analyst's tables: pure functions, no database.

The laptop and the server load records their own way and hand them here as a VisitRecords, so
the same visit gives the same rows from either. Every verdict comes from the domain's evaluator
(domain/evaluation.py), so a key figure here is the key figure of the visit's PDF, and a
problem or a red line is the one the report marks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.anonymity import (
    AGE_IDS,
    MIN_GROUP,
    TENURE_IDS,
    age_band,
    aggregate_only,
    choice_counts,
    names_in,
    spread,
    tenure_band,
)
from ..domain.answer import Answer
from ..domain.answer_values import is_no_data
from ..domain.checklist import (
    CHOICE_TYPES,
    NUMERIC_TYPES,
    ChecklistTemplate,
    Question,
    QuestionType,
)
from ..domain.evaluation import DERIVED, Evaluation
from ..domain.evidence import evidence_describer
from ..domain.facility import Facility
from ..domain.figures import (
    REGIONAL_WAGE,
    STAFF_CATEGORIES,
    WAGE_AVG,
    WAGE_MIN,
    no_social_package,
    ppe_short,
)
from ..domain.finding import SEVERITY_NAMES, THEMES, Finding
from ..domain.inquiry import RATING_NAMES, Inquiry
from ..domain.inquiry import STATUS_NAMES as INQUIRY_STATUS
from ..domain.interview import (
    CONSENT_NAMED,
    CONSENT_RECORD,
    INTERVIEWEE_NAME,
    Interview,
    interview_label_parts,
)
from ..domain.kinds import KIND_NAMES
from ..domain.ordering import in_order, interview_numbers
from ..domain.photo import Photo
from ..domain.recommendation import STATUS_NAMES as RECOMMENDATION_STATUS
from ..domain.regional_wages import references_for, regional_wage
from ..domain.regions import region_name
from ..domain.templates import template_or_blank
from ..domain.text import N_, pick
from ..domain.visit import Visit
from ..domain.words import folded, terms

STATUS_NAMES = {"completed": N_("completed"),
                "draft": N_("draft")}
NOT_ANSWERS = frozenset({CONSENT_RECORD, CONSENT_NAMED, INTERVIEWEE_NAME, *TENURE_IDS, *AGE_IDS})
WITHHELD = N_("[name withheld]")


@dataclass
class VisitRecords:
    """A visit with everything recorded on it, as the laptop's store or the server holds it."""

    visit: Visit
    facility: Facility
    template: ChecklistTemplate
    answers: list[Answer] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    photo_bytes: Callable[[Photo], bytes | None] | None = None  # only with --with-photos

    def __post_init__(self) -> None:
        # Numbered lists are numbered by synced data, whatever order the source read them in.
        self.interviews, self.findings = in_order(self.interviews), in_order(self.findings)
        self.photos = in_order(self.photos)
        raw = {a.question_id: a.value for a in self.answers}
        self.values = self.template.applicable(raw)
        # The published regional wage the report and the summary compare with, unless typed.
        self.evaluation = Evaluation(self.template, self.values,
                                     {a.question_id: a.flagged for a in self.answers},
                                     references=references_for(self.facility.region,
                                                               self.visit.started_on))
        # Each verdict once per visit (the answers' rows, the visit's counts and the views all
        # read them), the same calls as Evaluation.counts and red_lines make.
        verdict = self.evaluation
        applicable = verdict.applicable()
        answered = [q for q in applicable if verdict.is_answered(q.id)]
        self.problems = {q.id for q in answered if verdict.is_problem(q)}
        self.red_lines = {q.id for q in applicable if verdict.is_red_line(q)}
        self.counts = (len(applicable), len(answered), len(self.problems))
        # A name recorded without consent to be named (an old laptop may have sent one) is
        # looked for in every text of the visit; the deputies and participants are public.
        self.withheld = [str(i.answers.get(INTERVIEWEE_NAME) or "") for i in self.interviews
                         if not i.may_be_named and i.answers.get(INTERVIEWEE_NAME)]
        self.public = [*self.visit.deputies, *self.visit.participants]

    def redact(self, text: str, lang: str, *, by_pattern: bool = False) -> str:
        """The text without the withheld names; with `by_pattern` (what interviewees said),
        without anything that looks like a person's name either (domain/anonymity.py)."""
        if not text or not (self.withheld or by_pattern):
            return text
        found = names_in(text, self.withheld, self.public) if by_pattern else [
            n for n in names_in(text, self.withheld, self.public) if _is_withheld(n, self.withheld)]
        mark = pick(WITHHELD, lang)
        for name in sorted(found, key=len, reverse=True):
            text = text.replace(name, mark)
        # A first name and a surname found one by one read as one withheld name.
        return re.sub(rf"{re.escape(mark)}(?:\s+{re.escape(mark)})+", mark, text)


def _is_withheld(found: str, withheld: list[str]) -> bool:
    words = {w.lower() for name in withheld for w in name.split() if len(w) >= 3}
    return any(w.lower() in words for w in found.split())


def typed_value(question: Question, value: Any) -> dict[str, Any]:
    """The answer in the column its type belongs in, so SQL compares numbers as numbers."""
    t = question.type
    cells: dict[str, Any] = {}
    if t in NUMERIC_TYPES:
        number = _number(value)
        cells["value_number"] = number
        if t == QuestionType.MONEY:
            cells["value_money"] = number
    elif t == QuestionType.YES_NO:
        cells["value_yes_no"] = {"yes": 1, "no": 0}.get(value)
    elif t in CHOICE_TYPES:
        cells["value_choices"] = json.dumps(value if isinstance(value, list) else [value],
                                            ensure_ascii=False)
    elif t == QuestionType.DATE:
        cells["value_date"] = str(value)
    else:
        cells["value_text"] = str(value)
    return cells


def column_value(question: Question, value: Any, lang: str) -> Any:
    """One answer as one cell of a wide table: a number, 1/0 for yes/no, else the words."""
    if value in (None, "", []):
        return None
    if question.type in NUMERIC_TYPES:
        return _number(value)
    if question.type == QuestionType.YES_NO:
        return {"yes": 1, "no": 0}.get(value)
    return question.display(value, lang)


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value).replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        return None


def search_text(*parts: str) -> str:
    """What full-text search indexes beside the text itself: its words folded and stemmed as the
    app's search keeps them, so «бобек» finds «Бөбек» and «зарплата» finds «зарплату»."""
    text = " ".join(p for p in parts if p)
    return f"{folded(text)} {terms(text)}".strip()


def facility_row(f: Facility, lang: str) -> dict[str, Any]:
    return {"id": f.id, "name": f.name, "kind": f.kind,
            "kind_label": pick(KIND_NAMES.get(f.kind), lang) or f.kind,
            "region": f.region, "region_label": region_name(f.region, lang),
            "district": f.district, "address": f.address, "latitude": f.latitude,
            "longitude": f.longitude,
            "search": search_text(f.name, f.district, f.address,
                                  *(region_name(f.region, code) for code in ("ru", "kk", "en")))}


def visit_row(r: VisitRecords, lang: str) -> dict[str, Any]:
    v, f = r.visit, r.facility
    applicable, answered, problems = r.counts
    return {"id": v.id, "facility_id": f.id, "institution": f.name, "kind": f.kind,
            "kind_label": pick(KIND_NAMES.get(f.kind), lang) or f.kind, "region": f.region,
            "region_label": region_name(f.region, lang), "started_on": v.started_on,
            "ended_on": v.ended_on or None, "year": _year(v.started_on), "status": v.status,
            "status_label": pick(STATUS_NAMES.get(v.status), lang) or v.status,
            "deputies": ", ".join(v.deputies), "participants": ", ".join(v.participants),
            "announced": int(v.announced), "template_id": v.template_id,
            "template_version": v.template_version, "questions_applicable": applicable,
            "answered": answered, "problems": problems,
            "red_lines": len(r.red_lines), "findings": len(r.findings),
            "photos": len(r.photos), "completed_at": v.completed_at or None, "notes": r.redact(v.notes, lang)}


def _year(iso: str) -> int | None:
    return int(iso[:4]) if iso[:4].isdigit() else None


def answer_rows(r: VisitRecords, lang: str) -> Iterator[dict[str, Any]]:
    form = r.template
    stored = {a.question_id: a for a in r.answers}
    sections = {s.id: pick(s.title, lang) for s in form.sections}
    for question in form.questions():
        answer = stored.get(question.id)
        if answer is None or question.id not in r.values:
            continue  # a hidden question's answer is kept, but it is not an answer
        value = answer.value
        if question.type == QuestionType.TEXT and isinstance(value, str):
            value = r.redact(value, lang)
        comment = r.redact(answer.comment, lang)
        yield {"id": answer.id, "visit_id": r.visit.id, "question_id": question.id,
               "question_number": form.number(question.id),
               "section": sections.get(question.section_id, ""),
               "question": pick(question.text, lang), "type": str(question.type),
               **_blank_values(), **typed_value(question, value),
               "value_label": question.display(value, lang),
               "no_data": int(is_no_data(value)),
               "unit": _unit(question, lang), "comment": comment,
               "problem": int(question.id in r.problems),
               "red_line": int(question.id in r.red_lines),
               "search": search_text(comment,
                                     value if question.type == QuestionType.TEXT else "")}


def _blank_values() -> dict[str, Any]:
    return dict.fromkeys(("value_number", "value_money", "value_yes_no", "value_choices",
                          "value_text", "value_date"))


MONEY_UNIT = N_("tenge")


def _unit(question: Question, lang: str) -> str | None:
    if question.type == QuestionType.MONEY:
        return pick(MONEY_UNIT, lang)
    return pick(question.unit, lang) or None


def key_figure_row(r: VisitRecords, lang: str) -> dict[str, Any]:
    """The template's key figures as columns, answered or derived as the PDF shows them."""
    row: dict[str, Any] = {"visit_id": r.visit.id, "facility_id": r.facility.id,
                           "institution": r.facility.name, "kind": r.facility.kind,
                           "region": r.facility.region, "started_on": r.visit.started_on,
                           "year": _year(r.visit.started_on), "status": r.visit.status}
    regional = None
    for figure in r.evaluation.key_figures():
        question = figure.question
        row[question.id] = column_value(question, figure.value, lang)
        if question.offers_no_data:
            row[f"{question.id}_no_data"] = int(is_no_data(figure.value))
        if question.id in DERIVED:
            row[f"{question.id}_derived"] = int(figure.derived)
        if question.id == REGIONAL_WAGE:
            regional = _number(figure.value)
        if figure.comparison is not None and figure.comparison.norm.of is not None:
            row[f"{question.id}_pct"] = figure.comparison.figure
        if figure.comparison is not None:
            row[f"{question.id}_meets_norm"] = int(figure.comparison.met)
    row["vacancy_rate"] = r.evaluation.vacancy_rate()
    if regional is not None:
        typed = r.evaluation.is_answered(REGIONAL_WAGE)
        published = regional_wage(r.facility.region, r.visit.started_on)
        if typed or published is None:
            answer = next((a for a in r.answers if a.question_id == REGIONAL_WAGE), None)
            row["regional_avg_wage_source"] = _regional_source(r.template, lang)
            row["regional_avg_wage_period"] = (answer.comment if answer else "") or None
        else:  # the Bureau's published figure, as the report's footnote cites it
            row["regional_avg_wage_source"] = pick(published.source, lang)
            row["regional_avg_wage_period"] = pick(published.label, lang)
    without = no_social_package(r.values.get("social_package"))
    row["no_social_package"] = None if without is None else int(without)
    short = ppe_short(r.evaluation)
    row["ppe_short"] = None if short is None else int(short)
    return row


def _regional_source(form: ChecklistTemplate, lang: str) -> str | None:
    """The source the template's wage norm cites for the regional average."""
    for norm in form.norms:
        if norm.of == REGIONAL_WAGE:
            return pick(norm.source, lang)
    question = form.question(REGIONAL_WAGE)
    return pick(question.help, lang) if question is not None and question.help else None


def wage_rows(r: VisitRecords, lang: str) -> Iterator[dict[str, Any]]:
    """One row per staff category whose average or minimum wage was given, beside the regional
    average; the percentage as the summary computes it (average over the regional average)."""
    # Typed by the deputies, or the published figure: as the report and the summary compare.
    regional = _number(r.evaluation.figure(REGIONAL_WAGE)[0]) or None
    categories = [q.id[len(WAGE_AVG):] for q in r.template.questions()
                  if q.id.startswith(WAGE_AVG)]
    categories += [q.id[len(WAGE_MIN):] for q in r.template.questions()
                   if q.id.startswith(WAGE_MIN) and q.id[len(WAGE_MIN):] not in categories]
    for category in categories:
        average = _number(r.values.get(WAGE_AVG + category))
        minimum = _number(r.values.get(WAGE_MIN + category))
        if average is None and minimum is None:
            continue
        pct = 100 * average / regional if average is not None and regional else None
        yield {"id": f"{r.visit.id}/{category}", "visit_id": r.visit.id, "category": category,
               "category_label": pick(STAFF_CATEGORIES.get(category), lang) or category,
               "average": average, "minimum": minimum,
               "regional_average": regional if average is not None else None,
               "pct_regional": pct, "below_regional": None if pct is None else int(pct < 100)}


def interview_rows(r: VisitRecords, lang: str,
                   form_of: Callable[[str, int], ChecklistTemplate] = template_or_blank,
                   ) -> Iterator[dict[str, Any]]:
    """Interviews anonymous as in the reports (domain/anonymity.py): only those with consent to
    record, the name only where the person agreed to be named (Interview.may_be_named), tenure
    and age in bands, no per-person answer about pay, health or plans to leave (interview_figures
    has them aggregated), names looked for and withheld in what the person said."""
    numbers = interview_numbers(r.interviews)
    for interview in r.interviews:
        number = numbers.get(interview.id)
        if number is None:
            continue
        form = form_of(interview.template_id, interview.template_version)
        name, role, years = interview_label_parts(interview, form, lang)
        applicable = form.applicable(interview.answers)
        age = next((applicable[q] for q in AGE_IDS if q in applicable), None)
        row: dict[str, Any] = {"id": interview.id, "visit_id": r.visit.id, "number": number,
                               "named": int(name is not None), "name": name,
                               "role": r.redact(role or "", lang, by_pattern=True) or None,
                               "tenure_band": tenure_band(years, lang),
                               "age_years_band": age_band(age, lang)}
        texts = []
        for question in form.questions():
            if question.id in NOT_ANSWERS or aggregate_only(question):
                continue
            value = applicable.get(question.id)
            cell = column_value(question, value, lang)
            if question.type == QuestionType.TEXT and cell:
                cell = r.redact(cell, lang, by_pattern=True)
                texts.append(cell)
            row[question.id] = cell
        row["notes"] = r.redact(interview.notes, lang, by_pattern=True)
        row["search"] = search_text(row["notes"], *texts)
        yield row


def interview_figure_rows(r: VisitRecords, lang: str,
                          form_of: Callable[[str, int], ChecklistTemplate] = template_or_blank,
                          ) -> Iterator[dict[str, Any]]:
    """The answers never shown per person, over the visit's interviewees: how many answered, and
    the median and range (numbers) or how many chose each option, only from MIN_GROUP up."""
    consented = [i for i in r.interviews if i.consent_given]
    if not consented:
        return
    forms = {(i.template_id, i.template_version): form_of(i.template_id, i.template_version)
             for i in consented}
    seen: set[str] = set()
    for form in forms.values():
        for question in form.questions():
            if not aggregate_only(question) or question.id in seen:
                continue
            seen.add(question.id)
            values = [form.applicable(i.answers).get(question.id) for i in consented]
            row: dict[str, Any] = {"id": f"{r.visit.id}/{question.id}", "visit_id": r.visit.id,
                                   "question_id": question.id,
                                   "question": pick(question.text, lang),
                                   "unit": _unit(question, lang), "answered": 0,
                                   "median": None, "low": None, "high": None, "counts": None}
            if question.type in NUMERIC_TYPES:
                found = spread(values)
                row.update(answered=found.answered, median=found.median, low=found.low,
                           high=found.high)
            else:
                counts, answered = choice_counts(values)
                row["answered"] = answered
                if answered >= MIN_GROUP:
                    row["counts"] = ", ".join(
                        f"{question.display(option, lang)}: {n}" for option, n in counts.items())
            if row["answered"]:
                yield row


def finding_rows(r: VisitRecords, lang: str) -> Iterator[dict[str, Any]]:
    describe = _evidence_describer(r, lang)
    for number, f in enumerate(r.findings, 1):
        text, recommendation = r.redact(f.text, lang), r.redact(f.recommendation, lang)
        yield {"id": f.id, "visit_id": r.visit.id, "number": number, "severity": f.severity,
               "severity_label": pick(SEVERITY_NAMES.get(f.severity), lang) or f.severity,
               "theme": f.theme, "theme_label": pick(THEMES.get(f.theme), lang) or f.theme,
               "text": text, "recommendation": recommendation, "addressee": f.addressee,
               "due_date": f.due_date or None,
               "evidence": "; ".join(filter(None, map(describe, f.evidence_links()))),
               "search": search_text(text, recommendation, f.addressee)}


def recommendation_rows(r: VisitRecords, lang: str) -> Iterator[dict[str, Any]]:
    for number, f in enumerate(r.findings, 1):
        if f.recommendation.strip():
            text = r.redact(f.recommendation, lang)
            yield {"id": f.id, "finding_id": f.id, "visit_id": r.visit.id, "number": number,
                   "text": text, "addressee": f.addressee, "due_date": f.due_date or None,
                   "status": f.recommendation_status,
                   "status_label": pick(RECOMMENDATION_STATUS.get(f.recommendation_status),
                                        lang) or f.recommendation_status,
                   "status_on": f.status_on or None, "status_by": f.status_by or None,
                   "checked_on_visit": f.status_visit_id or None,
                   "search": search_text(text, f.addressee)}


def _evidence_describer(r: VisitRecords, lang: str) -> Callable[[Any], str]:
    return evidence_describer(r.template, r.answers, r.values, r.photos,
                              interview_numbers(r.interviews), lang)


def photo_rows(r: VisitRecords, lang: str) -> Iterator[dict[str, Any]]:
    for p in r.photos:
        # A photo showing residents' or children's faces never leaves as bytes: reports leave
        # them out by default, and a database is shared further than a report.
        data = None
        if r.photo_bytes is not None and not p.shows_faces:
            data = r.photo_bytes(p)
        yield {"id": p.id, "visit_id": r.visit.id, "sha256": p.sha256, "ext": p.ext,
               "size": p.size, "width": p.width, "height": p.height,
               "caption": r.redact(p.caption, lang),
               "taken_at": p.taken_at or None, "latitude": p.latitude, "longitude": p.longitude,
               "question_id": ", ".join(p.question_ids) or None,
               "shows_faces": int(p.shows_faces),
               "original_name": r.redact(p.original_name, lang), "content": data}


def visit_tables(r: VisitRecords, lang: str) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one visit (its facility's row included)."""
    return {"facilities": [facility_row(r.facility, lang)], "visits": [visit_row(r, lang)],
            "answers": list(answer_rows(r, lang)), "key_figures": [key_figure_row(r, lang)],
            "wages": list(wage_rows(r, lang)), "interviews": list(interview_rows(r, lang)),
            "interview_figures": list(interview_figure_rows(r, lang)),
            "findings": list(finding_rows(r, lang)),
            "recommendations": list(recommendation_rows(r, lang)),
            "photos": list(photo_rows(r, lang))}



def inquiry_tables(inquiry: Inquiry, lang: str, exported_findings: set[str],
                   today: date) -> dict[str, list[dict[str, Any]]]:
    """An inquiry's rows: itself as the register shows it today, the exported findings it rests
    on, and each request with the rating of its answer."""
    due, state = inquiry.due_date(), inquiry.state(today)
    addressee = " ".join([*inquiry.addressee_position.split(), inquiry.addressee_name]).strip()
    rating = inquiry.overall_rating()
    row = {"id": inquiry.id, "title": inquiry.title, "addressee": addressee,
           "language": inquiry.language, "status": state,
           "status_label": pick(INQUIRY_STATUS.get(state), lang) or state,
           "announced_on": inquiry.announced_on or None, "term_days": inquiry.term_days,
           "due_date": due.isoformat() if due else None,
           "days_left": inquiry.days_left(today), "answered_on": inquiry.answered_on or None,
           "answer_from": inquiry.answer_from or None, "rating": rating or None,
           "findings": len(inquiry.finding_ids),
           "search": search_text(inquiry.title, addressee, inquiry.answer_from)}
    requests = []
    for n, text in enumerate(inquiry.requests, 1):
        given = inquiry.rating_of(n) or {}
        value = str(given.get("rating") or "")
        requests.append({"inquiry_id": inquiry.id, "request": n, "text": text,
                         "rating": value or None,
                         "rating_label": pick(RATING_NAMES.get(value), lang) or None,
                         "note": str(given.get("note") or "") or None})
    return {"inquiries": [row],
            "inquiry_findings": [{"inquiry_id": inquiry.id, "finding_id": f}
                                 for f in inquiry.finding_ids if f in exported_findings],
            "inquiry_requests": requests}
