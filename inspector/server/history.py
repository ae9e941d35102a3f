"""Which history a client's sequence numbers belong to (design/sync.md point 19).

Sequence numbers alone cannot tell a server restored from last week's backup, or a new empty
one at the same address, from the server a client synced with: both hand out numbers the
client has already seen, meaning other transactions. Each transaction therefore gets a random
tag; a client sends the newest "<seq>.<tag>" it saw, and a server whose history lacks that pair
answers 409 history_changed. The client then asks for the newest of its points the server still
holds (the fork) and for the state of every record, sends again what the server lost and pulls
again what it lacks.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, insert, select

from ..sync.protocol import HISTORY_CHANGED
from .errors import ApiError
from .tables import sync_history


def tag_seq(conn: Connection, seq: int) -> None:
    conn.execute(insert(sync_history).values(seq=seq, tag=secrets.token_hex(8)))


def point(conn: Connection, seq: int) -> str:
    """"<seq>.<tag>", or "" for a number without a tag (0, or handed out before migration)."""
    if seq <= 0:
        return ""
    return spell(seq, conn.execute(select(sync_history.c.tag).where(sync_history.c.seq == seq))
                 .scalar())


def spell(seq: int, tag: str | None) -> str:
    """The point of `seq` given its tag (read by the caller, say joined to the counter)."""
    return f"{seq}.{tag}" if seq > 0 and tag else ""


def _parse(text: str) -> tuple[int, str] | None:
    seq, _, tag = text.partition(".")
    if not seq.isdigit() or len(seq) > 18 or not tag or len(tag) > 16:
        return None
    return int(seq), tag


def holds(conn: Connection, text: str) -> bool:
    parsed = _parse(text)
    if parsed is None:
        return False
    found = conn.execute(select(sync_history.c.tag).where(
        sync_history.c.seq == parsed[0])).scalar()
    return found == parsed[1]


def check(conn: Connection, text: str) -> None:
    """Refuse to pull or push against a history the client's numbers do not belong to."""
    if not text:
        return
    if _parse(text) is None:
        raise ApiError(400, "the history point is malformed; pull again from the start",
                       "bad_history")
    if not holds(conn, text):
        raise ApiError(409, "this server does not hold the history this device last synced "
                            "with (restored from a backup, or a new server): the app sends "
                            "again what the server lost and fetches again what it lacks",
                       HISTORY_CHANGED)


def fork(conn: Connection, points: list[str]) -> int:
    """The newest of the client's points this server still holds: up to it, both sides share
    one history; 0 when none is held (a new server, or a backup older than every point)."""
    held = [parsed[0] for text in points if (parsed := _parse(text)) and holds(conn, text)]
    return max(held, default=0)
