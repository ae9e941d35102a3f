"""Photos re-encoded for reports: upright, modest size, and stripped of all metadata."""

from __future__ import annotations

from pathlib import Path

from ..domain.derivation import REPORT_COPY, report_recipe
from .derive import derive

__all__ = ["downscaled_jpeg"]


def downscaled_jpeg(
    source: Path, *, longest_side: int = 1600, quality: int = 80, rotate: int = 0
) -> bytes:
    """JPEG bytes of `source`, EXIF orientation and then `rotate` (clockwise degrees, a multiple
    of 90) applied, longest side at most `longest_side`, sRGB, with no EXIF, GPS, XMP or ICC.

    Reports are shared widely; the originals keep their metadata as evidence, copies do not.
    Raises PhotoRejected if `source` cannot be decoded. derive() gives the copy with its record.
    """
    if rotate % 90:
        raise ValueError(f"rotation must be a multiple of 90 degrees, got {rotate}")
    if longest_side < 1:
        raise ValueError("longest_side must be positive")
    steps = report_recipe(rotation=rotate, longest_side=longest_side, quality=quality)
    return derive(Path(source), "", steps, kind=REPORT_COPY).data
