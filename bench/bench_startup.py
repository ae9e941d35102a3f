"""Start-up time: process start to main window shown with 10,000 visits loaded.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [visits] [runs]

Measured against a bare PySide6 process that shows an empty QMainWindow and quits, started the
same way in the same run, so the ratio says what Inspector adds (goal: at most 1.3x). Both are
timed from spawning the interpreter to its exit, median of several runs
(INSPECTOR_QUIT_WHEN_LOADED makes the app report and quit):
- shown: the window is on screen with the newest visits painted in its list (the bare window's
  equivalent: shown and painted); this is the figure the ratio is about;
- all loaded: all visits have arrived from the store thread and been painted;
- exited: the process has ended.

Both run with compiled bytecode, as an installed app does: PYTHONDONTWRITEBYTECODE (set in some
shells and CI images) is dropped for them, so the warm-up run writes the .pyc files. Without them
every start would compile Inspector's modules, ~180 ms that no installed copy pays.

The profile is made once with plain INSERTs (bulk_profile) and kept in bench/out/: making
10,000 visits through the services would take minutes and measure something else.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
ANSWERS_PER_VISIT = 40  # the real checklists have 50-80 questions; the list only counts them

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
def done():
    print(f"first-rows {time.time():.6f}", file=sys.stderr, flush=True)
    print(f"ready {time.time():.6f}", file=sys.stderr, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def bulk_profile(folder: Path, visits: int = 10_000, seed: int = 7) -> Path:
    """A profile with `visits` visits, facilities, answers and one finding each, fast."""
    from inspector.domain.kinds import INSTITUTION_KINDS
    from inspector.domain.record import new_id, utc_now
    from inspector.domain.regions import regions
    from inspector.domain.templates import checklist_for
    from inspector.store.profile import Profile
    from inspector.store.search import rebuild_index

    marker = folder / f"bulk-{visits}.done"
    if marker.exists():
        return folder
    rng = random.Random(seed)
    now = utc_now()
    region_ids = list(regions())
    questions = {kind: [q.id for q in checklist_for(kind).questions()][:ANSWERS_PER_VISIT]
                 for kind in INSTITUTION_KINDS}
    templates = {kind: checklist_for(kind) for kind in INSTITUTION_KINDS}
    sync = {"created_at": now, "updated_at": now, "version": 0, "needs_review": 0, "deleted": 0}
    facilities, visit_rows, answers, findings = [], [], [], []
    for n in range(visits // 4):
        kind = INSTITUTION_KINDS[n % 4]
        facilities.append({"id": new_id(), "kind": kind, "region": region_ids[n % len(region_ids)],
                           "name": f"Учреждение №{n} «Бөбек»", "district": "Есильский район",
                           "address": f"ул. Абая, {n % 200}", **sync})
    for n in range(visits):
        facility = facilities[n % len(facilities)]
        visit_id = new_id()
        day = date(2021, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
        template = templates[facility["kind"]]
        visit_rows.append({
            "id": visit_id, "facility_id": facility["id"], "started_on": day.isoformat(),
            "deputies": json.dumps(["А. Конуров"], ensure_ascii=False),
            "status": rng.choice(["draft", "completed"]), "template_id": template.id,
            "template_version": template.version, **sync})
        for question_id in questions[facility["kind"]][: rng.randint(10, ANSWERS_PER_VISIT)]:
            answers.append({"id": f"{visit_id}:{question_id}", "visit_id": visit_id,
                            "question_id": question_id, "value": '"yes"',
                            "flagged": int(rng.random() < 0.1), **sync})
        findings.append({"id": new_id(), "visit_id": visit_id, "text": rng.choice(
            ["Зарплата ниже средней по региону.", "Нет социального пакета.",
             "Вакантные ставки медсестёр.", "Запас СИЗ менее чем на две недели."]), **sync})
    folder.mkdir(parents=True, exist_ok=True)
    with Profile(folder) as profile, profile.database.transaction() as conn:
        for table, rows in (("facilities", facilities), ("visits", visit_rows),
                            ("answers", answers), ("findings", findings)):
            columns = list(rows[0])
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + c for c in columns)})", rows)
        rebuild_index(conn)
    marker.touch()
    return folder


def timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(spawn to first rows shown, to all visits loaded, to process exit), in seconds."""
    start_wall, start = time.time(), time.perf_counter()
    done = subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    exited = time.perf_counter() - start
    marks = {}
    for line in done.stderr.splitlines():
        words = line.split()
        if words and words[0] in ("first-rows", "visits", "ready"):
            marks["shown" if words[0] == "first-rows" else "loaded"] = float(words[-1])
    if len(marks) != 2:
        raise RuntimeError(f"no start-up marks from {args[:3]}: {done.stderr[-500:]}")
    return marks["shown"] - start_wall, marks["loaded"] - start_wall, exited


def main(visits: int = 10_000, runs: int = 5) -> None:
    start = time.perf_counter()
    profile = bulk_profile(OUT / f"startup-{visits}", visits)
    print(f"profile with {visits} visits ready in {time.perf_counter() - start:.1f} s: {profile}")
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "INSPECTOR_CONFIG_DIR": config, "INSPECTOR_QUIT_WHEN_LOADED": "1"}
        env.pop("INSPECTOR_DATA_DIR", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-m", "inspector", "--data-dir", str(profile)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        widgets = [sys.executable, str(ROOT / "bench" / "startup_same_widgets.py"),
                   str(profile / "inspector.sqlite3")]
        for args in (app, bare, widgets):  # warm the OS file cache, then measure alternately
            timed_run(args, env)
        app_times, bare_times, widget_times = [], [], []
        for _ in range(runs):
            bare_times.append(timed_run(bare, env))
            widget_times.append(timed_run(widgets, env))
            app_times.append(timed_run(app, env))
    print(f"median of {runs} runs          shown  all loaded    exited")
    for label, times in (("bare PySide6 QMainWindow", bare_times),
                         ("same widgets, no app code", widget_times),
                         (f"Inspector, {visits} visits", app_times)):
        shown, loaded, exited = (statistics.median(t[i] for t in times) for i in (0, 1, 2))
        print(f"{label:<26} {shown * 1000:6.0f} ms {loaded * 1000:7.0f} ms {exited * 1000:6.0f} ms")
    ratio = (statistics.median(t[0] for t in app_times)
             / statistics.median(t[0] for t in bare_times))
    floor = (statistics.median(t[0] for t in widget_times)
             / statistics.median(t[0] for t in bare_times))
    print(f"ratio, spawn to shown      {ratio:6.2f}x   (goal <= 1.3x; the same widgets with no "
          f"app code: {floor:.2f}x)")

if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
