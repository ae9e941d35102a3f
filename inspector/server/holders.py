"""Which teams may use a blob: those that proved they hold its bytes by uploading them.

Knowing a photo's SHA-256 is not permission (design/sync.md point 15). The bytes are stored
once on disk, but each team that wants to reference, download or be told of a photo has to
send those bytes itself first: only then does it hold the photo. So a team that merely names
another team's hash is told the photo is missing, exactly as if nobody had it, and a record
naming it is refused like any record whose photo has not arrived.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from .auth import now
from .tables import blob_holders, blobs


def held(conn: Connection, hashes: Iterable[str], teams: Iterable[str]) -> set[tuple[str, str]]:
    """(sha256, team) pairs among these hashes and teams whose bytes the team sent."""
    hashes, teams = sorted(set(hashes)), sorted(set(teams))
    if not hashes or not teams:
        return set()
    return {(r[0], r[1]) for r in conn.execute(
        select(blob_holders.c.sha256, blob_holders.c.team).where(
            blob_holders.c.sha256.in_(hashes), blob_holders.c.team.in_(teams)))}


def held_by_all(conn: Connection, hashes: Iterable[str], teams: Iterable[str]) -> set[str]:
    """The hashes every one of these teams holds.

    A member of two teams is told a photo is present only when both hold it: otherwise a
    record of it pushed into the other team would be refused again and again, while the
    laptop, told the photo is there, would never send the bytes that would settle it.
    """
    teams = set(teams)
    pairs = held(conn, hashes, teams)
    return {sha for sha in {p[0] for p in pairs}
            if all((sha, team) in pairs for team in teams)}


def grant(conn: Connection, sha256: str, size: int, teams: Iterable[str]) -> None:
    """The caller's verified upload: the blob is stored, and its teams now hold it."""
    stamp = now()
    _insert_new(conn, blobs, [{"sha256": sha256, "size": size, "created_at": stamp}])
    _insert_new(conn, blob_holders, [{"sha256": sha256, "team": team, "created_at": stamp}
                                     for team in sorted(set(teams))])


def _insert_new(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, leaving alone those already there (another device of the team, another
    server process, may have just recorded the same upload)."""
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)
