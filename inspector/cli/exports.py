"""`inspector export`: answers, interviews and findings as CSV, JSON or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.profile import Profile


def cmd_export(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.reports import export

    for path in export(profile, args.format, Path(args.output), lang=args.lang):
        print(path)
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="answers, interviews and findings as CSV, JSON or XLSX")
    p.add_argument("--format", choices=["csv", "json", "xlsx"], required=True)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=cmd_export)
