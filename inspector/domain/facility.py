"""An institution that deputies visit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .record import Record


@dataclass(kw_only=True)
class Facility(Record):
    entity: ClassVar[str] = "facility"
    kind: str
    name: str
    region: str = ""
    district: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
