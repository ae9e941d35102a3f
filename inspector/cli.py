"""The command line: a thin layer over services, for aides, scripts and tests.

With no command it opens the desktop app. Errors are one line in the user's language and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .domain.text import DEFAULT_LANGUAGE, LANGUAGES, pick

if TYPE_CHECKING:
    from .store.profile import Profile

# The modules behind each command are imported when the command runs: opening the desktop app
# goes through here too, and every module imported here delays its window.

_STATUS = {"imported": {"ru": "импортировано", "kk": "импортталды", "en": "imported"},
           "duplicate": {"ru": "уже есть", "kk": "бұрыннан бар", "en": "duplicate"},
           "rejected": {"ru": "отклонено", "kk": "қабылданбады", "en": "rejected"}}


def _print_json(data: object) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def cmd_demo(args: argparse.Namespace, profile: Profile) -> int:
    from .services.demo import generate_demo

    ids = generate_demo(profile, visits=args.visits, seed=args.seed)
    print(f"{len(ids)} visits → {profile.data_dir}")
    return 0


def cmd_templates(args: argparse.Namespace, profile: Profile) -> int:
    from .domain.templates import all_templates

    rows = []
    for template in all_templates().values():
        questions = list(template.questions())
        rows.append({
            "id": template.id, "version": template.version, "kind": template.kind,
            "title": dict(template.title), "sections": len(template.sections),
            "questions": len(questions), "required": sum(q.required for q in questions),
            "conditional": sum(q.show_if is not None for q in questions),
            "languages": list(template.languages()), "complete": True,
        })
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            print(f"{r['id']:<18} v{r['version']:<3} {r['questions']:>4} "
                  f"{pick(r['title'], args.lang)}  [{', '.join(r['languages'])}]")
    return 0


def cmd_visits(args: argparse.Namespace, profile: Profile) -> int:
    from .domain.kinds import KIND_NAMES
    from .domain.regions import region_name
    from .services.visit_list import visit_summaries

    rows = visit_summaries(profile, kind=args.kind, region=args.region, status=args.status)
    if args.json:
        _print_json([{"id": v.id, "date": v.started_on, "kind": v.kind,
                      "facility": v.facility_name, "region": v.region, "status": v.status,
                      "answered": v.answered, "flagged": v.flagged, "photos": v.photos}
                     for v in rows])
    else:
        for v in rows:
            print(f"{v.id}  {v.started_on}  {pick(KIND_NAMES[v.kind], args.lang):<22} "
                  f"{v.facility_name}  ({region_name(v.region, args.lang)})  {v.status}")
    return 0


def cmd_photos_add(args: argparse.Namespace, profile: Profile) -> int:
    from .photos.errors import printable_path
    from .services.photos import REJECTED, import_photos

    results = import_photos(profile, args.visit_id, [Path(p) for p in args.paths])
    for r in results:
        # A name in a foreign encoding would make print() fail half-way through the report.
        line = f"{pick(_STATUS[r.status], args.lang)}: {printable_path(r.path)}"
        if r.status == REJECTED:
            line += f" — {r.reason(args.lang)}"
        for note in r.notes(args.lang):
            line += f" — {note}"
        print(line)
    return 1 if any(r.status == REJECTED for r in results) else 0


def cmd_answer(args: argparse.Namespace, profile: Profile) -> int:
    """Store one answer as a person would type it («85 тыс»); print it as the report will."""
    from .domain.visit import Visit
    from .services.visits import answer_question, visit_template

    answer = answer_question(profile, args.visit_id, args.question_id, " ".join(args.value))
    form = visit_template(profile.records.get(Visit, args.visit_id))
    question = form.question(args.question_id)
    print(f"{form.number(question.id)} {pick(question.text, args.lang)}: "
          f"{question.display(answer.value, args.lang)}")
    return 0


def cmd_search(args: argparse.Namespace, profile: Profile) -> int:
    from dataclasses import asdict

    from .domain.text import RECORD_NAMES
    from .services.search import search_records

    hits = search_records(profile, " ".join(args.text))
    if args.json:
        _print_json([asdict(h) for h in hits])
    else:
        for h in hits:
            name = pick(RECORD_NAMES.get(h.entity), args.lang)
            print(f"{name:<14} {h.visit_id or h.record_id}  {h.snippet}")
    return 0


def cmd_export(args: argparse.Namespace, profile: Profile) -> int:
    from .report.export import export

    for path in export(profile, args.format, Path(args.output), lang=args.lang):
        print(path)
    return 0


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

    p = sub.add_parser("demo", help="fill the profile with realistic demo visits")
    p.add_argument("--visits", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("templates", help="checklist templates and their versions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_templates)

    p = sub.add_parser("visits", help="list visits")
    p.add_argument("--json", action="store_true")
    p.add_argument("--kind")
    p.add_argument("--region")
    p.add_argument("--status", choices=["draft", "completed"])
    p.set_defaults(run=cmd_visits)

    p = sub.add_parser("answer", help="answer one checklist question, e.g. "
                       "`answer VISIT wage_avg_operator 85 тыс`")
    p.add_argument("visit_id")
    p.add_argument("question_id")
    p.add_argument("value", nargs="+")
    p.set_defaults(run=cmd_answer)

    photos = sub.add_parser("photos", help="photos of a visit").add_subparsers(dest="action")
    p = photos.add_parser("add", help="import photo files or folders into a visit")
    p.add_argument("visit_id")
    p.add_argument("paths", nargs="+")
    p.set_defaults(run=cmd_photos_add)

    p = sub.add_parser("search", help="full-text search")
    p.add_argument("text", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("export", help="answers, interviews and findings as CSV, JSON or XLSX")
    p.add_argument("--format", choices=["csv", "json", "xlsx"], required=True)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=cmd_export)

    from .report import commands as report_commands
    from .services import backup_commands

    report_commands.add_commands(sub)
    backup_commands.add_commands(sub)
    _add_sync_command(sub)
    _options_after_the_command([*sub.choices.values(), *photos.choices.values()])
    return parser


def _options_after_the_command(commands: list[argparse.ArgumentParser]) -> None:
    """`inspector report ID --lang kk` works as well as `inspector --lang kk report ID`.

    SUPPRESS leaves the value given before the command (or its default) when none comes after.
    """
    for command in commands:
        command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
        command.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)


def _add_sync_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="sync this profile with the team's server "
                       "(password from INSPECTOR_PASSWORD or a prompt)")
    p.add_argument("--server", required=True, help="e.g. https://inspector.parlam.kz")
    p.add_argument("--user", required=True)
    p.add_argument("--team", help="team for new visits (default: your first team)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=cmd_sync)


PASSWORD_VARIABLE = "INSPECTOR_PASSWORD"


def cmd_sync(args: argparse.Namespace, profile: Profile) -> int:
    """Exit status 0 when in step, 1 when the sync failed, 2 when conflicts need a person."""
    import getpass

    from .services.sync import run_sync
    from .services.sync_messages import error_message, report_message
    from .sync.client import AuthRequired, SyncError

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
            _print_json({"error": message, "code": getattr(exc, "code", "")})
        else:
            print(message, file=sys.stderr)
        return 1
    if args.json:
        _print_json(report.as_dict())
    else:
        print(report_message(report, args.lang))
    return 2 if report.needs_review else 0


def main(argv: Sequence[str] | None = None) -> int:
    # Opening the desktop app needs only the global options: the dozen commands' parsers took
    # as long to build as a tenth of the window's start.
    start = argparse.ArgumentParser(prog="inspector", add_help=False)
    _add_global_options(start)
    args, rest = start.parse_known_args(argv)
    if args.self_test and not rest:
        from .ui.selftest import run

        return run()
    if not rest:
        return _open_desktop(args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_desktop(args)
    if not hasattr(args, "run"):
        parser.parse_args([*(argv or sys.argv[1:]), "--help"])
    from .domain.errors import InspectorError
    from .store.profile import Profile

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
        from .ui.app import run_app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("inspector.ui"):
            build_parser().print_help()
            return 0
        raise
    return run_app(data_dir=args.data_dir, lang=args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
