"""Small JPEG previews for lists and galleries, cached on disk by content hash."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from PIL import Image

from . import _imaging

__all__ = ["cached_thumbnail", "make_thumbnail", "thumbnail_path"]

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def make_thumbnail(source: Path, dest: Path, *, size: int = 320, quality: int = 82) -> None:
    """Write an upright RGB JPEG no larger than size x size to `dest`, atomically.

    Raises PhotoRejected if `source` cannot be decoded (OSError if `dest` cannot be written).
    """
    if size < 1:
        raise ValueError("thumbnail size must be positive")
    source, dest = Path(source), Path(dest)
    im = _imaging.to_rgb(_imaging.decode_fitted(source, size, reducing_gap=None))
    dest.parent.mkdir(parents=True, exist_ok=True)
    _write_jpeg_atomically(im, dest, quality)


def _write_jpeg_atomically(im: Image.Image, dest: Path, quality: int) -> None:
    # Same folder as dest so os.replace is a rename on one filesystem: readers see either the
    # old file or the complete new one, never a half-written JPEG.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            im.save(fh, "JPEG", quality=quality)
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def thumbnail_path(cache_dir: Path, sha256: str, size: int) -> Path:
    """`cache_dir/ab/<sha256>_<size>.jpg`: two-level fan-out keeps folders small."""
    sha256 = sha256.lower()
    # The hash becomes part of a path: refuse anything that could climb out of cache_dir.
    if not _SHA256.match(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return Path(cache_dir) / sha256[:2] / f"{sha256}_{int(size)}.jpg"


def cached_thumbnail(source: Path, sha256: str, cache_dir: Path, size: int = 320) -> Path:
    """The thumbnail of `source` (whose content hash is `sha256`), made on first use only.

    Keyed by content hash, so it never goes stale: a changed photo has a different hash.
    """
    dest = thumbnail_path(cache_dir, sha256, size)
    if not dest.is_file():
        make_thumbnail(source, dest, size=size)
    return dest
