"""Photos re-encoded for reports: upright, modest size, and stripped of all metadata."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from ..domain.photo import Box
from . import _imaging
from .faces import redact

__all__ = ["downscaled_jpeg"]

# Clockwise user rotation -> Pillow transpose (Pillow's ROTATE_* constants are counter-clockwise).
_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def downscaled_jpeg(
    source: Path, *, longest_side: int = 1600, quality: int = 80, rotate: int = 0,
    hide: list[Box] | None = None,
) -> bytes:
    """JPEG bytes of `source`, EXIF orientation and then `rotate` (clockwise degrees, a multiple
    of 90) applied, longest side at most `longest_side`, sRGB, with no EXIF, GPS, XMP or ICC,
    and the face boxes `hide` filled solid (faces.redact) before anything is encoded.

    Reports are shared widely; the originals keep their metadata as evidence, copies do not.
    The original file is only read. Raises PhotoRejected if `source` cannot be decoded.
    """
    if rotate % 90:
        raise ValueError(f"rotation must be a multiple of 90 degrees, got {rotate}")
    if longest_side < 1:
        raise ValueError("longest_side must be positive")
    out = _imaging.decode_fitted(Path(source), longest_side)
    if hide:
        out = redact(out, hide)
    turn = _CLOCKWISE.get(rotate % 360)
    if turn is not None:
        out = out.transpose(turn)
    out = _imaging.to_rgb(out)
    # A fresh info dict: nothing from the source (exif, icc_profile, xmp, dpi...) can reach
    # the encoder even if a future Pillow starts reading im.info as a default.
    out.info = {}
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()
