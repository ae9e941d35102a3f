"""`inspector sync` for the command line; the lead wires it into inspector/cli.py.

    parser = sub.add_parser("sync"); add_sync_arguments(parser); parser.set_defaults(run=cli_sync)
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

PASSWORD_VARIABLE = "INSPECTOR_PASSWORD"


def add_sync_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", required=True, help="e.g. https://inspector.parlam.kz")
    parser.add_argument("--user", required=True)
    parser.add_argument("--team", help="team for new visits (default: your first team)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def cli_sync(args: argparse.Namespace, profile=None) -> int:  # type: ignore[no-untyped-def]
    """Run a sync; exit code 0 on success, 1 on a sync error, 2 when conflicts need a person."""
    from ..services.sync import run_sync
    from ..store.profile import Profile
    from .client import AuthRequired, SyncError

    own = profile is None
    profile = profile or Profile(getattr(args, "data_dir", None))
    password = os.environ.get(PASSWORD_VARIABLE)
    try:
        try:
            report = run_sync(profile, args.server, args.user, password=password,
                              team=getattr(args, "team", None))
        except AuthRequired:
            if password is not None or not sys.stdin.isatty():
                raise
            password = getpass.getpass(f"Password for {args.user} at {args.server}: ")
            report = run_sync(profile, args.server, args.user, password=password,
                              team=getattr(args, "team", None))
    except SyncError as exc:
        if getattr(args, "json", False):
            print(json.dumps({"error": exc.message, "code": exc.code}, ensure_ascii=False))
        else:
            print(f"sync failed: {exc.message}", file=sys.stderr)
        return 1
    finally:
        if own:
            profile.close()
    if getattr(args, "json", False):
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
    return 2 if report.conflicts else 0
