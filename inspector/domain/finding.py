"""What the deputies concluded, with the evidence behind it and what they recommend."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from .record import Record
from .text import N_


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    NOTE = "note"


SEVERITY_NAMES = {
    "critical": N_("Critical"),
    "major": N_("Major"),
    "minor": N_("Minor"),
    "note": N_("Note"),
}

THEMES = {
    "staffing": N_("Staffing"),
    "pay": N_("Pay and social package"),
    "status": N_("Staff status"),
    "infection": N_("Infection safety"),
    "premises": N_("Premises"),
    "care": N_("Care, food, medicine"),
    "rights": N_("Rights and complaints"),
    "service": N_("Service quality"),
    "other": N_("Other"),
}


@dataclass(frozen=True)
class Evidence:
    """A link from a finding to what supports it: an answer, a photo or an interview."""

    kind: str  # "answer" | "photo" | "interview"
    id: str
    # An answer's value as the finding's text quotes it (domain/proposals.py): a later edit of
    # the answer makes the finding out of date (domain/finding_checks.py).
    quotes: bool = False
    quoted: Any = None

    def as_dict(self) -> dict[str, Any]:
        link: dict[str, Any] = {"kind": self.kind, "id": self.id}
        if self.quotes:
            link["quoted"] = self.quoted
        return link


@dataclass(kw_only=True)
class Finding(Record):
    entity: ClassVar[str] = "finding"
    BOOKKEEPING: ClassVar[frozenset[str]] = Record.SYNCED_BOOKKEEPING
    visit_id: str
    severity: str = Severity.MAJOR.value
    theme: str = "other"
    text: str = ""
    recommendation: str = ""
    addressee: str = ""
    due_date: str = ""
    evidence: list[dict[str, str]] = field(default_factory=list)
    position: int = 0  # order in the report
    # What became of the recommendation (domain/recommendation.py): the status, when and by
    # whom it was set, and the visit on which it was checked (empty when set otherwise).
    recommendation_status: str = "open"
    status_on: str = ""
    status_by: str = ""
    status_visit_id: str = ""

    def evidence_links(self) -> list[Evidence]:
        return [Evidence(kind=e["kind"], id=e["id"], quotes="quoted" in e, quoted=e.get("quoted"))
                for e in self.evidence]
