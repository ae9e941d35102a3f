"""What the team digest and the per-visit summary cost the server for a team of 30 visits and
one of 3,000 (80 answers each), on SQLite and PostgreSQL: as kept by the pushes (sums.py) and,
as the baseline in the same run, recomputed over the team's records as before.

    python bench/server_sums.py [--visits 30 3000] [--repeat 30]   (make bench-server)

The teams are made by pushing one real visit and copying its rows under new ids (pushing
240,000 records one push at a time would take minutes), then the sums are rebuilt once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import inprocess  # noqa: E402
from pg import throwaway_database  # noqa: E402
from sqlalchemy import Engine, func, insert, or_, select, update  # noqa: E402

from inspector.server import db, sums  # noqa: E402
from inspector.server.auth import Principal  # noqa: E402
from inspector.server.pull import digest_of, summary, summary_json  # noqa: E402
from inspector.server.tables import counter, records  # noqa: E402
from inspector.sync.protocol import SummaryResponse, VisitSummary, visit_checksum  # noqa: E402


def make_team(engine: Engine, visits: int) -> Principal:
    name = f"team-{visits}-{uuid.uuid4().hex[:6]}"
    token = inprocess.team(engine, name, [(f"{name}-deputy", "deputy")], "bench password")[0]
    who = inprocess.principal(engine, token)
    inprocess.register_template(engine, who)
    inprocess.send(engine, who, inprocess.visit_ops(80))
    with db.write(engine) as conn:
        model = [dict(r) for r in conn.execute(select(records).where(records.c.team == name))
                 .mappings()]
        seq = conn.execute(select(counter.c.seq)).scalar_one()
        rows = []
        for _ in range(1, visits):
            visit_id, facility_id = str(uuid.uuid4()), str(uuid.uuid4())
            seq += 1
            for r in model:
                copy = dict(r)
                copy["version"] = seq
                if r["entity"] == "facility":
                    copy["id"] = facility_id
                elif r["entity"] == "visit":
                    copy["id"] = visit_id
                    data = json.loads(r["data"])
                    data["facility_id"] = facility_id
                    copy["data"] = json.dumps(data)
                else:
                    copy["id"] = str(uuid.uuid4())
                    copy["visit_id"] = visit_id
                rows.append(copy)
            if len(rows) > 5000:
                conn.execute(insert(records), rows)
                rows = []
        if rows:
            conn.execute(insert(records), rows)
        conn.execute(update(counter).values(seq=seq))
        sums.rebuild(conn)
    return who


def recomputed_digest(conn, who: Principal):  # type: ignore[no-untyped-def]
    return conn.execute(select(func.count(), func.coalesce(func.sum(records.c.version), 0))
                        .where(records.c.team.in_(who.teams))).one()


def recomputed_summary(conn, who: Principal) -> SummaryResponse:  # type: ignore[no-untyped-def]
    groups: dict[str, list[tuple[str, str, int, bool]]] = defaultdict(list)
    for r in conn.execute(select(records.c.entity, records.c.id, records.c.visit_id,
                                 records.c.version, records.c.deleted).where(
            records.c.team.in_(who.teams),
            or_(records.c.entity == "visit", records.c.visit_id.is_not(None)))):
        groups[r.id if r.entity == "visit" else r.visit_id].append(
            (r.entity, r.id, int(r.version), bool(r.deleted)))
    return SummaryResponse(visits=[VisitSummary(visit_id=v, count=len(rows),
                                                checksum=visit_checksum(rows))
                                   for v, rows in sorted(groups.items())])


def _once(engine: Engine, fn: Callable, who: Principal) -> float:  # type: ignore[type-arg]
    start = time.perf_counter()
    with db.read(engine) as conn:
        reply = fn(conn, who)
    if hasattr(reply, "model_dump_json"):
        reply.model_dump_json()
    return (time.perf_counter() - start) * 1000


def timed(engine: Engine, fn: Callable, small: Principal, large: Principal,  # type: ignore[type-arg]
          repeat: int) -> tuple[float, float]:
    """Median ms of one call in its own read transaction, the reply serialised as the route
    does; the two teams alternate, so a machine busy with other work slows both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(_once(engine, fn, small))
        b.append(_once(engine, fn, large))
    return statistics.median(a), statistics.median(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visits", type=int, nargs=2, default=[30, 3000])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    args = parser.parse_args()
    small, large = args.visits
    with tempfile.TemporaryDirectory(prefix="bench-sums-") as tmp:
        for backend in args.backends:
            with throwaway_database(backend) as url:
                engine = inprocess.engine_for(Path(tmp) / backend, url)
                teams = {n: make_team(engine, n) for n in (small, large)}
                if backend == "postgres":
                    with engine.connect() as conn:
                        conn.exec_driver_sql("ANALYZE")
                print(f"\n== {backend}: median ms of one call, reply serialised (as served: from the "
                      "cache keyed by the digest, after the first call)")
                print(f"   {'':24} {small:>7} visits {large:>7} visits   ratio   (goal <= 1.5x)")
                # The baselines cost seconds a call at 3,000 visits: a few calls say enough.
                for label, fn, repeat in (
                        ("digest, kept", digest_of, args.repeat),
                        ("digest, recomputed", recomputed_digest, 3),
                        ("summary, kept rows", summary, args.repeat),
                        ("summary, as served", summary_json, args.repeat),
                        ("summary, recomputed", recomputed_summary, 3)):
                    a, b = timed(engine, fn, teams[small], teams[large], repeat)
                    print(f"   {label:24} {a:13.2f} {b:14.2f} {b / a:7.1f}x")
                engine.dispose()


if __name__ == "__main__":
    main()
