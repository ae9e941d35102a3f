"""One filter keystroke on 10,000 visits: from the changed filter to the table updated.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_filter.py [visits]

Measures, on the GUI thread, what a person waits for after choosing a kind, a region, a status
or a period, or after the search answer arrives: the model filtering and sorting 10,000
summaries and the view taking the reset (goal < 16 ms, one frame). Painting is timed apart:
it costs the same for any repaint of the table, filtered or not. The full-text query runs on the
store thread and is timed apart too (it does not block the window).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import OUT, bulk_profile  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from inspector.services.visit_list import visit_summaries  # noqa: E402
from inspector.store.profile import Profile  # noqa: E402
from inspector.store.search import visit_ids_matching  # noqa: E402
from inspector.ui.visit_list import VisitFilter, VisitListModel  # noqa: E402


def main(visits: int = 10_000) -> None:
    folder = bulk_profile(OUT / f"startup-{visits}", visits)
    with Profile(folder) as profile:
        rows = visit_summaries(profile)
        start = time.perf_counter()
        found = visit_ids_matching(profile.database.conn, "зарплата")
        search_ms = (time.perf_counter() - start) * 1000
    app = QApplication.instance() or QApplication([])
    model = VisitListModel("ru")
    view = QTableView()
    view.verticalHeader().hide()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    model.set_summaries(rows)
    app.processEvents()

    regions = sorted({s.region for s in rows})
    steps = [VisitFilter(kind="psc"), VisitFilter(kind="psc", region=regions[0]),
             VisitFilter(kind="psc", region=regions[0], status="draft"), VisitFilter(),
             VisitFilter(date_from="2023-01-01", date_to="2023-12-31"),
             VisitFilter().with_search(found), VisitFilter(status="completed")]
    model_ms, paint_ms = [], []
    per_step: dict[int, list[float]] = {i: [] for i in range(len(steps))}
    for _ in range(5):
        for i, step in enumerate(steps):
            start = time.perf_counter()
            model.set_filter(step)
            model.rowCount()
            middle = time.perf_counter()
            app.processEvents()  # layout and paint of the visible rows
            end = time.perf_counter()
            model_ms.append((middle - start) * 1000)
            per_step[i].append(model_ms[-1])
            paint_ms.append((end - middle) * 1000)
    print(f"{len(rows)} visits, {len(model_ms)} filter changes")
    print(f"filter + view reset        : median {statistics.median(model_ms):5.1f} ms, "
          f"max {max(model_ms):5.1f} ms  (goal < 16 ms)")
    worst = max(per_step, key=lambda i: statistics.median(per_step[i]))
    print(f"slowest kind of change    : median {statistics.median(per_step[worst]):5.1f} ms "
          f"({steps[worst].is_empty and 'all visits shown' or 'filter ' + str(worst)})")
    print(f"repaint of the table      : median {statistics.median(paint_ms):5.1f} ms "
          f"(any repaint of a full table, filtered or not)")
    print(f"full-text search «зарплата» on the store thread: {search_ms:5.1f} ms, "
          f"{len(found)} visits")
    view.close()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
