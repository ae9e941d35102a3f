"""The one order of every list that is numbered or printed, from synced data only.

Rows come out of a database in whatever order they were inserted, which differs from laptop to
laptop after a sync; the fields below travel with each record, so «интервью 2» is the same person
in the deputy's report, the aide's and a restored backup's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from .interview import Interview
from .record import Record

R = TypeVar("R", bound=Record)

# Per kind of record: the fields that order a visit's list of them, the id breaking every tie.
ORDER_FIELDS: dict[str, tuple[str, ...]] = {
    "photo": ("taken_at", "created_at", "id"),
    "interview": ("created_at", "id"),
    "finding": ("position", "created_at", "id"),
    "recommendation_check": ("position", "created_at", "id"),
    "answer": ("question_id", "id"),
    "visit": ("started_on", "created_at", "id"),
    "facility": ("name", "id"),
}


def order_fields(entity: str) -> tuple[str, ...]:
    return ORDER_FIELDS.get(entity, ("created_at", "id"))


def in_order(records: Iterable[R]) -> list[R]:
    """The records sorted by their kind's order (all of one kind)."""
    items = list(records)
    if not items:
        return items
    names = order_fields(items[0].entity)
    return sorted(items, key=lambda r: tuple(getattr(r, n) for n in names))


def interview_numbers(interviews: Sequence[Interview]) -> dict[str, int]:
    """Interview id -> its number («Сотрудник 2», «интервью 2»): only interviews with consent
    to record count, as only they are printed; everyone numbers through this."""
    return {i.id: n for n, i in enumerate((i for i in in_order(interviews) if i.consent_given), 1)}
