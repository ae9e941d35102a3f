"""What became of a finding's recommendation: its status, and the checks made on later visits.

A recommendation lives in its finding (text, addressee, deadline) and carries a status with the
date, who set it and on which visit it was checked. A revisit brings each open recommendation of
the institution's earlier visits as a RecommendationCheck, answered on the spot (implemented,
partly, not implemented, cannot check); saving a check sets the finding's status. The
Government's answer to an inquiry sets the status of the recommendations it asked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from .record import Record
from .text import N_


class RecommendationStatus(StrEnum):
    OPEN = "open"
    IMPLEMENTED = "implemented"
    PARTLY = "partly_implemented"
    NOT_IMPLEMENTED = "not_implemented"
    ANSWERED_FORMALLY = "answered_formally"
    WITHDRAWN = "withdrawn"


STATUS_NAMES = {
    "open": N_("Open"),
    "implemented": N_("Implemented"),
    "partly_implemented": N_("Partly implemented"),
    "not_implemented": N_("Not implemented"),
    "answered_formally": N_("Answered formally"),
    "withdrawn": N_("Withdrawn"),
}

# Still to be checked on the next visit: nothing has settled them.
STILL_OPEN = frozenset({RecommendationStatus.OPEN, RecommendationStatus.PARTLY,
                        RecommendationStatus.NOT_IMPLEMENTED,
                        RecommendationStatus.ANSWERED_FORMALLY})


class CheckResult(StrEnum):
    IMPLEMENTED = "implemented"
    PARTLY = "partly"
    NOT_IMPLEMENTED = "not_implemented"
    CANNOT_CHECK = "cannot_check"


RESULT_NAMES = {
    "implemented": N_("Implemented"),
    "partly": N_("Partly"),
    "not_implemented": N_("Not implemented"),
    "cannot_check": N_("Cannot check"),
}

# What a check on the spot says of the recommendation; «cannot check» leaves it as it was.
STATUS_OF_RESULT = {
    CheckResult.IMPLEMENTED: RecommendationStatus.IMPLEMENTED,
    CheckResult.PARTLY: RecommendationStatus.PARTLY,
    CheckResult.NOT_IMPLEMENTED: RecommendationStatus.NOT_IMPLEMENTED,
}

# What the Government's answer to a request says of the recommendations it asked about.
STATUS_OF_RATING = {
    "substantive": RecommendationStatus.IMPLEMENTED,
    "partial": RecommendationStatus.PARTLY,
    "formal": RecommendationStatus.ANSWERED_FORMALLY,
    "refused": RecommendationStatus.NOT_IMPLEMENTED,
}


@dataclass(kw_only=True)
class RecommendationCheck(Record):
    """On a revisit: was the recommendation of an earlier visit's finding carried out?"""

    entity: ClassVar[str] = "recommendation_check"
    BOOKKEEPING: ClassVar[frozenset[str]] = Record.SYNCED_BOOKKEEPING
    visit_id: str  # the revisit
    finding_id: str  # the earlier visit's finding
    result: str = ""  # a CheckResult, empty until checked
    comment: str = ""
    photo_ids: list[str] = field(default_factory=list)  # the revisit's photos that show it
    position: int = 0
