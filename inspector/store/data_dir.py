"""Where a profile lives when nobody said: INSPECTOR_DATA_DIR, else the OS's per-user folder.

Apart from the profile itself so that the desktop app can resolve its folder at start-up
without importing the store (the store thread opens the profile).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_VARIABLE = "INSPECTOR_DATA_DIR"


def default_data_dir() -> Path:
    """--data-dir wins, then INSPECTOR_DATA_DIR, then the OS's per-user data folder."""
    env = os.environ.get(DATA_DIR_VARIABLE)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("Inspector", appauthor=False)) / "default"
