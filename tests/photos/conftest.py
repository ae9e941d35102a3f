"""Shared helpers for the photo tests: generated photos and hand-made broken files."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from inspector.photos import fixtures


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that declares width x height but holds one tiny IDAT: bomb detection happens when
    the header is read, so there is no need to spend memory on a real huge image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
    path.write_bytes(data + chunk(b"IEND", b""))
    return path


@pytest.fixture
def png_header_only():  # type: ignore[no-untyped-def]
    """Factory for PNGs that only declare their size (see _png_header_only)."""
    return _png_header_only


@pytest.fixture(scope="session")
def photo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("photos")


@pytest.fixture(scope="session")
def sample_jpeg(photo_dir: Path) -> Path:
    return fixtures.make_jpeg(photo_dir / "sample.jpg", size=(640, 480), seed=1)


@pytest.fixture(scope="session")
def big_jpeg(photo_dir: Path) -> Path:
    """12 MP with busy texture: about 3 MB, like a phone photo of a detailed scene."""
    return fixtures.make_jpeg(photo_dir / "big.jpg", size=(4000, 3000), seed=7, detail=True,
                              gps=(43.238949, 76.889709), orientation=1)
