"""downscaled_jpeg: the copies that go into PDF reports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from inspector.photos import fixtures
from inspector.photos.render import downscaled_jpeg

RED, BLUE = (220, 20, 20), (20, 20, 220)


def _open(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def _halves(path: Path, orientation: int = 1) -> Path:
    """400x200: left half red, right half blue, with the given EXIF orientation."""
    im = Image.new("RGB", (400, 200), BLUE)
    im.paste(RED, (0, 0, 200, 200))
    im.save(path, "JPEG", quality=95, exif=fixtures.make_exif(orientation=orientation))
    return path


def _is_red(pixel: tuple[int, int, int]) -> bool:
    return pixel[0] > 150 and pixel[2] < 100


def test_no_metadata_survives(big_jpeg: Path) -> None:
    source = Image.open(big_jpeg)
    assert source.getexif().get_ifd(0x8825)  # the original does carry GPS
    out = _open(downscaled_jpeg(big_jpeg))
    assert not out.getexif()
    assert not out.getexif().get_ifd(0x8825)
    assert not {"exif", "icc_profile", "xmp"} & set(out.info)
    assert b"Exif" not in downscaled_jpeg(big_jpeg)[:4096]


def test_twelve_megapixels_become_a_small_jpeg(big_jpeg: Path) -> None:
    assert Image.open(big_jpeg).size == (4000, 3000)
    assert big_jpeg.stat().st_size > 2_500_000  # as busy as a real phone photo
    data = downscaled_jpeg(big_jpeg)
    out = _open(data)
    assert out.size == (1600, 1200)
    assert out.mode == "RGB"
    assert len(data) <= 350 * 1024


@pytest.mark.parametrize("make", [fixtures.make_png, fixtures.make_webp, fixtures.make_heic,
                                  fixtures.make_tiff], ids=lambda m: m.__name__)
def test_other_formats_and_longest_side(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    source = make(tmp_path / "src", size=(900, 500), orientation=6)
    out = _open(downscaled_jpeg(source, longest_side=300))
    assert out.size == (167, 300)


def test_small_images_are_not_enlarged(tmp_path: Path) -> None:
    source = fixtures.make_jpeg(tmp_path / "s.jpg", size=(300, 200))
    assert _open(downscaled_jpeg(source)).size == (300, 200)


@pytest.mark.parametrize(
    ("orientation", "rotate", "size", "red_at"),
    [
        (1, 0, (400, 200), (100, 100)),  # red stays on the left
        (1, 90, (200, 400), (100, 100)),  # clockwise: left goes to the top
        (1, 180, (400, 200), (300, 100)),
        (1, 270, (200, 400), (100, 300)),  # left goes to the bottom
        (6, 0, (200, 400), (100, 100)),  # EXIF 6 = display rotated 90 clockwise
        (6, 90, (400, 200), (300, 100)),  # then the user's 90: 180 in all
        (1, -90, (200, 400), (100, 300)),
    ],
)
def test_orientation_then_user_rotation(
    tmp_path: Path, orientation: int, rotate: int, size: tuple[int, int], red_at: tuple[int, int]
) -> None:
    out = _open(downscaled_jpeg(_halves(tmp_path / "h.jpg", orientation), rotate=rotate))
    assert out.size == size
    assert _is_red(out.getpixel(red_at))


def test_rotation_must_be_square(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        downscaled_jpeg(_halves(tmp_path / "h.jpg"), rotate=45)
