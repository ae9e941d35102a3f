"""Property: whatever bytes arrive, read_photo answers with a PhotoFile or a PhotoRejected."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.photos import fixtures
from inspector.photos.intake import PhotoFile, PhotoRejected, read_photo
from inspector.photos.thumbnails import make_thumbnail

_counter = itertools.count()


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def seeds(fuzz_dir: Path) -> list[bytes]:
    makers = [fixtures.make_jpeg, fixtures.make_png, fixtures.make_webp, fixtures.make_heic,
              fixtures.make_tiff]
    return [m(fuzz_dir / f"seed{i}", size=(48, 32), gps=(1.5, 2.5), orientation=3).read_bytes()
            for i, m in enumerate(makers)]


def _check(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        result = read_photo(path, max_pixels=4_000_000)
    except PhotoRejected as error:
        assert error.reason
        assert path.name in error.message("kk")
    else:
        assert isinstance(result, PhotoFile)
        # Anything intake accepts must also be renderable as a thumbnail.
        make_thumbnail(path, path.with_suffix(".thumb.jpg"), size=16)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2048))
def test_arbitrary_bytes(fuzz_dir: Path, data: bytes) -> None:
    _check(fuzz_dir / f"any{next(_counter)}.jpg", data)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    which=st.integers(0, 4),
    cut=st.floats(0.0, 1.0),
    edits=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=12),
)
def test_damaged_real_files(
    fuzz_dir: Path, seeds: list[bytes], which: int, cut: float, edits: list[tuple[float, int]]
) -> None:
    data = bytearray(seeds[which])
    for where, value in edits:
        data[int(where * (len(data) - 1))] = value
    data = data[: max(1, int(len(data) * cut))] if cut < 0.999 else data
    _check(fuzz_dir / f"dmg{next(_counter)}.img", bytes(data))
