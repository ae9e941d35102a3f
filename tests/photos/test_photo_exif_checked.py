"""EXIF is a claim, not a fact: impossible places and times are dropped and the photo marked as
having none, never repaired by a guess (crafted JPEGs, written by Pillow)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from inspector.photos import fixtures
from inspector.photos.intake import read_photo

ASTANA = ((51, 1), (10, 1), (12, 1)), ((71, 1), (26, 1), (45, 1))  # 51°10'12" N, 71°26'45" E


def dms(*parts: tuple[int, int]) -> tuple[IFDRational, ...]:
    return tuple(IFDRational(n, d) for n, d in parts)


def jpeg(tmp_path: Path, name: str, *, lat_ref: object = "N", lat=ASTANA[0], lon_ref: object = "E",
         lon=ASTANA[1], original: str | None = "2026:11:02 10:15:00",
         modified: str | None = None) -> Path:
    exif = Image.Exif()
    if modified is not None:
        exif[fixtures.TAG_DATETIME] = modified
    if original is not None:
        exif.get_ifd(fixtures.TAG_EXIF_IFD)[fixtures.TAG_DATETIME_ORIGINAL] = original
    gps = exif.get_ifd(fixtures.TAG_GPS_IFD)
    gps[fixtures.GPS_VERSION_ID] = b"\x02\x03\x00\x00"
    for tag, value in ((fixtures.GPS_LATITUDE_REF, lat_ref), (fixtures.GPS_LATITUDE, lat),
                       (fixtures.GPS_LONGITUDE_REF, lon_ref), (fixtures.GPS_LONGITUDE, lon)):
        if value is not None:
            gps[tag] = dms(*value) if tag in (fixtures.GPS_LATITUDE, fixtures.GPS_LONGITUDE) \
                else value
    path = tmp_path / name
    fixtures.picture((48, 36)).save(path, exif=exif)
    return path


def test_a_sound_photo_keeps_its_time_and_place(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "good.jpg"))
    assert photo.taken_at == datetime(2026, 11, 2, 10, 15)
    assert photo.latitude == pytest.approx(51.17) and photo.longitude == pytest.approx(71.445833)
    assert photo.untrusted == ()


def test_south_and_west_are_read_as_such(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "sw.jpg", lat_ref="S", lon_ref="W"))
    assert photo.latitude == pytest.approx(-51.17) and photo.longitude == pytest.approx(-71.445833)


@pytest.mark.parametrize("refs", [("X", "E"), ("N", "X"), ("", "E"), ("NE", "E"), (None, "E"),
                                  ("N", "Q")])
def test_an_invalid_gps_reference_drops_the_place(tmp_path: Path, refs) -> None:
    photo = read_photo(jpeg(tmp_path, "ref.jpg", lat_ref=refs[0], lon_ref=refs[1]))
    assert (photo.latitude, photo.longitude) == (None, None)  # not read as N/E any more
    assert photo.untrusted == ("place",)
    assert photo.taken_at == datetime(2026, 11, 2, 10, 15)  # the time is a separate claim


@pytest.mark.parametrize("lat, lon", [
    (((95, 1), (0, 1), (0, 1)), ASTANA[1]),  # 95° north
    (ASTANA[0], ((181, 1), (0, 1), (0, 1))),  # 181° east
    (((51, 1), (75, 1), (0, 1)), ASTANA[1]),  # 75 minutes
    (ASTANA[0], ((71, 1), (26, 1), (60, 1))),  # 60 seconds
    (((51, 1), (10, 1), (0, 0)), ASTANA[1]),  # 0/0: no number at all
], ids=["lat95", "lon181", "minutes75", "seconds60", "nan"])
def test_an_out_of_range_coordinate_drops_the_place(tmp_path: Path, lat, lon) -> None:
    photo = read_photo(jpeg(tmp_path, "range.jpg", lat=lat, lon=lon))
    assert (photo.latitude, photo.longitude) == (None, None)
    assert photo.untrusted == ("place",)


def test_half_a_position_is_no_position(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "half.jpg", lon_ref=None, lon=None))
    assert (photo.latitude, photo.longitude) == (None, None)
    assert photo.untrusted == ("place",)


@pytest.mark.parametrize("stamp", ["0001:01:01 00:00:00", "9999:12:31 23:59:59",
                                   "1970:01:01 00:00:00", "2026:02:30 10:00:00",
                                   "2026:11:02 25:61:00"])
def test_an_impossible_date_drops_the_time(tmp_path: Path, stamp: str) -> None:
    photo = read_photo(jpeg(tmp_path, "when.jpg", original=stamp))
    assert photo.taken_at is None
    assert photo.untrusted == ("time",)
    assert photo.latitude == pytest.approx(51.17)


def test_a_wrong_clock_is_not_replaced_by_the_modification_date(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "both.jpg", original="9999:12:31 23:59:59",
                            modified="2026:11:05 09:00:00"))
    assert photo.taken_at is None
    assert photo.untrusted == ("time",)


def test_a_time_and_a_place_both_impossible_are_both_marked(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "all.jpg", original="0001:01:01 00:00:00", lat_ref="X"))
    assert (photo.taken_at, photo.latitude, photo.longitude) == (None, None, None)
    assert set(photo.untrusted) == {"time", "place"}


def test_an_unset_clock_is_no_time_rather_than_a_wrong_one(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "unset.jpg", original="0000:00:00 00:00:00"))
    assert photo.taken_at is None and photo.untrusted == ()


def test_references_without_coordinates_are_no_fix_not_a_bad_place(tmp_path: Path) -> None:
    photo = read_photo(jpeg(tmp_path, "nofix.jpg", lat=None, lon=None))
    assert (photo.latitude, photo.longitude, photo.untrusted) == (None, None, ())
