"""Photo import against what real folders and disks do: names in foreign encodings, a disk that
fills up half-way. Real files, real SQLite; the full disk is a real 2 MB tmpfs where the
system allows mounting one."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector.domain.facility import Facility
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.photos.fixtures import make_jpeg
from inspector.services.photos import IMPORTED, REJECTED, import_photos
from inspector.store.media import MediaStore, NotEnoughSpace
from inspector.store.profile import Profile

# "Проверка" in cp1251, as an archiver made on Windows leaves it: not valid UTF-8.
CP1251_NAME = "Проверка".encode("cp1251")

posix_bytes_names = pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin",
                                       reason="file names as arbitrary bytes: Linux/BSD")


def new_visit(folder: Path) -> tuple[Profile, str]:
    profile = Profile(folder)
    facility = profile.records.save(Facility(kind="psc", name="ЦОН №3", region="abai"))
    visit = profile.records.save(Visit(facility_id=facility.id, started_on="2026-11-02",
                                       template_id="psc", template_version=1))
    return profile, visit.id


def photos_folder(folder: Path, good: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(good):
        make_jpeg(folder / f"IMG_{i:04d}.jpg", size=(320, 240), seed=i)
    return folder


def bytes_named(folder: Path, name: bytes, content: bytes) -> Path:
    raw = os.path.join(os.fsencode(folder), name)
    with open(raw, "wb") as out:
        out.write(content)
    return Path(os.fsdecode(raw))


@posix_bytes_names
def test_a_non_utf8_name_in_a_folder_does_not_stop_the_good_photos(tmp_path):
    source = photos_folder(tmp_path / "card", good=40)
    make_jpeg(tmp_path / "x.jpg", size=(320, 240), seed=99)
    bytes_named(source, CP1251_NAME + b".jpg", (tmp_path / "x.jpg").read_bytes())
    bytes_named(source, CP1251_NAME + b"-2.jpg", b"not a photo at all")

    profile, visit_id = new_visit(tmp_path / "profile")
    with profile:
        results = import_photos(profile, visit_id, [source])
        stored = profile.records.of_visit(Photo, visit_id)

    assert sum(r.status == IMPORTED for r in results) == 41
    assert len(stored) == 41
    names = {p.original_name for p in stored}
    assert r"\xcf\xf0\xee\xe2\xe5\xf0\xea\xe0.jpg" in names
    rejected = [r for r in results if r.status == REJECTED]
    assert len(rejected) == 1
    message = rejected[0].reason("ru")
    assert r"\xcf\xf0\xee\xe2\xe5\xf0\xea\xe0-2.jpg" in message
    message.encode("utf-8")  # printable everywhere: no lone surrogates left


@posix_bytes_names
def test_the_command_line_reports_a_non_utf8_name_printably(tmp_path):
    source = photos_folder(tmp_path / "card", good=2)
    bytes_named(source, CP1251_NAME + b".jpg", b"not a photo at all")
    profile, visit_id = new_visit(tmp_path / "profile")
    profile.close()
    result = subprocess.run(
        [sys.executable, "-m", "inspector", "--data-dir", str(tmp_path / "profile"),
         "--lang", "ru", "photos", "add", visit_id, str(source)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1  # one file refused
    assert "Traceback" not in result.stderr
    assert result.stdout.count("импортировано") == 2
    assert r"\xcf\xf0\xee\xe2\xe5\xf0\xea\xe0.jpg" in result.stdout


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs), or a skip where mounting is not allowed."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def big_photos(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        make_jpeg(folder / f"DSC_{i}.jpg", size=(1200, 900), seed=i, detail=True)
    return folder


def media_files(profile: Profile) -> list[Path]:
    return [p for p in profile.media.root.rglob("*") if p.is_file()]


def assert_refused_whole(exc: NotEnoughSpace, source: Path) -> None:
    names = {p.name for p in source.iterdir()}
    for lang, needs in (("ru", "нужно"), ("kk", "қажет"), ("en", "needs")):
        message = exc.message(lang)
        assert needs in message and ("МБ" in message or "MB" in message)
        assert any(name in message for name in names)
    total_mb = sum(p.stat().st_size for p in source.iterdir()) / (1 << 20)
    assert float(exc.params["needed_mb"]) >= total_mb


def test_a_batch_that_will_not_fit_is_refused_before_copying(tmp_path, small_disk):
    source = big_photos(tmp_path / "card", count=9)
    assert sum(p.stat().st_size for p in source.iterdir()) > 2 << 20
    profile, visit_id = new_visit(small_disk / "profile")
    with profile, pytest.raises(NotEnoughSpace) as refused:
        import_photos(profile, visit_id, [source])
    assert_refused_whole(refused.value, source)
    with Profile(small_disk / "profile") as reopened:
        assert media_files(reopened) == []
        assert reopened.records.of_visit(Photo, visit_id) == []


def test_a_disk_that_fills_during_the_copy_leaves_no_copies(tmp_path, small_disk, monkeypatch):
    source = big_photos(tmp_path / "card", count=9)
    profile, visit_id = new_visit(small_disk / "profile")
    # The free-space check believed (another program wrote meanwhile): the disk runs out for real.
    monkeypatch.setattr(MediaStore, "free_bytes", lambda self: 1 << 40)
    with profile, pytest.raises(NotEnoughSpace) as refused:
        import_photos(profile, visit_id, [source])
    monkeypatch.undo()
    assert_refused_whole(refused.value, source)
    assert refused.value.__cause__.errno == errno.ENOSPC
    with Profile(small_disk / "profile") as reopened:
        assert media_files(reopened) == []  # not even an .incoming- file
        assert reopened.records.of_visit(Photo, visit_id) == []


def test_a_copy_failing_for_space_takes_back_the_batch_anywhere(tmp_path, monkeypatch):
    """The same promise where no tmpfs can be mounted: the third copy meets ENOSPC."""
    source = photos_folder(tmp_path / "card", good=5)
    profile, visit_id = new_visit(tmp_path / "profile")
    real_add = MediaStore.add_file
    calls = []

    def add_file(self, path, sha256):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_add(self, path, sha256)

    monkeypatch.setattr(MediaStore, "add_file", add_file)
    with profile, pytest.raises(NotEnoughSpace) as refused:
        import_photos(profile, visit_id, [source])
    assert "IMG_0002.jpg" in refused.value.message("kk")
    with Profile(tmp_path / "profile") as reopened:
        assert media_files(reopened) == []


def test_photos_that_cannot_be_recorded_do_not_stay_on_disk(tmp_path, monkeypatch):
    """The database's disk fills after the copies are made: the copies go again."""
    from inspector.store.database import DiskFull
    from inspector.store.records import Records

    source = photos_folder(tmp_path / "card", good=3)
    profile, visit_id = new_visit(tmp_path / "profile")
    already = make_jpeg(tmp_path / "earlier.jpg", size=(320, 240), seed=77)
    import_photos(profile, visit_id, [already])  # stored before: must survive the failure

    def full(self, record):
        raise DiskFull()

    monkeypatch.setattr(Records, "save", full)
    with profile, pytest.raises(DiskFull):
        import_photos(profile, visit_id, [source, already])
    monkeypatch.undo()
    with Profile(tmp_path / "profile") as reopened:
        assert len(media_files(reopened)) == 1
        assert len(reopened.records.of_visit(Photo, visit_id)) == 1


def test_an_impossible_gps_reference_is_recorded_as_no_place_and_said(tmp_path):
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    from inspector.photos import fixtures

    exif = Image.Exif()
    gps = exif.get_ifd(fixtures.TAG_GPS_IFD)
    gps[fixtures.GPS_LATITUDE_REF], gps[fixtures.GPS_LONGITUDE_REF] = "X", "E"
    gps[fixtures.GPS_LATITUDE] = (IFDRational(51, 1), IFDRational(10, 1), IFDRational(0, 1))
    gps[fixtures.GPS_LONGITUDE] = (IFDRational(71, 1), IFDRational(26, 1), IFDRational(0, 1))
    shot = tmp_path / "gps.jpg"
    fixtures.picture((64, 48)).save(shot, exif=exif)
    profile, visit_id = new_visit(tmp_path / "profile")
    with profile:
        (result,) = import_photos(profile, visit_id, [shot])
        (stored,) = profile.records.of_visit(Photo, visit_id)
    assert result.status == IMPORTED
    assert (stored.latitude, stored.longitude) == (None, None)
    assert result.notes("ru") == ["координаты в файле неверные — не записаны"]
    assert len(result.notes("kk")) == len(result.notes("en")) == 1
