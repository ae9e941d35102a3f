"""A profile: one person's data folder with its database, photos and thumbnail cache."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import platformdirs

from .database import Database
from .media import MediaStore
from .records import Records

DATA_DIR_VARIABLE = "INSPECTOR_DATA_DIR"
DATABASE_NAME = "inspector.sqlite3"


def default_data_dir() -> Path:
    """--data-dir wins, then INSPECTOR_DATA_DIR, then the OS's per-user data folder."""
    env = os.environ.get(DATA_DIR_VARIABLE)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("Inspector", appauthor=False)) / "default"


class Profile:
    def __init__(self, data_dir: Path | str | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.database = Database(self.data_dir / DATABASE_NAME)
        self.records = Records(self.database)
        self.media = MediaStore(self.data_dir / "media")
        self.cache_dir = self.data_dir / "cache"

    @property
    def device_id(self) -> str:
        """Made once per installed profile; names this laptop to the sync server."""
        device = self.database.meta("device_id")
        if device is None:
            device = str(uuid.uuid4())
            self.database.set_meta("device_id", device)
        return device

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
