"""Builders for the things tests make over and over: template texts and questions, a template
catalogue in place of the shipped one, and visits with whatever they hold.

One place, so a change to how a visit is started or a template is parsed is made once. Every
builder goes through the services the app uses, never around them.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from inspector.domain import templates as catalogue
from inspector.domain.checklist import ChecklistTemplate, parse_template
from inspector.store.profile import Profile


def text(ru: str, kk: str | None = None, en: str | None = None) -> dict[str, str]:
    """Template content in the three languages; one text stands for all three when alone."""
    return {"ru": ru, "kk": kk or ru, "en": en or ru}


def question(qid: str, qtype: str, words: str | dict[str, str], **extra: Any) -> dict[str, Any]:
    """A template question as the JSON files write it."""
    return {"id": qid, "type": qtype, "text": text(words) if isinstance(words, str) else words,
            **extra}


def install_templates(monkeypatch: pytest.MonkeyPatch,
                      templates: Iterable[dict[str, Any]]) -> dict[tuple[str, int],
                                                                   ChecklistTemplate]:
    """The template catalogue, replaced by these for the duration of a test (so tests do not
    break when the shipped checklists are reworded); returns it by (id, version)."""
    found = {}
    for data in templates:
        parsed = parse_template(data, source=f"{data['id']}.json")
        found[parsed.key] = parsed
    monkeypatch.setattr(catalogue, "all_templates", lambda: found)
    return found


@dataclass
class BuiltVisit:
    id: str
    facility_id: str
    answer_ids: dict[str, str] = field(default_factory=dict)


def make_visit(profile: Profile, *, kind: str = "psc", name: str = "ЦОН Байконырского района",
               region: str = "astana", district: str = "", address: str = "",
               started_on: str = "2026-04-02", ended_on: str = "",
               deputies: Iterable[str] = (), announced: bool = False,
               answers: dict[str, Any] | None = None, photos: int = 0, faces: int = 0,
               photo_size: tuple[int, int] = (320, 240), photos_dir: Path | None = None,
               interviews: Iterable[dict[str, Any]] = (),
               findings: Iterable[dict[str, Any]] = (), completed: bool = False) -> BuiltVisit:
    """A visit made the way the app makes one: facility, visit, answers (a value or a
    (value, comment) pair per question), `photos` generated JPEGs of which the first `faces`
    show faces (written into `photos_dir`), interviews, findings, and completed if asked."""
    from inspector.services import visits as visit_service

    facility = visit_service.add_facility(profile, kind=kind, name=name, region=region,
                                          district=district, address=address)
    visit = visit_service.start_visit(profile, facility.id, started_on, ended_on=ended_on,
                                      deputies=list(deputies), announced=announced)
    made = BuiltVisit(visit.id, facility.id)
    for qid, value in (answers or {}).items():
        comment = None
        if isinstance(value, tuple):
            value, comment = value
        made.answer_ids[qid] = visit_service.answer_question(profile, visit.id, qid, value,
                                                             comment=comment).id
    if photos:
        _add_photos(profile, visit.id, photos, faces, photo_size, photos_dir)
    _add_interviews_and_findings(profile, visit.id, interviews, findings)
    if completed:
        visit_service.complete_visit(profile, visit.id)
    return made


def _add_photos(profile: Profile, visit_id: str, count: int, faces: int,
                size: tuple[int, int], folder: Path | None) -> None:
    from datetime import datetime

    from inspector.photos.fixtures import make_jpeg
    from inspector.services.photos import import_photos

    assert folder is not None, "photos need a photos_dir to be written into"
    folder.mkdir(parents=True, exist_ok=True)
    seed = zlib.crc32(visit_id.encode()) % 1_000_000  # other bytes for each visit
    files = [make_jpeg(folder / f"IMG_{i:03d}.jpg", size=size, seed=seed * 1000 + i,
                       taken_at=datetime(2026, 4, 14, 10, i % 60), gps=(43.25, 76.95))
             for i in range(count)]
    imported = [r.photo for r in import_photos(profile, visit_id, files) if r.photo]
    for i, photo in enumerate(imported):
        photo.caption = f"Снимок {i + 1}"
        photo.shows_faces = i < faces
        if i == faces:
            photo.question_ids = ["ppe_available"]
        profile.records.save(photo)


def _add_interviews_and_findings(profile: Profile, visit_id: str,
                                 interviews: Iterable[dict[str, Any]],
                                 findings: Iterable[dict[str, Any]]) -> None:
    from inspector.domain.finding import Finding
    from inspector.domain.interview import Interview
    from inspector.services.findings import save_finding
    from inspector.services.interviews import save_interview

    for raw in interviews:
        save_interview(profile, Interview(visit_id=visit_id, template_id="staff_interview",
                                          template_version=1, answers=dict(raw["answers"]),
                                          notes=raw.get("notes", "")))
    for raw in findings:
        save_finding(profile, Finding(visit_id=visit_id, **raw))
