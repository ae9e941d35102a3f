"""Derived copies of a photo made by a recipe of steps (domain/derivation.py), never in place.

The original file is only read. Each copy comes back with its `Derivation` (source hash, steps,
hash of the copy's bytes), so a report's manifest can say what every picture was made from.

A kind of step is one function `(image, params) -> image` in APPLIERS; decoding (orient, fit) and
encoding are fixed ends of every recipe. Helpers adding a step (face redaction) add it there.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from ..domain.derivation import CROP, ENCODE, FIT, ORIENT, REDACT, ROTATE, Derivation, Step
from . import _imaging
from .faces import apply_redact_step

__all__ = ["APPLIERS", "DerivedCopy", "derive"]

Applier = Callable[[Image.Image, Mapping[str, Any]], Image.Image]

# Clockwise user rotation -> Pillow transpose (Pillow's ROTATE_* constants are counter-clockwise).
_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def _rotate(im: Image.Image, params: Mapping[str, Any]) -> Image.Image:
    degrees = int(params.get("degrees", 0))
    if degrees % 90:
        raise ValueError(f"rotation must be a multiple of 90 degrees, got {degrees}")
    turn = _CLOCKWISE.get(degrees % 360)
    return im.transpose(turn) if turn is not None else im


def _crop(im: Image.Image, params: Mapping[str, Any]) -> Image.Image:
    left, top, right, bottom = (float(v) for v in params["box"])
    if not 0 <= left < right <= 1 or not 0 <= top < bottom <= 1:
        raise ValueError(f"a crop box is fractions 0..1, left < right, top < bottom: {params}")
    w, h = im.size
    return im.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))


APPLIERS: dict[str, Applier] = {ROTATE: _rotate, CROP: _crop, REDACT: apply_redact_step}


@dataclass(frozen=True)
class DerivedCopy:
    data: bytes  # JPEG
    width: int
    height: int
    derivation: Derivation


def derive(source: Path, source_sha256: str, steps: Sequence[Step], *,
           kind: str) -> DerivedCopy:
    """Make the copy `steps` describe from the file `source` (whose sealed hash is
    `source_sha256`). The recipe starts with orient and fit and ends with encode.

    Raises PhotoRejected if `source` cannot be decoded, ValueError for a recipe it cannot follow.
    """
    steps = tuple(steps)
    names = [s.name for s in steps]
    if names[:2] != [ORIENT, FIT] or names[-1] != ENCODE:
        raise ValueError(f"a recipe runs orient, fit, ..., encode; got {names}")
    longest_side = int(steps[1].params["longest_side"])
    if longest_side < 1:
        raise ValueError("longest_side must be positive")
    im = _imaging.decode_fitted(Path(source), longest_side)
    for s in steps[2:-1]:
        applier = APPLIERS.get(s.name)
        if applier is None:
            raise ValueError(f"no way to apply the step {s.name!r}")
        im = applier(im, s.params)
    im = _imaging.to_rgb(im)
    # A fresh info dict: nothing from the source (exif, icc_profile, xmp, dpi...) can reach
    # the encoder even if a future Pillow starts reading im.info as a default.
    im.info = {}
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", quality=int(steps[-1].params.get("quality", 80)), optimize=True)
    data = buffer.getvalue()
    record = Derivation(kind, source_sha256, steps).with_output(data)
    return DerivedCopy(data, im.width, im.height, record)
