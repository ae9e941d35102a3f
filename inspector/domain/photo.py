"""A photo taken during a visit, stored once by the SHA-256 of its bytes.

Sealed at intake: the original bytes never change after import (what a person turns or hides is
applied to derived copies, domain/derivation.py), and the facts of its intake — the hash, the
source file's name, the camera, the EXIF time, when, on which device and by whom it was imported —
are recorded with it and synced, so a report can answer «where does this picture come from».
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from .record import Record

# A face box: [x, y, width, height] as fractions of the photo's width and height, in the photo
# as its EXIF orientation shows it and before the person's `rotation`: turning a photo then
# never moves its boxes off the faces. Four decimals are finer than a pixel of a 12 MP photo.
Box = list[float]
BOX_DECIMALS = 4
MAX_BOXES = 200


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
    # The checklist items it is evidence for: one photo of a dormitory may show both the
    # overcrowding and the broken window.
    question_ids: list[str] = field(default_factory=list)
    # Residents' or children's faces. With `face_boxes` a report shows the photo with the boxes
    # filled in; marked without boxes it stays out of reports (nothing says where the faces are).
    shows_faces: bool = False
    face_boxes: list[Box] = field(default_factory=list)
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

    @property
    def has_faces(self) -> bool:
        return self.shows_faces or bool(self.face_boxes)

    def supports(self, question_id: str) -> bool:
        return question_id in self.question_ids

    def link(self, question_id: str, linked: bool) -> None:
        """Link to or unlink from a question, keeping its other questions."""
        if linked and question_id not in self.question_ids:
            self.question_ids = [*self.question_ids, question_id]
        elif not linked and question_id in self.question_ids:
            self.question_ids = [q for q in self.question_ids if q != question_id]

    def set_face_boxes(self, boxes: list[Box]) -> None:
        """Store boxes (clipped to the photo, rounded); a photo with boxes shows faces."""
        self.face_boxes = [b for b in (clip_box(b) for b in boxes) if b is not None]
        if self.face_boxes:
            self.shows_faces = True


EXIF_PRESENT, EXIF_ABSENT = "present", "absent"


def clip_box(box: Box) -> Box | None:
    """`box` kept inside the photo and rounded, or None when nothing of it is left."""
    x, y, w, h = (float(v) for v in box)
    x0, y0 = max(0.0, min(1.0, x)), max(0.0, min(1.0, y))
    x1, y1 = max(0.0, min(1.0, x + w)), max(0.0, min(1.0, y + h))
    w, h = round(x1 - x0, BOX_DECIMALS), round(y1 - y0, BOX_DECIMALS)
    if w <= 0 or h <= 0:
        return None
    x0, y0 = round(x0, BOX_DECIMALS), round(y0, BOX_DECIMALS)
    return [x0, y0, min(w, round(1 - x0, BOX_DECIMALS)), min(h, round(1 - y0, BOX_DECIMALS))]


def turned_box(box: Box, degrees: int) -> Box:
    """`box` in the photo turned clockwise by `degrees` (a multiple of 90)."""
    x, y, w, h = box
    turn = degrees % 360
    if turn == 90:
        return [1 - y - h, x, h, w]
    if turn == 180:
        return [1 - x - w, 1 - y - h, w, h]
    if turn == 270:
        return [y, 1 - x - w, h, w]
    return [x, y, w, h]

