"""Every server setting in one place, with its default and where it comes from."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DATA_VARIABLE = "INSPECTOR_SERVER_DATA"
DATABASE_VARIABLE = "INSPECTOR_SERVER_DATABASE"
ABANDONED_UPLOAD_VARIABLE = "INSPECTOR_SERVER_ABANDONED_UPLOAD_HOURS"
# A laptop may be away on a week's trip through the regions before it resumes an upload.
DEFAULT_ABANDONED_UPLOAD_HOURS = 7 * 24.0


class SettingError(ValueError):
    """A setting from the environment that cannot be used; says which and why."""


def _abandoned_upload_hours() -> float:
    text = os.environ.get(ABANDONED_UPLOAD_VARIABLE, "")
    if not text:
        return DEFAULT_ABANDONED_UPLOAD_HOURS
    try:
        hours = float(text)
    except ValueError:
        hours = -1.0
    if not hours > 0:  # also refuses nan
        raise SettingError(f"{ABANDONED_UPLOAD_VARIABLE} must be a number of hours above 0, "
                         f"not {text!r}")
    return hours


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
    # A partial upload nobody has added to for this long is deleted when the server starts.
    abandoned_upload_hours: float = field(default_factory=_abandoned_upload_hours)

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
