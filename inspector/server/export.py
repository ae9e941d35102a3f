"""A team's records as the analyst's SQLite database (`inspector-server export --format sqlite`).

The same tables, views and anonymity as the laptop's export: records are read from the
`records` table (SQLite or PostgreSQL) one visit at a time, turned into domain records and
handed to analysis/writer.py, inside one read transaction so the file is one moment's state.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select

from ..analysis.rows import VisitRecords
from ..analysis.writer import ExportResult, write_database
from ..domain.answer import Answer
from ..domain.checklist import ChecklistTemplate, parse_template
from ..domain.errors import InspectorError
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.inquiry import Inquiry
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.record import Record
from ..domain.templates import shipped_contents, template_or_blank
from ..domain.text import N_
from ..domain.visit import Visit, VisitStatus
from . import db
from .blobs import BlobStore
from .tables import records, teams, templates

R = TypeVar("R", bound=Record)
CHILDREN: dict[str, type[Record]] = {"answer": Answer, "interview": Interview,
                                     "finding": Finding, "photo": Photo}


class UnknownTeam(InspectorError):
    texts = N_("There is no team «{team}» on this server")


def record_from(cls: type[R], row: Any) -> R:
    """A domain record from the server's row: the synced fields from its data, the rest from the
    row itself (a field the app does not know is left out, a missing one takes its default)."""
    data = json.loads(row.data) if isinstance(row.data, str) else dict(row.data)
    known = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in known}
    values.update(id=row.id, version=row.version, updated_at=row.updated_at)
    values.setdefault("created_at", row.created_at)
    return cls(**values)


def _template_of(conn: Connection) -> Callable[[str, int], ChecklistTemplate]:
    """Shipped versions as the app has them; one registered by the administrator from the
    server's own copy."""
    @cache
    def find(template_id: str, version: int) -> ChecklistTemplate:
        if (template_id, version) not in shipped_contents():
            content = conn.execute(select(templates.c.content).where(
                templates.c.template_id == template_id,
                templates.c.version == version)).scalar()
            if content is not None:
                return parse_template(json.loads(content), f"server {template_id} v{version}")
        return template_or_blank(template_id, version)
    return find


def _live(entity: str, team: str) -> Any:
    return select(records.c.id, records.c.data, records.c.version, records.c.created_at,
                  records.c.updated_at).where(records.c.entity == entity, records.c.team == team,
                                              records.c.deleted.is_(False))


def team_visits(conn: Connection, team: str, *, kind: str | None = None,
                region: str | None = None, date_from: str | None = None,
                date_to: str | None = None, include_drafts: bool = False,
                blob_dir: Path | None = None) -> tuple[int, Iterator[VisitRecords]]:
    """(how many visits, the visits one at a time) in the summary's selection and order."""
    if conn.execute(select(teams.c.name).where(teams.c.name == team)).first() is None:
        raise UnknownTeam(team=team)
    facilities = {r.id: record_from(Facility, r) for r in conn.execute(_live("facility", team))}
    chosen = []
    for row in conn.execute(_live("visit", team)):
        visit = record_from(Visit, row)
        facility = facilities.get(visit.facility_id)
        if facility is None or (kind and facility.kind != kind) or (
                region and facility.region != region) or (
                date_from and visit.started_on < date_from) or (
                date_to and visit.started_on > date_to) or (
                not include_drafts and visit.status != VisitStatus.COMPLETED):
            continue
        chosen.append((visit.started_on, facility.name, visit.id, visit))
    chosen.sort(key=lambda c: c[:3])
    template_of = _template_of(conn)
    blobs = BlobStore(blob_dir) if blob_dir is not None else None

    def photo_bytes(photo: Photo) -> bytes | None:
        assert blobs is not None
        path = blobs.path(photo.sha256)
        return path.read_bytes() if path.is_file() else None

    def each() -> Iterator[VisitRecords]:
        for *_, visit in chosen:
            children: dict[str, list[Record]] = {entity: [] for entity in CHILDREN}
            rows = conn.execute(select(records.c.entity, records.c.id, records.c.data,
                                       records.c.version, records.c.created_at,
                                       records.c.updated_at).where(
                records.c.visit_id == visit.id, records.c.deleted.is_(False),
                records.c.entity.in_(list(CHILDREN))))
            for row in rows:
                children[row.entity].append(record_from(CHILDREN[row.entity], row))
            yield VisitRecords(
                visit=visit, facility=facilities[visit.facility_id],
                template=template_of(visit.template_id, visit.template_version),
                answers=children["answer"], interviews=children["interview"],  # type: ignore[arg-type]
                findings=children["finding"], photos=children["photo"],  # type: ignore[arg-type]
                photo_bytes=photo_bytes if blobs is not None else None)

    return len(chosen), each()


def export_team(engine: Engine, team: str, target: Path, *, lang: str = "ru",
                blob_dir: Path | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                **selection: Any) -> ExportResult:
    with db.read(engine) as conn:
        total, visits = team_visits(conn, team, blob_dir=blob_dir, **selection)
        inquiries = sorted((record_from(Inquiry, r) for r in conn.execute(_live("inquiry", team))),
                           key=lambda i: (i.created_at, i.id))
        return write_database(visits, target, lang=lang, total=total, on_progress=on_progress,
                              inquiries=inquiries)
