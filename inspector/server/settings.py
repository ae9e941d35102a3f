"""Every server setting in one place, with its default and where it comes from."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_VARIABLE = "INSPECTOR_SERVER_DATA"
DATABASE_VARIABLE = "INSPECTOR_SERVER_DATABASE"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    # SQLite inside the data folder unless a URL is given: the server then runs with nothing
    # else installed; production passes postgresql://...
    database_url: str = ""
    max_json_bytes: int = 8 * 1024 * 1024
    max_photo_bytes: int = 64 * 1024 * 1024
    max_chunk_bytes: int = 16 * 1024 * 1024
    token_days: int = 30
    # Failed sign-ins allowed per user name (and per user on a device that signed in before)
    # before a wait of a minute, doubled by each further failure (server/throttle.py).
    login_failures_per_minute: int = 5
    # Failed sign-ins allowed per client address before waits of 10 s, 20 s, 40 s ...
    address_failures_free: int = 20
    login_longest_wait: float = 15 * 60
    page_size: int = 5000  # most changes in one pull page (protocol.MAX_PULL_PAGE)

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'server.sqlite3'}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @classmethod
    def from_env(cls) -> Settings:
        """For `uvicorn --factory inspector.server.app:app_from_env` and worker processes."""
        return cls(data_dir=Path(os.environ.get(DATA_VARIABLE, "inspector-server-data")),
                   database_url=os.environ.get(DATABASE_VARIABLE, ""))


def normalise_url(url: str) -> str:
    """postgresql://... means psycopg 3 here (SQLAlchemy would otherwise look for psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url
