"""Staff interviews: structured answers, recorded only with consent."""

from __future__ import annotations

from typing import Any

from ..domain.errors import InvalidInput
from ..domain.interview import INTERVIEWEE_NAME, Interview, check_consent, without_withheld_name
from ..domain.templates import interview_template, template
from ..domain.visit import Visit
from ..store.profile import Profile
from ..store.records import erase_from_outbox


def new_interview(profile: Profile, visit_id: str) -> Interview:
    """An unsaved interview on the current form; nothing is stored before the first answer."""
    profile.records.get(Visit, visit_id)
    form = interview_template()
    return Interview(visit_id=visit_id, template_id=form.id, template_version=form.version)


def save_interview(profile: Profile, interview: Interview) -> Interview:
    """Validate against the form and store. Refused (ConsentMissing) before consent is given."""
    form = template(interview.template_id, interview.template_version)
    clean: dict[str, Any] = {}
    for question_id, value in interview.answers.items():
        question = form.question(question_id)
        if question is None:
            raise InvalidInput(detail=f"question {question_id!r}")
        try:
            stored = question.validate_value(value)
        except ValueError as exc:
            raise InvalidInput(detail=f"{question_id}: {exc}") from exc
        if stored is not None:
            clean[question_id] = stored
    check_consent(clean, interview.notes)
    interview.answers = without_withheld_name(clean)
    with profile.database.transaction() as conn:
        saved = profile.records.save(interview)
        if INTERVIEWEE_NAME not in interview.answers:
            # An op not yet acknowledged may still carry the name: it must not reach the server.
            erase_from_outbox(conn, "interview", interview.id, "answers", INTERVIEWEE_NAME)
    return saved


def interviews_of(profile: Profile, visit_id: str) -> list[Interview]:
    return profile.records.of_visit(Interview, visit_id)


def delete_interview(profile: Profile, interview_id: str) -> str:
    profile.records.delete(Interview, interview_id)
    return interview_id
