"""Thumbnails: size, orientation, caching and atomic writes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image

from inspector.photos import fixtures, thumbnails
from inspector.photos.intake import PhotoRejected
from inspector.photos.thumbnails import cached_thumbnail, make_thumbnail, thumbnail_path

MAKERS = [fixtures.make_jpeg, fixtures.make_png, fixtures.make_webp, fixtures.make_heic,
          fixtures.make_tiff]


@pytest.mark.parametrize("make", MAKERS, ids=lambda m: m.__name__)
def test_thumbnail_fits_and_is_upright(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    source = make(tmp_path / "src", size=(1000, 600), orientation=6)
    dest = tmp_path / "out" / "thumb.jpg"
    make_thumbnail(source, dest, size=320)
    with Image.open(dest) as im:
        assert im.format == "JPEG" and im.mode == "RGB"
        assert im.size == (192, 320)  # portrait after orientation 6, longest side = 320
        assert not im.getexif()
    assert [p.name for p in dest.parent.iterdir()] == ["thumb.jpg"]  # no temp files left


def test_small_images_are_not_enlarged(tmp_path: Path) -> None:
    source = fixtures.make_png(tmp_path / "tiny.png", size=(50, 40))
    make_thumbnail(source, tmp_path / "t.jpg", size=320)
    assert Image.open(tmp_path / "t.jpg").size == (50, 40)


def test_transparent_png_gets_white_background(tmp_path: Path) -> None:
    Image.new("RGBA", (100, 100), (255, 0, 0, 0)).save(tmp_path / "clear.png")
    make_thumbnail(tmp_path / "clear.png", tmp_path / "t.jpg", size=64)
    r, g, b = Image.open(tmp_path / "t.jpg").getpixel((32, 32))
    assert min(r, g, b) > 240


def test_thumbnail_path_layout(tmp_path: Path) -> None:
    sha = "ab" + "0" * 62
    assert thumbnail_path(tmp_path, sha, 320) == tmp_path / "ab" / f"{sha}_320.jpg"
    with pytest.raises(ValueError):
        thumbnail_path(tmp_path, "../../etc/passwd", 320)


def test_cached_thumbnail_is_made_once(
    tmp_path: Path, sample_jpeg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sha = hashlib.sha256(sample_jpeg.read_bytes()).hexdigest()
    first = cached_thumbnail(sample_jpeg, sha, tmp_path / "cache")
    assert first == thumbnail_path(tmp_path / "cache", sha, 320)
    stamp = first.stat().st_mtime_ns

    calls: list[Path] = []
    real = thumbnails.make_thumbnail
    monkeypatch.setattr(thumbnails, "make_thumbnail",
                        lambda s, d, **kw: (calls.append(d), real(s, d, **kw)))
    second = cached_thumbnail(sample_jpeg, sha, tmp_path / "cache")
    assert second == first
    assert second.stat().st_mtime_ns == stamp
    assert calls == []
    cached_thumbnail(sample_jpeg, sha, tmp_path / "cache", size=64)  # other size: new file
    assert len(calls) == 1


def test_broken_source_raises_photo_rejected(tmp_path: Path) -> None:
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    with pytest.raises(PhotoRejected):
        make_thumbnail(tmp_path / "bad.jpg", tmp_path / "t.jpg")
    assert not (tmp_path / "t.jpg").exists()
    with pytest.raises(PhotoRejected) as caught:
        make_thumbnail(tmp_path / "missing.jpg", tmp_path / "t.jpg")
    assert caught.value.reason == "unreadable"
