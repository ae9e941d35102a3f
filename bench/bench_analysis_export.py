"""The analyst's database: 5,000 visits exported against sqlite-utils inserting the same rows
with insert_all in the same run (goal ≤ 4×: the export also evaluates every answer, builds the
full-text indexes and the views), and memory that stays flat (the peak after 5,000 visits at
most 25 MB above the peak after 1,000). A plain script: prints figures, exits non-zero when a
goal is missed.

The visits are 40 demo visits made through the store, each repeated with new ids and the same
contents, so the stream is as long as asked without hours of set-up.

    python bench/bench_analysis_export.py [--visits 5000]
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from inspector.analysis.rows import VisitRecords
from inspector.analysis.schema import TABLES
from inspector.analysis.writer import write_database
from inspector.domain.record import new_id
from inspector.services.analysis_export import selected_visit_ids, visit_records
from inspector.services.demo import generate_demo
from inspector.store.profile import Profile

GOAL_RATIO = 4.0
GOAL_FLAT_MB = 25
SEEDS = 40


def copies(seeds: list[VisitRecords], count: int) -> Iterator[VisitRecords]:
    """`count` visits: the seeds again and again, each copy with ids of its own."""
    for n in range(count):
        seed = seeds[n % len(seeds)]
        facility = replace(seed.facility, id=new_id())
        visit = replace(seed.visit, id=new_id(), facility_id=facility.id)
        yield VisitRecords(
            visit=visit, facility=facility, template=seed.template,
            answers=[replace(a, visit_id=visit.id) for a in seed.answers],  # ids follow visit
            interviews=[replace(i, id=new_id(), visit_id=visit.id) for i in seed.interviews],
            findings=[replace(f, id=new_id(), visit_id=visit.id) for f in seed.findings],
            photos=[replace(p, id=new_id(), visit_id=visit.id) for p in seed.photos])


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def baseline(source: Path, target: Path) -> float:
    """sqlite-utils alone: the same rows, read back from the export, inserted with insert_all."""
    db = sqlite_utils.Database(target)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    with sqlite3.connect(source) as src:
        src.row_factory = sqlite3.Row
        start = time.perf_counter()
        for spec in TABLES:
            rows = (dict(r) for r in src.execute(f"SELECT * FROM {spec.name}"))
            db[spec.name].insert_all(rows, batch_size=500)
        db.close()
        elapsed = time.perf_counter() - start
    src.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print(f"making {SEEDS} demo visits…", file=sys.stderr)
        with Profile(folder / "profile") as profile:
            generate_demo(profile, visits=SEEDS, photos_per_visit=1)
            ids = selected_visit_ids(profile, include_drafts=True)
            seeds = list(visit_records(profile, ids))

        small = max(1, args.visits // 5)
        write_database(copies(seeds, small), folder / "small.db")
        after_small = peak_mb()

        start = time.perf_counter()
        result = write_database(copies(seeds, args.visits), folder / "team.db")
        exported = time.perf_counter() - start
        after_large = peak_mb()

        inserted = baseline(result.database, folder / "baseline.db")
        rows = sum(result.rows.values())
        size = result.database.stat().st_size / 2**20
        ratio = exported / inserted
        growth = after_large - after_small
        print(f"export of {args.visits} visits: {exported:.1f} s ({rows} rows, {size:.0f} MB, "
              f"{1000 * exported / args.visits:.1f} ms per visit)")
        print(f"sqlite-utils insert_all of the same rows: {inserted:.1f} s")
        print(f"ratio: {ratio:.2f}× (goal ≤ {GOAL_RATIO}×)")
        print(f"peak memory after {small} visits: {after_small:.0f} MB, after {args.visits}: "
              f"{after_large:.0f} MB (+{growth:.0f} MB, goal ≤ +{GOAL_FLAT_MB} MB)")
        return 0 if ratio <= GOAL_RATIO and growth <= GOAL_FLAT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
