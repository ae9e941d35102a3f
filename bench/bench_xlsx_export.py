"""Excel export of 500 visits against openpyxl writing the same rows in write-only mode, in the
same run (the fastest way openpyxl has of writing them). Prints the reading of the visits, our
workbook, the baseline (each the fastest of --repeat interleaved runs), the ratio, and the whole
export as the window runs it (in a worker process); exits non-zero when the ratio is above the
goal.

    python bench/bench_xlsx_export.py [--visits 500] [--profile DIR]

--profile reuses a folder made by an earlier run (making 500 demo visits takes minutes on a
loaded machine); without it a temporary one is made and removed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from inspector.report.spreadsheet import write_xlsx
from inspector.report.tables import Table, all_tables
from inspector.services.demo import generate_demo
from inspector.services.exports import write_workbook
from inspector.services.report_data import load_visits
from inspector.services.visit_list import visit_summaries
from inspector.services.worker import run_in_process
from inspector.store.profile import Profile

# Our workbook also styles the header, freezes it, sets filters, sizes and wraps columns; it
# may cost that much more than bare rows.
GOAL_RATIO = 2.0


def baseline(tables: list[Table], target: Path) -> float:
    """The same rows through openpyxl's write-only mode, nothing else."""
    start = time.perf_counter()
    book = Workbook(write_only=True)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(table.headers)
        for row in table.rows:
            sheet.append([v if v is None or isinstance(v, int | float | str) else str(v)
                          for v in row])
    book.save(target)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=500)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--repeat", type=int, default=3,
                        help="each write this many times, interleaved; the fastest counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.profile or Path(scratch) / "profile"
        with Profile(folder) as profile:
            have = len(visit_summaries(profile))
            if have < args.visits:
                print(f"making {args.visits - have} demo visits…", file=sys.stderr)
                generate_demo(profile, visits=args.visits - have, seed=7, photos_per_visit=0)
            start = time.perf_counter()
            tables = all_tables(load_visits(profile), "ru")
            read = time.perf_counter() - start
            rows = sum(len(t.rows) for t in tables)

            ours_times, base_times = [], []
            for _ in range(args.repeat):  # interleaved: both see the same machine
                start = time.perf_counter()
                write_xlsx(tables, Path(scratch) / "ours.xlsx")
                ours_times.append(time.perf_counter() - start)
                base_times.append(baseline(tables, Path(scratch) / "baseline.xlsx"))
            ours_write, base = min(ours_times), min(base_times)

            start = time.perf_counter()
            run_in_process(write_workbook, folder, target=Path(scratch) / "whole.xlsx",
                           lang="ru")
            whole = time.perf_counter() - start
        ratio = ours_write / base
        print(f"xlsx export, {args.visits} visits, {rows} rows: reading {read:.2f} s; "
              f"writing {ours_write:.2f} s vs openpyxl write-only {base:.2f} s "
              f"(×{ratio:.2f}, goal ≤ ×{GOAL_RATIO}); whole export as the app runs it "
              f"{whole:.2f} s")
    return 0 if ratio <= GOAL_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
