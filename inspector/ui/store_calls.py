"""What the main window asks of the store, as plain functions run on the runner's store lane.

Each takes the store thread's Profile first (TaskRunner.store calls fn(profile, *args)) and
returns plain data; none touches Qt. Those that compose several services (create a visit with
its facility, delete a visit so that undo brings its answers back) are candidates to move into
services/ once another caller needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.answer import Answer
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.record import Record
from ..domain.visit import Visit
from ..services import visits as visit_service
from ..store.profile import Profile

VISIT_PARTS: tuple[type[Record], ...] = (Answer, Photo, Interview, Finding)


class Cancelled(Exception):
    """Raised inside a store task when the person pressed Cancel."""


def list_facilities(profile: Profile) -> list[Facility]:
    return profile.records.list(Facility, order="name")


@dataclass(frozen=True)
class NewVisit:
    """What the new-visit dialog collected. facility_id is set when an existing one was chosen."""

    kind: str
    name: str
    region: str
    started_on: str
    ended_on: str = ""
    district: str = ""
    address: str = ""
    facility_id: str = ""
    deputies: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    announced: bool = False
    revisit_of: str = ""  # a follow-up of this visit: its findings are copied to be checked


def create_visit(profile: Profile, new: NewVisit) -> str:
    """The facility (reused when it exists) and the visit, in one transaction."""
    if new.revisit_of:
        with profile.database.transaction():
            visit = visit_service.revisit(profile, new.revisit_of, new.started_on)
            visit.ended_on, visit.announced = new.ended_on, new.announced
            visit.deputies, visit.participants = new.deputies, new.participants
            profile.records.save(visit)
        return visit.id
    with profile.database.transaction():
        facility_id = new.facility_id or _existing_facility(profile, new)
        if not facility_id:
            facility_id = visit_service.add_facility(
                profile, kind=new.kind, name=new.name, region=new.region,
                district=new.district, address=new.address).id
        visit = visit_service.start_visit(
            profile, facility_id, new.started_on, ended_on=new.ended_on,
            deputies=new.deputies, participants=new.participants, announced=new.announced)
    return visit.id


def _existing_facility(profile: Profile, new: NewVisit) -> str:
    # The same institution typed again (same kind, name and region) is the same institution,
    # so a revisit later finds its history.
    for facility in profile.records.list(Facility, "kind = ? AND region = ?",
                                         (new.kind, new.region)):
        if facility.name.strip().casefold() == new.name.strip().casefold():
            return facility.id
    return ""


def visit_on_same_day(profile: Profile, new: NewVisit) -> str:
    """A visit already recorded for this institution on this day (likely the same visit,
    started twice), or ""."""
    facility_id = new.facility_id or _existing_facility(profile, new)
    if not facility_id:
        return ""
    same = profile.records.list(Visit, "facility_id = ? AND started_on = ?",
                                (facility_id, new.started_on))
    return same[0].id if same else ""


def revisit_form(profile: Profile, visit_id: str) -> tuple[Facility, Visit]:
    """What the new-visit dialog is pre-filled with for a follow-up visit."""
    visit = profile.records.get(Visit, visit_id)
    return profile.records.get(Facility, visit.facility_id), visit


@dataclass(frozen=True)
class DeletedVisit:
    """What one delete removed, so that undo restores the visit with its answers and photos."""

    visit_id: str
    parts: dict[str, list[str]]  # entity -> record ids


def delete_visit(profile: Profile, visit_id: str) -> DeletedVisit:
    # Records.delete tombstones the visit's parts too, but Records.restore brings back one
    # record: remember which parts were alive, so undo restores exactly those.
    with profile.database.transaction():
        parts = {cls.entity: [r.id for r in profile.records.of_visit(cls, visit_id)]
                 for cls in VISIT_PARTS}
        profile.records.delete(Visit, visit_id)
    return DeletedVisit(visit_id, parts)


def restore_visit(profile: Profile, deleted: DeletedVisit) -> str:
    classes = {cls.entity: cls for cls in VISIT_PARTS}
    with profile.database.transaction():
        profile.records.restore(Visit, deleted.visit_id)
        for entity, ids in deleted.parts.items():
            for record_id in ids:
                profile.records.restore(classes[entity], record_id)
    return deleted.visit_id


def load_demo(profile: Profile, visits: int = 12, *, on_progress: Callable[[int, int], None],
              is_cancelled: Callable[[], bool]) -> int:
    """Demo visits for a first look; Cancel stops between two visits (each is complete)."""
    from ..services.demo import generate_demo

    def progress(done: int, total: int) -> None:
        on_progress(done, total)
        if is_cancelled():
            raise Cancelled()

    try:
        return len(generate_demo(profile, visits=visits, on_progress=progress))
    except Cancelled:
        return -1
