"""Sealing a visit on completion, and recording a correction of a sealed one as an amendment.

The seal itself is domain/seal.py's rule over the visit's records; this module loads them and
keeps the visit's history of seals and amendments, which sync carries to the team.
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import InspectorError
from ..domain.record import utc_now
from ..domain.seal import Seal, seal_facts, seal_of
from ..domain.text import N_
from ..domain.visit import Visit
from ..store.profile import Profile
from .identity import who


class ReasonRequired(InspectorError):
    texts = N_("The visit is completed and sealed: give the reason for correcting it")


def visit_facts(profile: Profile, visit_id: str) -> dict[str, Any]:
    """What the visit's report prints, as the seal reads it (domain/seal.py)."""
    # Here, not at the top: services.visits imports this module, and the visit editor imports
    # that; the report's whole stack (reportlab) made opening the first visit wait for it.
    from .report_data import load_visit

    data = load_visit(profile, visit_id)
    return seal_facts(data.visit, data.facility, data.template, data.answers, data.findings,
                      data.interviews, data.photos)


def current_seal(profile: Profile, visit_id: str) -> Seal:
    """The seal the visit's records make now (equal to visit.seal while nothing changed)."""
    return seal_of(visit_facts(profile, visit_id))


def seal_visit(profile: Profile, visit: Visit, *, by: str | None = None) -> Visit:
    """Give `visit` (being completed, saved by the caller) its seal and add it to the history;
    completing again without a change keeps the seal and adds no entry."""
    seal = current_seal(profile, visit.id).value
    if not visit.seals or visit.seals[-1]["seal"] != seal:
        visit.seals = [*visit.seals, {"seal": seal, "at": utc_now(),
                                      "by": who(profile) if by is None else by}]
    visit.seal = seal
    return visit


def record_amendment(profile: Profile, visit: Visit, reason: str, *,
                     by: str | None = None) -> Visit:
    """Note on `visit` (being reopened, saved by the caller) who reopens it, when and why.

    A sealed visit is reopened only with a reason: a correction after the report went out
    must be visible as one, not pass as the original. Raises ReasonRequired."""
    if not visit.seal:
        return visit
    if not reason.strip():
        raise ReasonRequired()
    visit.amendments = [*visit.amendments, {
        "at": utc_now(), "by": who(profile) if by is None else by, "reason": reason.strip(),
        "seal": visit.seal}]
    visit.seal = ""
    return visit
