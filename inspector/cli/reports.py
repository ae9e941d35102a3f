"""`inspector report` and `inspector summary`: PDF reports from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .output import iso_date, progress
from .verify import add_signing_options, signing_key

if TYPE_CHECKING:
    from ..store.profile import Profile


def cmd_report(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.export_checks import before_export
    from ..services.reports import load_visit_report

    # The check before export, as the window shows it: said, never silent, and never in the
    # way of the file.
    for warning in before_export(profile, args.visit_id):
        print(f"⚠ {warning.message(args.lang)}", file=sys.stderr)
    job = load_visit_report(profile, args.visit_id, lang=args.lang, layout=args.layout,
                            with_faces=args.with_faces)
    print(job.render(Path(args.output), on_progress=progress, sign=signing_key(args)))
    return 0


def cmd_summary(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.reports import write_summary

    path = write_summary(profile, Path(args.output), kind=args.kind, region=args.region,
                         date_from=args.date_from, date_to=args.date_to,
                         visit_ids=args.visit or None, lang=args.lang, layout=args.layout,
                         include_drafts=args.include_drafts, on_progress=progress,
                         sign=signing_key(args))
    print(path)
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="PDF report on one visit")
    p.add_argument("visit_id")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p.add_argument("--layout", help="report layout: the profile's reports/NAME.json, else a "
                   "shipped one (standard, brief)")
    p.add_argument("--with-faces", action="store_true",
                   help="for internal use: show faces unhidden (by default the face boxes are "
                   "filled in) and photos marked as showing faces without boxes; every such "
                   "page is stamped «для служебного пользования»")
    add_signing_options(p)
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("summary", help="PDF summary across visits (evidence annex of an inquiry)")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p.add_argument("--kind", help="kind of institution: psc, elderly_home, baby_home, "
                   "adaptation_center")
    p.add_argument("--region", help="region id")
    p.add_argument("--from", dest="date_from", type=iso_date, help="first visit date, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, help="last visit date, YYYY-MM-DD")
    p.add_argument("--visit", action="append", help="a visit id (repeat for a list)")
    p.add_argument("--layout", help="report layout (as for `report`)")
    p.add_argument("--include-drafts", action="store_true",
                   help="count visits not yet completed too (each is marked as a draft); by "
                   "default a summary takes completed visits only")
    add_signing_options(p)
    p.set_defaults(run=cmd_summary)
