"""`inspector sync`: this profile with the team's server."""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from typing import TYPE_CHECKING

from ..domain.accounts import PASSWORD_VARIABLE
from .output import print_json

if TYPE_CHECKING:
    from ..store.profile import Profile


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="sync this profile with the team's server "
                       "(password from INSPECTOR_PASSWORD or a prompt)")
    p.add_argument("--server", required=True, help="e.g. https://inspector.parlam.kz")
    p.add_argument("--user", required=True)
    p.add_argument("--team", help="team for new visits (default: your first team)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=cmd_sync)


def cmd_sync(args: argparse.Namespace, profile: Profile) -> int:
    """Exit status 0 when in step, 1 when the sync failed, 2 when conflicts need a person."""
    import getpass

    from ..services.sync import run_sync
    from ..services.sync_messages import error_message, report_message
    from ..sync.client import AuthRequired, SyncError

    password = os.environ.get(PASSWORD_VARIABLE)
    attempt = partial(run_sync, profile, args.server, args.user, team=args.team)
    try:
        try:
            report = attempt(password=password)
        except AuthRequired:
            if password is not None or not sys.stdin.isatty():
                raise
            report = attempt(password=getpass.getpass(f"{args.user}@{args.server}: "))
    except SyncError as exc:
        message = error_message(exc, args.lang, server=args.server)
        if args.json:
            print_json({"error": message, "code": getattr(exc, "code", "")})
        else:
            print(message, file=sys.stderr)
        return 1
    if args.json:
        print_json(report.as_dict())
    else:
        print(report_message(report, args.lang))
    return 2 if report.needs_review else 0
