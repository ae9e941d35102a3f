"""The profile's files on disk: whose they are, what is refused untouched, what is swept away,
and a profile nobody may write still opening for reading (real files, real SQLite)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from write_protect import write_protect  # noqa: F401 - a fixture

from inspector.domain.facility import Facility
from inspector.domain.visit import Visit
from inspector.photos.fixtures import make_jpeg
from inspector.services.backup import backup, restore
from inspector.services.photos import import_photos
from inspector.services.reports import write_visit_report
from inspector.services.visit_list import visit_summaries
from inspector.store.database import NotAProfile, ProfileReadOnly, ProfileTooNew
from inspector.store.profile import DATABASE_NAME, Profile

posix_only = pytest.mark.skipif(os.name != "posix", reason="modes are POSIX permissions")


def fingerprint(path: Path) -> tuple[str, int, int]:
    """Bytes, mode and modification time: what "left unchanged" means to the person."""
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_mode, info.st_mtime_ns


def folder_listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(tmp_path):
    folder = tmp_path / "profile"
    folder.mkdir()
    foreign = folder / DATABASE_NAME
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Айгуль', '+7 701 000 00 00')")
    conn.commit()
    conn.close()
    before, listed = fingerprint(foreign), folder_listing(folder)

    with pytest.raises(NotAProfile) as refused:
        Profile(folder)

    assert fingerprint(foreign) == before
    assert folder_listing(folder) == listed  # no -wal, no -shm, no journal left beside it
    assert "не база данных профиля Inspector" in refused.value.message("ru")
    assert "Inspector профилінің дерекқоры емес" in refused.value.message("kk")
    assert "not an Inspector profile database" in refused.value.message("en")


def test_a_file_that_is_not_sqlite_at_all_is_refused_and_left_as_it_was(tmp_path):
    folder = tmp_path / "profile"
    folder.mkdir()
    (folder / DATABASE_NAME).write_bytes(b"%PDF-1.7 an inquiry that was saved under a bad name")
    before = fingerprint(folder / DATABASE_NAME)
    with pytest.raises(Exception) as refused:
        Profile(folder)
    assert "inspector.sqlite3" in str(refused.value)
    assert fingerprint(folder / DATABASE_NAME) == before


def newer_profile(folder: Path) -> Path:
    with Profile(folder) as profile:
        profile.records.save(Facility(kind="psc", name="ЦОН №1", region="abai"))
    conn = sqlite3.connect(folder / DATABASE_NAME)
    conn.execute("INSERT INTO schema_migrations (version) VALUES (999)")
    conn.commit()
    conn.close()
    return folder / DATABASE_NAME


def test_a_database_from_a_newer_inspector_is_refused_with_update_inspector(tmp_path):
    database = newer_profile(tmp_path / "profile")
    before = fingerprint(database)

    with pytest.raises(ProfileTooNew) as refused:
        Profile(tmp_path / "profile")

    assert fingerprint(database) == before
    assert "обновите Inspector" in refused.value.message("ru")
    assert "Inspector-ды жаңартыңыз" in refused.value.message("kk")
    assert "update Inspector" in refused.value.message("en")
    assert "999" in refused.value.message("en")


def test_the_command_line_refuses_a_newer_database_in_the_persons_language(tmp_path):
    database = newer_profile(tmp_path / "profile")
    before = fingerprint(database)
    result = subprocess.run([sys.executable, "-m", "inspector", "--data-dir",
                             str(tmp_path / "profile"), "--lang", "kk", "visits"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Inspector-ды жаңартыңыз" in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(database) == before


@posix_only
def test_a_new_profile_is_private_to_its_owner(tmp_path):
    with Profile(tmp_path / "profile") as profile:
        profile.records.save(Facility(kind="psc", name="ЦОН №1", region="abai"))
        # The write-ahead log holds the latest interviews until a checkpoint: private too.
        for name in (DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm"):
            assert stat.S_IMODE((profile.data_dir / name).stat().st_mode) == 0o600, name
        assert stat.S_IMODE(profile.data_dir.stat().st_mode) == 0o700


@posix_only
def test_a_profile_made_readable_to_all_by_an_older_version_is_narrowed(tmp_path):
    Profile(tmp_path / "profile").close()
    (tmp_path / "profile").chmod(0o755)
    (tmp_path / "profile" / DATABASE_NAME).chmod(0o644)
    Profile(tmp_path / "profile").close()
    assert stat.S_IMODE((tmp_path / "profile").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "profile" / DATABASE_NAME).stat().st_mode) == 0o600


def test_leftovers_of_interrupted_imports_and_backups_are_swept_at_open(tmp_path):
    folder = tmp_path / "profile"
    Profile(folder).close()
    (folder / "media" / "ab").mkdir(parents=True)
    stale = [folder / "media" / "ab" / ".incoming-k2j3", folder / "backup-1101.zip.partial"]
    fresh = folder / "media" / "ab" / ".incoming-now"  # another process importing right now
    for path in [*stale, fresh]:
        path.write_bytes(b"\xff" * 50_000)
    two_hours_ago = time.time() - 2 * 3600
    for path in stale:
        os.utime(path, (two_hours_ago, two_hours_ago))

    Profile(folder).close()

    assert not any(path.exists() for path in stale)
    assert fresh.exists()


@pytest.fixture
def protected_profile(tmp_path, write_protect):  # noqa: F811 - the imported fixture
    folder = tmp_path / "profile"
    with Profile(folder) as profile:
        facility = profile.records.save(Facility(kind="psc", name="ЦОН №2", region="abai"))
        visit = profile.records.save(Visit(facility_id=facility.id, started_on="2026-11-02",
                                           template_id="psc", template_version=1))
        shots = [make_jpeg(tmp_path / f"{i}.jpg", size=(320, 240), seed=i) for i in range(2)]
        import_photos(profile, visit.id, shots)
    write_protect(folder)
    return folder, visit.id


def test_a_write_protected_profile_opens_read_only_and_says_so(protected_profile):
    folder, visit_id = protected_profile
    before = {p: fingerprint(p) for p in folder.rglob("*") if p.is_file()}
    with Profile(folder) as profile:
        assert profile.read_only
        notice = profile.read_only_notice()
        assert notice is not None
        assert "только для чтения" in notice.message("ru")
        assert "тек оқуға" in notice.message("kk")
        assert "read-only" in notice.message("en")
        assert [v.id for v in visit_summaries(profile)] == [visit_id]
        with pytest.raises(ProfileReadOnly):
            profile.records.save(Facility(kind="psc", name="Not saved", region="abai"))
    assert {p: fingerprint(p) for p in folder.rglob("*") if p.is_file()} == before


def test_a_write_protected_profile_still_gives_reports_and_backups(protected_profile, tmp_path):
    folder, visit_id = protected_profile
    with Profile(folder) as profile:
        report = write_visit_report(profile, visit_id, tmp_path / "out" / "report.pdf")
        assert report.read_bytes().startswith(b"%PDF")
        archive = backup(profile.data_dir, tmp_path / "out" / "copy.zip")
    restore(archive, tmp_path / "restored")
    with Profile(tmp_path / "restored") as restored:
        assert not restored.read_only
        assert [v.id for v in visit_summaries(restored)] == [visit_id]
        assert len(list((restored.data_dir / "media").rglob("*"))) >= 2


def test_the_command_line_lists_a_write_protected_profile_and_says_it_is_read_only(
        protected_profile, tmp_path):
    folder, visit_id = protected_profile
    run = [sys.executable, "-m", "inspector", "--data-dir", str(folder), "--lang", "ru"]
    listed = subprocess.run([*run, "visits"], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert visit_id in listed.stdout
    assert "только для чтения" in listed.stderr
    saved = subprocess.run([*run, "backup", "-o", str(tmp_path / "cli.zip")],
                           capture_output=True, text=True, timeout=120)
    assert saved.returncode == 0, saved.stderr
    assert (tmp_path / "cli.zip").stat().st_size > 0


@posix_only
def test_backups_are_private_and_a_failed_one_leaves_no_partial_archive(tmp_path):
    folder = tmp_path / "profile"
    with Profile(folder) as profile:
        facility = profile.records.save(Facility(kind="psc", name="ЦОН №4", region="abai"))
        visit = profile.records.save(Visit(facility_id=facility.id, started_on="2026-11-02",
                                           template_id="psc", template_version=1))
        shots = [make_jpeg(tmp_path / f"{i}.jpg", size=(320, 240), seed=i) for i in range(3)]
        import_photos(profile, visit.id, shots)
    target = tmp_path / "backups" / "visit.zip"
    target.parent.mkdir()
    archive = backup(folder, target)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600

    def interrupted(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt  # the person closed the window half-way

    with pytest.raises(KeyboardInterrupt):
        backup(folder, tmp_path / "backups" / "second.zip", on_progress=interrupted)
    assert folder_listing(tmp_path / "backups") == {"visit.zip"}

    restore(archive, tmp_path / "restored")
    assert stat.S_IMODE((tmp_path / "restored").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "restored" / DATABASE_NAME).stat().st_mode) == 0o600


def test_an_old_profile_nobody_may_write_is_refused_unchanged(tmp_path, write_protect):  # noqa: F811
    from inspector.store.database import Database, ReadOnlyNeedsUpgrade

    folder = tmp_path / "profile"
    folder.mkdir()
    Database(folder / DATABASE_NAME, migrate_to=5).close()  # as an older Inspector left it
    before = fingerprint(folder / DATABASE_NAME)
    write_protect(folder)
    with pytest.raises(ReadOnlyNeedsUpgrade) as refused:
        Profile(folder)
    assert "старой версией Inspector" in refused.value.message("ru")
    assert fingerprint(folder / DATABASE_NAME) == before
