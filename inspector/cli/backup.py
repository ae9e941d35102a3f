"""`inspector backup` and `inspector restore` on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.profile import Profile


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="a consistent copy of the profile (database and photos)")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.set_defaults(run=_backup)
    p = sub.add_parser("restore", help="replace the profile with a backup (the old one is kept)")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_restore, needs_profile=False)


def _backup(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.backup import backup

    print(backup(profile.data_dir, args.output))
    return 0


def _restore(args: argparse.Namespace, profile: Profile | None) -> int:
    from ..services.backup import restore
    from ..store.data_dir import default_data_dir

    data_dir = args.data_dir or default_data_dir()
    moved = restore(args.file, data_dir)
    print(data_dir)
    if moved:
        print(f"→ {moved}")
    return 0
