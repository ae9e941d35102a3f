"""Push, pull, per-visit check, one visit in full (checklist template versions: routes_templates.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Response
from pydantic import BaseModel

from ..sync.protocol import (
    HISTORY_HEADER,
    MAX_PULL_PAGE,
    UUID_PATTERN,
    Change,
    PullResponse,
    PushRequest,
    PushResponse,
    StatesRequest,
    StatesResponse,
    SummaryResponse,
    op_problems,
)
from . import db, history
from .deps import Caller, Member, State, check_protocol
from .errors import WRITE_ERRORS, ApiError, error_responses
from .json_body import CheckedJsonRoute
from .pull import pull, states, summary_json, visit_changes
from .push import push

router = APIRouter(tags=["sync"], dependencies=[Depends(check_protocol)],
                   route_class=CheckedJsonRoute,
                   responses=error_responses(WRITE_ERRORS))
# The newest "<seq>.<tag>" the caller saw: a server restored or replaced since answers 409.
HistoryPoint = Annotated[str, Header(alias=HISTORY_HEADER, max_length=100,
                                     description="newest <seq>.<tag> this device saw")]


def _json(model: BaseModel) -> Response:
    """A reply serialised once by pydantic-core, not validated again by FastAPI on the way out
    (the route's response_model still documents it)."""
    return Response(content=model.model_dump_json(), media_type="application/json")


@router.post("/sync/push", response_model=PushResponse)
def push_ops(body: PushRequest, who: Member, app: State, seen: HistoryPoint = "") -> Response:
    """Apply edits in one transaction; a replayed op id returns its recorded result.

    A value no laptop of the team could store or show (field_rules.py) is refused at the door
    with 422 naming every op and field at fault, and nothing of the push is applied: the client
    sets those ops aside and pushes the rest again."""
    problems = op_problems(body.ops)
    if problems:
        first = problems[0]
        raise ApiError(422, f"{len(problems)} operation(s) refused: {first.entity} "
                            f"{first.record_id}: {first.message}", "invalid_value",
                       extra={"problems": [p.model_dump() for p in problems]})
    photos = [op.fields["sha256"] for op in body.ops
              if op.entity == "photo" and isinstance(op.fields.get("sha256"), str)
              and len(op.fields["sha256"]) == 64 and op.fields["sha256"].isalnum()]
    app.blobs.sync_folders(photos)  # a referenced photo's file must outlive a power cut
    with (db.write if body.ops else db.read)(app.engine) as conn:
        history.check(conn, seen)
        reply = push(conn, who, body)
    return _json(reply)


@router.get("/sync/pull", response_model=PullResponse)
def pull_changes(
    who: Caller, app: State,
    cursor: Annotated[str, Query(max_length=100, description="from the previous page")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 500,
    skip_own: Annotated[bool, Query(description="leave out records whose every field this "
                                    "device set last (the client has them)")] = False,
    seen: HistoryPoint = "",
) -> Response:
    """Changes after the cursor, in order; a page never splits one server transaction."""
    with db.read(app.engine) as conn:
        history.check(conn, seen)
        page = pull(conn, who, cursor, min(limit, app.settings.page_size), skip_own)
    return _json(page)


@router.get("/sync/summary", response_model=SummaryResponse)
def visit_summary(who: Caller, app: State) -> Response:
    """Count and checksum of every visit the caller sees, to detect a diverged visit."""
    with db.read(app.engine) as conn:
        return Response(content=summary_json(conn, who), media_type="application/json")


@router.post("/sync/states", response_model=StatesResponse)
def record_states(body: StatesRequest, who: Caller, app: State) -> Response:
    """After 409 history_changed: the fork point and the state of every record the caller sees."""
    with db.read(app.engine) as conn:
        return _json(states(conn, who, body.points))


@router.get("/sync/visits/{visit_id}", response_model=list[Change])
def one_visit(visit_id: Annotated[str, Path(pattern=UUID_PATTERN)], who: Caller,
              app: State) -> list[Change]:
    """A visit with its children and facility, in full: what a client re-pulls after a mismatch."""
    with db.read(app.engine) as conn:
        return visit_changes(conn, who, visit_id)
