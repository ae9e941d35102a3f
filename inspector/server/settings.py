"""Every server setting in one place: its default and the environment variable that sets it.

`Settings.from_env()` reads every field from its variable (INSPECTOR_SERVER_<NAME>, listed in
ENVIRONMENT), so `inspector-server serve`, its worker processes and
`uvicorn --factory inspector.server.app:app_from_env` configure the same server the same way;
the command line's --data and --database override the two it names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_DATA_DIR = Path("inspector-server-data")
"""The one default data folder (relative to where the server starts), for every way to start."""
# A laptop may be away on a week's trip through the regions before it resumes an upload.
DEFAULT_ABANDONED_UPLOAD_HOURS = 7 * 24.0


class SettingError(ValueError):
    """A setting from the environment that cannot be used; says which and why."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path = DEFAULT_DATA_DIR
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
    abandoned_upload_hours: float = DEFAULT_ABANDONED_UPLOAD_HOURS

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'server.sqlite3'}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **given: Any) -> Settings:
        """The defaults, overridden by the environment, overridden by `given` (the command
        line's options)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            text = env.get(ENVIRONMENT[f.name], "")
            if text:
                values[f.name] = _parse(f.name, text)
        return replace(cls(**values), **given)


# The variable of each setting; the first two are the ones the server's documentation names.
ENVIRONMENT: dict[str, str] = {f.name: "INSPECTOR_SERVER_" + f.name.upper()
                               for f in fields(Settings)}
ENVIRONMENT["data_dir"] = "INSPECTOR_SERVER_DATA"
ENVIRONMENT["database_url"] = "INSPECTOR_SERVER_DATABASE"
DATA_VARIABLE = ENVIRONMENT["data_dir"]
DATABASE_VARIABLE = ENVIRONMENT["database_url"]
ABANDONED_UPLOAD_VARIABLE = ENVIRONMENT["abandoned_upload_hours"]


def _parse(name: str, text: str) -> Any:
    kind = type(getattr(Settings, name))
    if kind is str:
        return text
    if kind is not int and kind is not float:  # a path
        return Path(text)
    try:
        number = kind(text)
    except ValueError:
        number = -1
    if not number > 0:  # also refuses nan
        unit = "whole number" if kind is int else "number"
        raise SettingError(f"{ENVIRONMENT[name]} must be a {unit} above 0, not {text!r}")
    return number


def normalise_url(url: str) -> str:
    """postgresql://... means psycopg 3 here (SQLAlchemy would otherwise look for psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url
