"""Push, pull, per-visit check, one visit in full, checklist template versions."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response
from pydantic import BaseModel
from sqlalchemy import insert, select

from ..sync.protocol import (
    MAX_PULL_PAGE,
    UUID_PATTERN,
    Change,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
    SummaryResponse,
    TemplateList,
    TemplateUpload,
    TemplateVersion,
    canonical_json,
    op_problems,
)
from . import db
from .auth import now
from .deps import Caller, State, check_protocol
from .errors import ApiError, forbidden
from .json_body import CheckedJsonRoute
from .pull import pull, summary, visit_changes
from .push import push
from .tables import templates

router = APIRouter(tags=["sync"], dependencies=[Depends(check_protocol)],
                   route_class=CheckedJsonRoute,
                   responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody},
                              403: {"model": ErrorBody}, 404: {"model": ErrorBody},
                              413: {"model": ErrorBody}, 422: {"model": ErrorBody},
                              426: {"model": ErrorBody}})


def _json(model: BaseModel) -> Response:
    """A reply serialised once by pydantic-core, not validated again by FastAPI on the way out
    (the route's response_model still documents it)."""
    return Response(content=model.model_dump_json(), media_type="application/json")


@router.post("/sync/push", response_model=PushResponse)
def push_ops(body: PushRequest, who: Caller, app: State) -> Response:
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
    with db.write(app.engine) as conn:
        reply = push(conn, who, body)
    return _json(reply)


@router.get("/sync/pull", response_model=PullResponse)
def pull_changes(
    who: Caller, app: State,
    cursor: Annotated[str, Query(max_length=100, description="from the previous page")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 500,
    skip_own: Annotated[bool, Query(description="leave out records whose every field this "
                                    "device set last (the client has them)")] = False,
) -> Response:
    """Changes after the cursor, in order; a page never splits one server transaction."""
    with db.read(app.engine) as conn:
        page = pull(conn, who, cursor, min(limit, app.settings.page_size), skip_own)
    return _json(page)


@router.get("/sync/summary", response_model=SummaryResponse)
def visit_summary(who: Caller, app: State) -> SummaryResponse:
    """Count and checksum of every visit the caller sees, to detect a diverged visit."""
    with db.read(app.engine) as conn:
        return summary(conn, who)


@router.get("/sync/visits/{visit_id}", response_model=list[Change])
def one_visit(visit_id: Annotated[str, Path(pattern=UUID_PATTERN)], who: Caller,
              app: State) -> list[Change]:
    """A visit with its children and facility, in full: what a client re-pulls after a mismatch."""
    with db.read(app.engine) as conn:
        return visit_changes(conn, who, visit_id)


@router.get("/templates", response_model=TemplateList)
def template_versions(who: Caller, app: State) -> TemplateList:  # noqa: ARG001 - signed in
    """Checklist template versions the server knows, with their content digests."""
    with db.read(app.engine) as conn:
        rows = conn.execute(select(templates.c.template_id, templates.c.version,
                                   templates.c.sha256).order_by(templates.c.template_id,
                                                                templates.c.version))
        known = [TemplateVersion(template_id=r[0], version=r[1], sha256=r[2]) for r in rows]
    return TemplateList(templates=known)


@router.put("/templates/{template_id}/{version}", response_model=TemplateVersion)
def register_template(
    template_id: Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.-]+$")],
    version: Annotated[int, Path(ge=1, le=1_000_000)],
    body: TemplateUpload, who: Caller, app: State,
) -> TemplateVersion:
    """Register a template version; a version is immutable once registered (never reused)."""
    if not who.teams:
        raise forbidden("you are not a member of any team")
    text = canonical_json(body.content)
    digest = hashlib.sha256(text.encode()).hexdigest()
    with db.write(app.engine) as conn:
        stored = conn.execute(select(templates.c.sha256).where(
            templates.c.template_id == template_id, templates.c.version == version)).scalar()
        if stored is None:
            conn.execute(insert(templates).values(template_id=template_id, version=version,
                                                  sha256=digest, content=text, created_at=now()))
        elif stored != digest:
            raise ApiError(409, f"template {template_id} version {version} is already registered "
                                "with different content; versions are never reused", "immutable")
    return TemplateVersion(template_id=template_id, version=version, sha256=digest)
