"""The open visit as the editor holds it: everything it shows, read in one short trip."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.answer import Answer
from ..domain.checklist import ChecklistTemplate
from ..domain.errors import NotFound
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.templates import interview_template
from ..domain.visit import Visit
from ..store.profile import Profile
from .findings import findings_of
from .interviews import interviews_of
from .visits import answers_of, visit_template


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
    return VisitData(
        visit=visit, facility=profile.records.get(Facility, visit.facility_id),
        template=visit_template(visit), interview_form=form,
        answers=answers_of(profile, visit_id), photos=profile.records.of_visit(Photo, visit_id),
        interviews=interviews_of(profile, visit_id), findings=findings_of(profile, visit_id),
        media_root=profile.media.root, cache_dir=profile.cache_dir)
