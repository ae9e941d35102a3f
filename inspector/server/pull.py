"""Serving changes: pages after a cursor, per-visit summaries, one visit in full.

The cursor is "<scope>.<seq>", the scope being a digest of the caller's teams: when a user
joins a team, their old cursor no longer matches and the pull starts over, so the new team's
older records are not skipped. Reads are bounded by the counter's committed value, so a push
still running (which holds a higher number) can never commit below what was served.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict, defaultdict
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, tuple_

from ..sync.protocol import (
    ENTITY_ORDER,
    VISIT_CHILDREN,
    Change,
    ConflictValue,
    Digest,
    PullResponse,
    StatesResponse,
    SummaryResponse,
    state_digest,
)
from . import history, sums
from .auth import Principal
from .errors import ApiError, not_found
from .tables import conflicts, counter, records, sync_history, team_sums

_RANK = {name: i for i, name in enumerate(ENTITY_ORDER)}


def scope_of(who: Principal) -> str:
    return hashlib.sha256("\n".join(sorted(who.teams)).encode()).hexdigest()[:12]


def parse_cursor(who: Principal, cursor: str) -> int:
    if not cursor:
        return 0
    scope, _, seq = cursor.partition(".")
    if not seq.isdigit() or len(seq) > 18:
        raise ApiError(400, "the cursor is malformed; pull again from the start", "bad_cursor")
    return int(seq) if scope == scope_of(who) else 0


def pull(conn: Connection, who: Principal, cursor: str, limit: int,
         skip_own: bool = False) -> PullResponse:
    """`skip_own`: leave out records whose every field this caller's device set last and that
    need no review: the client already holds exactly that state (it learnt the version when
    its push was answered), so its own first sync does not download all it just uploaded.
    The page boundaries and the cursor are the same either way."""
    since = parse_cursor(who, cursor)
    top, top_point, top_digest = _top(conn, who)
    if not who.teams or since == top:
        # The no-op sync of a laptop that is up to date: one statement, no records read.
        return PullResponse(changes=[], cursor=f"{scope_of(who)}.{top}", more=False,
                            digest=top_digest, history=top_point)
    mine = records.c.team.in_(who.teams)
    rows = list(conn.execute(select(records).where(mine, records.c.version > since,
                                                   records.c.version <= top)
                             .order_by(records.c.version).limit(limit + 1)).mappings())
    more = len(rows) > limit
    if more:
        last = rows[-1]["version"]
        if rows[0]["version"] == last:
            # One transaction larger than a page: send it whole rather than split it.
            rows = list(conn.execute(select(records).where(mine, records.c.version == last))
                        .mappings())
            more = True
        else:
            rows = [r for r in rows if r["version"] != last]
        upto = rows[-1]["version"]
        more = bool(conn.execute(select(records.c.id).where(
            mine, records.c.version > upto, records.c.version <= top).limit(1)).first())
    else:
        upto = top
    if skip_own:
        rows = [r for r in rows if not _own(r, who.device_id)]
    rows = _with_parents(conn, who, rows, since)
    changes = _changes(conn, rows)
    return PullResponse(changes=changes, cursor=f"{scope_of(who)}.{upto}", more=more,
                        digest=None if more else top_digest,
                        history=history.point(conn, upto) if more else top_point)


def _top(conn: Connection, who: Principal) -> tuple[int, str, Digest]:
    """The counter, its history point and the caller's digest, read by one statement: one
    round trip, and on PostgreSQL one snapshot, so the digest counts exactly the records at or
    below the counter that the page is bounded by (a push committing meanwhile is in neither)."""
    teams = list(who.teams)
    count = select(func.coalesce(func.sum(team_sums.c.count), 0)).where(
        team_sums.c.team.in_(teams)).scalar_subquery()
    total = select(func.coalesce(func.sum(team_sums.c.version_sum), 0)).where(
        team_sums.c.team.in_(teams)).scalar_subquery()
    seq, tag, found, summed = conn.execute(
        select(counter.c.seq, sync_history.c.tag, count, total)
        .select_from(counter.outerjoin(sync_history, sync_history.c.seq == counter.c.seq))
        .where(counter.c.id == 1)).one()
    return int(seq), history.spell(int(seq), tag), Digest(count=int(found), version_sum=int(summed))


def _own(row: Any, device: str) -> bool:
    if row["needs_review"] or device not in row["field_meta"]:  # (a cheap first test)
        return False
    return all(entry[1] == device for entry in json.loads(row["field_meta"]).values())


def _with_parents(conn: Connection, who: Principal, rows: list[Any], since: int) -> list[Any]:
    """Put newer parents a page's children need ahead of them: the client has foreign keys.

    A child changed at version 5 whose visit changed again at 9 would otherwise arrive before
    its visit. The parent is sent now in its current state, and again at 9: applying a record's
    full state twice is harmless.
    """
    rows = sorted(rows, key=lambda r: (r["version"], _RANK[r["entity"]]))
    present = {(r["entity"], r["id"]) for r in rows}
    parents: list[Any] = []
    for parent in ("visit", "facility"):
        if parent == "visit":
            wanted = {r["visit_id"] for r in rows if r["entity"] in VISIT_CHILDREN}
        else:
            wanted = {json.loads(r["data"]).get("facility_id")
                      for r in rows + parents if r["entity"] == "visit"}
        wanted = {w for w in wanted if isinstance(w, str) and (parent, w) not in present}
        if not wanted:
            continue
        extra = list(conn.execute(select(records).where(
            records.c.entity == parent, records.c.id.in_(sorted(wanted)),
            records.c.team.in_(who.teams), records.c.version > since)).mappings())
        present.update((parent, r["id"]) for r in extra)
        parents = extra + parents  # facilities ahead of visits
    return parents + rows


def _changes(conn: Connection, rows: list[Any]) -> list[Change]:
    keys = [(r["entity"], r["id"]) for r in rows if r["needs_review"]]
    found: dict[tuple[str, str], list[ConflictValue]] = defaultdict(list)
    if keys:
        for c in conn.execute(select(conflicts).where(
                tuple_(conflicts.c.entity, conflicts.c.record_id).in_(keys))).mappings():
            found[(c["entity"], c["record_id"])].append(ConflictValue(
                field=c["field"], value=json.loads(c["value"]), device_id=c["device_id"],
                user=c["user_name"], seq=c["seq"]))
    # Built from stored rows without validating them again (model_construct): the server wrote
    # them itself; a page of thousands of changes costs a few milliseconds this way.
    construct = Change.model_construct
    return [construct(entity=r["entity"], record_id=r["id"], version=int(r["version"]),
                      deleted=bool(r["deleted"]), needs_review=bool(r["needs_review"]),
                      fields=json.loads(r["data"]),
                      field_devices={k: v[1] for k, v in json.loads(r["field_meta"]).items()},
                      conflicts=found.get((r["entity"], r["id"]), []), team=r["team"])
            for r in rows]


def digest_of(conn: Connection, who: Principal) -> Digest:
    """Read from team_sums (sums.py): a few rows, however long the teams' history."""
    return sums.digest(conn, who.teams)


def _visit_rows(conn: Connection, who: Principal, visit_ids: list[str] | None) -> list[Any]:
    cond = [records.c.team.in_(who.teams),
            or_(records.c.entity == "visit", records.c.visit_id.is_not(None))]
    if visit_ids is not None:
        cond.append(or_(and_(records.c.entity == "visit", records.c.id.in_(visit_ids)),
                        records.c.visit_id.in_(visit_ids)))
    return list(conn.execute(select(records).where(*cond)).mappings())


def summary(conn: Connection, who: Principal) -> SummaryResponse:
    """Count and checksum per visit (the visit and its children), to find a diverged visit:
    one stored row per visit (sums.py), not the visits' records."""
    return SummaryResponse.model_construct(visits=sums.summary(conn, who.teams))


# Serialised summaries by (teams, their digest): the digest changes with every write of a
# team's records (a version only grows, a new record adds to the count), so an entry is exact
# for as long as its key is current. Laptops of a team asking after the same change, or a
# laptop that diverged while the team did not move, get the bytes without reading the visits.
_SUMMARIES: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
_SUMMARIES_LOCK = threading.Lock()
SUMMARY_CACHE_BYTES = 32 * 1024 * 1024


def summary_json(conn: Connection, who: Principal) -> bytes:
    """The summary as JSON, from the cache when the teams' digest is unchanged. The digest is
    read first: on PostgreSQL each statement sees the latest commit, so a summary read after it
    is at least as new, and an entry can only be stored under a digest older than its content,
    which is never asked for again."""
    found = digest_of(conn, who)
    key = (tuple(sorted(who.teams)), found.count, found.version_sum)
    with _SUMMARIES_LOCK:
        body = _SUMMARIES.get(key)
        if body is not None:
            _SUMMARIES.move_to_end(key)
            return body
    body = summary(conn, who).model_dump_json().encode()
    with _SUMMARIES_LOCK:
        _SUMMARIES[key] = body
        total = sum(len(b) for b in _SUMMARIES.values())
        while total > SUMMARY_CACHE_BYTES and len(_SUMMARIES) > 1:
            total -= len(_SUMMARIES.popitem(last=False)[1])
    return body


def visit_changes(conn: Connection, who: Principal, visit_id: str) -> list[Change]:
    rows = _visit_rows(conn, who, [visit_id]) if who.teams else []
    if not any(r["entity"] == "visit" for r in rows):
        raise not_found("visit")
    facility_ids = {json.loads(r["data"]).get("facility_id") for r in rows if r["entity"] == "visit"}
    rows += list(conn.execute(select(records).where(
        records.c.entity == "facility", records.c.id.in_(sorted(i for i in facility_ids if i)),
        records.c.team.in_(who.teams))).mappings())
    rows.sort(key=lambda r: _RANK[r["entity"]])
    return _changes(conn, rows)


def states(conn: Connection, who: Principal, points: list[str]) -> StatesResponse:
    """Where the caller's history and the server's part, and every record the caller sees in
    its current state: what a client compares after a restore, to send again what is lost."""
    found = []
    if who.teams:
        for r in conn.execute(select(records.c.entity, records.c.id, records.c.version,
                                     records.c.deleted, records.c.data)
                              .where(records.c.team.in_(who.teams))):
            found.append((r.entity, r.id, int(r.version),
                          state_digest(json.loads(r.data), bool(r.deleted))))
    return StatesResponse(fork=history.fork(conn, points), records=found)
