"""Request dependencies: protocol version, the caller (from the token), the app's state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from ..sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from . import db
from .auth import Principal, principal_for, require_member
from .blobs import BlobStore
from .errors import ApiError, forbidden
from .settings import Settings


@dataclass
class AppState:
    settings: Settings
    engine: Engine
    blobs: BlobStore


async def state(request: Request) -> AppState:
    return request.app.state.inspector


async def check_protocol(
    protocol_version: Annotated[str | None, Header(alias=PROTOCOL_HEADER,
                                          description="sync protocol version of the caller")] = None,
) -> None:
    """Refuse a peer speaking another protocol version with a message saying who must update.

    (async: no I/O here, so no hop to a worker thread for every request.)"""
    if protocol_version is None:
        raise ApiError(400, f"the {PROTOCOL_HEADER} header is missing; this server speaks "
                            f"protocol {PROTOCOL_VERSION}", "protocol")
    if protocol_version.strip() != str(PROTOCOL_VERSION):
        text = protocol_version.strip()
        newer = text.isdecimal() and len(text) < 10 and int(text) > PROTOCOL_VERSION
        who = "the server is older than the app: ask the administrator to update it" if newer \
            else "the app is older than the server: update the app"
        raise ApiError(426, f"protocol version {text[:20]!r} is not supported (this server "
                            f"speaks {PROTOCOL_VERSION}); {who}", "protocol")


_bearer = HTTPBearer(auto_error=False, description="token from POST /auth/token")


def caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "sign in first (Authorization: Bearer <token>)", "unauthenticated")
    token = credentials.credentials
    if len(token) > 200:
        raise ApiError(401, "the token is not valid; sign in again", "unauthenticated")
    with db.read(request.app.state.inspector.engine) as conn:
        who = principal_for(conn, token)
    if who is None:
        raise ApiError(401, "the token is expired, revoked or unknown; sign in again",
                       "unauthenticated")
    return who


def member(who: Annotated[Principal, Depends(caller)]) -> Principal:
    return require_member(who)


def admin(who: Annotated[Principal, Depends(caller)]) -> Principal:
    if not who.is_admin:
        raise forbidden("only an administrator may do this")
    return who


Caller = Annotated[Principal, Depends(caller)]
Admin = Annotated[Principal, Depends(admin)]
Member = Annotated[Principal, Depends(member)]
"""A caller in at least one team (403 otherwise): every route that moves a team's records."""
State = Annotated[AppState, Depends(state)]
