"""Derived copies: made from the sealed original by recorded steps, the original only read."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from inspector.domain.derivation import (
    CROP,
    REPORT_COPY,
    ROTATE,
    Derivation,
    report_recipe,
    step,
)
from inspector.photos import fixtures
from inspector.photos.derive import derive

RED, BLUE = (220, 20, 20), (20, 20, 220)


def _halves(path: Path) -> Path:
    im = Image.new("RGB", (400, 200), BLUE)
    im.paste(RED, (0, 0, 200, 200))
    im.save(path, "JPEG", quality=95, exif=fixtures.make_exif())
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_the_copy_records_its_source_steps_and_its_own_hash(tmp_path: Path) -> None:
    source = _halves(tmp_path / "h.jpg")
    original = source.read_bytes()
    steps = report_recipe(rotation=90, longest_side=300, quality=80,
                          extra=[step(CROP, box=[0, 0, 1, 0.5])])
    copy = derive(source, _sha(original), steps, kind=REPORT_COPY)
    assert source.read_bytes() == original  # the evidence is only read
    record = copy.derivation
    assert record.source_sha256 == _sha(original)
    assert record.sha256 == _sha(copy.data)
    assert [s["step"] for s in record.recipe()] == ["orient", "fit", ROTATE, CROP, "encode"]
    # 300x150, rotated to 150x300, then its top half kept: the left (red) half of the original.
    with Image.open(io.BytesIO(copy.data)) as im:
        assert im.size == (copy.width, copy.height) == (150, 150)
        r, _, b = im.convert("RGB").getpixel((75, 75))
        assert r > 150 and b < 100
    assert "повёрнуто на 90°" in record.describe("ru") and "обрезано" in record.describe("ru")
    assert record.changes_content
    again = Derivation.from_dict(record.as_dict())
    assert again == record and again.recipe_digest() == record.recipe_digest()


def test_a_recipe_without_its_fixed_ends_or_with_an_unknown_step_is_refused(
        tmp_path: Path) -> None:
    source = _halves(tmp_path / "h.jpg")
    with pytest.raises(ValueError):
        derive(source, "", (step("fit", longest_side=100),), kind=REPORT_COPY)
    with pytest.raises(ValueError, match="no way"):
        derive(source, "", report_recipe(rotation=0, longest_side=100, quality=80,
                                         extra=[step("sharpen")]), kind=REPORT_COPY)
