"""A profile: one person's data folder with its database, photos and thumbnail cache."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .data_dir import default_data_dir
from .database import Database

if TYPE_CHECKING:
    from .media import MediaStore
    from .records import Records

DATABASE_NAME = "inspector.sqlite3"


class Profile:
    def __init__(self, data_dir: Path | str | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.database = Database(self.data_dir / DATABASE_NAME)
        self.cache_dir = self.data_dir / "cache"

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

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
