"""A structured interview with a member of staff, anonymous unless they agree to be named."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from .errors import InspectorError
from .record import Record
from .text import N_

if TYPE_CHECKING:
    from .checklist import ChecklistTemplate


class ConsentMissing(InspectorError):
    texts = N_("Without the staff member's consent to record, only the consent answer can be saved")


CONSENT_RECORD = "consent_record"
CONSENT_NAMED = "consent_named"
INTERVIEWEE_NAME = "interviewee_name"
# Consent is given or it is not: "not applicable" would leave a person's consent undecided.
CONSENT_QUESTIONS = frozenset({CONSENT_RECORD, CONSENT_NAMED})


@dataclass(kw_only=True)
class Interview(Record):
    entity: ClassVar[str] = "interview"
    BOOKKEEPING: ClassVar[frozenset[str]] = Record.SYNCED_BOOKKEEPING
    visit_id: str
    template_id: str = ""
    template_version: int = 0
    answers: dict[str, Any] = field(default_factory=dict)
    notes: str = ""

    @property
    def consent_given(self) -> bool:
        return self.answers.get(CONSENT_RECORD) == "yes"

    @property
    def may_be_named(self) -> bool:
        return self.consent_given and self.answers.get(CONSENT_NAMED) == "yes"


def check_consent(answers: dict[str, Any], notes: str = "") -> None:
    """InterviewConsent: nothing but the consent question is kept before consent is given."""
    if answers.get(CONSENT_RECORD) == "yes":
        return
    others = {k: v for k, v in answers.items() if k != CONSENT_RECORD and v not in (None, "", [])}
    if others or notes.strip():
        raise ConsentMissing()


def without_withheld_name(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers with the name left out unless the person agreed to be recorded and named.

    A withdrawn consent to be named erases the name itself, not only its display: what is not
    stored cannot leak through a report, an export, a backup or the server.
    """
    if answers.get(CONSENT_RECORD) == "yes" and answers.get(CONSENT_NAMED) == "yes":
        return answers
    return {k: v for k, v in answers.items() if k != INTERVIEWEE_NAME}


def interview_label_parts(interview: Interview, form: ChecklistTemplate | None,
                          lang: str) -> tuple[str | None, str | None, float | None]:
    """(name if the person agreed to be named, role as read, years of service) of an interview.

    The name is looked at only through `may_be_named`: the one gate anonymity goes through.
    """
    name = None
    if interview.may_be_named:
        name = str(interview.answers.get(INTERVIEWEE_NAME) or "").strip() or None
    role = years = None
    roles: dict[str, str] = {}
    if form is not None:
        for question in form.questions():
            value = interview.answers.get(question.id)
            if value in (None, "", []):
                continue
            qid = question.id
            if qid in ROLE_IDS and value != "other":
                roles[qid] = question.display(value, lang)
            elif years is None and qid in EXPERIENCE_IDS:
                try:
                    years = float(value)
                except (TypeError, ValueError):
                    years = None
    role = next((roles[qid] for qid in ROLE_IDS if qid in roles), None)
    return name, role, years


# The interview questions that describe the person without naming them, in order of preference:
# the form's category first (it is said in the report's language, and «медсестра» hides one
# among many where «старшая медсестра 2-го отделения» does not), the free-text post as a
# fallback.
ROLE_IDS = ("staff_category", "interviewee_role", "role", "post", "position", "job_title")
EXPERIENCE_IDS = ("tenure_years", "experience_years", "years_of_service")
