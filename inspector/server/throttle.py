"""Sign-in limits that hold under parallel attempts and across server processes.

A sign-in first takes a turn: in one write transaction it locks the rows of its keys (a row lock
on PostgreSQL, the write lock on SQLite) and counts itself as a failure, all before its password
is checked. So forty parallel guesses cannot all read "under the limit": the sixth finds five
turns taken and is answered 429 without reaching argon2. A right password gives the turn back.

The keys of an attempt:
- from a device that has signed in as this user before: that user and device alone, so that a
  guesser spraying the name from elsewhere does not lock its owner out of the laptops they use;
- from any other device: the user name (existing or not, so the answer tells nothing about
  which names exist) and the client's address (an IPv6 /64 counts as one address).
Each key allows a few failures, then waits that double with every further failure, up to a cap;
a key with no failure for a while starts afresh. Lockouts go to the server log for the admin.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from dataclasses import dataclass

from sqlalchemy import Connection, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from .errors import ApiError
from .settings import Settings
from .tables import sign_in_limits, tokens

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    free: int  # failures allowed before the first wait
    first_wait: float  # seconds after the `free`-th failure; doubled by each further one
    longest_wait: float
    forget: float  # a key with no failure for this long starts afresh
    cleared_by_success: bool  # a right password clears the count (not an address's: one
    # attacker's own account must not wipe the count of the guesses made from their address)

    def wait(self, failures: int, last_failure: float, now: float) -> float:
        """Seconds until a key with `failures` may try again (0: now)."""
        if failures < self.free:
            return 0.0
        step = min(self.longest_wait, self.first_wait * 2 ** min(failures - self.free, 30))
        return max(0.0, last_failure + step - now)


def rules(settings: Settings) -> dict[str, Rule]:
    per_user = Rule(settings.login_failures_per_minute, 60, settings.login_longest_wait, 900,
                    cleared_by_success=True)
    return {"user": per_user, "device": per_user,
            "address": Rule(settings.address_failures_free, 10, settings.login_longest_wait,
                            3600, cleared_by_success=False)}


@dataclass(frozen=True)
class Turn:
    """An attempt counted as a failure until `give_back`: key -> (rule, failures with it)."""

    keys: dict[str, tuple[Rule, int]]
    at: float


def address_of(host: str | None) -> str:
    """The address an attempt is counted under: an IPv6 /64 is one subscriber's, not many."""
    try:
        ip = ipaddress.ip_address(host or "")
    except ValueError:
        return (host or "unknown")[:200]
    if ip.version == 6 and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def keys_for(conn: Connection, settings: Settings, user, user_name: str,  # type: ignore[no-untyped-def]
             device_id: str, address: str) -> dict[str, Rule]:
    kinds = rules(settings)
    if user is not None and _known_device(conn, user["id"], device_id):
        return {f"device:{user['id']}:{device_id}": kinds["device"]}
    return {f"user:{user_name}": kinds["user"], f"address:{address}": kinds["address"]}


def _known_device(conn: Connection, user_id: int, device_id: str) -> bool:
    # Any token ever issued (expired and revoked ones too): the device once knew the password.
    return conn.execute(select(tokens.c.device_id).where(
        tokens.c.user_id == user_id, tokens.c.device_id == device_id).limit(1)).first() is not None


def take_turn(conn: Connection, keys: dict[str, Rule], now: float | None = None) -> Turn:
    """Count this attempt on every key, or raise 429 (counting nothing) if one must wait."""
    now = time.time() if now is None else now
    rows = _lock(conn, sorted(keys))
    counts: dict[str, tuple[Rule, int]] = {}
    wait = 0.0
    for key, rule in keys.items():
        failures, last = rows[key]
        if now - last >= rule.forget:
            failures = 0
        wait = max(wait, rule.wait(failures, last, now))
        counts[key] = (rule, failures + 1)
    if wait > 0:
        seconds = int(wait) + 1
        raise ApiError(429, f"too many failed sign-ins; wait {seconds} s and try again",
                       "rate_limited", headers={"Retry-After": str(seconds)})
    for key in sorted(counts):
        conn.execute(update(sign_in_limits).where(sign_in_limits.c.key == key)
                     .values(failures=counts[key][1], last_failure=now))
    _forget_old(conn, now, keys)
    return Turn(counts, now)


def _lock(conn: Connection, keys: list[str]) -> dict[str, tuple[int, float]]:
    """The keys' rows, created when missing and locked in key order (no deadlock between two
    attempts that share keys)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(sign_in_limits)
                 .values([{"key": k, "failures": 0, "last_failure": 0.0} for k in keys])
                 .on_conflict_do_nothing())
    found = conn.execute(select(sign_in_limits.c.key, sign_in_limits.c.failures,
                                sign_in_limits.c.last_failure)
                         .where(sign_in_limits.c.key.in_(keys))
                         .order_by(sign_in_limits.c.key).with_for_update()).all()
    return {row.key: (row.failures, row.last_failure) for row in found}


def _forget_old(conn: Connection, now: float, own: dict[str, Rule]) -> None:
    # Rows of names and addresses nobody tried for a long while; rows other attempts hold are
    # skipped rather than waited for.
    stale = (select(sign_in_limits.c.key)
             .where(sign_in_limits.c.last_failure < now - 2 * 3600,
                    sign_in_limits.c.key.not_in(list(own)))
             .limit(200).with_for_update(skip_locked=True))
    conn.execute(delete(sign_in_limits).where(sign_in_limits.c.key.in_(stale)))


def give_back(conn: Connection, turn: Turn) -> None:
    """The password was right: clear the user's counts, give the address its turn back."""
    for key in sorted(turn.keys):
        rule, _ = turn.keys[key]
        where = sign_in_limits.c.key == key
        if rule.cleared_by_success:
            conn.execute(delete(sign_in_limits).where(where))
        else:
            conn.execute(update(sign_in_limits).where(where).values(failures=case(
                (sign_in_limits.c.failures > 0, sign_in_limits.c.failures - 1), else_=0)))


def log_failure(turn: Turn, user_name: str, address: str) -> None:
    """One line per failed password check, and one per key it locks, for the admin."""
    log.warning("sign-in failed: user %r from %s", user_name[:80], address)
    for key, (rule, failures) in sorted(turn.keys.items()):
        wait = rule.wait(failures, turn.at, turn.at)
        if wait > 0:
            log.warning("sign-in locked: %s after %d failed attempts; next attempt in %d s",
                        key[:120], failures, int(wait))
