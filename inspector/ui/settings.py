"""Every user setting, declared once with its type and default (Picard's options.py, smaller).

Settings live in an INI file in the user's config folder, not in the profile folder: the data
folder itself is a setting, so it cannot be stored inside the folder it points to.
INSPECTOR_CONFIG_DIR moves the file (tests and benchmarks use it to stay out of the real one).
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from ..domain.text import DEFAULT_LANGUAGE, LANGUAGES

T = TypeVar("T")
CONFIG_DIR_VARIABLE = "INSPECTOR_CONFIG_DIR"
SETTINGS_FILE = "inspector.ini"


def settings_path() -> Path:
    env = os.environ.get(CONFIG_DIR_VARIABLE)
    if env:
        return Path(env) / SETTINGS_FILE
    import platformdirs

    return Path(platformdirs.user_config_dir("Inspector", appauthor=False)) / SETTINGS_FILE


@dataclass
class Setting(Generic[T]):
    """One setting: a descriptor on `Settings`, so `settings.language` reads the file, typed."""

    type: type
    default: T
    choices: Sequence[T] | None = None
    key: str = ""

    def __set_name__(self, owner: builtins.type, name: str) -> None:
        self.key = name

    def __get__(self, settings: Settings | None, owner: builtins.type) -> Any:
        if settings is None:
            return self
        return self.convert(settings.qsettings.value(self.key, self.default))

    def __set__(self, settings: Settings, value: T) -> None:
        settings.qsettings.setValue(self.key, self.convert(value))

    def convert(self, raw: Any) -> T:
        """INI files give strings back; turn them into the declared type, or the default."""
        value: Any
        try:
            if self.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            elif self.type is bytes:
                value = bytes(raw) if raw is not None else b""
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value


class Settings:
    """The declared settings. Add a line here and it exists everywhere, with its default."""

    language = Setting(str, DEFAULT_LANGUAGE, choices=LANGUAGES)
    deputy_name = Setting(str, "")  # pre-fills the deputies of a new visit
    data_dir = Setting(str, "")  # empty: INSPECTOR_DATA_DIR or the OS's user-data folder
    server_url = Setting(str, "")  # the team's sync server
    user_name = Setting(str, "")  # the account on that server
    export_dir = Setting(str, "")  # where reports were last saved; empty: Documents
    # The PKCS#12 key (ЭЦП) reports are signed with; its password is asked each time, never kept.
    signing_key = Setting(str, "")
    timestamp_url = Setting(str, "")  # an RFC 3161 server; empty: signatures carry no timestamp
    window_geometry = Setting(bytes, b"")
    window_state = Setting(bytes, b"")
    section_list_width = Setting(int, 0)  # the checklist's side list; 0: the default

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @classmethod
    def declared(cls) -> dict[str, Setting]:
        return {name: value for name, value in vars(cls).items() if isinstance(value, Setting)}

    def is_set(self, name: str) -> bool:
        return self.qsettings.contains(name)

    def sync(self) -> None:
        self.qsettings.sync()
