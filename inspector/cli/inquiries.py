"""`inspector inquiry …`: deputy inquiries from the team's findings, their drafts and answers."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import pick
from .output import iso_date, print_json

if TYPE_CHECKING:
    from ..domain.inquiry import Inquiry
    from ..store.profile import Profile


def _signatory(value: str) -> dict[str, str]:
    """«М. Магеррамов/Народные коммунисты»: a name, and after a slash the faction."""
    name, _, faction = value.partition("/")
    if not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME/FACTION, got {value!r}")
    return {"name": name.strip(), "faction": faction.strip()}


def _rating(value: str) -> dict[str, object]:
    """«1=formal:общие слова»: request number, rating and an optional note."""
    from ..domain.inquiry import AnswerRating

    number, _, rest = value.partition("=")
    rating, _, note = rest.partition(":")
    ratings = [r.value for r in AnswerRating]
    if not number.strip().isdigit() or rating.strip() not in ratings:
        raise argparse.ArgumentTypeError(
            f"expected N=RATING[:note] with RATING one of {', '.join(ratings)}, got {value!r}")
    return {"request": int(number), "rating": rating.strip(), "note": note.strip()}


def _as_dict(inquiry: Inquiry, today: date) -> dict[str, object]:
    due = inquiry.due_date()
    return {"id": inquiry.id, "title": inquiry.title, "status": inquiry.state(today),
            "announced_on": inquiry.announced_on, "due_date": due.isoformat() if due else "",
            "days_left": inquiry.days_left(today), "language": inquiry.language,
            "findings": len(inquiry.finding_ids), "answered_on": inquiry.answered_on,
            "answer_from": inquiry.answer_from, "rating": inquiry.overall_rating()}


def cmd_new(args: argparse.Namespace, profile: Profile) -> int:
    from ..services import inquiries

    finding_ids = list(args.finding or [])
    if args.findings_of:
        finding_ids += [c.finding.id for c in inquiries.findings_to_choose(
            profile, theme=args.theme, kind=args.kind, region=args.region,
            date_from=args.date_from, date_to=args.date_to)]
    inquiry = inquiries.new_inquiry(
        profile, title=args.title, subject=args.subject or "",
        addressee_position=args.to.replace("\\n", "\n"), addressee_name=args.to_name or "",
        salutation=args.salutation or "", signatories=args.sign or [],
        executor=args.executor or "", executor_phone=args.phone or "",
        language=args.letter_lang, finding_ids=list(dict.fromkeys(finding_ids)),
        requests=args.request or [],
        **({"term_days": args.term_days} if args.term_days is not None else {}))
    print(inquiry.id)
    return 0


def cmd_list(args: argparse.Namespace, profile: Profile) -> int:
    from ..domain.inquiry import RATING_NAMES
    from ..services import inquiries

    today = date.today()
    rows = inquiries.register(profile, today=today, state=args.status)
    if args.json:
        print_json([_as_dict(r.inquiry, today) for r in rows])
        return 0
    for r in rows:
        left = "" if r.days_left is None else f"{r.days_left:+d}"
        rating = pick(RATING_NAMES.get(r.inquiry.overall_rating()), args.lang)
        due = r.due.strftime("%d.%m.%Y") if r.due else "—"
        print(f"{r.inquiry.id}  {r.state_name(args.lang):<20} {due:<10} {left:>4}  "
              f"{rating:<14} {r.inquiry.title}")
    return 0


def cmd_show(args: argparse.Namespace, profile: Profile) -> int:
    from ..services import inquiries

    inquiry = inquiries.get_inquiry(profile, args.inquiry_id)
    if args.json:
        print_json(_as_dict(inquiry, date.today()) | {"record": inquiry.content()})
        return 0
    print(inquiries.load_inquiry_draft(profile, inquiry.id).letter.text())
    return 0


def cmd_draft(args: argparse.Namespace, profile: Profile) -> int:
    from ..services import inquiries, reports
    from .verify import signing_key

    target = Path(args.output)
    print(inquiries.write_draft(profile, args.inquiry_id, target, sign=signing_key(args)))
    if args.annex:
        inquiry = inquiries.get_inquiry(profile, args.inquiry_id)
        print(reports.write_summary(profile, Path(args.annex),
                                    visit_ids=inquiries.annex_visit_ids(profile, inquiry),
                                    lang=inquiry.language, include_drafts=True))
    return 0


def cmd_announce(args: argparse.Namespace, profile: Profile) -> int:
    from ..services import inquiries

    inquiry = inquiries.announce(profile, args.inquiry_id, args.on or date.today().isoformat())
    due = inquiry.due_date()
    print(f"{inquiry.id}  {due.isoformat() if due else ''}")
    return 0


def cmd_answer(args: argparse.Namespace, profile: Profile) -> int:
    from ..services import inquiries

    inquiry = inquiries.record_answer(
        profile, args.inquiry_id, received_on=args.received or date.today().isoformat(),
        answer_from=args.sender, document=Path(args.document) if args.document else None,
        ratings=args.rate or [])
    print(f"{inquiry.id}  {inquiry.overall_rating()}")
    return 0


def cmd_term(args: argparse.Namespace, profile: Profile) -> int:
    from ..services import inquiries

    if args.days is not None:
        inquiries.set_answer_term_days(profile, args.days)
    print(inquiries.answer_term_days(profile))
    return 0


TERM_HELP = ("calendar days from the announcement to the written answer, given to new "
             "inquiries (default 15: the commonly cited term, not verified here against the "
             "Constitutional Law «О Парламенте Республики Казахстан и статусе его депутатов» — "
             "check it); each inquiry keeps the term it was made with")


def add_commands(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("inquiry", help="deputy inquiries built on the team's findings")
    actions = group.add_subparsers(dest="action")

    p = actions.add_parser("new", help="a draft inquiry resting on chosen findings")
    p.add_argument("--title", required=True)
    p.add_argument("--subject")
    p.add_argument("--to", required=True, help="addressee's position (\\n between lines)")
    p.add_argument("--to-name", help="addressee's name as the letter gives it, e.g. Бектенову О.А.")
    p.add_argument("--salutation", help="e.g. «Уважаемый Олжас Абаевич!»")
    p.add_argument("--sign", action="append", type=_signatory, metavar="NAME/FACTION",
                   help="a deputy who signs (repeat)")
    p.add_argument("--executor")
    p.add_argument("--phone")
    p.add_argument("--letter-lang", choices=["ru", "kk"], default="ru")
    p.add_argument("--finding", action="append", help="a finding id (repeat)")
    p.add_argument("--findings-of", action="store_true",
                   help="add every finding matching --theme/--kind/--region/--from/--to")
    p.add_argument("--theme")
    p.add_argument("--kind")
    p.add_argument("--region")
    p.add_argument("--from", dest="date_from", type=iso_date)
    p.add_argument("--until", dest="date_to", type=iso_date)
    p.add_argument("--request", action="append", help="what the Government is asked (repeat); "
                   "by default the findings' recommendations")
    p.add_argument("--term-days", type=int, help="this inquiry's answer term; by default the "
                   "profile's (see `inquiry term`)")
    p.set_defaults(run=cmd_new)

    p = actions.add_parser("term", help="the answer term new inquiries get", description=TERM_HELP)
    p.add_argument("days", nargs="?", type=int, help="set it (1-365)")
    p.set_defaults(run=cmd_term)

    p = actions.add_parser("list", help="the register: status, due date, days left, rating")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=["draft", "announced", "answered", "overdue", "closed"])
    p.set_defaults(run=cmd_list)

    p = actions.add_parser("show", help="the inquiry's text as drafted")
    p.add_argument("inquiry_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show)

    p = actions.add_parser("draft", help="the inquiry as a Word document or a PDF")
    p.add_argument("inquiry_id")
    p.add_argument("-o", "--output", required=True, help="FILE.docx or FILE.pdf")
    p.add_argument("--annex", help="also write the evidence annex (summary PDF) here")
    from .verify import add_signing_options

    add_signing_options(p)  # the PDF letter, signed as the deputies' reports are
    p.set_defaults(run=cmd_draft)

    p = actions.add_parser("announce", help="the inquiry was announced: its answer term starts")
    p.add_argument("inquiry_id")
    p.add_argument("--on", type=iso_date, help="date announced (default today)")
    p.set_defaults(run=cmd_announce)

    p = actions.add_parser("answer", help="record the Government's answer and rate it")
    p.add_argument("inquiry_id")
    p.add_argument("--from", dest="sender", required=True, help="who answered")
    p.add_argument("--received", type=iso_date, help="date received (default today)")
    p.add_argument("--document", help="the answer's PDF or scan")
    p.add_argument("--rate", action="append", type=_rating, metavar="N=RATING[:note]",
                   help="rating of request N: substantive, partial, formal, refused (repeat)")
    p.set_defaults(run=cmd_answer)
