"""Accounts: users, teams, passwords (argon2id) and per-device API tokens (stored hashed)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, bindparam, func, insert, select, update

from .tables import team_members, teams, tokens, users

ROLES = ("admin", "deputy", "aide")
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this when the user does not exist keeps the answer time the same, so the
# login endpoint does not reveal which user names exist.
_DUMMY_HASH = _hasher.hash("not a password")


class AccountError(Exception):
    """A refused admin action; the message is shown as is."""


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from the token on every request (the server keeps no session)."""

    user_id: int
    name: str
    role: str
    teams: tuple[str, ...]
    device_id: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


NOT_A_MEMBER = "you are not a member of any team; ask the administrator"


def require_member(who: Principal, *, or_admin: bool = False) -> Principal:
    """The team rule: records and photos are a team's, so only its members sync them (and,
    where `or_admin`, an administrator, who belongs to no team)."""
    if who.teams or (or_admin and who.is_admin):
        return who
    from .errors import forbidden

    raise forbidden(NOT_A_MEMBER)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def token_hash(token: str) -> str:
    # Tokens carry 256 random bits, so a fast hash suffices (no dictionary to guess from).
    return hashlib.sha256(token.encode()).hexdigest()


def user_teams(conn: Connection, user_id: int) -> tuple[str, ...]:
    rows = conn.execute(select(team_members.c.team).where(team_members.c.user_id == user_id)
                        .order_by(team_members.c.position, team_members.c.team))
    return tuple(r[0] for r in rows)


def find_user(conn: Connection, name: str):  # type: ignore[no-untyped-def]
    return conn.execute(select(users).where(users.c.name == name)).mappings().first()


# --- admin actions (CLI and admin API) -------------------------------------------------------

def add_user(conn: Connection, name: str, role: str, password: str, team: str | None = None) -> None:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if not name.strip():
        raise AccountError("a user needs a name")
    if find_user(conn, name) is not None:
        raise AccountError(f"user {name!r} already exists")
    conn.execute(insert(users).values(name=name, role=role, password_hash=hash_password(password),
                                      disabled=False, created_at=now()))
    if team:
        add_member(conn, team, name)


def set_password(conn: Connection, name: str, password: str) -> None:
    user = _user(conn, name)
    conn.execute(update(users).where(users.c.id == user["id"])
                 .values(password_hash=hash_password(password)))
    revoke_tokens(conn, name)  # a new password shuts out every device that knew the old one


def disable_user(conn: Connection, name: str) -> None:
    user = _user(conn, name)
    conn.execute(update(users).where(users.c.id == user["id"]).values(disabled=True))
    revoke_tokens(conn, name)


def add_team(conn: Connection, name: str) -> None:
    if not name.strip():
        raise AccountError("a team needs a name")
    if conn.execute(select(teams.c.name).where(teams.c.name == name)).first():
        raise AccountError(f"team {name!r} already exists")
    conn.execute(insert(teams).values(name=name, created_at=now()))


def add_member(conn: Connection, team: str, user_name: str) -> None:
    if not conn.execute(select(teams.c.name).where(teams.c.name == team)).first():
        raise AccountError(f"no team {team!r}; create it with `team add`")
    user = _user(conn, user_name)
    if team in user_teams(conn, user["id"]):
        return
    position = conn.execute(select(func.count()).select_from(team_members)
                            .where(team_members.c.user_id == user["id"])).scalar_one()
    conn.execute(insert(team_members).values(team=team, user_id=user["id"], position=position))


def revoke_tokens(conn: Connection, user_name: str, device_id: str | None = None) -> int:
    user = _user(conn, user_name)
    query = (update(tokens).where(tokens.c.user_id == user["id"], tokens.c.revoked_at.is_(None))
             .values(revoked_at=now()))
    if device_id:
        query = query.where(tokens.c.device_id == device_id)
    return conn.execute(query).rowcount


def _user(conn: Connection, name: str):  # type: ignore[no-untyped-def]
    user = find_user(conn, name)
    if user is None:
        raise AccountError(f"no user {name!r}")
    return user


# --- login and token check -----------------------------------------------------------------

def login(conn: Connection, name: str, password: str, device_id: str, device_name: str,
          days: int) -> tuple[str, str] | None:
    """(token, expires_at) for valid credentials of an enabled user, else None."""
    user = find_user(conn, name)
    if not password_ok(user, password):
        return None
    return issue_token(conn, user, device_id, device_name, days)


def password_ok(user, password: str) -> bool:  # type: ignore[no-untyped-def]
    """argon2id, once per sign-in (never per request); the same time whether or not the user
    exists. Needs no transaction: the caller runs it outside one, so that half a second of
    hashing holds no database lock."""
    try:
        _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None and not user["disabled"]


def issue_token(conn: Connection, user, device_id: str, device_name: str,  # type: ignore[no-untyped-def]
                days: int) -> tuple[str, str]:
    # One live token per device: logging in again from a laptop replaces its old token.
    conn.execute(update(tokens).where(tokens.c.user_id == user["id"],
                                      tokens.c.device_id == device_id,
                                      tokens.c.revoked_at.is_(None)).values(revoked_at=now()))
    token = secrets.token_urlsafe(32)
    expires = (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="milliseconds")
    conn.execute(insert(tokens).values(token_hash=token_hash(token), user_id=user["id"],
                                       device_id=device_id, device_name=device_name,
                                       created_at=now(), expires_at=expires))
    return token, expires


# Every request resolves its token: one statement (the token, its user and their teams), built
# once. The token is looked up by its SHA-256, never by a slow password hash.
_PRINCIPAL = (
    select(tokens.c.user_id, tokens.c.device_id, tokens.c.expires_at, tokens.c.revoked_at,
           users.c.name, users.c.role, users.c.disabled, team_members.c.team)
    .join(users, users.c.id == tokens.c.user_id)
    .outerjoin(team_members, team_members.c.user_id == tokens.c.user_id)
    .where(tokens.c.token_hash == bindparam("token_hash"))
    .order_by(team_members.c.position, team_members.c.team))


def principal_for(conn: Connection, token: str) -> Principal | None:
    rows = conn.execute(_PRINCIPAL, {"token_hash": token_hash(token)}).all()
    if not rows:
        return None
    row = rows[0]
    if row.revoked_at or row.disabled or row.expires_at <= now():
        return None
    return Principal(user_id=row.user_id, name=row.name, role=row.role,
                     teams=tuple(r.team for r in rows if r.team is not None),
                     device_id=row.device_id)
