"""Functions the editor runs on the store lane: each takes the store thread's profile first.

They combine service calls so that one editor action is one trip to the store thread. The few
that write records directly (delete, reorder) belong in services; see the note in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...domain.answer import Answer
from ...domain.checklist import ChecklistTemplate
from ...domain.errors import NotFound
from ...domain.facility import Facility
from ...domain.finding import Finding
from ...domain.interview import Interview
from ...domain.photo import Photo
from ...domain.templates import interview_template
from ...domain.visit import Visit
from ...services import photos as photo_service
from ...services.findings import findings_of
from ...services.interviews import interviews_of
from ...services.visits import answers_of, visit_template
from ...store.profile import Profile


@dataclass
class VisitData:
    """Everything the editor shows, read in one trip; afterwards the editor keeps it in memory."""

    visit: Visit
    facility: Facility
    template: ChecklistTemplate
    interview_form: ChecklistTemplate | None
    answers: dict[str, Answer]
    photos: list[Photo]
    interviews: list[Interview]
    findings: list[Finding]
    media_root: Path
    cache_dir: Path


def load_visit(profile: Profile, visit_id: str) -> VisitData:
    visit = profile.records.get(Visit, visit_id)
    try:
        form: ChecklistTemplate | None = interview_template()
    except NotFound:  # an installation without the interview form still edits checklists
        form = None
    photos = profile.records.of_visit(Photo, visit_id)
    return VisitData(
        visit=visit, facility=profile.records.get(Facility, visit.facility_id),
        template=visit_template(visit), interview_form=form,
        answers=answers_of(profile, visit_id), photos=photos,
        interviews=interviews_of(profile, visit_id), findings=findings_of(profile, visit_id),
        media_root=profile.media.root, cache_dir=profile.cache_dir)


def save_photo(profile: Profile, photo: Photo) -> Photo:
    return photo_service.update_photo(profile, photo)


def delete_photo(profile: Profile, photo_id: str) -> str:
    # The file stays in the media store: another visit may hold the same bytes, and sync
    # needs the tombstone rather than a vanished row.
    profile.records.delete(Photo, photo_id)
    return photo_id


def delete_record(profile: Profile, kind: type[Finding] | type[Interview], record_id: str) -> str:
    profile.records.delete(kind, record_id)
    return record_id


def reorder_findings(profile: Profile, ordered_ids: list[str]) -> list[Finding]:
    """Positions 1..n in the given order, in one transaction (the report follows this order)."""
    out = []
    with profile.database.transaction():
        for position, finding_id in enumerate(ordered_ids, start=1):
            finding = profile.records.get(Finding, finding_id)
            finding.position = position
            out.append(profile.records.save(finding))
    return out


def barrier(profile: Profile) -> None:
    """Nothing: queued after pending writes, its completion means they are all written."""
