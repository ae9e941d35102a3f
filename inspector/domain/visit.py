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
    # The seal of what the report shows, made when the visit is completed (domain/seal.py);
    # empty while it is a draft. `seals` keeps every seal it ever had, {"seal", "at", "by"},
    # and `amendments` every reopening of a sealed visit, {"at", "by", "reason", "seal"}: the
    # seal it had, so a report printed before the correction is recognised as superseded.
    seal: str = ""
    seals: list[dict[str, str]] = field(default_factory=list)
    amendments: list[dict[str, str]] = field(default_factory=list)
    # Proposed findings (domain/proposals.py) the deputies dismissed, by key: they stay dismissed
    # on every laptop of the team.
    dismissed_proposals: list[str] = field(default_factory=list)
    # The last time a completed visit was opened again for correction, and by whom: a report
    # read after that knows its answers may differ from the ones first completed.
    reopened_at: str = ""
    reopened_by: str = ""

    @property
    def last_day(self) -> str:
        return self.ended_on or self.started_on

    @property
    def is_completed(self) -> bool:
        return self.status == VisitStatus.COMPLETED
