"""A profile: one person's data folder with its database, photos and thumbnail cache."""

from __future__ import annotations

import os
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .data_dir import default_data_dir
from .database import Database, ProfileReadOnly

if TYPE_CHECKING:
    from .media import MediaStore
    from .records import Records

DATABASE_NAME = "inspector.sqlite3"
# A leftover is only taken for abandoned when nothing has written it for this long: another
# process (the command line beside the desktop app) may be importing into the same profile.
LEFTOVER_AGE_SECONDS = 3600.0
_LEFTOVER_PATTERNS = ("media/**/.incoming-*", "*.zip.partial")


class Profile:
    def __init__(self, data_dir: Path | str | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        _make_folder(self.data_dir)
        self.database = Database(self.data_dir / DATABASE_NAME)
        self.cache_dir = self.data_dir / "cache"
        self._scratch_cache: Path | None = None
        if self.read_only:
            # Thumbnails are still made for a profile nobody may write: in a folder of this
            # process's own (mkdtemp: 0700), dropped on close.
            import tempfile

            self._scratch_cache = Path(tempfile.mkdtemp(prefix="inspector-cache-"))
            self.cache_dir = self._scratch_cache
        else:
            remove_leftovers(self.data_dir)

    @property
    def read_only(self) -> bool:
        """Opened for reading only because the folder or database may not be written."""
        return self.database.read_only

    def read_only_notice(self) -> ProfileReadOnly | None:
        """What to tell the person when the profile opened read-only (ru/kk/en)."""
        return ProfileReadOnly(path=str(self.data_dir)) if self.read_only else None

    # Made on first use: the desktop app opens a profile to show its visit list first, and the
    # record classes behind these take longer to import than that list takes to read.
    @cached_property
    def records(self) -> Records:
        from .records import Records

        return Records(self.database)

    @cached_property
    def media(self) -> MediaStore:
        from .media import MediaStore

        return MediaStore(self.data_dir / "media")

    @property
    def device_id(self) -> str:
        """Made once per installed profile; names this laptop to the sync server."""
        device = self.database.meta("device_id")
        if device is None:
            import uuid  # once per profile's life: not worth importing at every start

            device = str(uuid.uuid4())
            self.database.set_meta("device_id", device)
        return device

    def close(self) -> None:
        self.database.close()
        if self._scratch_cache is not None:
            import shutil

            shutil.rmtree(self._scratch_cache, ignore_errors=True)

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_folder(folder: Path) -> None:
    """The profile folder is its owner's alone (0700 on POSIX); an existing one made wider by an
    older version is narrowed, never widened. On Windows the folder inherits the user's profile
    ACLs, which already keep other users out."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "posix":
        return
    try:
        info = folder.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            folder.chmod(info.st_mode & 0o700)
    except OSError:
        pass  # a folder we may not change is opened as it is (read-only, if so)


def remove_leftovers(data_dir: Path, *, older_than: float = LEFTOVER_AGE_SECONDS) -> list[Path]:
    """Delete what interrupted imports and backups left behind; returns what was removed."""
    cutoff = time.time() - older_than
    removed: list[Path] = []
    for pattern in _LEFTOVER_PATTERNS:
        for path in Path(data_dir).glob(pattern):
            try:
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # in use or not ours: the next start tries again
    return removed
