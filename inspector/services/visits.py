"""Use cases of a visit: start it, answer its checklist, complete it, revisit the institution,
delete it and bring it back. The window and the command line both call these."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.answer import Answer, answer_id
from ..domain.answer_values import InvalidAnswer
from ..domain.checklist import ChecklistTemplate, Question
from ..domain.errors import InspectorError, InvalidInput
from ..domain.evaluation import Evaluation, depends_on
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.interview import Interview
from ..domain.kinds import INSTITUTION_KINDS
from ..domain.photo import Photo
from ..domain.recommendation import RecommendationCheck
from ..domain.record import Record, utc_now
from ..domain.regional_wages import references_for
from ..domain.templates import checklist_for, template
from ..domain.text import N_, pick
from ..domain.visit import Visit, VisitStatus
from ..store.profile import Profile
from .seal import record_amendment, seal_visit


class VisitIncomplete(InspectorError):
    texts = N_("The visit cannot be completed: {count} required questions are unanswered")

    def __init__(self, missing: list[Question]) -> None:
        self.missing = missing
        super().__init__(count=len(missing))


class AnswerRefused(InvalidInput):
    """What was entered is not an answer to the question: nothing was stored, and why."""

    texts = N_("The answer to question {number} was not saved. {reason}")

    def __init__(self, number: str, cause: InvalidAnswer) -> None:
        self.cause = cause
        super().__init__(number=number)

    def message(self, lang: str = "ru") -> str:
        return pick(self.texts, lang).format(number=self.params["number"],
                                             reason=self.cause.message(lang))


class VisitLocked(InspectorError):
    texts = N_("The visit is completed; reopen it before changing answers")


def add_facility(profile: Profile, *, kind: str, name: str, region: str = "", district: str = "",
                 address: str = "", latitude: float | None = None,
                 longitude: float | None = None) -> Facility:
    if kind not in INSTITUTION_KINDS:
        raise InvalidInput(detail=f"kind {kind!r}")
    if not name.strip():
        raise InvalidInput(detail="name")
    return profile.records.save(Facility(kind=kind, name=name.strip(), region=region,
                                         district=district, address=address,
                                         latitude=latitude, longitude=longitude))


def start_visit(profile: Profile, facility_id: str, started_on: str, *, ended_on: str = "",
                deputies: list[str] | None = None, participants: list[str] | None = None,
                announced: bool = False) -> Visit:
    """A new draft visit, filled with the newest checklist for the institution's kind."""
    facility = profile.records.get(Facility, facility_id)
    checklist = checklist_for(facility.kind)
    _check_dates(started_on, ended_on)
    return profile.records.save(Visit(
        facility_id=facility.id, started_on=started_on, ended_on=ended_on,
        deputies=list(deputies or []), participants=list(participants or []), announced=announced,
        template_id=checklist.id, template_version=checklist.version))


def _check_dates(started_on: str, ended_on: str) -> None:
    try:
        start = date.fromisoformat(started_on)
        if ended_on and date.fromisoformat(ended_on) < start:
            raise InvalidInput(detail="the visit ends before it starts")
    except ValueError as exc:
        raise InvalidInput(detail=f"date: {exc}") from exc


def visit_template(visit: Visit) -> ChecklistTemplate:
    return template(visit.template_id, visit.template_version)


def answers_of(profile: Profile, visit_id: str) -> dict[str, Answer]:
    return {a.question_id: a for a in profile.records.of_visit(Answer, visit_id)}


def answer_values(profile: Profile, visit_id: str) -> dict[str, Any]:
    return {qid: a.value for qid, a in answers_of(profile, visit_id).items()}


def answer_question(profile: Profile, visit_id: str, question_id: str, value: Any = ...,
                    *, comment: str | None = None, flagged: bool | None = None) -> Answer:
    """Store one answer. The problem flag follows the evaluator unless a person set it.

    Pass `...` as value to change only the comment or the flag. A figure other answers are
    measured against (the regional wage, the capacity) re-flags them in the same transaction,
    so the visit list's problem count stays the one the report prints.
    """
    visit = profile.records.get(Visit, visit_id)
    if visit.is_completed:
        raise VisitLocked()
    form = visit_template(visit)
    question = form.question(question_id)
    if question is None:
        raise InvalidInput(detail=f"question {question_id!r}")
    existing = profile.records.find(Answer, answer_id(visit_id, question_id))
    answer = existing or Answer(visit_id=visit_id, question_id=question_id)
    dependents: list[Answer] = []
    if value is not ...:
        try:
            answer.value = question.validate_value(value)
        except InvalidAnswer as exc:
            raise AnswerRefused(form.number(question_id), exc) from exc
        answers = answers_of(profile, visit_id)
        values = {qid: a.value for qid, a in answers.items()} | {question_id: answer.value}
        facility = profile.records.get(Facility, visit.facility_id)
        verdict = Evaluation(form, values,
                             references=references_for(facility.region, visit.started_on))
        if flagged is None:
            answer.flagged = verdict.rule_says_problem(question)
        dependents = _reflagged(verdict, answers, depends_on(form, question_id))
    if comment is not None:
        answer.comment = comment
    if flagged is not None:
        answer.flagged = flagged
    with profile.database.transaction():
        for other in dependents:
            profile.records.save(other)
        return profile.records.save(answer)


def _reflagged(verdict: Evaluation, answers: dict[str, Answer],
               questions: list[Question]) -> list[Answer]:
    changed = []
    for question in questions:
        other = answers.get(question.id)
        if other is not None and other.flagged != verdict.rule_says_problem(question):
            other.flagged = verdict.rule_says_problem(question)
            changed.append(other)
    return changed


def missing_answers(profile: Profile, visit_id: str) -> list[Question]:
    visit = profile.records.get(Visit, visit_id)
    return visit_template(visit).missing_required(answer_values(profile, visit_id))


def complete_visit(profile: Profile, visit_id: str, *, by: str | None = None) -> Visit:
    """Complete and seal the visit (services/seal.py): its report's facts get their digest."""
    missing = missing_answers(profile, visit_id)
    if missing:
        raise VisitIncomplete(missing)
    visit = profile.records.get(Visit, visit_id)
    visit.status = VisitStatus.COMPLETED.value
    visit.completed_at = utc_now()
    with profile.database.transaction():
        return profile.records.save(seal_visit(profile, visit, by=by))


def reopen_visit(profile: Profile, visit_id: str, reason: str = "", *,
                 by: str | None = None) -> Visit:
    """Back to a draft for correction, recorded: when and by whom on the visit, and for a
    sealed visit why, as an amendment (ReasonRequired without one); completing it again gives
    a new seal."""
    visit = profile.records.get(Visit, visit_id)
    was_completed = visit.is_completed
    record_amendment(profile, visit, reason, by=by)
    visit.status = VisitStatus.DRAFT.value
    visit.completed_at = ""
    if was_completed:
        visit.reopened_at = utc_now()
        visit.reopened_by = by or ""
    return profile.records.save(visit)


def revisit(profile: Profile, visit_id: str, started_on: str) -> Visit:
    """A follow-up visit: same institution and people, with a check to answer for every
    recommendation of the earlier visits still open («Выполнение рекомендаций»)."""
    from .recommendations import add_checks

    earlier = profile.records.get(Visit, visit_id)
    follow_up = start_visit(profile, earlier.facility_id, started_on, deputies=earlier.deputies,
                            participants=earlier.participants)
    add_checks(profile, follow_up)
    return follow_up


def revisit_today(profile: Profile, visit_id: str) -> str:
    return revisit(profile, visit_id, date.today().isoformat()).id


# --- creating a visit from what a person typed ------------------------------------------------

def list_facilities(profile: Profile) -> list[Facility]:
    return profile.records.list(Facility, order="name")


@dataclass(frozen=True)
class NewVisit:
    """What the new-visit dialog collected. facility_id is set when an existing one was chosen."""

    kind: str
    name: str
    region: str
    started_on: str
    ended_on: str = ""
    district: str = ""
    address: str = ""
    facility_id: str = ""
    deputies: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    announced: bool = False
    revisit_of: str = ""  # a follow-up of this visit: its open recommendations are to check


def create_visit(profile: Profile, new: NewVisit) -> str:
    """The facility (reused when it exists) and the visit, in one transaction."""
    if new.revisit_of:
        with profile.database.transaction():
            visit = revisit(profile, new.revisit_of, new.started_on)
            visit.ended_on, visit.announced = new.ended_on, new.announced
            visit.deputies, visit.participants = new.deputies, new.participants
            profile.records.save(visit)
        return visit.id
    with profile.database.transaction():
        facility_id = new.facility_id or _existing_facility(profile, new)
        if not facility_id:
            facility_id = add_facility(
                profile, kind=new.kind, name=new.name, region=new.region,
                district=new.district, address=new.address).id
        visit = start_visit(
            profile, facility_id, new.started_on, ended_on=new.ended_on,
            deputies=new.deputies, participants=new.participants, announced=new.announced)
    return visit.id


def _existing_facility(profile: Profile, new: NewVisit) -> str:
    # The same institution typed again (same kind, name and region) is the same institution,
    # so a revisit later finds its history.
    for facility in profile.records.list(Facility, "kind = ? AND region = ?",
                                         (new.kind, new.region)):
        if facility.name.strip().casefold() == new.name.strip().casefold():
            return facility.id
    return ""


def visit_on_same_day(profile: Profile, new: NewVisit) -> str:
    """A visit already recorded for this institution on this day (likely the same visit,
    started twice), or ""."""
    facility_id = new.facility_id or _existing_facility(profile, new)
    if not facility_id:
        return ""
    same = profile.records.list(Visit, "facility_id = ? AND started_on = ?",
                                (facility_id, new.started_on))
    return same[0].id if same else ""


def revisit_form(profile: Profile, visit_id: str) -> tuple[Facility, Visit]:
    """What the new-visit dialog is pre-filled with for a follow-up visit."""
    visit = profile.records.get(Visit, visit_id)
    return profile.records.get(Facility, visit.facility_id), visit


# --- deleting with undo ---------------------------------------------------------------------

VISIT_PARTS: tuple[type[Record], ...] = (Answer, Photo, Interview, Finding, RecommendationCheck)
_DELETED_PARTS_KEY = "deleted_visit_parts.{}"  # profile meta: what one delete removed


class NothingToRestore(InspectorError):
    texts = N_("Visit {id} was not deleted on this computer: there is nothing to restore")


@dataclass(frozen=True)
class DeletedVisit:
    """What one delete removed, so that undo restores the visit with its answers and photos."""

    visit_id: str
    parts: dict[str, list[str]]  # entity -> record ids


def delete_visit(profile: Profile, visit_id: str) -> DeletedVisit:
    """Tombstones the visit with its parts and remembers which parts were alive, in the
    profile, so that a restore (the window's Undo, or `inspector visits restore` later) brings
    back exactly those and not parts deleted one by one before."""
    with profile.database.transaction():
        parts = {cls.entity: [r.id for r in profile.records.of_visit(cls, visit_id)]
                 for cls in VISIT_PARTS}
        profile.records.delete(Visit, visit_id)
        profile.database.set_meta(_DELETED_PARTS_KEY.format(visit_id), json.dumps(parts))
    return DeletedVisit(visit_id, parts)


def restore_visit(profile: Profile, visit_id: str) -> str:
    """Bring back a visit deleted on this computer, with the parts its delete removed."""
    key = _DELETED_PARTS_KEY.format(visit_id)
    remembered = profile.database.meta(key)
    if not remembered or profile.records.find(Visit, visit_id) is not None:
        raise NothingToRestore(id=visit_id)
    classes = {cls.entity: cls for cls in VISIT_PARTS}
    with profile.database.transaction():
        profile.records.restore(Visit, visit_id)
        for entity, ids in json.loads(remembered).items():
            for record_id in ids:
                profile.records.restore(classes[entity], record_id)
        profile.database.set_meta(key, "")  # a second restore has nothing to bring back
    return visit_id
