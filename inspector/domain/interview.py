"""A structured interview with a member of staff, anonymous unless they agree to be named."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import InspectorError
from .record import Record


class ConsentMissing(InspectorError):
    texts = {
        "ru": "Без согласия сотрудника на запись можно сохранить только ответ о согласии",
        "kk": "Қызметкердің жазуға келісімінсіз тек келісім туралы жауапты сақтауға болады",
        "en": "Without the staff member's consent to record, only the consent answer can be saved",
    }


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
