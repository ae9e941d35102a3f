"""Background work: results come back on the GUI thread, progress and cancel work."""

from __future__ import annotations

import threading

from inspector.services.visits import add_facility
from inspector.ui.tasks import TaskRunner


def test_store_task_runs_off_the_gui_thread_and_reports_back(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    gui_thread = threading.get_ident()
    seen = {}

    def work(profile):
        seen["thread"] = threading.get_ident()
        return add_facility(profile, kind="psc", name="ЦОН Есильского района").id

    results = []
    task = runner.store(work, on_done=lambda fid: results.append((fid, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert seen["thread"] != gui_thread
    assert results[0][1] == gui_thread
    qtbot.waitUntil(lambda: task.done, timeout=5000)  # finished follows succeeded
    runner.shutdown()


def test_background_task_progress_and_cancel(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    gate = threading.Event()
    progress = []

    def work(on_progress, is_cancelled):
        for i in range(1000):
            on_progress(i + 1, 1000)
            if i == 2:
                gate.wait(5)
            if is_cancelled():
                return i
        return 1000

    outcome = []
    task = runner.background(work, on_done=outcome.append)
    task.progress.connect(lambda done, total: progress.append(done))
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome[0] < 1000
    runner.shutdown()


def test_failure_arrives_as_an_exception(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    errors = []
    runner.store(lambda profile: add_facility(profile, kind="nope", name="x"),
                 on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "kind" in str(errors[0])
    runner.shutdown()


def test_progress_connected_after_submitting_is_never_missed(qtbot, tmp_path):
    """A caller connects to the Task after the runner returns it; even instant work reports."""
    runner = TaskRunner(tmp_path / "p")
    seen, finished = [], []
    task = runner.background(lambda on_progress, is_cancelled: on_progress(1, 1))
    task.progress.connect(lambda done, total: seen.append(done))
    task.finished.connect(lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert seen == [1]
    runner.shutdown()


def test_wait_runs_work_submitted_just_before(qtbot, tmp_path):
    """Closing a window right after an edit: the edit still reaches the database."""
    runner = TaskRunner(tmp_path / "p")
    runner.store(lambda profile: add_facility(profile, kind="psc", name="ЦОН №1"))
    runner.wait()
    from inspector.domain.facility import Facility
    from inspector.store.profile import Profile

    with Profile(tmp_path / "p") as profile:
        assert [f.name for f in profile.records.list(Facility)] == ["ЦОН №1"]
    runner.shutdown()
