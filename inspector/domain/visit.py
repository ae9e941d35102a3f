"""A visit to one institution, filled with one checklist template version."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from .record import Record


class VisitStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


@dataclass(kw_only=True)
class Visit(Record):
    entity: ClassVar[str] = "visit"
    facility_id: str
    started_on: str  # ISO date
    ended_on: str = ""  # ISO date; empty for a one-day visit
    deputies: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    announced: bool = False
    status: str = VisitStatus.DRAFT.value
    template_id: str = ""
    template_version: int = 0
    notes: str = ""
    completed_at: str = ""
    # Proposed findings (domain/proposals.py) the deputies dismissed, by key: they stay dismissed
    # on every laptop of the team.
    dismissed_proposals: list[str] = field(default_factory=list)

    @property
    def last_day(self) -> str:
        return self.ended_on or self.started_on

    @property
    def is_completed(self) -> bool:
        return self.status == VisitStatus.COMPLETED
