"""Checklist template versions over HTTP: which the server knows, and registering one.

The rules of who may register what are templates.py's; this module only maps them to routes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from ..sync.protocol import TemplateList, TemplateUpload, TemplateVersion
from . import db, templates
from .deps import Caller, State, check_protocol
from .errors import WRITE_ERRORS, error_responses
from .json_body import CheckedJsonRoute

router = APIRouter(tags=["templates"], dependencies=[Depends(check_protocol)],
                   route_class=CheckedJsonRoute, responses=error_responses(WRITE_ERRORS))


@router.get("/templates", response_model=TemplateList)
def template_versions(who: Caller, app: State) -> TemplateList:  # noqa: ARG001 - signed in
    """Checklist template versions the server knows, with their content digests."""
    with db.read(app.engine) as conn:
        return TemplateList(templates=templates.known(conn))


@router.put("/templates/{template_id}/{version}", response_model=TemplateVersion)
def register_template(
    template_id: Annotated[str, Path(min_length=1, max_length=200, pattern=templates.ID_PATTERN)],
    version: Annotated[int, Path(ge=1, le=1_000_000)],
    body: TemplateUpload, who: Caller, app: State,
) -> TemplateVersion:
    """Register a template version, immutable from then on: a version the app ships, with its
    shipped content, by any team member; any other by an administrator."""
    with db.write(app.engine) as conn:
        return templates.register(conn, who, template_id, version, body.content)
