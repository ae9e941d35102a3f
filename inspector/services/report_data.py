"""Reading what a report renders: one visit's aggregate, the visits of a summary or an export.

The only part of making a report that touches the store. It is short (a handful of queries per
visit), so the desktop app runs it on the store's thread; the renderers in report/ then work on
the plain objects read here, on the background pool, and never open the store themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..domain.answer import Answer
from ..domain.checklist import ChecklistTemplate
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.templates import template_or_blank
from ..domain.visit import Visit, VisitStatus
from ..report.model import VisitData
from ..store.profile import Profile
from .recommendations import checks_of
from .visit_list import visit_summaries

if TYPE_CHECKING:
    from ..report.summary import SummaryData, SummarySelection

TemplateOf = Callable[[str, int], ChecklistTemplate]


def load_visit(profile: Profile, visit_id: str, *, with_photos: bool = True,
               template_of: TemplateOf | None = None,
               facilities: dict[str, Facility] | None = None,
               previous: bool = True) -> VisitData:
    """A visit with its answers, interviews, findings and (unless told not to) photos and the
    paths of their files. `facilities` saves a query per visit when many are read."""
    records = profile.records
    visit = records.get(Visit, visit_id)
    form = (template_of or template_or_blank)(visit.template_id, visit.template_version)
    facility = (facilities or {}).get(visit.facility_id) or records.get(Facility,
                                                                        visit.facility_id)
    data = VisitData(
        visit=visit,
        facility=facility,
        template=form,
        answers={a.question_id: a for a in records.of_visit(Answer, visit_id)},
        interviews=records.of_visit(Interview, visit_id),
        findings=records.of_visit(Finding, visit_id),
    )
    if previous:
        data.previous = _previous_visit(profile, visit, template_of, facilities)
        data.checks = checks_of(profile, visit_id)
    if with_photos:
        data.photos = records.of_visit(Photo, visit_id)
        data.photo_paths = {p.id: profile.media.path(p.sha256) for p in data.photos}
    return data


def _previous_visit(profile: Profile, visit: Visit, template_of: TemplateOf | None,
                    facilities: dict[str, Facility] | None) -> VisitData | None:
    """The institution's latest visit before this one (its own previous one not read)."""
    earlier = profile.records.list(Visit, "facility_id = ? AND started_on < ?",
                                   (visit.facility_id, visit.started_on),
                                   order="started_on DESC, created_at DESC, id DESC")
    if not earlier:
        return None
    return load_visit(profile, earlier[0].id, with_photos=False, template_of=template_of,
                      facilities=facilities, previous=False)


def load_visits(profile: Profile, visit_ids: Iterable[str] | None = None, *,
                with_photos: bool = True) -> list[VisitData]:
    """The visits an export flattens: the given ones in the given order, or every visit by date
    (then creation, then id: the same order on every laptop)."""
    facilities = {f.id: f for f in profile.records.list(Facility)}
    if visit_ids is None:
        ids = [v.id for v in profile.records.list(Visit, order="started_on, created_at, id")]
    else:
        ids = list(visit_ids)
    return [load_visit(profile, v, with_photos=with_photos, facilities=facilities, previous=False)
            for v in ids]


def load_summary(profile: Profile, selection: SummarySelection, *,
                 on_progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> SummaryData:
    """The chosen visits (oldest first), without their photos; drafts only when asked for."""
    # Here: a visit's facts, which completing a visit seals, are read without the PDF stack.
    from ..report.document import ReportCancelled
    from ..report.summary import SummaryData

    found = visit_summaries(profile, kind=selection.kind, region=selection.region,
                            date_from=selection.date_from, date_to=selection.date_to,
                            ids=set(selection.visit_ids) if selection.visit_ids is not None
                            else None)
    drafts = [s for s in found if s.status != VisitStatus.COMPLETED]
    if not selection.include_drafts:
        found = [s for s in found if s.status == VisitStatus.COMPLETED]
    found.sort(key=lambda s: (s.started_on, s.facility_name, s.id))
    facilities = {f.id: f for f in profile.records.list(Facility)}
    visits = []
    for n, summary in enumerate(found, 1):
        if is_cancelled is not None and is_cancelled():
            raise ReportCancelled()
        visits.append(load_visit(profile, summary.id, with_photos=False, facilities=facilities,
                                 previous=False))
        if on_progress is not None and n % 20 == 0:
            on_progress(n, 2 * len(found) + 1)
    return SummaryData(selection, visits, 0 if selection.include_drafts else len(drafts))
