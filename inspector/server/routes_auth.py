"""Signing in and out: per-device tokens."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ..sync.protocol import ErrorBody, LoginRequest, LoginResponse, Me
from . import db, throttle
from .auth import find_user, issue_token, password_ok, revoke_tokens, user_teams
from .deps import Caller, State, check_protocol
from .errors import ApiError

router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[Depends(check_protocol)],
                   responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody},
                              426: {"model": ErrorBody}})


@router.post("/token", response_model=LoginResponse, responses={429: {"model": ErrorBody}})
def sign_in(body: LoginRequest, app: State) -> LoginResponse:
    """Exchange a password for a token tied to this device (replacing its previous token).

    A user name with too many failed attempts in the last minute is answered 429 (JSON, with
    Retry-After) without checking the password."""
    with db.read(app.engine) as conn:
        throttle.check(conn, body.user, app.settings.login_failures_per_minute)
        user = find_user(conn, body.user)
    if not password_ok(user, body.password):  # argon2 outside any transaction or lock
        with db.write(app.engine) as conn:
            throttle.failed(conn, body.user)
        raise ApiError(401, "wrong user name or password, or the account is disabled",
                       "bad_credentials")
    with db.write(app.engine) as conn:
        token, expires = issue_token(conn, user, body.device_id, body.device_name,
                                     app.settings.token_days)
        throttle.succeeded(conn, body.user)
        teams = list(user_teams(conn, user["id"]))
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
