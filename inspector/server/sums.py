"""Team digests and per-visit summaries kept up to date as records change, not recomputed.

The digest a pull ends with (count and sum of versions of the team's records) and the summary
a client asks for when digests differ (count and checksum per visit) used to be computed over
every record of the caller's teams on each request: their cost grew with the team's history.
Here the push that changes records updates them in its own transaction: the digest by adding
what changed (a record's team never changes, its version only grows), the summary of each
visit the push touched by recomputing that visit's few dozen rows (the checksum is a sha256
over the sorted rows, design/sync.md, so it cannot be updated by a delta without changing the
protocol). Pushes are serialised by the counter row, so these rows have one writer at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from ..sync.protocol import Digest, VisitSummary, visit_checksum
from .tables import records, team_sums, visit_sums

# (team, visit the record counts under or None, version) of a record before and after a push.
Footprint = tuple[str, str | None, int]
CHUNK = 500


def visit_key(entity: str, record_id: str, visit_id: str | None) -> str | None:
    """The visit a record's summary belongs to (the summary's own grouping)."""
    return record_id if entity == "visit" else visit_id


def changed(conn: Connection, moves: Iterable[tuple[Footprint | None, Footprint]]) -> None:
    """Apply (before, after) of every record a transaction wrote; before is None for a new one."""
    delta: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    visits: set[str] = set()
    for before, after in moves:
        if before is not None:
            delta[before[0]][0] -= 1
            delta[before[0]][1] -= before[2]
            if before[1] is not None:
                visits.add(before[1])
        delta[after[0]][0] += 1
        delta[after[0]][1] += after[2]
        if after[1] is not None:
            visits.add(after[1])
    for team, (count, total) in sorted(delta.items()):
        if not count and not total:
            continue
        done = conn.execute(update(team_sums).where(team_sums.c.team == team).values(
            count=team_sums.c.count + count, version_sum=team_sums.c.version_sum + total))
        if not done.rowcount:
            conn.execute(insert(team_sums).values(team=team, count=count, version_sum=total))
    refresh_visits(conn, visits)


def refresh_visits(conn: Connection, visits: Iterable[str]) -> None:
    """Recompute the summary rows of these visits from their records."""
    items = sorted(set(visits))
    for start in range(0, len(items), CHUNK):
        chunk = items[start:start + CHUNK]
        groups: dict[tuple[str, str], list[tuple[str, str, int, bool]]] = defaultdict(list)
        for r in conn.execute(select(records.c.entity, records.c.id, records.c.visit_id,
                                     records.c.team, records.c.version, records.c.deleted)
                              .where(or_(and_(records.c.entity == "visit", records.c.id.in_(chunk)),
                                         and_(records.c.entity != "visit",
                                              records.c.visit_id.in_(chunk))))):
            visit = visit_key(r.entity, r.id, r.visit_id)
            assert visit is not None
            groups[(visit, r.team)].append((r.entity, r.id, int(r.version), bool(r.deleted)))
        conn.execute(delete(visit_sums).where(visit_sums.c.visit_id.in_(chunk)))
        rows = [{"visit_id": v, "team": t, "count": len(rows), "checksum": visit_checksum(rows)}
                for (v, t), rows in sorted(groups.items())]
        if rows:
            conn.execute(insert(visit_sums), rows)


def rebuild(conn: Connection) -> None:
    """Every team's digest and every visit's summary from the records (the migration's backfill,
    and the repair after records were changed by hand)."""
    conn.execute(delete(team_sums))
    conn.execute(delete(visit_sums))
    totals = [{"team": t, "count": c, "version_sum": int(s)} for t, c, s in conn.execute(
        select(records.c.team, func.count(), func.coalesce(func.sum(records.c.version), 0))
        .group_by(records.c.team))]
    if totals:
        conn.execute(insert(team_sums), totals)
    visits = [v for (v,) in conn.execute(select(records.c.id).where(records.c.entity == "visit"))]
    visits += [v for (v,) in conn.execute(select(records.c.visit_id).distinct().where(
        records.c.entity != "visit", records.c.visit_id.is_not(None)))]
    refresh_visits(conn, visits)


def digest(conn: Connection, teams: Iterable[str]) -> Digest:
    teams = list(teams)
    if not teams:
        return Digest(count=0, version_sum=0)
    count, total = conn.execute(select(func.coalesce(func.sum(team_sums.c.count), 0),
                                       func.coalesce(func.sum(team_sums.c.version_sum), 0))
                                .where(team_sums.c.team.in_(teams))).one()
    return Digest(count=int(count), version_sum=int(total))


def summary(conn: Connection, teams: Iterable[str]) -> list[VisitSummary]:
    """One row per visit the teams see, in visit order. A visit whose records sit in two of the
    caller's teams (no push makes one, but old data might) is recomputed over both."""
    teams = list(teams)
    if not teams:
        return []
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for v, count, checksum in conn.execute(
            select(visit_sums.c.visit_id, visit_sums.c.count, visit_sums.c.checksum)
            .where(visit_sums.c.team.in_(teams)).order_by(visit_sums.c.visit_id)):
        found[v].append((int(count), checksum))
    split = [v for v, parts in found.items() if len(parts) > 1]
    merged: dict[str, VisitSummary] = {}
    if split:
        rows: dict[str, list[tuple[str, str, int, bool]]] = defaultdict(list)
        for r in conn.execute(select(records.c.entity, records.c.id, records.c.visit_id,
                                     records.c.version, records.c.deleted).where(
                records.c.team.in_(teams),
                or_(and_(records.c.entity == "visit", records.c.id.in_(split)),
                    and_(records.c.entity != "visit", records.c.visit_id.in_(split))))):
            rows[visit_key(r.entity, r.id, r.visit_id) or ""].append(
                (r.entity, r.id, int(r.version), bool(r.deleted)))
        merged = {v: VisitSummary(visit_id=v, count=len(rows[v]), checksum=visit_checksum(rows[v]))
                  for v in split}
    construct = VisitSummary.model_construct
    return [merged[v] if v in merged else construct(visit_id=v, count=parts[0][0],
                                                    checksum=parts[0][1])
            for v, parts in sorted(found.items())]
