"""Provenance warnings: what about a photo's own record gives an opponent a reason to doubt it.

The first answer of an institution under criticism is that a photo was taken elsewhere or at
another time. Three facts of the sealed intake record (domain/photo.py) say where that answer
would find a foothold, and the report says so itself, in its manifest and beside every finding
the photo supports, before anyone else does:

- the camera's time lies outside the visit's dates (or the file has no capture time at all);
- the file carries no EXIF at all (a messenger, an editor or a screenshot stripped it);
- the camera differs from the one that took most of the visit's photos.

A warning is no verdict: a deputy's second phone is a different camera, and a photo received from
a resident may rightly have no EXIF. It is said so the reader weighs the photo knowingly.
One rule for every screen, report and manifest: they all ask `visit_warnings`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .photo import EXIF_ABSENT, EXIF_PRESENT, Photo
from .text import N_, Message, day, pick
from .visit import Visit

TIME_OUTSIDE_VISIT = "time_outside_visit"
NO_TIME = "no_time"
NO_EXIF = "no_exif"
OTHER_CAMERA = "other_camera"

_TEXTS: dict[str, Message] = {
    TIME_OUTSIDE_VISIT: N_("taken on {taken}, outside the visit's dates"),
    NO_TIME: N_("the file records no time of capture"),
    NO_EXIF: N_("the file carries no EXIF metadata (stripped or never written)"),
    OTHER_CAMERA: N_("a different camera ({camera}) from the rest of the visit's photos"),
}


@dataclass(frozen=True)
class ProvenanceWarning:
    code: str
    taken: str = ""  # the capture day, for TIME_OUTSIDE_VISIT
    camera: str = ""  # the odd camera, for OTHER_CAMERA

    def message(self, lang: str) -> str:
        return pick(_TEXTS[self.code], lang).format(taken=day(self.taken), camera=self.camera)

    def as_dict(self) -> dict[str, str]:
        found = {"code": self.code}
        if self.taken:
            found["taken"] = self.taken
        if self.camera:
            found["camera"] = self.camera
        return found


def usual_camera(photos: Iterable[Photo]) -> str:
    """The camera of more than half of the photos that name one, or "" when none has that many
    (two deputies with two phones: neither is the odd one)."""
    counts = Counter(p.camera for p in photos if p.camera)
    if not counts:
        return ""
    camera, count = counts.most_common(1)[0]
    return camera if count * 2 > sum(counts.values()) else ""


def photo_warnings(photo: Photo, visit: Visit, usual: str = "") -> list[ProvenanceWarning]:
    """What about `photo`'s record invites doubt; `usual` is usual_camera() of its visit."""
    found: list[ProvenanceWarning] = []
    if photo.exif == EXIF_ABSENT:
        found.append(ProvenanceWarning(NO_EXIF))
    elif photo.taken_at:
        taken = photo.taken_at[:10]  # the camera's local date, as the visit's dates are
        if not visit.started_on <= taken <= visit.last_day:
            found.append(ProvenanceWarning(TIME_OUTSIDE_VISIT, taken=taken))
    elif photo.exif == EXIF_PRESENT:
        found.append(ProvenanceWarning(NO_TIME))
    if usual and photo.camera and photo.camera != usual:
        found.append(ProvenanceWarning(OTHER_CAMERA, camera=photo.camera))
    return found


def visit_warnings(visit: Visit, photos: Iterable[Photo]) -> dict[str, list[ProvenanceWarning]]:
    """Photo id -> its warnings, for the photos of one visit that have any."""
    photos = list(photos)
    usual = usual_camera(photos)
    found = {p.id: photo_warnings(p, visit, usual) for p in photos}
    return {pid: warnings for pid, warnings in found.items() if warnings}


def warning_line(warnings: Iterable[ProvenanceWarning], lang: str) -> str:
    """The warnings of one photo as one clause: «в файле нет EXIF; другая камера (...)»."""
    return "; ".join(w.message(lang) for w in warnings)


def warned_photos(evidence: Iterable[Mapping[str, str]],
                  warnings: Mapping[str, list[ProvenanceWarning]]) -> list[str]:
    """The ids of a finding's evidence photos that carry a warning, in the finding's order."""
    return [link["id"] for link in evidence
            if link.get("kind") == "photo" and link.get("id") in warnings]


# Provenance warnings about when a photo was taken: the ones a badge shows on every screen.
DATE_DOUBTS = frozenset({TIME_OUTSIDE_VISIT, NO_TIME, NO_EXIF})


def date_doubt(photo: Photo, visit: Visit) -> ProvenanceWarning | None:
    """Why a photo's date does not place it in the visit (outside its days, or no date at all),
    or None. The badge in the grid and the pickers, the report's caption and its manifest all
    say it from the one rule in domain/provenance.py; a photo without a date whose intake did not
    record EXIF (imported before) has no date either."""
    for warning in photo_warnings(photo, visit):
        if warning.code in DATE_DOUBTS:
            return warning
    return None if photo.taken_at else ProvenanceWarning(NO_TIME)
