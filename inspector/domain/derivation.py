"""What a derived copy of a photo was made from and how: the working copy's link to the evidence.

The original bytes of a photo are sealed at intake and never change (the Berkeley Protocol's
split of evidentiary and working copies). Everything a person sees in a report — turned upright,
rotated, cropped, downscaled, faces hidden, metadata dropped — is a derived copy, and each one
carries a `Derivation`: the original's SHA-256, the steps in the order they were applied, and the
SHA-256 of the bytes that came out. Anyone holding the original can redo the steps and compare;
anyone holding only the report can see that the copy is not the original and why it differs.

Steps are plain data ({"step": name, **params}) so a manifest, a test or another program reads
them without this code. Photo code (inspector/photos/derive.py) applies them; a new kind of step
(redaction, say) adds its applier there and its words here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .text import N_, Message, pick

# Kinds of derived copy.
REPORT_COPY = "report"
REDACTED_COPY = "redacted"
THUMBNAIL = "thumbnail"

# Step names; each applier lives in inspector/photos/derive.py.
ORIENT = "orient"  # EXIF orientation applied, so the picture stands as the camera held it
FIT = "fit"  # downscaled so the longest side is at most {"longest_side": px}
ROTATE = "rotate"  # turned clockwise by {"degrees": 90 | 180 | 270}, a person's choice
CROP = "crop"  # cut to {"box": [left, top, right, bottom]} as fractions of the picture
REDACT = "redact"  # regions hidden irreversibly (faces): {"boxes": [...], "method": ...}
ENCODE = "encode"  # written as {"format": "jpeg", "quality": q} with no EXIF, GPS, XMP or ICC


@dataclass(frozen=True)
class Step:
    name: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.name, **dict(self.params)}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Step:
        params = {k: v for k, v in raw.items() if k != "step"}
        return cls(str(raw["step"]), params)


def step(name: str, **params: Any) -> Step:
    return Step(name, params)


@dataclass(frozen=True)
class Derivation:
    """A derived copy's record: made from `source_sha256` by `steps`, giving `sha256`."""

    kind: str
    source_sha256: str
    steps: tuple[Step, ...]
    sha256: str = ""  # of the copy's bytes; empty until they exist

    def recipe(self) -> list[dict[str, Any]]:
        return [s.as_dict() for s in self.steps]

    def recipe_digest(self) -> str:
        """SHA-256 of the canonical recipe (source and steps): two copies made the same way from
        the same original share it, whatever bytes an encoder produced."""
        canonical = json.dumps({"source": self.source_sha256, "steps": self.recipe()},
                               sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_output(self, data: bytes) -> Derivation:
        return Derivation(self.kind, self.source_sha256, self.steps,
                          hashlib.sha256(data).hexdigest())

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "source_sha256": self.source_sha256, "sha256": self.sha256,
                "steps": self.recipe()}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Derivation:
        return cls(str(raw.get("kind", "")), str(raw["source_sha256"]),
                   tuple(Step.from_dict(s) for s in raw.get("steps", ())),
                   str(raw.get("sha256", "")))

    def describe(self, lang: str) -> str:
        """The steps as a person reads them: «повёрнуто на 90°; уменьшено до 1600 px; ...»."""
        return "; ".join(describe_step(s, lang) for s in self.steps if s.name != ORIENT)

    @property
    def changes_content(self) -> bool:
        """True when the copy hides or cuts away part of the picture (not just resizes it)."""
        return any(s.name in (CROP, REDACT) for s in self.steps)


_STEP_TEXTS: dict[str, Message] = {
    ORIENT: N_("turned upright by EXIF"),
    FIT: N_("downscaled to {longest_side} px"),
    ROTATE: N_("rotated by {degrees}°"),
    CROP: N_("cropped"),
    REDACT: N_("regions hidden: {count}"),
    ENCODE: N_("JPEG, quality {quality}, no metadata"),
}


def describe_step(s: Step, lang: str) -> str:
    texts = _STEP_TEXTS.get(s.name)
    if texts is None:
        return s.name
    params = dict(s.params)
    params.setdefault("count", len(params.get("boxes", ())))
    try:
        return pick(texts, lang).format(**params)
    except (KeyError, IndexError):
        return pick(texts, lang)


def report_recipe(*, rotation: int, longest_side: int, quality: int,
                  extra: Sequence[Step] = ()) -> tuple[Step, ...]:
    """The steps of a report copy: upright, turned as the person turned it, downscaled, then any
    `extra` steps (a crop, a redaction) in the given order, then encoded without metadata."""
    steps = [step(ORIENT), step(FIT, longest_side=longest_side)]
    if rotation % 360:
        steps.append(step(ROTATE, degrees=rotation % 360))
    steps.extend(extra)
    steps.append(step(ENCODE, format="jpeg", quality=quality))
    return tuple(steps)
