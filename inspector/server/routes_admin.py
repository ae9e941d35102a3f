"""Administration over HTTP: list users and teams, revoke a user's device tokens."""

from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Depends
from sqlalchemy import select

from ..sync.protocol import (
    Revoked,
    RevokeRequest,
    TeamInfo,
    UserInfo,
    VisitLogCheck,
)
from . import db, visit_log
from .auth import AccountError, revoke_tokens
from .deps import Admin, State, check_protocol
from .errors import MEMBER_ERRORS, ApiError, error_responses
from .tables import team_members, teams, users

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(check_protocol)],
                   responses=error_responses(MEMBER_ERRORS))


def _memberships(conn) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[int, list[str]] = defaultdict(list)
    for team, user_id in conn.execute(select(team_members.c.team, team_members.c.user_id)
                                      .order_by(team_members.c.position)):
        found[user_id].append(team)
    return found


@router.get("/users", response_model=list[UserInfo])
def list_users(_: Admin, app: State) -> list[UserInfo]:
    with db.read(app.engine) as conn:
        member = _memberships(conn)
        rows = conn.execute(select(users).order_by(users.c.name)).mappings().all()
    return [UserInfo(name=r["name"], role=r["role"], disabled=r["disabled"],
                     teams=member.get(r["id"], [])) for r in rows]


@router.get("/teams", response_model=list[TeamInfo])
def list_teams(_: Admin, app: State) -> list[TeamInfo]:
    with db.read(app.engine) as conn:
        names = {r[0]: r[1] for r in conn.execute(select(users.c.id, users.c.name))}
        found: dict[str, list[str]] = {r[0]: [] for r in conn.execute(select(teams.c.name))}
        for team, user_id in conn.execute(select(team_members.c.team, team_members.c.user_id)):
            found.setdefault(team, []).append(names.get(user_id, "?"))
    return [TeamInfo(name=t, members=sorted(m)) for t, m in sorted(found.items())]


@router.post("/tokens/revoke", response_model=Revoked)
def revoke(body: RevokeRequest, _: Admin, app: State) -> Revoked:
    """Shut a lost laptop out: revoke one device's token, or all of a user's."""
    with db.write(app.engine) as conn:
        try:
            count = revoke_tokens(conn, body.user, body.device_id)
        except AccountError as exc:
            raise ApiError(404, str(exc), "not_found") from exc
    return Revoked(revoked=count)


@router.get("/visit-log", response_model=VisitLogCheck)
def check_visit_log(_: Admin, app: State, visit: str | None = None) -> VisitLogCheck:
    """Walk every visit's chain of changes (or one visit's) and name each break: an entry
    rewritten, or a record changed in the database behind the server's back."""
    with db.read(app.engine) as conn:
        count, problems = visit_log.check(conn, visit)
    return VisitLogCheck(entries=count, problems=[str(p) for p in problems])
