"""A photo taken during a visit, stored once by the SHA-256 of its bytes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .record import Record


@dataclass(kw_only=True)
class Photo(Record):
    entity: ClassVar[str] = "photo"
    BOOKKEEPING: ClassVar[frozenset[str]] = Record.SYNCED_BOOKKEEPING
    visit_id: str
    sha256: str
    ext: str = ".jpg"
    size: int = 0
    width: int = 0
    height: int = 0
    caption: str = ""
    taken_at: str = ""
    latitude: float | None = None
    longitude: float | None = None
    question_id: str = ""  # the checklist item it is evidence for, if any
    shows_faces: bool = False  # residents' or children's faces: left out of reports by default
    rotation: int = 0  # clockwise degrees a person turned it, on top of EXIF orientation
    original_name: str = ""
