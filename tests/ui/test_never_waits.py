"""The window never waits: while a 500-visit Excel export or a sync over a slow link runs, a
visit opens at once, an answer typed into it is on disk within about a second (it survives the
app being killed two seconds later), the GUI thread never stalls, and the export's file is never
left half-written under its name. The real app in a subprocess (tests/ui/busy_app.py), killed
with SIGKILL as a dying laptop would."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg import PASSWORD, Accounts, ServerProcess
from sync.proxy import FaultyProxy

from inspector.domain.answer import Answer, answer_id
from inspector.services.demo import generate_demo
from inspector.services.visit_list import visit_summaries
from inspector.store.profile import Profile

OPEN_MS = 200  # the visit opens within this of the long work's start
STALL_MS = 100  # the longest the GUI thread may go without serving its event loop
TIMED_VARIABLE = "INSPECTOR_TIME_THE_WINDOW"  # set by the benchmark: hold the figures to goals
KILL_AFTER_S = 2.0
OVERLOADED_PER_CORE = 2.0  # runnable processes per core past which timings are not measured
DRIVER = Path(__file__).with_name("busy_app.py")
LINK_BYTES_PER_S = 256 * 1024  # a slow mobile link, loopback throttled


# Making 500 demo visits takes a minute on a quiet machine, several on a loaded one.
# Its milliseconds measure the neighbours too when other tests run beside it: `make test`
# runs it on its own after the parallel run (the `alone` mark).
pytestmark = [pytest.mark.timeout(900), pytest.mark.alone]


def skip_when_overloaded() -> None:
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load > OVERLOADED_PER_CORE * cores:
        # Milliseconds mean nothing when every process waits for a core; CI runs alone.
        pytest.skip(f"the machine is too loaded to time the window (load {load:.1f} on "
                    f"{cores} cores)")


@pytest.fixture(scope="module", autouse=True)
def quiet_machine() -> None:
    """Before the module's other fixtures: no 500 visits made for a test that cannot run."""
    skip_when_overloaded()


@pytest.fixture(scope="module")
def big_profile(tmp_path_factory) -> Path:
    made = os.environ.get("INSPECTOR_TEST_500_VISITS")  # a folder made by an earlier run
    if made and Path(made, "inspector.sqlite3").exists():
        return Path(made)
    folder = Path(made) if made else tmp_path_factory.mktemp("never-waits") / "500"
    with Profile(folder) as profile, profile.database.transaction():
        # One transaction: the 500 visits take a third of the time to make.
        generate_demo(profile, visits=500, seed=5, photos_per_visit=0)
    return folder


def first_draft(data_dir: Path) -> str:
    with Profile(data_dir) as profile:
        return next(v.id for v in visit_summaries(profile) if v.status == "draft")


class Driven:
    """The app in a subprocess and what it printed, line by line."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), *args], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def wait_for(self, word: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                assert self.proc.poll() is None, f"the app ended: {self.seen[-5:]}"
                continue
            self.seen.append(line)
            if line.split()[0] == word:
                return line
        raise TimeoutError(f"no {word} in {timeout} s; last lines: {self.seen[-5:]}")

    def kill_after(self, seconds: float) -> None:
        """Let it run `seconds` more, reading what it says, then SIGKILL."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                self.seen.append(self.lines.get(timeout=0.05))
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        while not self.lines.empty():
            self.seen.append(self.lines.get())

    def last(self, word: str) -> str:
        return next(line for line in reversed(self.seen) if line.split()[0] == word)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


def open_edit_and_kill(data_dir: Path, *work: str) -> Driven:
    """The app doing `work` (--export or --sync); a visit opened and an answer typed once it
    runs; SIGKILL two seconds later. Checks what a person would notice, and the edit on disk."""
    skip_when_overloaded()  # again: the 500 visits took a while to make
    visit_id = first_draft(data_dir)
    app = Driven(str(data_dir), visit_id, *work)
    try:
        app.wait_for("STARTED", 180)
        opened = app.wait_for("OPENED", 30)
        edited = app.wait_for("EDITED", 30)
        app.kill_after(KILL_AFTER_S)
    finally:
        app.stop()
    assert "DONE" not in app.seen, "the work ended before the kill: it proved nothing"
    assert not any(line.startswith("FAILED") for line in app.seen), app.seen[-5:]
    assert app.last("RUNNING") == "RUNNING yes"
    # The milliseconds are measured (bench/bench_never_waits.py holds them to the goals): a
    # timed assertion here would measure the machine CI runs on as much as the app.
    open_ms, gap_ms = int(opened.split()[1]), int(app.last("GAP").split()[1])
    print(f"FIGURES open_ms={open_ms} gap_ms={gap_ms} work={' '.join(work)}")
    if os.environ.get(TIMED_VARIABLE):
        assert open_ms <= OPEN_MS
        assert gap_ms <= STALL_MS, [x for x in app.seen if "PAUSE" in x]
    _, question_id, *typed = edited.split()
    with Profile(data_dir) as profile:
        answer = profile.records.find(Answer, answer_id(visit_id, question_id))
    assert answer is not None, "the edit typed two seconds before the kill was lost"
    assert str(answer.value) == " ".join(typed)
    return app


def test_during_a_500_visit_export(big_profile, tmp_path):
    data_dir = tmp_path / "profile"
    shutil.copytree(big_profile, data_dir)
    target = tmp_path / "out" / "Визиты.xlsx"
    open_edit_and_kill(data_dir, "--export", str(target))
    # Killed half-way: no broken workbook where the person will look for one.
    assert not target.exists()


@pytest.fixture
def slow_server(tmp_path) -> Iterator[tuple[FaultyProxy, str]]:
    server = ServerProcess(tmp_path / "server").start()
    accounts = Accounts(server)
    _, (aide,) = accounts.team(("aide", "aide"))
    link = FaultyProxy(server.port, bytes_per_second=LINK_BYTES_PER_S)
    yield link, aide
    link.close()
    accounts.close()
    server.stop()


def test_during_a_sync_over_a_slow_link(slow_server, tmp_path):
    link, aide = slow_server
    data_dir = tmp_path / "laptop"
    with Profile(data_dir) as profile:
        generate_demo(profile, visits=8, seed=6, photos_per_visit=3)  # megabytes to send
    open_edit_and_kill(data_dir, "--sync", link.url, aide, PASSWORD)
