"""A deputy inquiry (депутатский запрос) built on a team's findings, and the Government's answer.

An inquiry belongs to a team, like an institution: it names findings from any of the team's
visits. Its status is what a person set (draft, announced, answered, closed); «overdue» is not
stored but follows from the announced date, the answer term and today, so every laptop agrees on
it without anyone having to remember to set it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, ClassVar

from .errors import InspectorError
from .record import Record
from .text import DEFAULT_LANGUAGE, N_, pick

# The written answer term commonly cited for a deputy inquiry. NOT verified here against the
# Constitutional Law «О Парламенте Республики Казахстан и статусе его депутатов»: the setting's
# help says so, and each inquiry stores the term it was made with, so changing the setting later
# does not move the due date of inquiries already announced.
DEFAULT_ANSWER_TERM_DAYS = 15
MAX_ANSWER_TERM_DAYS = 365


class InquiryStatus(StrEnum):
    DRAFT = "draft"
    ANNOUNCED = "announced"
    ANSWERED = "answered"
    CLOSED = "closed"


# What a register shows: the stored status, or «overdue» when an announced one is past due.
OVERDUE = "overdue"

STATUS_NAMES = {
    "draft": N_("Draft"),
    "announced": N_("Announced"),
    "answered": N_("Answered"),
    "overdue": N_("Overdue"),
    "closed": N_("Closed"),
}


class AnswerRating(StrEnum):
    """How well the answer met one request of the inquiry."""

    SUBSTANTIVE = "substantive"
    PARTIAL = "partial"
    FORMAL = "formal"  # «отписка»: a reply that answers nothing
    REFUSED = "refused"


RATING_NAMES = {
    "substantive": N_("Substantive"),
    "partial": N_("Partial"),
    "formal": N_("Formal reply"),
    "refused": N_("Refused"),
}

LANGUAGES = ("ru", "kk")


@dataclass(kw_only=True)
class Inquiry(Record):
    entity: ClassVar[str] = "inquiry"
    title: str = ""
    subject: str = ""  # what the inquiry is about, one line («о работе ЦОН»)
    addressee_position: str = ""  # «Премьер-Министру Республики Казахстан»
    addressee_name: str = ""  # «Мамину А.У.»
    salutation: str = ""  # «Уважаемый Аскар Узакпаевич!»
    signatories: list[dict[str, str]] = field(default_factory=list)  # [{name, faction}]
    executor: str = ""
    executor_phone: str = ""
    language: str = "ru"
    finding_ids: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # what the Government is asked to do
    status: str = InquiryStatus.DRAFT.value
    announced_on: str = ""  # ISO date it was announced at the plenary session
    term_days: int = DEFAULT_ANSWER_TERM_DAYS
    answered_on: str = ""
    answer_from: str = ""
    answer_sha256: str = ""  # the answer document, stored content-addressed like photos
    answer_ext: str = ""
    ratings: list[dict[str, Any]] = field(default_factory=list)  # [{request, rating, note}]
    notes: str = ""

    def due_date(self) -> date | None:
        """When the written answer is due: the announced date plus the term, in calendar days."""
        announced = parse_day(self.announced_on)
        if announced is None or self.status == InquiryStatus.DRAFT:
            return None
        return announced + timedelta(days=max(0, self.term_days))

    def state(self, today: date) -> str:
        """The status a register shows today (stored, or «overdue»)."""
        due = self.due_date()
        if self.status == InquiryStatus.ANNOUNCED and due is not None and today > due:
            return OVERDUE
        return self.status

    def days_left(self, today: date) -> int | None:
        """Days until the answer is due (negative: days overdue); None once answered or closed."""
        due = self.due_date()
        if due is None or self.status != InquiryStatus.ANNOUNCED:
            return None
        return (due - today).days

    def rating_of(self, request: int) -> dict[str, Any] | None:
        for rating in self.ratings:
            if rating.get("request") == request:
                return rating
        return None

    def overall_rating(self) -> str:
        """The weakest rating given (an inquiry is as well answered as its worst request)."""
        order = [r.value for r in AnswerRating]
        given = [str(r["rating"]) for r in self.ratings if r.get("rating") in order]
        return max(given, key=order.index) if given else ""


def parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def signature_groups(signatories: list[dict[str, str]]) -> list[tuple[str, list[str]]]:
    """Signatures grouped by faction, factions in the order they first appear (as in the
    2020 inquiry: «депутаты фракции … М. Магеррамов, Ж. Ахметбеков…»)."""
    groups: dict[str, list[str]] = {}
    for person in signatories:
        name = str(person.get("name", "")).strip()
        if name:
            groups.setdefault(str(person.get("faction", "")).strip(), []).append(name)
    return list(groups.items())


_PROBLEMS = {
    "no_findings": N_("an inquiry rests on at least one finding"),
    "unknown_finding": N_("finding {id} is not among the team's visits"),
    "no_addressee": N_("the inquiry has no addressee"),
    "no_signatory": N_("nobody signs the inquiry"),
    "announce_date": N_("an announced inquiry needs the date it was announced"),
    "answer_date": N_("an answer needs the date it was received"),
    "answer_before": N_("an answer cannot arrive before the inquiry was announced ({day})"),
    "future": N_("the date {day} is in the future"),
    "term": N_("the answer term is 1 to {max} calendar days"),
    "request_number": N_("the inquiry has no request no. {n}"),
    "rating": N_("unknown answer rating «{rating}»"),
    "language": N_("an inquiry is written in Russian (ru) or Kazakh (kk)"),
    "document": N_("the answer document could not be read: {detail}"),
}


class InquiryInvalid(InspectorError):
    """Why an inquiry (or its answer) cannot be saved as given, in the person's language."""

    texts = N_("The inquiry was not saved: {reason}")

    def __init__(self, problem: str, **params: object) -> None:
        self.problem = problem
        self.problem_params = params
        super().__init__(reason=str(_PROBLEMS[problem]).format(**params))  # the msgid is English

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        reason = pick(_PROBLEMS[self.problem], lang).format(**self.problem_params)
        return pick(self.texts, lang).format(reason=reason)
