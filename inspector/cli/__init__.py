"""The command line: a thin layer over services, for aides, scripts and tests.

With no command it opens the desktop app. Errors are one line in the user's language and a
non-zero exit status, never a traceback. Each group of commands is a module of this package
with an `add_commands(sub)`; the modules behind each command are imported when it runs, because
opening the desktop app goes through here too and every module imported here delays its window.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ..domain.accounts import PASSWORD_VARIABLE
from ..domain.text import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["PASSWORD_VARIABLE", "build_parser", "main"]

# The groups of commands, in the order `inspector --help` lists them.
COMMAND_GROUPS = ("visits", "exports", "reports", "inquiries", "facilities", "backup", "sync",
                  "verify")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="profile folder (default: the OS user-data "
                        "folder, or INSPECTOR_DATA_DIR)")
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    parser.add_argument("--self-test", action="store_true", help="check that the installed app "
                        "works: offscreen, on a temporary profile; exit status 0 when it does")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspector", description="Inspector: visits to public institutions, offline.")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for group in COMMAND_GROUPS:
        importlib.import_module(f"{__name__}.{group}").add_commands(sub)
    _options_after_the_command(sub)
    return parser


def _options_after_the_command(sub: argparse._SubParsersAction) -> None:
    """`inspector report ID --lang kk` works as well as `inspector --lang kk report ID`.

    SUPPRESS leaves the value given before the command (or its default) when none comes after.
    """
    for command in _leaf_commands(sub):
        command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
        command.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)


def _leaf_commands(sub: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:
    found = []
    for command in sub.choices.values():
        nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
        found.append(command)
        for inner in nested:
            found.extend(_leaf_commands(inner))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    # Opening the desktop app needs only the global options: the dozen commands' parsers took
    # as long to build as a tenth of the window's start.
    start = argparse.ArgumentParser(prog="inspector", add_help=False)
    _add_global_options(start)
    args, rest = start.parse_known_args(argv)
    if args.self_test and not rest:
        from ..ui.selftest import run

        return run()
    if not rest:
        return _open_desktop(args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_desktop(args)
    if not hasattr(args, "run"):
        parser.parse_args([*(argv or sys.argv[1:]), "--help"])
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..domain.errors import InspectorError
    from ..store.profile import Profile

    try:
        if not getattr(args, "needs_profile", True):
            return args.run(args, None)
        with Profile(args.data_dir) as profile:
            notice = profile.read_only_notice()
            if notice is not None:
                print(notice.message(args.lang), file=sys.stderr)
            return args.run(args, profile)
    except InspectorError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (`| head`) stopped early: not an error to report. Python's documented way
        # to keep the interpreter from failing again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"{exc.strerror or exc}: {exc.filename or ''}".strip(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _open_desktop(args: argparse.Namespace) -> int:
    try:
        from ..ui.app import run_app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("inspector.ui"):
            build_parser().print_help()
            return 0
        raise
    return run_app(data_dir=args.data_dir, lang=args.lang)
