"""`inspector facility show` (an institution's history) and `inspector recommendation …`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..domain.text import pick
from .output import print_json

if TYPE_CHECKING:
    from ..store.profile import Profile


def cmd_facility_show(args: argparse.Namespace, profile: Profile) -> int:
    from ..domain.inquiry import STATUS_NAMES as INQUIRY_STATUS
    from ..domain.recommendation import RESULT_NAMES, STATUS_NAMES
    from ..services.recommendations import facility_history

    history = facility_history(profile, args.facility_id)
    if args.json:
        print_json(history_as_dict(history))
        return 0
    print(f"{history.facility.name}")
    for entry in history.visits:
        visit = entry.visit
        print(f"\n{visit.started_on}  {visit.id}  {visit.status}")
        for finding in entry.findings:
            print(f"  • {finding.text}")
            if finding.recommendation:
                status = pick(STATUS_NAMES.get(finding.recommendation_status), args.lang)
                print(f"    → {finding.recommendation}  [{status}"
                      f"{', ' + finding.status_on if finding.status_on else ''}]")
        for check, finding in entry.checks:
            result = pick(RESULT_NAMES.get(check.result), args.lang) or "—"
            print(f"  ✓ {finding.recommendation}: {result}"
                  f"{' — ' + check.comment if check.comment else ''}")
    for inquiry in history.inquiries:
        print(f"\n{pick(INQUIRY_STATUS.get(inquiry.status), args.lang)}: {inquiry.title}  "
              f"({inquiry.id})")
    return 0


def history_as_dict(history) -> dict[str, object]:  # noqa: ANN001 - services' FacilityHistory
    return {
        "facility": {"id": history.facility.id, "name": history.facility.name,
                     "kind": history.facility.kind, "region": history.facility.region},
        "visits": [{
            "id": e.visit.id, "date": e.visit.started_on, "status": e.visit.status,
            "findings": [{"id": f.id, "text": f.text, "recommendation": f.recommendation,
                          "status": f.recommendation_status, "status_on": f.status_on,
                          "status_by": f.status_by, "checked_on_visit": f.status_visit_id}
                         for f in e.findings],
            "checks": [{"id": c.id, "finding_id": f.id, "result": c.result,
                        "comment": c.comment} for c, f in e.checks],
        } for e in history.visits],
        "inquiries": [{"id": i.id, "title": i.title, "status": i.status}
                      for i in history.inquiries],
    }


def cmd_check(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.recommendations import record_check

    check = record_check(profile, args.check_id, args.result, comment=args.comment or "",
                         by=args.by or "")
    print(f"{check.id}  {check.result}")
    return 0


def cmd_status(args: argparse.Namespace, profile: Profile) -> int:
    from ..services.recommendations import set_status

    finding = set_status(profile, args.finding_id, args.status, by=args.by or "")
    print(f"{finding.id}  {finding.recommendation_status}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    from ..domain.recommendation import CheckResult, RecommendationStatus

    group = sub.add_parser("facility", help="an institution: its visits, findings, "
                           "recommendations and the inquiries citing them")
    actions = group.add_subparsers(dest="action")
    p = actions.add_parser("show", help="the institution's history")
    p.add_argument("facility_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_facility_show)

    group = sub.add_parser("recommendation", help="follow up a finding's recommendation")
    actions = group.add_subparsers(dest="action")
    p = actions.add_parser("check", help="what a revisit found about a recommendation")
    p.add_argument("check_id")
    p.add_argument("result", choices=[r.value for r in CheckResult])
    p.add_argument("--comment")
    p.add_argument("--by", help="who checked")
    p.set_defaults(run=cmd_check)
    p = actions.add_parser("status", help="set a recommendation's status by hand")
    p.add_argument("finding_id")
    p.add_argument("status", choices=[s.value for s in RecommendationStatus])
    p.add_argument("--by", help="who set it")
    p.set_defaults(run=cmd_status)
