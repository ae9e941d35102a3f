"""Generate plausible photos for tests and demo data.

The pictures are procedural (seeded gradients, shapes and a little noise) so that two seeds give
different bytes and the encoder has realistic work to do; a flat picture would compress to almost
nothing and make size or speed figures meaningless.
"""

from __future__ import annotations

import math
import random
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import TypedDict, Unpack

import pillow_heif
from PIL import Image, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational

# EXIF tag numbers used below (see the EXIF 2.32 specification).
TAG_ORIENTATION = 0x0112
TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_DATETIME = 0x0132
TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003
TAG_OFFSET_TIME_ORIGINAL = 0x9011
GPS_VERSION_ID = 0x00
GPS_LATITUDE_REF = 0x01
GPS_LATITUDE = 0x02
GPS_LONGITUDE_REF = 0x03
GPS_LONGITUDE = 0x04

Size = tuple[int, int]


def picture(
    size: Size = (1600, 1200), *, seed: int = 0, label: str | None = None, detail: bool = False
) -> Image.Image:
    """A seeded RGB picture: a sky/ground gradient, a few shapes, light sensor-like noise.

    `detail` adds coarse texture that survives downscaling, so the file sizes of re-encoded
    copies resemble those of busy real scenes (foliage, crowds) instead of smooth gradients.
    """
    width, height = size
    rng = random.Random(seed)
    # Draw small and upscale: drawing 12 MP pixel by pixel in Python would take seconds.
    small_w, small_h = max(1, min(width, 200)), max(1, min(height, 150))
    top = tuple(rng.randrange(60, 200) for _ in range(3))
    bottom = tuple(rng.randrange(20, 140) for _ in range(3))
    gradient = Image.new("RGB", (1, small_h))
    for y in range(small_h):
        t = y / max(1, small_h - 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    im = gradient.resize((small_w, small_h))
    draw = ImageDraw.Draw(im)
    for _ in range(rng.randrange(4, 9)):
        x0, y0 = rng.randrange(small_w), rng.randrange(small_h)
        x1 = x0 + rng.randrange(5, max(6, small_w // 2))
        y1 = y0 + rng.randrange(5, max(6, small_h // 2))
        colour = tuple(rng.randrange(256) for _ in range(3))
        if rng.random() < 0.5:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        else:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
    im = im.resize((width, height), Image.Resampling.BILINEAR)
    # Texture and noise so JPEG sizes resemble real photos rather than cartoons.
    noise = _noise(rng, (width, height), 24 + seed % 8).convert("RGB")
    im = Image.blend(im, noise, 0.12)
    if detail:
        coarse = _noise(rng, (max(1, width * 2 // 5), max(1, height * 2 // 5)), 40)
        im = Image.blend(im, coarse.convert("RGB").resize((width, height)), 0.25)
    if label:
        draw = ImageDraw.Draw(im)
        font = ImageFont.load_default(size=max(12, height // 12))
        draw.text((width // 20, height // 20), label, fill=(255, 255, 255), font=font,
                  stroke_width=2, stroke_fill=(0, 0, 0))
    return im


def _noise(rng: random.Random, size: Size, sigma: float) -> Image.Image:
    """Grey noise of about `sigma` around mid-grey, from the seeded generator.

    Pillow's effect_noise draws from C's unseeded rand(): the same seed gave different files
    from run to run, and a test that damages a file at a fixed offset passed or failed by luck.
    """
    spread = sigma / 73.9  # the standard deviation of uniform bytes
    flat = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return flat.point(lambda v: round(128 + (v - 128) * spread))


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Degrees as EXIF (degrees, minutes, seconds) rationals, seconds to 1/10000 like phones."""
    value = abs(value)
    degrees = math.floor(value)
    minutes_f = (value - degrees) * 60
    minutes = math.floor(minutes_f)
    seconds = Fraction(round((minutes_f - minutes) * 60 * 10000), 10000)
    return (IFDRational(degrees, 1), IFDRational(minutes, 1),
            IFDRational(seconds.numerator, seconds.denominator))


def make_exif(
    *,
    taken_at: datetime | None = None,
    gps: tuple[float, float] | None = None,
    orientation: int = 1,
    make: str | None = "Inspector",
    model: str | None = "Demo Camera",
) -> Image.Exif:
    """An Exif block as a phone would write it: IFD0, Exif IFD and GPS IFD."""
    exif = Image.Exif()
    exif[TAG_ORIENTATION] = orientation
    if make:
        exif[TAG_MAKE] = make
    if model:
        exif[TAG_MODEL] = model
    if taken_at is not None:
        stamp = taken_at.strftime("%Y:%m:%d %H:%M:%S")
        exif[TAG_DATETIME] = stamp
        exif_ifd = exif.get_ifd(TAG_EXIF_IFD)
        exif_ifd[TAG_DATETIME_ORIGINAL] = stamp
        offset = taken_at.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            exif_ifd[TAG_OFFSET_TIME_ORIGINAL] = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    if gps is not None:
        lat, lon = gps
        gps_ifd = exif.get_ifd(TAG_GPS_IFD)
        gps_ifd[GPS_VERSION_ID] = b"\x02\x03\x00\x00"
        gps_ifd[GPS_LATITUDE_REF] = "N" if lat >= 0 else "S"
        gps_ifd[GPS_LATITUDE] = _dms(lat)
        gps_ifd[GPS_LONGITUDE_REF] = "E" if lon >= 0 else "W"
        gps_ifd[GPS_LONGITUDE] = _dms(lon)
    return exif



def make_jpeg(
    path: Path,
    *,
    size: Size = (1600, 1200),
    taken_at: datetime | None = None,
    gps: tuple[float, float] | None = None,
    orientation: int = 1,
    seed: int = 0,
    label: str | None = None,
    quality: int = 92,
    detail: bool = False,
) -> Path:
    """Write a JPEG with EXIF date, GPS and orientation; `size` is the stored pixel size
    (a camera held upright stores landscape pixels and orientation 6)."""
    exif = make_exif(taken_at=taken_at, gps=gps, orientation=orientation)
    im = picture(size, seed=seed, label=label, detail=detail)
    im.save(path, "JPEG", quality=quality, exif=exif)
    return path


def make_mpo(path: Path, *, size: Size = (800, 600), seed: int = 0) -> Path:
    """A two-frame MPO: what Pillow reports for many phone JPEGs that carry a depth map or a
    second picture. The file is a valid JPEG for every other reader."""
    first, second = picture(size, seed=seed), picture(size, seed=seed + 1)
    first.save(path, "MPO", save_all=True, append_images=[second], exif=make_exif())
    return path


class Shot(TypedDict, total=False):
    """What a generated photo shows and records (the makers below take these as keywords)."""

    size: Size  # the stored pixels; 800 x 600 unless given
    taken_at: datetime | None
    gps: tuple[float, float] | None
    orientation: int
    seed: int
    label: str | None


def _shot(size: Size = (800, 600), taken_at: datetime | None = None,
          gps: tuple[float, float] | None = None, orientation: int = 1, seed: int = 0,
          label: str | None = None) -> tuple[Image.Image, Image.Exif]:
    return (picture(size, seed=seed, label=label),
            make_exif(taken_at=taken_at, gps=gps, orientation=orientation))


def make_png(path: Path, **shot: Unpack[Shot]) -> Path:
    image, exif = _shot(**shot)
    image.save(path, "PNG", exif=exif)
    return path


def make_webp(path: Path, **shot: Unpack[Shot]) -> Path:
    image, exif = _shot(**shot)
    image.save(path, "WEBP", quality=85, exif=exif.tobytes())
    return path


def make_heic(path: Path, **shot: Unpack[Shot]) -> Path:
    """Write a HEIC. pillow_heif moves an EXIF orientation into the HEIF `irot`/`imir` boxes
    and resets the EXIF tag to 1, as iPhones do, so decoders show it upright either way."""
    pillow_heif.register_heif_opener()
    image, exif = _shot(**shot)
    image.save(path, "HEIF", quality=80, exif=exif.tobytes())
    return path


def make_tiff(path: Path, **shot: Unpack[Shot]) -> Path:
    image, exif = _shot(**shot)
    image.save(path, "TIFF", compression="tiff_deflate", exif=exif)
    return path
