"""A photo taken during a visit, stored once by the SHA-256 of its bytes.

Sealed at intake: the original bytes never change after import (what a person turns or hides is
applied to derived copies, domain/derivation.py), and the facts of its intake — the hash, the
source file's name, the camera, the EXIF time, when, on which device and by whom it was imported —
are recorded with it and synced, so a report can answer «where does this picture come from».
"""

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
    original_name: str = ""  # the source file's name as it was imported
    camera_make: str = ""  # EXIF Make / Model as the camera wrote them
    camera_model: str = ""
    # "present": the file carried EXIF; "absent": it carried none (stripped by a messenger or an
    # editor, or a screenshot); "": imported before this was recorded, so unknown.
    exif: str = ""
    imported_at: str = ""  # UTC moment of intake (taken_at is the camera's own clock)
    imported_device: str = ""  # the profile's device id that imported it
    imported_by: str = ""  # the account or login name of the person who imported it

    @property
    def camera(self) -> str:
        make, model = self.camera_make.strip(), self.camera_model.strip()
        if make and model.lower().startswith(make.lower()):
            return model  # Canon writes Make "Canon", Model "Canon EOS 5D"
        return " ".join(part for part in (make, model) if part)


EXIF_PRESENT, EXIF_ABSENT = "present", "absent"
