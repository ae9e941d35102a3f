"""Faces found in a photo, to propose boxes a person confirms, and faces filled in for reports.

The detector is OpenCV's Haar cascade for frontal faces, shipped inside opencv-python-headless
(cv2.data): no model is fetched at run time, it runs on any CPU, and on a photo downscaled to
DETECT_SIDE pixels it takes a fraction of a second. It misses faces turned away or small, which
is why it only proposes: the person marks what it missed. cv2 and numpy load with the first
detection, never at the window's start.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageDraw

from ..domain.photo import Box, clip_box, turned_box
from . import _imaging

if TYPE_CHECKING:
    import cv2

__all__ = ["DETECT_SIDE", "REDACT_FILL", "REDACT_METHOD", "apply_redact_step", "detect_faces",
           "faces_in_image", "redact"]

# A face a few metres away still spans ~30 px at this size (the cascade's own window is 20 px),
# and a 12 MP JPEG decodes near it (DCT scaling): well under a second on a laptop CPU.
DETECT_SIDE = 960
CASCADE = "haarcascade_frontalface_alt2.xml"
# Boxes drawn around a face rarely take in the hair, ears and chin; the fill reaches past them.
REDACT_MARGIN = 0.15
REDACT_FILL = (38, 38, 38)
REDACT_METHOD = "solid"  # recorded in each redacted copy's recipe (domain/derivation.py)


@functools.cache
def _cascade() -> cv2.CascadeClassifier:
    import cv2

    # cv2.data is a plain module the wheel's type stubs leave out.
    cascade = cv2.CascadeClassifier(str(Path(cv2.data.haarcascades) / CASCADE))  # type: ignore[attr-defined]
    if cascade.empty():
        raise RuntimeError(f"OpenCV's {CASCADE} is missing from this installation")
    return cascade


def faces_in_image(im: Image.Image) -> list[Box]:
    """Boxes around the frontal faces in `im`, as fractions of its width and height."""
    import cv2
    import numpy as np

    if max(im.size) > DETECT_SIDE:
        im = im.copy()
        im.thumbnail((DETECT_SIDE, DETECT_SIDE), Image.Resampling.BILINEAR)
    grey = np.asarray(_imaging.to_rgb(im).convert("L"))
    grey = cv2.equalizeHist(grey)
    width, height = im.size
    # Smaller faces (a person across a hall) cost most of the time and are the ones the cascade
    # gets wrong; the person marks those by hand.
    smallest = max(24, round(min(width, height) * 0.04))
    found = _cascade().detectMultiScale(grey, scaleFactor=1.1, minNeighbors=5,
                                        minSize=(smallest, smallest))
    boxes = []
    for x, y, w, h in (found if len(found) else []):
        box = clip_box([x / width, y / height, w / width, h / height])
        if box is not None:
            boxes.append(box)
    return sorted(boxes)


def detect_faces(source: Path, rotation: int = 0) -> list[Box]:
    """Boxes around the faces in the photo at `source`, in the frame face boxes are stored in
    (EXIF orientation applied, the person's `rotation` not): the detector looks at the photo
    turned as the person turned it, since it finds upright faces only. Raises PhotoRejected."""
    im = _imaging.decode_fitted(Path(source), DETECT_SIDE, reducing_gap=None)
    turn = rotation % 360
    if turn:
        im = im.rotate(-turn, expand=True)  # PIL turns counter-clockwise
    return [turned_box(b, -turn) for b in faces_in_image(im)]


def redact(im: Image.Image, boxes: list[Box]) -> Image.Image:
    """`im` with every box (and a margin around it) filled solid: no pixel of a face is left to
    recover, unlike a blur, which can be partly undone. `im` is in the boxes' frame."""
    if not boxes:
        return im
    out = _imaging.to_rgb(im).copy()
    width, height = out.size
    draw = ImageDraw.Draw(out)
    for x, y, w, h in boxes:
        mx, my = w * REDACT_MARGIN, h * REDACT_MARGIN
        left, top = max(0.0, x - mx) * width, max(0.0, y - my) * height
        right, bottom = min(1.0, x + w + mx) * width, min(1.0, y + h + my) * height
        # Whole pixels outward: a partly covered edge pixel would keep part of the face.
        draw.rectangle([int(left), int(top), int(right + 0.999), int(bottom + 0.999)],
                       fill=REDACT_FILL)
    return out


def apply_redact_step(im: Image.Image, params: Mapping[str, Any]) -> Image.Image:
    """The redact step of a derived copy's recipe: `im` is the picture as the copy shows it,
    and so are the step's boxes."""
    if params.get("method", REDACT_METHOD) != REDACT_METHOD:
        raise ValueError(f"no redaction method {params.get('method')!r}")
    return redact(im, [list(b) for b in params["boxes"]])
