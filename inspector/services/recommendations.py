"""Recommendations followed up: checked on revisits, answered through inquiries, in one history.

A revisit brings each still-open recommendation of the institution's earlier visits as a check
to answer on the spot; a check or the Government's rated answer sets the finding's status, with
the date, who set it and the visit it was checked on. `facility_history` gathers an
institution's visits, findings, what became of each recommendation and the inquiries citing them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..domain.errors import InvalidInput, NotFound
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.inquiry import Inquiry
from ..domain.recommendation import (
    STATUS_OF_RATING,
    STATUS_OF_RESULT,
    STILL_OPEN,
    CheckResult,
    RecommendationCheck,
    RecommendationStatus,
)
from ..domain.visit import Visit
from ..store.profile import Profile


def open_recommendations(profile: Profile, facility_id: str, *,
                         before: str | None = None) -> list[tuple[Finding, Visit]]:
    """The findings of the institution's earlier visits whose recommendations are still open,
    oldest visit first."""
    visits = [v for v in profile.records.list(Visit, "facility_id = ?", (facility_id,),
                                              order="started_on, created_at, id")
              if before is None or v.started_on < before]
    found = []
    for visit in visits:
        for finding in profile.records.of_visit(Finding, visit.id):
            if finding.recommendation.strip() and \
                    finding.recommendation_status in STILL_OPEN:
                found.append((finding, visit))
    return found


def add_checks(profile: Profile, visit: Visit) -> list[RecommendationCheck]:
    """The «Выполнение рекомендаций» section of a revisit: one check per open recommendation of
    the institution's earlier visits (none twice)."""
    have = {c.finding_id for c in profile.records.of_visit(RecommendationCheck, visit.id)}
    made = []
    with profile.database.transaction():
        for n, (finding, _earlier) in enumerate(
                open_recommendations(profile, visit.facility_id, before=visit.started_on), 1):
            if finding.id not in have:
                made.append(profile.records.save(RecommendationCheck(
                    visit_id=visit.id, finding_id=finding.id, position=n)))
    return made


def checks_of(profile: Profile, visit_id: str) -> list[tuple[RecommendationCheck, Finding]]:
    """A visit's checks with the findings they check (checks of deleted findings left out)."""
    found = []
    for check in profile.records.of_visit(RecommendationCheck, visit_id):
        finding = profile.records.find(Finding, check.finding_id)
        if finding is not None:
            found.append((check, finding))
    return found


def record_check(profile: Profile, check_id: str, result: str, *, comment: str = "",
                 photo_ids: Iterable[str] = (), by: str = "") -> RecommendationCheck:
    """What the deputies saw about one recommendation; sets the finding's status (unless they
    could not check)."""
    check = profile.records.find(RecommendationCheck, check_id)
    if check is None:
        raise NotFound(what="recommendation check", id=check_id)
    if result not in {r.value for r in CheckResult}:
        raise InvalidInput(detail=f"check result {result!r}")
    visit = profile.records.get(Visit, check.visit_id)
    check.result, check.comment, check.photo_ids = result, comment, list(photo_ids)
    with profile.database.transaction():
        saved = profile.records.save(check)
        status = STATUS_OF_RESULT.get(CheckResult(result))
        if status is not None:
            set_status(profile, check.finding_id, status, by=by, on=visit.started_on,
                       visit_id=visit.id)
    return saved


def set_status(profile: Profile, finding_id: str, status: RecommendationStatus | str, *,
               by: str = "", on: str | None = None, visit_id: str = "") -> Finding:
    finding = profile.records.find(Finding, finding_id)
    if finding is None:
        raise NotFound(what="finding", id=finding_id)
    finding.recommendation_status = RecommendationStatus(status).value
    finding.status_on = on or date.today().isoformat()
    finding.status_by, finding.status_visit_id = by, visit_id
    return profile.records.save(finding)


def apply_answer(profile: Profile, inquiry: Inquiry) -> list[Finding]:
    """The rated answer sets the status of each recommendation a rated request asked for (a
    request is the recommendation's text, as the inquiry drafted it)."""
    changed = []
    for rating in inquiry.ratings:
        status = STATUS_OF_RATING.get(str(rating.get("rating")))
        number = int(rating.get("request", 0))
        if status is None or not 1 <= number <= len(inquiry.requests):
            continue
        asked = _normal(inquiry.requests[number - 1])
        for finding_id in inquiry.finding_ids:
            finding = profile.records.find(Finding, finding_id)
            if finding is not None and finding.recommendation.strip() and \
                    _normal(finding.recommendation) == asked:
                changed.append(set_status(profile, finding.id, status, by=inquiry.answer_from,
                                          on=inquiry.answered_on))
    return changed


def _normal(text: str) -> str:
    return " ".join(text.split()).rstrip(".;").casefold()


# --- an institution's history --------------------------------------------------------------

@dataclass
class VisitHistory:
    visit: Visit
    findings: list[Finding] = field(default_factory=list)
    checks: list[tuple[RecommendationCheck, Finding]] = field(default_factory=list)


@dataclass
class FacilityHistory:
    facility: Facility
    visits: list[VisitHistory]
    inquiries: list[Inquiry]  # those resting on any of its findings

    def open_recommendations(self) -> list[Finding]:
        return [f for v in self.visits for f in v.findings
                if f.recommendation.strip() and f.recommendation_status in STILL_OPEN]


def facility_history(profile: Profile, facility_id: str) -> FacilityHistory:
    facility = profile.records.find(Facility, facility_id)
    if facility is None:
        raise NotFound(what="facility", id=facility_id)
    visits = []
    for visit in profile.records.list(Visit, "facility_id = ?", (facility_id,),
                                      order="started_on, created_at, id"):
        visits.append(VisitHistory(visit, profile.records.of_visit(Finding, visit.id),
                                   checks_of(profile, visit.id)))
    ids = {f.id for v in visits for f in v.findings}
    inquiries = [i for i in profile.records.list(Inquiry, order="created_at, id")
                 if ids.intersection(i.finding_ids)]
    return FacilityHistory(facility, visits, inquiries)


def history_of_visits_facility(profile: Profile, visit_id: str) -> FacilityHistory:
    """The history of the institution a visit was made to (what the visit list offers)."""
    return facility_history(profile, profile.records.get(Visit, visit_id).facility_id)
