"""`inspector export`: answers, interviews and findings as CSV, JSON or XLSX, or the whole
selection as a SQLite database for analysts (Datasette, DB Browser, pandas)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .output import iso_date, progress

if TYPE_CHECKING:
    from ..store.profile import Profile

SELECTION_ONLY = ("kind", "region", "date_from", "date_to", "include_drafts", "with_photos")


def cmd_export(args: argparse.Namespace, profile: Profile) -> int:
    if args.format == "sqlite":
        from ..services.analysis_export import export_database

        result = export_database(profile, Path(args.output), lang=args.lang, kind=args.kind,
                                 region=args.region, date_from=args.date_from,
                                 date_to=args.date_to, include_drafts=args.include_drafts,
                                 with_photos=args.with_photos, on_progress=progress)
        print(result.database)
        print(result.metadata)
        return 0
    given = [f"--{name.replace('_', '-')}" for name in SELECTION_ONLY if getattr(args, name)]
    if given:
        from ..domain.errors import InvalidInput

        raise InvalidInput(detail=f"{', '.join(given)}: --format sqlite")
    from ..services.exports import write_export

    for path in write_export(profile, args.format, Path(args.output), lang=args.lang):
        print(path)
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="answers, interviews and findings as CSV, JSON or XLSX; "
                       "or a SQLite database for analysts")
    p.add_argument("--format", choices=["csv", "json", "xlsx", "sqlite"], required=True)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--kind", help="sqlite: kind of institution (psc, elderly_home, baby_home, "
                   "adaptation_center)")
    p.add_argument("--region", help="sqlite: region id")
    p.add_argument("--from", dest="date_from", type=iso_date,
                   help="sqlite: first visit date, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, help="sqlite: last visit date")
    p.add_argument("--include-drafts", action="store_true",
                   help="sqlite: visits not yet completed too (by default completed ones only, "
                   "as in a summary)")
    p.add_argument("--with-photos", action="store_true",
                   help="sqlite: the photos' bytes too (never those marked as showing faces)")
    p.set_defaults(run=cmd_export)
