"""Signing in and out: per-device tokens."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ..sync.protocol import ErrorBody, LoginRequest, LoginResponse, Me
from . import db
from .auth import find_user, login, revoke_tokens, user_teams
from .deps import Caller, State, check_protocol
from .errors import ApiError

router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[Depends(check_protocol)],
                   responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody},
                              426: {"model": ErrorBody}})


@router.post("/token", response_model=LoginResponse)
def sign_in(body: LoginRequest, app: State) -> LoginResponse:
    """Exchange a password for a token tied to this device (replacing its previous token)."""
    with db.write(app.engine) as conn:
        issued = login(conn, body.user, body.password, body.device_id, body.device_name,
                       app.settings.token_days)
        if issued is None:
            raise ApiError(401, "wrong user name or password, or the account is disabled",
                           "bad_credentials")
        user = find_user(conn, body.user)
        teams = list(user_teams(conn, user["id"]))
    token, expires = issued
    return LoginResponse(token=token, expires_at=expires, user=user["name"], role=user["role"],
                         teams=teams)


@router.delete("/token", response_model=Me)
def sign_out(who: Caller, app: State) -> Me:
    """Revoke this device's token."""
    with db.write(app.engine) as conn:
        revoke_tokens(conn, who.name, who.device_id)
    return Me(user=who.name, role=who.role, teams=list(who.teams), device_id=who.device_id)


@router.get("/me", response_model=Me)
def me(who: Caller) -> Me:
    return Me(user=who.name, role=who.role, teams=list(who.teams), device_id=who.device_id)
