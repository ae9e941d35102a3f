"""Backup and restore round-trip a profile with its photos, even while it is open."""

from __future__ import annotations

import zipfile

import pytest

from inspector.domain.facility import Facility
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.photos.fixtures import make_jpeg
from inspector.services.backup import BackupInvalid, backup, restore
from inspector.services.photos import import_photos
from inspector.store.media import file_sha256
from inspector.store.profile import Profile


def filled_profile(folder, tmp_path):
    profile = Profile(folder)
    facility = profile.records.save(Facility(kind="psc", name="ЦОН №3", region="abai"))
    visit = profile.records.save(Visit(facility_id=facility.id, started_on="2026-11-02",
                                       template_id="psc", template_version=1))
    shots = [make_jpeg(tmp_path / f"{i}.jpg", size=(400, 300), seed=i) for i in range(3)]
    import_photos(profile, visit.id, shots)
    return profile, visit


def test_backup_while_open_then_restore_round_trips_everything(tmp_path):
    profile, visit = filled_profile(tmp_path / "laptop", tmp_path)
    archive = backup(profile.data_dir, tmp_path / "backup.zip")  # the profile is still open
    photos_before = {p.sha256 for p in profile.records.of_visit(Photo, visit.id)}
    profile.records.save(Facility(kind="psc", name="Added after the backup"))
    profile.close()

    moved = restore(archive, tmp_path / "laptop")
    assert moved is not None and (moved / "inspector.sqlite3").exists()  # nothing destroyed
    with Profile(tmp_path / "laptop") as restored:
        assert restored.database.integrity_ok()
        assert restored.records.get(Visit, visit.id).started_on == "2026-11-02"
        assert {f.name for f in restored.records.list(Facility)} == {"ЦОН №3"}
        photos = restored.records.of_visit(Photo, visit.id)
        assert {p.sha256 for p in photos} == photos_before
        for photo in photos:
            assert file_sha256(restored.media.path(photo.sha256)) == photo.sha256


def test_restore_into_a_new_folder(tmp_path):
    profile, visit = filled_profile(tmp_path / "a", tmp_path)
    archive = backup(profile.data_dir, tmp_path / "b.zip")
    profile.close()
    assert restore(archive, tmp_path / "fresh" / "profile") is None
    with Profile(tmp_path / "fresh" / "profile") as restored:
        assert len(restored.records.of_visit(Photo, visit.id)) == 3


def test_a_damaged_backup_is_refused_and_the_profile_kept(tmp_path):
    profile, _ = filled_profile(tmp_path / "a", tmp_path)
    archive = backup(profile.data_dir, tmp_path / "b.zip")
    profile.close()
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(damaged, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("media/"):
                data = data[:-10] + b"0123456789"
            out.writestr(item, data)
    with pytest.raises(BackupInvalid) as error:
        restore(damaged, tmp_path / "a")
    assert "damaged.zip" in error.value.message("ru")
    with Profile(tmp_path / "a") as kept:
        assert kept.records.list(Facility)
    not_zip = tmp_path / "x.zip"
    not_zip.write_text("hello")
    with pytest.raises(BackupInvalid):
        restore(not_zip, tmp_path / "a")
