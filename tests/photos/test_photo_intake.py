"""read_photo: formats, metadata, and every way a file can be refused."""

from __future__ import annotations

import hashlib
import pickle
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, ImageFile
from PIL.JpegImagePlugin import JpegImageFile

from inspector.domain.errors import InspectorError
from inspector.photos import fixtures
from inspector.photos.errors import REASONS
from inspector.photos.intake import PhotoFile, PhotoRejected, read_photo

MAKERS = {
    ".jpg": (fixtures.make_jpeg, "image/jpeg"),
    ".png": (fixtures.make_png, "image/png"),
    ".webp": (fixtures.make_webp, "image/webp"),
    ".heic": (fixtures.make_heic, "image/heic"),
    ".tif": (fixtures.make_tiff, "image/tiff"),
}
ALMATY = timezone(timedelta(hours=5))


@pytest.mark.parametrize("ext", list(MAKERS))
def test_every_format_imports_with_its_size(tmp_path: Path, ext: str) -> None:
    make, mime = MAKERS[ext]
    path = make(tmp_path / f"photo{ext}", size=(320, 200), seed=2)
    photo = read_photo(path)
    assert isinstance(photo, PhotoFile)
    assert (photo.width, photo.height) == (320, 200)
    assert (photo.ext, photo.mime) == (ext, mime)
    assert photo.size == path.stat().st_size
    assert photo.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert photo.orientation == 1
    assert photo.camera == "Inspector Demo Camera"


@pytest.mark.parametrize("ext", list(MAKERS))
def test_orientation_6_swaps_width_and_height(tmp_path: Path, ext: str) -> None:
    make, _ = MAKERS[ext]
    photo = read_photo(make(tmp_path / f"turned{ext}", size=(320, 200), orientation=6))
    assert (photo.width, photo.height) == (200, 320)
    # HEIC and (in Pillow 13) TIFF decoders rotate the pixels themselves; the recorded value
    # is still reported.
    assert photo.orientation == 6


@pytest.mark.parametrize("ext", [".jpg", ".png", ".webp", ".heic"])
@pytest.mark.parametrize(
    ("taken_at", "gps"),
    [
        (datetime(2024, 5, 17, 10, 30, 15), (51.128207, 71.430411)),  # Astana, N/E
        (datetime(2023, 12, 31, 23, 59, 59, tzinfo=ALMATY), (-33.868820, -151.209296)),  # S/W
        (datetime(2022, 1, 2, 3, 4, 5, tzinfo=timezone(-timedelta(hours=3, minutes=30))),
         (-0.5, 179.999999)),
    ],
)
def test_date_and_gps_read_back(
    tmp_path: Path, ext: str, taken_at: datetime, gps: tuple[float, float]
) -> None:
    make, _ = MAKERS[ext]
    photo = read_photo(make(tmp_path / f"dated{ext}", size=(64, 48), taken_at=taken_at, gps=gps))
    assert photo.taken_at == taken_at
    assert (photo.taken_at.tzinfo is None) == (taken_at.tzinfo is None)
    # Seconds are stored to 1/10000 like phones do: ~1.4e-8 degrees of rounding at most.
    assert photo.latitude == pytest.approx(gps[0], abs=1e-7)
    assert photo.longitude == pytest.approx(gps[1], abs=1e-7)
    assert (photo.latitude < 0, photo.longitude < 0) == (gps[0] < 0, gps[1] < 0)


def test_tiff_date_comes_from_datetime_tag(tmp_path: Path) -> None:
    # Pillow's TIFF writer keeps IFD0 tags of exif= but drops the Exif and GPS sub-IFDs, so the
    # TIFF fixture only carries DateTime: this doubles as the fallback test.
    when = datetime(2024, 2, 29, 8, 0, 1)
    photo = read_photo(fixtures.make_tiff(tmp_path / "scan.tif", size=(64, 48), taken_at=when))
    assert photo.taken_at == when


def test_datetime_original_wins_and_datetime_is_the_fallback(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0132] = "2020:01:01 00:00:00"  # DateTime, e.g. rewritten by an editor
    exif.get_ifd(0x8769)[0x9003] = "2019:06:15 14:45:30"
    exif.get_ifd(0x8769)[0x9291] = "25"  # SubSecTimeOriginal: .25 s
    fixtures.picture((32, 32)).save(tmp_path / "a.jpg", exif=exif)
    assert read_photo(tmp_path / "a.jpg").taken_at == datetime(2019, 6, 15, 14, 45, 30, 250000)

    only = Image.Exif()
    only[0x0132] = "2020:01:01 00:00:00"
    fixtures.picture((32, 32)).save(tmp_path / "b.jpg", exif=only)
    assert read_photo(tmp_path / "b.jpg").taken_at == datetime(2020, 1, 1)


def test_junk_metadata_is_ignored_not_fatal(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 42  # orientation out of range
    exif[0x010F] = "  Canon\x00"
    exif[0x0110] = "Canon EOS 5D"
    exif.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"  # camera clock never set
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (0.0, 0.0, 0.0)
    gps[3], gps[4] = "E", (0.0, 0.0, 0.0)  # "no fix"
    fixtures.picture((40, 30)).save(tmp_path / "junk.jpg", exif=exif)
    photo = read_photo(tmp_path / "junk.jpg")
    assert (photo.width, photo.height, photo.orientation) == (40, 30, 1)
    assert photo.taken_at is None
    assert photo.latitude is None and photo.longitude is None
    assert photo.camera == "Canon EOS 5D"


def test_no_exif_at_all(tmp_path: Path) -> None:
    fixtures.picture((40, 30)).save(tmp_path / "plain.png")
    photo = read_photo(tmp_path / "plain.png")
    assert (photo.orientation, photo.taken_at, photo.latitude, photo.camera) == (1, None, None, None)


def test_same_file_same_hash_and_seeds_differ(tmp_path: Path) -> None:
    a = fixtures.make_jpeg(tmp_path / "a.jpg", size=(200, 150), seed=1)
    b = fixtures.make_jpeg(tmp_path / "b.jpg", size=(200, 150), seed=2)
    assert read_photo(a).sha256 == read_photo(a).sha256
    assert read_photo(a).sha256 != read_photo(b).sha256


def test_mpo_from_phones_is_a_jpeg(tmp_path: Path) -> None:
    photo = read_photo(fixtures.make_mpo(tmp_path / "portrait.jpg", size=(120, 90)))
    assert (photo.ext, photo.mime, photo.width, photo.height) == (".jpg", "image/jpeg", 120, 90)


def test_extension_comes_from_content_not_name(tmp_path: Path) -> None:
    path = fixtures.make_png(tmp_path / "actually_png.jpg", size=(30, 20))
    assert read_photo(path).ext == ".png"


# --- rejections --------------------------------------------------------------------------


def _rejected(path: Path, **limits: int) -> PhotoRejected:
    with pytest.raises(PhotoRejected) as caught:
        read_photo(path, **limits)
    error = caught.value
    assert isinstance(error, InspectorError)
    for lang in ("ru", "kk", "en"):
        message = error.message(lang)
        assert path.name in message, (lang, message)
        assert "\n" not in message
    assert error.message("ru") != error.message("en")
    return error


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    assert _rejected(tmp_path / "empty.jpg").reason == "empty"


def test_text_file_named_jpg(tmp_path: Path) -> None:
    (tmp_path / "notes.jpg").write_text("Акт проверки школы №12\n" * 20, encoding="utf-8")
    assert _rejected(tmp_path / "notes.jpg").reason == "not_image"


def test_pdf_named_jpg(tmp_path: Path) -> None:
    (tmp_path / "scan.jpg").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    assert _rejected(tmp_path / "scan.jpg").reason == "not_image"


@pytest.mark.parametrize(("name", "fmt"), [("anim.gif", "GIF"), ("paint.bmp", "BMP")])
def test_other_image_formats_are_unsupported(tmp_path: Path, name: str, fmt: str) -> None:
    fixtures.picture((30, 20)).save(tmp_path / name)
    error = _rejected(tmp_path / name)
    assert error.reason == "unsupported"
    assert fmt in error.message("kk")


def test_unsupported_even_when_damaged(tmp_path: Path) -> None:
    (tmp_path / "broken.gif").write_bytes(b"GIF89a\x00")
    assert _rejected(tmp_path / "broken.gif").reason == "unsupported"


@pytest.mark.parametrize("ext", [".jpg", ".png"])
def test_half_a_file_is_truncated(tmp_path: Path, ext: str) -> None:
    make, _ = MAKERS[ext]
    full = make(tmp_path / f"full{ext}", size=(800, 600)).read_bytes()
    half = tmp_path / f"half{ext}"
    half.write_bytes(full[: len(full) // 2])
    assert _rejected(half).reason == "truncated"


@pytest.mark.parametrize("ext", [".webp", ".heic", ".tif"])
def test_half_a_file_is_refused_in_other_formats(tmp_path: Path, ext: str) -> None:
    make, _ = MAKERS[ext]
    full = make(tmp_path / f"full{ext}", size=(400, 300)).read_bytes()
    half = tmp_path / f"half{ext}"
    half.write_bytes(full[: len(full) // 2])
    assert _rejected(half).reason in ("truncated", "corrupt")


def test_truncation_is_caught_by_the_eighth_scale_decode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The draft decode must still read the whole stream: cut off only the last 10 %."""
    drafts: list[tuple[tuple[int, int], tuple[int, int]]] = []
    original = JpegImageFile.draft

    def spy(self: JpegImageFile, mode: str | None, size: tuple[int, int] | None):  # type: ignore[no-untyped-def]
        before = self.size
        result = original(self, mode, size)
        drafts.append((before, self.size))
        return result

    monkeypatch.setattr(JpegImageFile, "draft", spy)
    full = fixtures.make_jpeg(tmp_path / "full.jpg", size=(1600, 1200)).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(full[: len(full) * 9 // 10])

    assert read_photo(tmp_path / "full.jpg").width == 1600
    assert drafts == [((1600, 1200), (200, 150))]  # really decoded at 1/8
    assert _rejected(cut).reason == "truncated"


def test_truncation_detected_even_if_someone_enabled_lenient_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = fixtures.make_jpeg(tmp_path / "full.jpg", size=(400, 300)).read_bytes()
    (tmp_path / "cut.jpg").write_bytes(full[: len(full) // 2])
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    assert _rejected(tmp_path / "cut.jpg").reason == "truncated"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # restored


def test_garbage_inside_a_jpeg(tmp_path: Path) -> None:
    # libjpeg shrugs off most damage inside the entropy-coded data (it only warns, and Pillow
    # drops the warning), a run of 0xFF fill bytes included, depending on the byte after it.
    # A marker that cannot occur there (a second start-of-image) it always refuses.
    data = bytearray(fixtures.make_jpeg(tmp_path / "ok.jpg", size=(800, 600)).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 512] = b"\xff" * 511 + b"\xd8"
    (tmp_path / "garbled.jpg").write_bytes(bytes(data))
    assert _rejected(tmp_path / "garbled.jpg").reason in ("corrupt", "truncated")


def test_garbage_inside_a_png(tmp_path: Path) -> None:
    data = bytearray(fixtures.make_png(tmp_path / "ok.png", size=(400, 300)).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 256] = bytes(range(256))
    (tmp_path / "garbled.png").write_bytes(bytes(data))
    assert _rejected(tmp_path / "garbled.png").reason == "corrupt"


def test_decompression_bomb_error(tmp_path: Path, png_header_only) -> None:  # type: ignore[no-untyped-def]
    path = png_header_only(tmp_path / "bomb.png", 30_000, 30_000)  # 900 MP in ~100 bytes
    error = _rejected(path, max_pixels=10**12)  # Pillow's own DecompressionBombError fires
    assert error.reason == "bomb"
    assert "900" in error.message("en")


def test_our_pixel_limit_decides_not_pillows_warning(
    tmp_path: Path, png_header_only  # type: ignore[no-untyped-def]
) -> None:
    # 90 MP: above Pillow's warning threshold (~89.5 MP), as 108 MP phone cameras are. Under our
    # limit it is decoded like any photo (this header-only file then fails as truncated); over
    # our limit it is refused as a bomb before a byte is decoded. No warning leaks either way.
    assert Image.MAX_IMAGE_PIXELS < 10_000 * 9_000
    path = png_header_only(tmp_path / "warn.png", 10_000, 9_000)
    before = list(warnings.filters)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        under = _rejected(path, max_pixels=200_000_000)
        over = _rejected(path, max_pixels=80_000_000)
    assert under.reason != "bomb"
    assert over.reason == "bomb"
    assert not [w for w in seen if issubclass(w.category, Image.DecompressionBombWarning)]
    assert warnings.filters == before


def test_pixel_limit_of_the_call(tmp_path: Path, sample_jpeg: Path) -> None:
    assert _rejected(sample_jpeg, max_pixels=640 * 480 - 1).reason == "bomb"
    assert read_photo(sample_jpeg, max_pixels=640 * 480).width == 640


def test_too_large(sample_jpeg: Path) -> None:
    size = sample_jpeg.stat().st_size
    assert _rejected(sample_jpeg, max_bytes=size - 1).reason == "too_large"
    assert read_photo(sample_jpeg, max_bytes=size).size == size


def test_missing_file(tmp_path: Path) -> None:
    assert _rejected(tmp_path / "gone.jpg").reason == "unreadable"


def test_directory_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "folder.jpg").mkdir()
    assert _rejected(tmp_path / "folder.jpg").reason == "unreadable"


def test_rejection_survives_pickling(tmp_path: Path) -> None:
    (tmp_path / "empty.heic").write_bytes(b"")
    error = _rejected(tmp_path / "empty.heic")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.reason, copy.path, copy.message("kk")) == (error.reason, error.path, error.message("kk"))


def test_every_reason_has_all_languages() -> None:
    for reason in REASONS:
        error = PhotoRejected(reason, Path("/x/IMG_0001.HEIC"), size_mb="1", limit_mb="1",
                              megapixels="1", limit_mp="1", format="GIF")
        assert len({error.message(lang) for lang in ("ru", "kk", "en")}) == 3
        assert all("IMG_0001.HEIC" in error.message(lang) for lang in ("ru", "kk", "en"))
