"""Commands on the profile's visits: demo data, templates, the list, answers, photos, search."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import N_, pick
from .output import print_json

if TYPE_CHECKING:
    from ..store.profile import Profile

_STATUS = {"imported": N_("imported"),
           "duplicate": N_("duplicate"),
           "rejected": N_("rejected")}


def cmd_demo(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.demo import generate_demo

    ids = generate_demo(profile, visits=args.visits, seed=args.seed)
    print(f"{len(ids)} visits → {profile.data_dir}")
    return 0


def cmd_templates(args: argparse.Namespace, profile: Profile) -> int:
    from ..domain.templates import all_templates

    rows: list[dict[str, Any]] = []
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
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['id']:<18} v{r['version']:<3} {r['questions']:>4} "
                  f"{pick(r['title'], args.lang)}  [{', '.join(r['languages'])}]")
    return 0


def cmd_visits(args: argparse.Namespace, profile: Profile) -> int:
    from ..domain.kinds import KIND_NAMES
    from ..domain.regions import region_name
    from ..services.visit_list import visit_summaries

    rows = visit_summaries(profile, kind=args.kind, region=args.region, status=args.status)
    if args.json:
        print_json([{"id": v.id, "date": v.started_on, "kind": v.kind, "facility_id": v.facility_id,
                      "facility": v.facility_name, "region": v.region, "status": v.status,
                      "answered": v.answered, "flagged": v.flagged, "photos": v.photos}
                     for v in rows])
    else:
        for v in rows:
            print(f"{v.id}  {v.started_on}  {pick(KIND_NAMES[v.kind], args.lang):<22} "
                  f"{v.facility_name}  ({region_name(v.region, args.lang)})  {v.status}")
    return 0


def cmd_visit_delete(args: argparse.Namespace, profile: Profile) -> int:
    """The window's delete: the visit with its answers, photos, interviews and findings, kept
    restorable on this computer (`inspector visits restore ID`)."""
    from ..services.visits import delete_visit

    deleted = delete_visit(profile, args.visit_id)
    parts = sum(len(ids) for ids in deleted.parts.values())
    print(pick(_DELETED, args.lang).format(id=deleted.visit_id, parts=parts))
    return 0


def cmd_visit_restore(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.visits import restore_visit

    print(pick(_RESTORED, args.lang).format(id=restore_visit(profile, args.visit_id)))
    return 0


_DELETED = N_("Visit {id} deleted with its {parts} records; to bring it back: inspector visits "
              "restore {id}")
_RESTORED = N_("Visit {id} restored")


def cmd_photos_add(args: argparse.Namespace, profile: Profile) -> int:
    from ..photos.errors import printable_path
    from ..services.photos import REJECTED, import_photos

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
    from ..domain.answer_values import no_data
    from ..domain.errors import InvalidInput
    from ..domain.visit import Visit
    from ..services.visits import answer_question, visit_template

    if args.no_data == bool(args.value):
        raise InvalidInput(detail="give either a value or --no-data")
    value = no_data() if args.no_data else " ".join(args.value)
    answer = answer_question(profile, args.visit_id, args.question_id, value)
    form = visit_template(profile.records.get(Visit, args.visit_id))
    question = form.question(args.question_id)
    assert question is not None  # answer_question refused any other id
    print(f"{form.number(question.id)} {pick(question.text, args.lang)}: "
          f"{question.display(answer.value, args.lang)}")
    return 0


def cmd_search(args: argparse.Namespace, profile: Profile) -> int:
    from dataclasses import asdict

    from ..domain.text import RECORD_NAMES
    from ..services.search import search_records

    hits = search_records(profile, " ".join(args.text))
    if args.json:
        print_json([asdict(h) for h in hits])
    else:
        for h in hits:
            name = pick(RECORD_NAMES.get(h.entity), args.lang)
            print(f"{name:<14} {h.visit_id or h.record_id}  {h.snippet}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill the profile with realistic demo visits")
    p.add_argument("--visits", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("templates", help="checklist templates and their versions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_templates)

    p = sub.add_parser("visits", help="list visits; `visits delete ID`, `visits restore ID`")
    p.add_argument("--json", action="store_true")
    p.add_argument("--kind")
    p.add_argument("--region")
    p.add_argument("--status", choices=["draft", "completed"])
    p.set_defaults(run=cmd_visits)
    actions = p.add_subparsers(dest="action")  # none given: the list
    q = actions.add_parser("delete", help="delete a visit with everything recorded in it")
    q.add_argument("visit_id")
    q.set_defaults(run=cmd_visit_delete)
    q = actions.add_parser("restore", help="bring back a visit deleted on this computer")
    q.add_argument("visit_id")
    q.set_defaults(run=cmd_visit_restore)

    p = sub.add_parser("answer", help="answer one checklist question, e.g. "
                       "`answer VISIT wage_avg_operator 85 тыс`")
    p.add_argument("visit_id")
    p.add_argument("question_id")
    p.add_argument("value", nargs="*")
    p.add_argument("--no-data", action="store_true",
                   help="the institution did not give this figure («нет данных»), instead of 0")
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
