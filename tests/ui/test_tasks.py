"""Background work through the one op API: results back on the GUI thread, progress, cancel,
and failures that are shown, never swallowed."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector.domain.errors import NotFound
from inspector.services.visits import add_facility
from inspector.ui.ops import pool_op, store_op
from inspector.ui.tasks import TaskRunner


def test_store_op_runs_off_the_gui_thread_and_reports_back(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    gui_thread = threading.get_ident()
    seen = {}

    def work(job):
        seen["thread"] = threading.get_ident()
        return add_facility(job.profile, kind="psc", name="ЦОН Есильского района").id

    results = []
    op = store_op(runner, work).success(
        lambda fid: results.append((fid, threading.get_ident()))).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert seen["thread"] != gui_thread
    assert results[0][1] == gui_thread
    qtbot.waitUntil(lambda: op.done, timeout=5000)  # finished follows succeeded
    runner.shutdown()


def test_pool_op_has_a_connection_of_its_own_and_sees_the_store_lanes_writes(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    made, found = [], []
    store_op(runner, lambda job: add_facility(job.profile, kind="psc", name="ЦОН №2").id) \
        .success(made.append).run()
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    profiles = []

    def read(job):
        from inspector.domain.facility import Facility

        profiles.append(job.profile)
        return [f.id for f in job.profile.records.list(Facility)]

    pool_op(runner, read).success(found.append).run()
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found == [made]
    store_profiles = []
    store_op(runner, lambda job: store_profiles.append(job.profile)).run()
    qtbot.waitUntil(lambda: bool(store_profiles), timeout=5000)
    assert profiles[0] is not store_profiles[0]
    runner.shutdown()


def test_pool_op_progress_and_cancel(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    gate = threading.Event()
    progress, outcome, cancelled = [], [], []

    def work(job):
        for i in range(1000):
            job.progress(i + 1, 1000)
            if i == 2:
                gate.wait(5)
            if job.cancelled():
                raise InterruptedError("stopped")
        return 1000

    op = pool_op(runner, work).success(outcome.append) \
        .cancelled(lambda: cancelled.append(True)).run()
    op.task.progress.connect(lambda done, total: progress.append(done))
    op.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert outcome == []
    assert max(progress, default=0) < 1000
    # A cancelled op is no failure: no message box.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                and w.isVisible()]
    runner.shutdown()


def test_a_failure_goes_to_the_failure_handler(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    errors = []
    store_op(runner, lambda job: add_facility(job.profile, kind="nope", name="x")) \
        .failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "kind" in str(errors[0])
    runner.shutdown()


def test_a_failure_without_a_handler_is_shown_in_the_persons_language(qtbot, tmp_path):
    runner = TaskRunner(tmp_path / "p")
    runner.lang = "kk"
    parent = QWidget()
    qtbot.addWidget(parent)
    store_op(runner, lambda job: job.profile.records.get(
        __import__("inspector.domain.visit", fromlist=["Visit"]).Visit, "missing"),
        parent=parent).run()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "failureMessage") is not None,
                    timeout=5000)
    box = parent.findChild(QMessageBox, "failureMessage")
    assert box.text() == NotFound(what="visit", id="missing").message("kk")
    box.close()
    runner.shutdown()


def test_a_failure_outliving_its_widget_is_still_shown(qtbot, tmp_path):
    """An edit whose write fails after its editor closed: the person still hears of it."""
    runner = TaskRunner(tmp_path / "p")
    window = QWidget()
    qtbot.addWidget(window)
    runner.default_parent = window
    gate = threading.Event()
    editor = QWidget()

    def work(job):
        gate.wait(5)
        raise OSError(28, "No space left on device")

    store_op(runner, work, parent=editor).run()
    editor.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(editor), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "failureMessage") is not None,
                    timeout=5000)
    assert "No space left on device" in window.findChild(QMessageBox, "failureMessage").text()
    runner.shutdown()


def test_progress_connected_after_submitting_is_never_missed(qtbot, tmp_path):
    """A caller connects to the op's task after run(); even instant work reports."""
    runner = TaskRunner(tmp_path / "p")
    seen, finished = [], []
    op = pool_op(runner, lambda job: job.progress(1, 1)).run()
    op.task.progress.connect(lambda done, total: seen.append(done))
    op.task.finished.connect(lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert seen == [1]
    runner.shutdown()


def test_wait_runs_work_submitted_just_before(qtbot, tmp_path):
    """Closing a window right after an edit: the edit still reaches the database."""
    runner = TaskRunner(tmp_path / "p")
    store_op(runner, lambda job: add_facility(job.profile, kind="psc", name="ЦОН №1")).run()
    runner.wait()
    from inspector.domain.facility import Facility
    from inspector.store.profile import Profile

    with Profile(tmp_path / "p") as profile:
        assert [f.name for f in profile.records.list(Facility)] == ["ЦОН №1"]
    runner.shutdown()


def test_the_progress_bar_text_fits_however_large_the_count(qtbot):
    # «54272 из 54272» wrapped onto two cut lines in a status bar crowded by a sync and an export.
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QMainWindow

    from inspector.ui.task_progress import TaskProgress

    class FakeTask(QObject):
        progress = Signal(int, int)
        began = Signal()
        finished = Signal()
        started = True

        def is_cancelled(self) -> bool:
            return False

    window = QMainWindow()
    qtbot.addWidget(window)
    progress = TaskProgress()
    window.statusBar().addPermanentWidget(progress)
    window.resize(900, 300)
    window.show()
    task = FakeTask()
    progress.track(task, "Синхронизация: отправка изменений · 141,6 МБ")
    task.progress.emit(41503, 54272)
    qtbot.waitUntil(progress.bar.isVisible, timeout=2000)
    bar = progress.bar
    assert bar.text() == "76 %"
    assert bar.fontMetrics().horizontalAdvance("100 %") < bar.width() - 16


def test_an_export_started_during_a_sync_runs_at_once_and_the_progress_names_both(
        qtbot, tmp_path):
    """The pool has two threads; a sync held one and a warm-up or thumbnails the other, so an
    export queued silently behind them, and the progress showed only the sync."""
    from inspector.ui.task_progress import TaskProgress

    runner = TaskRunner(tmp_path / "p")
    progress = TaskProgress()
    qtbot.addWidget(progress)
    release = threading.Event()

    def hold(job):
        release.wait(10)

    sync = pool_op(runner, hold).with_progress(progress, "Синхронизация…").run()
    warm_ups = [pool_op(runner, hold).run() for _ in range(3)]  # every pool thread busy
    exported = threading.Event()

    def export(job):
        job.progress(2, 5)
        exported.set()
        release.wait(10)

    export_op = pool_op(runner, export).with_progress(progress, "Экспорт в Excel").run()
    qtbot.waitUntil(exported.is_set, timeout=3000)  # not behind the sync nor the warm-ups
    qtbot.waitUntil(lambda: "Экспорт в Excel 40 %" in progress.label.text(), timeout=3000)
    assert progress.label.text().startswith("Синхронизация…")
    release.set()
    qtbot.waitUntil(lambda: all(op.done for op in [sync, export_op, *warm_ups]), timeout=5000)
    assert progress.isHidden()
    runner.shutdown()


def test_a_task_that_waits_for_a_thread_is_named_as_waiting(qtbot, tmp_path):
    from inspector.ui.task_progress import TaskProgress

    runner = TaskRunner(tmp_path / "p")
    progress = TaskProgress()
    qtbot.addWidget(progress)
    release = threading.Event()
    ops = [pool_op(runner, lambda job: release.wait(10)).with_progress(progress, f"Работа {n}")
           .run() for n in range(5)]  # one more than the watched lane has threads
    qtbot.waitUntil(lambda: sum(op.task.started for op in ops) == 4, timeout=3000)
    assert "Работа 4 waits" in progress.label.text()
    release.set()
    qtbot.waitUntil(lambda: all(op.done for op in ops), timeout=5000)
    runner.shutdown()
