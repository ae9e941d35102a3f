"""Signing in and out: per-device tokens."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ..sync.protocol import LoginRequest, LoginResponse, Me
from . import db, throttle
from .auth import find_user, issue_token, password_ok, revoke_tokens, user_teams
from .deps import Caller, State, check_protocol
from .errors import SIGNED_IN_ERRORS, ApiError, error_responses

router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[Depends(check_protocol)],
                   responses=error_responses(SIGNED_IN_ERRORS))


@router.post("/token", response_model=LoginResponse, responses=error_responses((429,)))
def sign_in(body: LoginRequest, request: Request, app: State) -> LoginResponse:
    """Exchange a password for a token tied to this device (replacing its previous token).

    Too many failed attempts for the user name, for this user on this device, or from this
    address are answered 429 (JSON, with Retry-After) without checking the password."""
    address = throttle.address_of(request.client.host if request.client else None)
    with db.write(app.engine) as conn:  # the turn is taken before the password is checked
        user = find_user(conn, body.user)
        keys = throttle.keys_for(conn, app.settings, user, body.user, body.device_id, address)
        turn = throttle.take_turn(conn, keys)
    if not password_ok(user, body.password):  # argon2 outside any transaction or lock
        throttle.log_failure(turn, body.user, address)
        raise ApiError(401, "wrong user name or password, or the account is disabled",
                       "bad_credentials")
    with db.write(app.engine) as conn:
        token, expires = issue_token(conn, user, body.device_id, body.device_name,
                                     app.settings.token_days)
        throttle.give_back(conn, turn)
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
