"""What every stored record carries, whatever it is."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar


def new_id() -> str:
    return str(uuid.uuid4())


_last_stamp = ""
_stamp_lock = threading.Lock()


def utc_now() -> str:
    """Times are stored as ISO-8601 UTC strings: sortable, and never used to decide a sync.

    Strictly increasing within a process, to the microsecond: records made one after another
    (two interviews saved in the same millisecond) keep the order they were made in, since
    creation time orders numbered lists (domain/ordering.py).
    """
    global _last_stamp
    with _stamp_lock:
        now = datetime.now(UTC)
        stamp = now.isoformat(timespec="microseconds")
        if stamp <= _last_stamp:
            last = datetime.fromisoformat(_last_stamp)
            stamp = (last + timedelta(microseconds=1)).isoformat(timespec="microseconds")
        _last_stamp = stamp
        return stamp


@dataclass(kw_only=True)
class Record:
    """Identity and bookkeeping shared by facilities, visits, answers, photos, interviews, findings.

    `id` is made on the laptop so a record has its identity before any server has seen it.
    `version` is the server's sequence number of the last change this laptop knows (0: never
    synced). `needs_review` marks a record whose sync met a conflicting edit a person must settle.
    """

    entity: ClassVar[str] = ""
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    version: int = 0
    needs_review: bool = False

    BOOKKEEPING: ClassVar[frozenset[str]] = frozenset(
        {"id", "created_at", "updated_at", "version", "needs_review"})
    # Records numbered in a list (photos, interviews, findings) sync their creation time too,
    # because it orders them (domain/ordering.py); it is set once, so it never conflicts.
    SYNCED_BOOKKEEPING: ClassVar[frozenset[str]] = BOOKKEEPING - {"created_at"}

    @classmethod
    def content_fields(cls) -> tuple[str, ...]:
        """The fields a person edits: what sync sends and merges one by one."""
        return tuple(f.name for f in fields(cls) if f.name not in cls.BOOKKEEPING)

    def content(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.content_fields()}
