"""Taking photos in: verify a file really is a complete photo and read its evidence metadata.

Originals are kept byte for byte (they are evidence), so intake never rewrites a file: it hashes
the exact bytes it verified, decodes them fully once to prove they are intact, and extracts
date, place, orientation and camera from EXIF.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PIL import Image

from . import _imaging
from .errors import PhotoRejected

__all__ = [
    "IntakeResult",
    "PhotoFile",
    "PhotoRejected",
    "import_batch",
    "iter_photo_paths",
    "read_photo",
]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_PIXELS = 120_000_000

# EXIF tags (EXIF 2.32).
_ORIENTATION = 0x0112
_MAKE = 0x010F
_MODEL = 0x0110
_DATETIME = 0x0132
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATETIME_ORIGINAL = 0x9003
_OFFSET_TIME = 0x9010
_OFFSET_TIME_ORIGINAL = 0x9011
_SUBSEC_TIME = 0x9290
_SUBSEC_TIME_ORIGINAL = 0x9291
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4

# Files that sit in photo folders but are never photos; reporting them as rejected is noise.
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", "ehthumbs.db"}


@dataclass(frozen=True)
class PhotoFile:
    """What intake learned about one verified photo file."""

    sha256: str  # hex digest of the original bytes, which are stored unchanged
    size: int  # bytes
    mime: str
    ext: str  # from the detected format, not from the file name
    width: int  # as displayed, i.e. after EXIF orientation
    height: int
    orientation: int  # EXIF orientation as recorded in the file, 1-8
    taken_at: datetime | None  # naive camera-local time, aware when an EXIF offset is recorded
    latitude: float | None
    longitude: float | None
    camera: str | None  # "Make Model"
    # EXIF facts that were present but impossible and so dropped, never guessed: "time" (a
    # date such as 0001-01-01 or one in the future), "place" (a bad reference or coordinate).
    # The photo then has no reliable time or place; a person may still vouch for it.
    untrusted: tuple[str, ...] = ()
    camera_make: str = ""  # EXIF Make and Model as written, for the sealed intake record
    camera_model: str = ""
    has_exif: bool = False  # the file carried an EXIF block at all (a stripped one carries none)


@dataclass(frozen=True)
class IntakeResult:
    path: Path
    photo: PhotoFile | None = None
    error: PhotoRejected | None = None

    @property
    def ok(self) -> bool:
        return self.photo is not None


def read_photo(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> PhotoFile:
    """Verify that `path` is a complete JPEG, PNG, WebP, HEIC or TIFF and describe it.

    Raises PhotoRejected (and nothing else) with reason empty, not_image, unsupported, truncated,
    corrupt, too_large, bomb or unreadable.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    try:
        return _describe(path, data, max_pixels)
    except PhotoRejected:
        raise
    except Exception as exc:  # last line of defence: the caller was promised PhotoRejected only
        raise PhotoRejected("corrupt", path, detail=repr(exc)) from exc


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A directory or a FIFO/device: opening a FIFO would block the import forever.
            raise PhotoRejected("unreadable", path, detail="not a regular file")
        if info.st_size == 0:
            raise PhotoRejected("empty", path)
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        # Hash and decode the same in-memory bytes, so the digest is of exactly what was verified
        # even if the file changes on disk meanwhile.
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PhotoRejected:
        raise
    except (OSError, ValueError) as exc:  # ValueError: e.g. a NUL character in the path
        raise PhotoRejected("unreadable", path, detail=repr(exc)) from exc
    if not data:
        raise PhotoRejected("empty", path)
    if len(data) > max_bytes:  # the file grew after stat()
        raise _too_large(path, len(data), max_bytes)
    return data


def _too_large(path: Path, size: int, limit: int) -> PhotoRejected:
    mb = 1024 * 1024
    return PhotoRejected(
        "too_large", path, size_mb=f"{size / mb:.3g}", limit_mb=f"{limit / mb:.3g}"
    )


def _describe(path: Path, data: bytes, max_pixels: int) -> PhotoFile:
    im = _imaging.open_image(data, path, max_pixels=max_pixels)
    with im:
        fmt = im.format or ""
        stored_size = im.size
        # Metadata is read before decoding: Pillow's TIFF loader deletes the orientation tag
        # once it has rotated the pixels.
        with _imaging.pillow_warnings():  # also silences Pillow's EXIF UserWarnings
            meta = _metadata(im)
        # Decoding at 1/8 scale still pulls every byte of the entropy-coded stream through
        # libjpeg, so truncation is caught at a fraction of the cost of a full decode.
        _imaging.jpeg_draft(im, (stored_size[0] // 8, stored_size[1] // 8))
        _imaging.load_image(im, path, data)
        with _imaging.pillow_warnings():
            pending = _orientation_tag(im)
    width, height = stored_size
    if pending in (5, 6, 7, 8):
        width, height = height, width
    ext, mime = _imaging.SUPPORTED_FORMATS[fmt]
    if fmt == "HEIF":
        mime = _imaging.heif_mime(data)
    return PhotoFile(
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mime=mime,
        ext=ext,
        width=width,
        height=height,
        **meta,
    )


def _orientation_tag(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_ORIENTATION, 1)
    except Exception:  # broken EXIF: treat as upright rather than refuse the photo
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _metadata(im: Image.Image) -> dict[str, Any]:
    """Orientation, date, GPS and camera. Bad EXIF yields None fields, never a rejection:
    a photo with a mangled date is still evidence."""
    meta: dict[str, Any] = {
        "orientation": 1, "taken_at": None, "latitude": None, "longitude": None, "camera": None,
        "untrusted": (), "camera_make": "", "camera_model": "", "has_exif": False,
    }
    try:
        exif = im.getexif()
    except Exception:
        return meta
    meta["has_exif"] = len(exif) > 0
    meta["camera_make"] = _text(exif.get(_MAKE)) or ""
    meta["camera_model"] = _text(exif.get(_MODEL)) or ""
    # pillow_heif resets the EXIF tag to 1 after applying it and keeps the recorded value here.
    original = im.info.get("original_orientation")
    meta["orientation"] = original if isinstance(original, int) and 1 <= original <= 8 else (
        _orientation_tag(im)
    )
    untrusted: list[str] = []
    for key, reader in (("taken_at", _taken_at), ("camera", _camera)):
        try:
            meta[key] = reader(exif)
        except Untrusted:
            untrusted.append("time")
        except Exception:
            meta[key] = None
    try:
        meta["latitude"], meta["longitude"] = _gps(exif.get_ifd(_GPS_IFD))
    except Untrusted:
        untrusted.append("place")
    except Exception:
        pass  # an unreadable GPS block is simply no place
    meta["untrusted"] = tuple(untrusted)
    return meta


class Untrusted(ValueError):
    """An EXIF value is there but cannot be true; the fact is dropped, not repaired."""


# Digital cameras wrote EXIF from the mid-1990s; a clock set to 0001-01-01 or 9999-12-31, or a
# time later than now (a day of slack for time zones), is a wrong clock, not a capture time.
_EARLIEST = datetime(1990, 1, 1)
_CLOCK_SLACK = timedelta(days=1)


def _plausible(stamp: datetime) -> datetime:
    naive = stamp.replace(tzinfo=None)
    if naive < _EARLIEST or naive > datetime.now() + _CLOCK_SLACK:
        raise Untrusted(f"capture time {stamp.isoformat()}")
    return stamp


_EXIF_DATETIME = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^\s*([+-])(\d{2}):(\d{2})\s*$")


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _parse_datetime(value: object, subsec: object, offset: object) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    match = _EXIF_DATETIME.match(text)
    if not match:
        return None
    if set(text[:19]) <= set("0: -T"):
        return None  # "0000:00:00 00:00:00" is what cameras write when no time was ever set
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        stamp = _plausible(datetime(year, month, day, hour, minute, second))
    except ValueError as exc:  # 2024:02:30, 25:61:00
        raise Untrusted(text) from exc
    digits = _text(subsec)
    if digits and digits.isdigit():
        stamp = stamp.replace(microsecond=int(digits[:6].ljust(6, "0")))
    offset_text = _text(offset)
    offset_match = _EXIF_OFFSET.match(offset_text) if offset_text else None
    if offset_match:
        sign, hours, minutes = offset_match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        if delta <= timedelta(hours=14):
            stamp = stamp.replace(tzinfo=timezone(-delta if sign == "-" else delta))
    return stamp


def _taken_at(exif: Image.Exif) -> datetime | None:
    """DateTimeOriginal; else DateTime. An impossible DateTimeOriginal is not replaced by
    DateTime: with the camera's clock wrong, the other stamp is no more to be believed."""
    sub = exif.get_ifd(_EXIF_IFD)
    original = _parse_datetime(
        sub.get(_DATETIME_ORIGINAL), sub.get(_SUBSEC_TIME_ORIGINAL), sub.get(_OFFSET_TIME_ORIGINAL)
    )
    if original is not None:
        return original
    # DateTime is "last modified", which editing software may have changed; it is still the
    # best date a file without DateTimeOriginal has.
    return _parse_datetime(
        exif.get(_DATETIME) or sub.get(_DATETIME), sub.get(_SUBSEC_TIME), sub.get(_OFFSET_TIME)
    )


def _camera(exif: Image.Exif) -> str | None:
    make, model = _text(exif.get(_MAKE)), _text(exif.get(_MODEL))
    if make and model and model.lower().startswith(make.lower()):
        return model  # Canon writes Make "Canon", Model "Canon EOS 5D"
    return " ".join(part for part in (make, model) if part) or None


def _coordinate(value: object, ref: object, hemispheres: str, limit: float) -> float | None:
    """Degrees from EXIF's (degrees, minutes, seconds) and N/S or E/W; raises Untrusted for a
    reference that is neither (it used to be read as N/E) or a value off the globe."""
    if value is None:
        return None  # no fix: some phones still write the references
    ref_text = (_text(ref) or "").upper()
    if ref_text not in tuple(hemispheres):
        raise Untrusted(f"GPS reference {ref!r}")
    if not isinstance(value, tuple | list) or not 1 <= len(value) <= 3:
        raise Untrusted(f"GPS value {value!r}")
    parts = [float(part) for part in value]  # IFDRational -> float; 0/0 gives nan
    if not all(math.isfinite(part) and part >= 0 for part in parts) or \
            any(part >= 60 for part in parts[1:]):
        raise Untrusted(f"GPS value {value!r}")
    degrees = sum(part / 60**i for i, part in enumerate(parts))
    if degrees > limit:
        raise Untrusted(f"GPS value {value!r}")
    return -degrees if ref_text == hemispheres[1] else degrees


def _gps(gps: dict[int, Any]) -> tuple[float | None, float | None]:
    lat = _coordinate(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), "NS", 90.0)
    lon = _coordinate(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), "EW", 180.0)
    if lat is None or lon is None:
        if lat is not None or lon is not None:
            raise Untrusted("half a position")
        return None, None
    # 0,0 is what phones write when they had no fix; nobody inspects a school in the Gulf of Guinea.
    if lat == 0.0 and lon == 0.0:
        return None, None
    return lat, lon


def _is_hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith(".") or entry.name.lower() in _SYSTEM_FILES:
        return True
    # Windows marks hidden files with an attribute rather than a leading dot.
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def iter_photo_paths(paths: Iterable[Path]) -> list[tuple[Path, PhotoRejected | None]]:
    """Expand folders recursively (sorted by name, hidden entries skipped, symlinked folders not
    followed) and drop duplicates. A folder that cannot be listed yields its own rejection."""
    seen: set[Path] = set()
    out: list[tuple[Path, PhotoRejected | None]] = []

    def add(path: Path, error: PhotoRejected | None = None) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            out.append((path, error))

    def walk(folder: Path) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: (e.name.casefold(), e.name))
        except OSError as exc:
            add(folder, PhotoRejected("unreadable", folder, detail=repr(exc)))
            return
        for entry in entries:
            if _is_hidden(entry):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                walk(Path(entry.path))
            else:
                add(Path(entry.path))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            walk(path)
        else:
            add(path)  # explicitly chosen files are taken even if hidden or missing
    return out


def import_batch(
    paths: Iterable[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[IntakeResult]:
    """Read every photo in `paths` (files and folders), one result per file, in order.

    A bad file becomes a result with `error` set and never stops the batch. `on_progress(done,
    total)` is called once with done=0 and after each file; `is_cancelled()` is polled before
    each file and, when true, the results so far are returned.
    """
    candidates = iter_photo_paths(paths)
    total = len(candidates)
    results: list[IntakeResult] = []
    if on_progress is not None:
        on_progress(0, total)
    for done, (path, listing_error) in enumerate(candidates, start=1):
        if is_cancelled is not None and is_cancelled():
            break
        if listing_error is not None:
            results.append(IntakeResult(path=path, error=listing_error))
        else:
            try:
                photo = read_photo(path, max_bytes=max_bytes, max_pixels=max_pixels)
            except PhotoRejected as exc:
                results.append(IntakeResult(path=path, error=exc))
            else:
                results.append(IntakeResult(path=path, photo=photo))
        if on_progress is not None:
            on_progress(done, total)
    return results
