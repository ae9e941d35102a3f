"""`inspector-server`: run the server, and administer users and teams.

    inspector-server serve --data DIR [--host 127.0.0.1] [--port 8765] [--database URL]
                           [--workers N] [--forwarded-allow-ips IPS]
    inspector-server user add NAME --role admin|deputy|aide [--team TEAM]
    inspector-server user passwd NAME | user disable NAME
    inspector-server team add NAME | team add-member TEAM USER
    inspector-server template add FILE.json   (a checklist version of this server's own)
    inspector-server export --format sqlite --team TEAM -o team.db [--kind K] [--region R]
                            [--from D] [--to D] [--include-drafts] [--with-photos] [--lang L]

Every command takes --data DIR / --database URL. Passwords come from INSPECTOR_PASSWORD or a
prompt, never from the command line (it would end up in the shell history and `ps`).
"""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.accounts import PASSWORD_VARIABLE
from . import db
from .auth import (
    ROLES,
    AccountError,
    Principal,
    add_member,
    add_team,
    add_user,
    disable_user,
    set_password,
)
from .errors import ApiError
from .settings import DATA_VARIABLE, DATABASE_VARIABLE, DEFAULT_DATA_DIR, SettingError, Settings


def _password(confirm: bool = True) -> str:
    env = os.environ.get(PASSWORD_VARIABLE)
    if env:
        return env
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Repeat: ") != first:
        raise AccountError("the passwords differ")
    if not first:
        raise AccountError("an empty password is not allowed")
    return first


def _settings(args: argparse.Namespace) -> Settings:
    # A new server's data folder is made on first use, by `serve` and the admin commands alike.
    given: dict[str, Any] = {}
    if args.data:
        given["data_dir"] = Path(args.data)
    if args.database:
        given["database_url"] = args.database
    settings = Settings.from_env(**given)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    settings = _settings(args)
    # Sign-in limits count attempts per client address: X-Forwarded-For is believed only from
    # the reverse proxies named here, or any client could claim a fresh address per guess.
    options = {"host": args.host, "port": args.port, "log_level": args.log_level,
               "timeout_graceful_shutdown": 5, "proxy_headers": bool(args.forwarded_allow_ips),
               "forwarded_allow_ips": args.forwarded_allow_ips or None}
    if args.workers > 1:
        # Worker processes share the port and, being stateless, the database and photos: the
        # database is upgraded here once, and each worker builds its app from the environment.
        engine = db.make_engine(settings.database)
        db.upgrade(engine)
        engine.dispose()
        os.environ[DATA_VARIABLE] = str(settings.data_dir)
        os.environ[DATABASE_VARIABLE] = settings.database_url
        uvicorn.run("inspector.server.app:app_from_env", factory=True, workers=args.workers,
                    **options)
        return 0
    app = create_app(settings)
    # The objects made while starting up live as long as the process: keep the cyclic garbage
    # collector off them, and let it run less often (uploads allocate a message per 64 kB).
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    uvicorn.run(app, **options)
    return 0


def _admin(action: Callable[..., None]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        engine = db.make_engine(_settings(args).database)
        db.upgrade(engine)
        try:
            with db.write(engine) as conn:
                action(conn, args)
        except AccountError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except ApiError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return 1
        finally:
            engine.dispose()
        print("ok")
        return 0
    return run


def add_template(conn, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    """Register a checklist version the app does not ship (the server's administrator decides
    what it holds; the file names its own id and version)."""
    from . import templates

    try:
        content = json.loads(Path(args.file).read_text(encoding="utf-8"))
        template_id, version = str(content["id"]), int(content["version"])
    except (ValueError, KeyError, TypeError) as exc:
        raise AccountError(f"{args.file} is not a checklist template with an id and a "
                           f"version: {exc}") from exc
    if not re.fullmatch(templates.ID_PATTERN, template_id) or not 1 <= version <= 1_000_000:
        raise AccountError(f"template id {template_id!r} or version {version} is not allowed: "
                           "use letters, digits, '_', '.', '-' and a version from 1")
    operator = Principal(user_id=0, name="inspector-server", role="admin", teams=(),
                         device_id="")
    templates.register(conn, operator, template_id, version, content)


def check_visit_log(args: argparse.Namespace) -> int:
    """Walk every visit's chain of changes (or one visit's); exit 1 naming each break."""
    from . import visit_log

    engine = db.make_engine(_settings(args).database)
    db.upgrade(engine)
    try:
        with engine.connect() as conn:
            count, problems = visit_log.check(conn, args.visit)
    finally:
        engine.dispose()
    for problem in problems:
        print(problem)
    print(f"{count} entries checked, {len(problems)} problems")
    return 1 if problems else 0
def export(args: argparse.Namespace) -> int:
    """The team's records as the analyst's SQLite database, with its Datasette metadata."""
    from ..domain.errors import InspectorError
    from .export import export_team

    settings = _settings(args)
    engine = db.make_engine(settings.database)
    db.upgrade(engine)
    try:
        result = export_team(
            engine, args.team, Path(args.output), lang=args.lang,
            blob_dir=settings.blob_dir if args.with_photos else None, kind=args.kind,
            region=args.region, date_from=args.date_from, date_to=args.date_to,
            include_drafts=args.include_drafts)
    except InspectorError as exc:
        print(f"error: {exc.message(args.lang)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(result.database)
    print(result.metadata)
    return 0


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", default="",
                        help=f"data folder: SQLite database (by default) and photos (default: "
                             f"${DATA_VARIABLE} or {DEFAULT_DATA_DIR})")
    common.add_argument("--database", default="",
                        help="database URL, e.g. postgresql://user@host/db (default: SQLite in --data)")
    parser = argparse.ArgumentParser(prog="inspector-server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", parents=[common], help="run the sync server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--log-level", default="warning")
    p.add_argument("--workers", type=_positive, default=1,
                   help="server processes sharing the port (e.g. one per CPU core)")
    p.add_argument("--forwarded-allow-ips", default="",
                   help="comma-separated addresses of reverse proxies whose X-Forwarded-For "
                        "names the client (default: none; the connection's address counts)")
    p.set_defaults(run=serve)

    user = sub.add_parser("user", help="users").add_subparsers(dest="action", required=True)
    p = user.add_parser("add", parents=[common])
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--team")
    p.set_defaults(run=_admin(lambda c, a: add_user(c, a.name, a.role, _password(), a.team)))
    p = user.add_parser("passwd", parents=[common])
    p.add_argument("name")
    p.set_defaults(run=_admin(lambda c, a: set_password(c, a.name, _password())))
    p = user.add_parser("disable", parents=[common])
    p.add_argument("name")
    p.set_defaults(run=_admin(lambda c, a: disable_user(c, a.name)))

    team = sub.add_parser("team", help="teams").add_subparsers(dest="action", required=True)
    p = team.add_parser("add", parents=[common])
    p.add_argument("name")
    p.set_defaults(run=_admin(lambda c, a: add_team(c, a.name)))
    p = team.add_parser("add-member", parents=[common])
    p.add_argument("team")
    p.add_argument("user")
    p.set_defaults(run=_admin(lambda c, a: add_member(c, a.team, a.user)))

    template = sub.add_parser("template", help="checklist template versions").add_subparsers(
        dest="action", required=True)
    p = template.add_parser("add", parents=[common])
    p.add_argument("file", help="the template's JSON file")
    p.set_defaults(run=_admin(add_template))

    log = sub.add_parser("visit-log", help="the hash-chained log of each visit's changes")
    p = log.add_subparsers(dest="action", required=True).add_parser(
        "check", parents=[common], help="check every chain and that the records match it")
    p.add_argument("--visit", help="check one visit's chain only")
    p.set_defaults(run=check_visit_log)

    p = sub.add_parser("export", parents=[common],
                       help="a team's visits as a SQLite database for analysts (Datasette)")
    p.add_argument("--format", choices=["sqlite"], required=True)
    p.add_argument("--team", required=True)
    p.add_argument("-o", "--output", required=True, help="the database file to write")
    p.add_argument("--kind", help="kind of institution: psc, elderly_home, baby_home, "
                   "adaptation_center")
    p.add_argument("--region", help="region id")
    p.add_argument("--from", dest="date_from", type=_iso_date, help="first visit date")
    p.add_argument("--to", dest="date_to", type=_iso_date, help="last visit date")
    p.add_argument("--include-drafts", action="store_true",
                   help="visits not yet completed too (by default completed ones only)")
    p.add_argument("--with-photos", action="store_true",
                   help="the photos' bytes too (never those marked as showing faces)")
    p.add_argument("--lang", choices=["ru", "kk", "en"], default="ru",
                   help="language of labels and metadata.json")
    p.set_defaults(run=export)
    return parser


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    """Admin mistakes (a bad folder, an unreachable database) are one line, not a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (OSError, SQLAlchemyError, SettingError) as exc:
        print(f"error: {getattr(exc, 'orig', None) or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
