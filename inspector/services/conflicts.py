"""Records needing review, described for a person: which visit and record, each value as it
reads in the visit. The review window shows these; the choice goes back through services.sync."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.finding import SEVERITY_NAMES, THEMES
from ..domain.templates import template
from ..domain.text import day, pick
from ..store.profile import Profile
from ..store.records import alive_parts, stored_row
from ..sync.protocol import DELETED_FIELD, canonical_json
from .sync import list_conflicts

__all__ = ["DELETED_FIELD", "ConflictItem", "describe_conflicts"]



@dataclass(frozen=True)
class ConflictItem:
    entity: str
    record_id: str
    field: str
    values: tuple[Any, ...]  # mine, theirs, then each further value another laptop kept
    place: str  # the institution and the visit's date
    record: str  # the question's text, the finding's text, the photo's caption…
    texts: tuple[str | None, ...]  # each value as it reads in the visit; None: format generically
    # For a visit or institution kept from a delete: what it holds now, (kind, count) pairs.
    parts: tuple[tuple[str, int], ...] = ()
    people: tuple[tuple[str, ...], ...] = ()  # who stands behind each value, when known

    @property
    def is_whole_delete(self) -> bool:
        """A visit or institution deleted on one computer while work went on in it elsewhere."""
        return self.is_delete and self.entity in ("visit", "facility")

    @property
    def mine(self) -> Any:
        return self.values[0]

    @property
    def is_delete(self) -> bool:
        return self.field == DELETED_FIELD


def _values(mine: Any, theirs: Any, others: list[Any]) -> tuple[Any, ...]:
    """Mine, theirs, and every other value kept (`others` repeats theirs: shown once)."""
    shown = {canonical_json(mine), canonical_json(theirs)}
    return (mine, theirs, *(v for v in others if canonical_json(v) not in shown))


def _row(profile: Profile, entity: str, record_id: str) -> dict[str, Any]:
    return stored_row(profile.database, entity, record_id)


def describe_conflicts(profile: Profile, lang: str) -> list[ConflictItem]:
    items = []
    for c in list_conflicts(profile):
        row = _row(profile, c.entity, c.record_id)
        visit = _row(profile, "visit", row["visit_id"]) if row.get("visit_id") else (
            row if c.entity == "visit" else {})
        facility_id = row.get("id") if c.entity == "facility" else visit.get("facility_id")
        facility = _row(profile, "facility", facility_id) if facility_id else {}
        place = " — ".join(p for p in (facility.get("name", ""), day(visit.get("started_on", "")))
                           if p)
        values = _values(c.mine, c.theirs, c.others)
        record = ""
        texts: tuple[str | None, ...] = (None,) * len(values)
        if c.entity == "answer":
            question = None
            try:
                question = template(visit.get("template_id", ""),
                                    visit.get("template_version") or None).question(
                    row.get("question_id", ""))
            except Exception:  # a template this build does not ship: show the raw values
                question = None
            record = pick(question.text, lang) if question else row.get("question_id", "")
            if question is not None and c.field == "value":
                texts = tuple(question.display(v, lang) for v in values)
        elif c.entity == "finding":
            record = row.get("text", "")
            names = {"severity": SEVERITY_NAMES, "theme": THEMES}.get(c.field)
            if names:
                texts = tuple(pick(names.get(v), lang) or None for v in values)
        elif c.entity == "photo":
            record = row.get("caption") or row.get("original_name") or ""
        elif c.entity == "facility":
            record = row.get("name", "")
        parts = _parts(profile, c.entity, c.record_id) if c.field == DELETED_FIELD else ()
        people = tuple(tuple(c.names_for(v)) for v in values)
        items.append(ConflictItem(c.entity, c.record_id, c.field, values, place, record, texts,
                                  parts, people))
    return items


def _parts(profile: Profile, entity: str, record_id: str) -> tuple[tuple[str, int], ...]:
    return alive_parts(profile.database, entity, record_id)
