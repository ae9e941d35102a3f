"""Backup and restore of a whole profile: the database and every photo, in one zip file.

The database is copied with SQLite's online backup API, so the copy is consistent even while the
desktop app is writing; photos are immutable files named by their hash, so copying them needs no
lock. A restore never destroys: the profile being replaced is moved aside first.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..domain.errors import InspectorError
from ..domain.text import N_
from ..store.database import connect_for_reading
from ..store.media import file_sha256
from ..store.profile import DATABASE_NAME

MANIFEST = "inspector-backup.json"


class BackupInvalid(InspectorError):
    texts = N_("{file} is not an Inspector backup or is damaged: {detail}")


def backup(data_dir: Path, target: Path, *,
           on_progress: Callable[[int, int], None] | None = None) -> Path:
    data_dir, target = Path(data_dir), Path(target)
    media = sorted(p for p in (data_dir / "media").rglob("*") if p.is_file()
                   and not p.name.startswith("."))
    with tempfile.TemporaryDirectory() as scratch:
        snapshot = Path(scratch) / DATABASE_NAME
        _snapshot(data_dir / DATABASE_NAME, snapshot)
        manifest = {"format": 1, "made_at": datetime.now().isoformat(timespec="seconds"),
                    "database_sha256": file_sha256(snapshot),
                    "photos": [p.name for p in media]}
        partial = target.with_name(target.name + ".partial")
        try:
            # Private from its first byte: the archive holds every interview of the profile.
            with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                           "wb") as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
                archive.write(snapshot, DATABASE_NAME)
                for n, photo in enumerate(media, 1):
                    # JPEGs do not compress; storing them saves minutes on a big profile.
                    archive.write(photo, f"media/{photo.parent.name}/{photo.name}",
                                  compress_type=zipfile.ZIP_STORED)
                    if on_progress:
                        on_progress(n, len(media))
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)  # a half archive is neither a backup nor useful
            raise
    return target


def _snapshot(database: Path, copy_path: Path) -> None:
    """SQLite's online backup, read through a connection that cannot write: a profile on a
    read-only medium (or one the person may not write) can be backed up too."""
    source = connect_for_reading(database)
    copy = sqlite3.connect(copy_path)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def restore(archive_path: Path, data_dir: Path) -> Path | None:
    """Unpack a backup into `data_dir`; returns where the replaced profile was moved, if any."""
    archive_path, data_dir = Path(archive_path), Path(data_dir)
    with tempfile.TemporaryDirectory(dir=data_dir.parent if data_dir.parent.exists() else None) \
            as scratch:
        unpacked = Path(scratch) / "profile"
        _unpack_checked(archive_path, unpacked)
        if os.name == "posix":  # unpacked with the umask's 0755/0644; it holds interviews
            unpacked.chmod(0o700)
            (unpacked / DATABASE_NAME).chmod(0o600)
        moved = None
        if data_dir.exists() and any(data_dir.iterdir()):
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            moved = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
            data_dir.rename(moved)
        elif data_dir.exists():
            data_dir.rmdir()
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(unpacked), data_dir)
    return moved


def _unpack_checked(archive_path: Path, target: Path) -> None:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            for name in archive.namelist():
                if name.startswith("/") or ".." in Path(name).parts:
                    raise ValueError(f"unsafe path {name}")
            archive.extractall(target)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise BackupInvalid(file=archive_path.name, detail=str(exc)) from exc
    if file_sha256(target / DATABASE_NAME) != manifest["database_sha256"]:
        raise BackupInvalid(file=archive_path.name, detail="database checksum")
    for name in manifest["photos"]:
        path = target / "media" / name[:2] / name
        if not path.is_file() or file_sha256(path) != name:
            raise BackupInvalid(file=archive_path.name, detail=f"photo {name}")
