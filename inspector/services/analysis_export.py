"""The laptop's visits as the analyst's SQLite database (`inspector export --format sqlite`).

Visits are read one at a time, in the summary's order and with its selection (kind, region,
dates, completed only unless drafts are asked for), and handed to analysis/writer.py, so a
large profile streams through in flat memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..analysis.rows import VisitRecords
from ..analysis.writer import ExportCancelled, ExportResult, write_database
from ..domain.answer import Answer
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.templates import template_or_blank
from ..domain.text import check_language
from ..domain.visit import Visit, VisitStatus
from ..store.profile import Profile
from .visit_list import visit_summaries

__all__ = ["ExportCancelled", "ExportResult", "export_database"]


def selected_visit_ids(profile: Profile, *, kind: str | None = None, region: str | None = None,
                       date_from: str | None = None, date_to: str | None = None,
                       include_drafts: bool = False) -> list[str]:
    """The visits a summary of the same selection would show, in its order (oldest first)."""
    found = visit_summaries(profile, kind=kind, region=region, date_from=date_from,
                            date_to=date_to)
    if not include_drafts:
        found = [s for s in found if s.status == VisitStatus.COMPLETED]
    found.sort(key=lambda s: (s.started_on, s.facility_name, s.id))
    return [s.id for s in found]


def visit_records(profile: Profile, visit_ids: list[str], *,
                  with_photos: bool = False) -> Iterator[VisitRecords]:
    records = profile.records
    facilities: dict[str, Facility] = {}
    for visit_id in visit_ids:
        visit = records.get(Visit, visit_id)
        facility = facilities.get(visit.facility_id)
        if facility is None:
            facility = facilities[visit.facility_id] = records.get(Facility, visit.facility_id)
        yield VisitRecords(
            visit=visit, facility=facility,
            template=template_or_blank(visit.template_id, visit.template_version),
            answers=records.of_visit(Answer, visit_id),
            interviews=records.of_visit(Interview, visit_id),
            findings=records.of_visit(Finding, visit_id),
            photos=records.of_visit(Photo, visit_id),
            photo_bytes=_reader(profile) if with_photos else None)


def _reader(profile: Profile) -> Callable[[Photo], bytes | None]:
    def read(photo: Photo) -> bytes | None:
        path = profile.media.path(photo.sha256)
        return path.read_bytes() if path.is_file() else None
    return read


def export_database(profile: Profile, target: Path | str, *, lang: str = "ru",
                    kind: str | None = None, region: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    include_drafts: bool = False, with_photos: bool = False,
                    on_progress: Callable[[int, int], None] | None = None,
                    is_cancelled: Callable[[], bool] | None = None) -> ExportResult:
    check_language(lang)
    ids = selected_visit_ids(profile, kind=kind, region=region, date_from=date_from,
                             date_to=date_to, include_drafts=include_drafts)
    from ..domain.inquiry import Inquiry

    return write_database(visit_records(profile, ids, with_photos=with_photos), Path(target),
                          lang=lang, total=len(ids), on_progress=on_progress,
                          is_cancelled=is_cancelled,
                          inquiries=profile.records.list(Inquiry, order="created_at, id"))
