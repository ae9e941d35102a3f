"""Pillow plumbing shared by intake, thumbnails and rendering.

Everything that touches Pillow goes through `open_image` and `load_image` so that every failure
becomes a PhotoRejected with a reason code, whichever module hit it.
"""

from __future__ import annotations

import io
import math
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

import pillow_heif
from PIL import Image, ImageFile, ImageOps

from .errors import PhotoRejected

# Registering twice is harmless; doing it at import means every entry point of the package can
# decode HEIC without the caller remembering to.
pillow_heif.register_heif_opener()

# Pillow format name -> (extension, MIME). MPO is what Pillow calls a JPEG carrying a second
# picture (many Samsung/Fujifilm/iPhone portrait shots): it is a JPEG file and is stored as one.
SUPPORTED_FORMATS: dict[str, tuple[str, str]] = {
    "JPEG": (".jpg", "image/jpeg"),
    "MPO": (".jpg", "image/jpeg"),
    "PNG": (".png", "image/png"),
    "WEBP": (".webp", "image/webp"),
    "HEIF": (".heic", "image/heic"),
    "TIFF": (".tif", "image/tiff"),
}
JPEG_FORMATS = frozenset({"JPEG", "MPO"})

# HEIF brands that mean HEVC-coded stills (.heic); other HEIF brands are reported as image/heif.
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}

# Signatures of supported formats, used only to tell "damaged photo" from "not a photo at all"
# when Pillow cannot identify the bytes.
_SUPPORTED_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
# Signatures of image formats we deliberately refuse, so they say "unsupported" even if damaged.
_UNSUPPORTED_MAGIC = {
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
    b"BM": "BMP",
    b"\x00\x00\x01\x00": "ICO",
    b"8BPS": "PSD",
    b"\x00\x00\x00\x0cjP  ": "JPEG 2000",
    b"\xffO\xffQ": "JPEG 2000",
    b"qoif": "QOI",
    b"\xff\n": "JPEG XL",
}

_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")

# Guards the temporary flip of ImageFile.LOAD_TRUNCATED_IMAGES (see strict_loading).
_TRUNCATION_LOCK = threading.RLock()


def sniff(data: bytes) -> tuple[str, str | None]:
    """('supported' | 'unsupported' | 'unknown', format name) from the first bytes."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "supported", "WEBP"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in (b"avif", b"avis"):
            return "unsupported", "AVIF"
        return "supported", "HEIF"
    for magic in _SUPPORTED_MAGIC:
        if data.startswith(magic):
            return "supported", None
    for magic, name in _UNSUPPORTED_MAGIC.items():
        if data.startswith(magic):
            return "unsupported", name
    return "unknown", None


def looks_truncated(data: bytes) -> bool:
    """True when the container structure says the file ends early.

    Pillow reports a cut-off JPEG/PNG as truncated itself, but a cut-off WebP, HEIC or TIFF
    usually just fails to open; the container headers tell the two cases apart.
    """
    n = len(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return int.from_bytes(data[4:8], "little") + 8 > n
    if data[4:8] == b"ftyp":
        return _bmff_truncated(data)
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        order: Literal["little", "big"] = "little" if data[:2] == b"II" else "big"
        return n < 8 or int.from_bytes(data[4:8], order) + 2 > n
    if data.startswith(b"\xff\xd8\xff"):
        return b"\xff\xd9" not in data
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return b"IEND" not in data[-64:]
    return False


def _bmff_truncated(data: bytes) -> bool:
    """Walk the top-level ISO-BMFF boxes (ftyp, meta, mdat...) of a HEIF file."""
    offset, n = 0, len(data)
    while offset < n:
        if offset + 8 > n:
            return True
        size = int.from_bytes(data[offset : offset + 4], "big")
        if size == 1:  # 64-bit size follows the type
            if offset + 16 > n:
                return True
            size = int.from_bytes(data[offset + 8 : offset + 16], "big")
        elif size == 0:  # box runs to the end of the file
            return False
        if size < 8:
            return False  # nonsense size: corrupt rather than truncated
        offset += size
    return offset > n


def heif_mime(data: bytes) -> str:
    return "image/heic" if data[8:12] in _HEIC_BRANDS else "image/heif"


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.3g}"


def bomb(path: Path, pixels: int | None, limit: int, detail: str = "") -> PhotoRejected:
    return PhotoRejected(
        "bomb", path, detail=detail,
        megapixels=_megapixels(pixels) if pixels else "?", limit_mp=_megapixels(limit),
    )


@contextmanager
def pillow_warnings() -> Iterator[None]:
    """Mute Pillow's warnings within the block: bombs are refused by our own pixel limit.

    Pillow warns from about 89 megapixels, below what 108-megapixel phone cameras take, so its
    warning is ignored and `open_image` compares the header's size with `max_pixels` instead;
    Pillow's own DecompressionBombError (twice its limit) still stops anything larger.

    catch_warnings restores the previous filters on exit, so nothing leaks into the rest of the
    application. Caveat: in Python 3.11 the filter list is process-wide, so another thread
    emitting a DecompressionBombWarning inside this window would also see it raised.
    """
    with warnings.catch_warnings():
        # Pillow's "Corrupt EXIF data" and similar UserWarnings would only spam stderr during a
        # batch: a bad EXIF block is handled by leaving the metadata empty.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        yield


@contextmanager
def strict_loading() -> Iterator[None]:
    """Make sure truncated files raise instead of being silently padded with grey.

    LOAD_TRUNCATED_IMAGES is a Pillow global that some other code may have switched on; it is
    only flipped when needed, and under a lock so our own threads do not race on it.
    """
    if not ImageFile.LOAD_TRUNCATED_IMAGES:
        yield
        return
    with _TRUNCATION_LOCK:
        previous = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = previous


def open_image(data: bytes, path: Path, *, max_pixels: int) -> Image.Image:
    """Identify `data` (the whole file) and check its format and pixel count; nothing decoded.

    Raises PhotoRejected: not_image, unsupported, corrupt, bomb.
    """
    kind, sniffed = sniff(data)
    try:
        with pillow_warnings():
            im = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        match = _BOMB_PIXELS.search(str(exc))
        limit = min(max_pixels, Image.MAX_IMAGE_PIXELS or max_pixels)
        raise bomb(path, int(match.group(1)) if match else None, limit, str(exc)) from exc
    except Image.UnidentifiedImageError as exc:
        if kind == "unsupported":
            raise PhotoRejected("unsupported", path, detail=str(exc), format=sniffed) from exc
        if kind == "supported":
            reason = "truncated" if looks_truncated(data) else "corrupt"
            raise PhotoRejected(reason, path, detail=str(exc)) from exc
        raise PhotoRejected("not_image", path, detail=str(exc)) from exc
    except MemoryError as exc:
        raise bomb(path, None, max_pixels, "out of memory while opening") from exc
    except Exception as exc:  # plugins raise anything from struct.error to KeyError
        if kind == "unsupported":
            raise PhotoRejected("unsupported", path, detail=repr(exc), format=sniffed) from exc
        reason = "truncated" if looks_truncated(data) else "corrupt"
        raise PhotoRejected(reason, path, detail=repr(exc)) from exc

    if im.format not in SUPPORTED_FORMATS:
        fmt = im.format or "?"
        im.close()
        raise PhotoRejected("unsupported", path, format=fmt)
    width, height = im.size
    if width <= 0 or height <= 0:
        im.close()
        raise PhotoRejected("corrupt", path, detail=f"size {im.size}")
    if width * height > max_pixels:
        im.close()
        raise bomb(path, width * height, max_pixels)
    return im


def jpeg_draft(im: Image.Image, box: tuple[int, int]) -> None:
    """Let libjpeg decode at 1/2, 1/4 or 1/8 scale, staying at least `box` in size."""
    if im.format in JPEG_FORMATS:
        im.draft("RGB", (max(1, box[0]), max(1, box[1])))


def fit_box(size: tuple[int, int], longest_side: int) -> tuple[int, int]:
    """The size `size` scales to when its longest side becomes `longest_side` (never upscaled)."""
    width, height = size
    ratio = min(1.0, longest_side / max(width, height))
    return max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio))


def load_image(im: Image.Image, path: Path, data: bytes | None = None) -> None:
    """Decode every byte of the (first frame of the) image. Raises PhotoRejected.

    `data`, the file's bytes when at hand, helps tell a truncated file from a corrupt one.
    """
    try:
        with strict_loading(), pillow_warnings():
            im.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise bomb(path, im.width * im.height, Image.MAX_IMAGE_PIXELS or 0, str(exc)) from exc
    except MemoryError as exc:
        raise bomb(path, im.width * im.height, 0, "out of memory while decoding") from exc
    except EOFError as exc:
        raise PhotoRejected("truncated", path, detail=repr(exc)) from exc
    except Exception as exc:  # decoders raise OSError, ValueError, SyntaxError...
        text = str(exc).lower()
        # Pillow says "image file is truncated"; libheif says "... end of file" / "no more data".
        truncated = "truncated" in text or "end of file" in text or "no more" in text
        truncated = truncated or (data is not None and looks_truncated(data))
        raise PhotoRejected("truncated" if truncated else "corrupt", path, detail=repr(exc)) from exc


# Only files intake accepted are decoded again, but the store may hold older or damaged files;
# the same pixel ceiling keeps a bad file from exhausting memory there too.
MAX_PIXELS = 120_000_000


def decode_fitted(source: Path, longest_side: int, *,
                  reducing_gap: float | None = 2.0) -> Image.Image:
    """`source` decoded no larger than `longest_side`, EXIF orientation applied.

    A JPEG is DCT-scaled while decoding to the smallest 1/2^k size still covering the box: a 12 MP
    photo is decoded as ~0.2 MP for a thumbnail. `reducing_gap` is Pillow's thumbnail() setting;
    None skips its extra 2x step, invisible at thumbnail size. Raises PhotoRejected.
    """
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise PhotoRejected("unreadable", source, detail=repr(exc)) from exc
    if not data:
        raise PhotoRejected("empty", source)
    im = open_image(data, source, max_pixels=MAX_PIXELS)
    with im:
        jpeg_draft(im, fit_box(im.size, longest_side))
        load_image(im, source, data)
        im.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS,
                     reducing_gap=reducing_gap)
        return orient(im)


def orient(im: Image.Image) -> Image.Image:
    """Apply whatever EXIF orientation the decoder has not already applied.

    Pillow 13 rotates TIFFs while loading and pillow_heif hands over HEIC pixels already rotated
    (resetting the EXIF tag to 1); JPEG, PNG and WebP still need it done here.
    """
    try:
        with pillow_warnings():
            return ImageOps.exif_transpose(im)
    except Exception:  # a broken EXIF block must not cost the user the picture
        return im


def to_rgb(im: Image.Image) -> Image.Image:
    """8-bit sRGB without alpha, ready for JPEG."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit greyscale: convert("L") would clip everything above 255 to white.
        im = im.convert("I").point(lambda v: v / 256).convert("L")
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        # Transparent screenshots would turn black in JPEG; white is what viewers show.
        rgba = im.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(background, rgba)
    icc = im.info.get("icc_profile")
    if icc and im.mode in ("RGB", "CMYK"):
        converted = _icc_to_srgb(im, icc)
        if converted is not None:
            return converted
    return im if im.mode == "RGB" else im.convert("RGB")


def _icc_to_srgb(im: Image.Image, icc: bytes) -> Image.Image | None:
    """Convert pixels in an embedded profile (e.g. iPhone Display P3) to sRGB.

    The output carries no profile, so without this P3 photos would look dull in reports.
    """
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        result = ImageCms.profileToProfile(im, source, target, outputMode="RGB")
    except Exception:  # a bad or exotic profile: fall back to plain conversion
        return None
    return result
