"""Rate limit on signing in: a few failed passwords per user name per minute, then 429.

Counted per user name (existing or not, so the answer tells nothing about which names exist) in
the database, which every server process shares. A refused attempt does not reach argon2, so a
flood of guesses costs the server little. A successful sign-in clears the count.
"""

from __future__ import annotations

import time

from sqlalchemy import Connection, delete, func, insert, select

from .errors import ApiError
from .tables import login_failures

WINDOW_SECONDS = 60.0


def check(conn: Connection, user_name: str, limit: int) -> None:
    """Raise 429 when `user_name` had `limit` failed sign-ins within the last minute."""
    since = time.time() - WINDOW_SECONDS
    count, oldest = conn.execute(select(func.count(), func.min(login_failures.c.at)).where(
        login_failures.c.user_name == user_name, login_failures.c.at > since)).one()
    if count >= limit:
        wait = max(1, int(oldest + WINDOW_SECONDS - time.time()) + 1)
        raise ApiError(429, f"too many failed sign-ins for {user_name[:80]!r}; wait {wait} s "
                            "and try again", "rate_limited", headers={"Retry-After": str(wait)})


def failed(conn: Connection, user_name: str) -> None:
    now = time.time()
    conn.execute(delete(login_failures).where(login_failures.c.user_name == user_name,
                                              login_failures.c.at <= now - WINDOW_SECONDS))
    conn.execute(insert(login_failures).values(user_name=user_name, at=now))


def succeeded(conn: Connection, user_name: str) -> None:
    conn.execute(delete(login_failures).where(login_failures.c.user_name == user_name))
