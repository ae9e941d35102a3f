"""Which profile to open and opening it: the one door the window and the command line share.

Light on purpose: the desktop app resolves its data folder at start-up, before the window shows,
and the store's code is imported only when a lane's thread opens the profile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..store.data_dir import DATA_DIR_VARIABLE, default_data_dir

if TYPE_CHECKING:
    from ..store.database import ProfileReadOnly
    from ..store.profile import Profile

__all__ = ["DATA_DIR_VARIABLE", "Profile", "default_data_dir", "open_profile",
           "read_only_notice"]


def open_profile(data_dir: Path | str | None = None) -> Profile:
    """The profile in `data_dir` (made when missing); read-only when nobody may write it."""
    from ..store.profile import Profile

    return Profile(data_dir)


def read_only_notice(profile: Profile) -> ProfileReadOnly | None:
    """What to tell the person when the profile opened read-only (ru/kk/en), else None."""
    return profile.read_only_notice()


def __getattr__(name: str) -> object:
    # `Profile` for callers that name the type at run time, without importing the store here.
    if name == "Profile":
        from ..store.profile import Profile

        return Profile
    raise AttributeError(name)
