"""Work off the GUI thread, with progress, cancel, and results delivered back by signals.

Two lanes, as in Anki's task manager:
- `store`: one thread, in submission order, owning its own connection to the profile's database
  (a SQLite connection stays in the thread that opened it; writes are serialised by construction).
- `background`: a small pool for work that needs no database: decoding photos, network, PDFs.

A task's function gets plain data and returns plain data; it never touches a widget. The `Task`
object lives on the GUI thread, so its signals arrive there as queued calls (novelWriter #2926
shows what happens otherwise).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from ..store.profile import Profile

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class Task(QObject):
    """One piece of background work as the GUI sees it."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed, also when cancelled

    def __init__(self, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._cancel = threading.Event()
        self.done = False
        self.finished.connect(self._mark_done)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _mark_done(self) -> None:
        self.done = True


class _Job(QRunnable):
    def __init__(self, task: Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task
        self.call = call

    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # the GUI decides what to tell the user
            log.exception("task %r failed", self.task.label)
            self.task.failed.emit(exc)
        else:
            self.task.succeeded.emit(result)
        self.task.finished.emit()


class TaskRunner(QObject):
    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._store_lane = QThreadPool(self)
        self._store_lane.setMaxThreadCount(1)
        self._store_lane.setExpiryTimeout(-1)  # keep the thread, and so its connection, alive
        self._background = QThreadPool(self)
        self._background.setMaxThreadCount(2)
        self._local = threading.local()
        self._profiles: list[Profile] = []
        self._tasks: set[Task] = set()
        self._pending: list[tuple[QThreadPool, _Job]] = []

    def _profile(self) -> Profile:
        profile = getattr(self._local, "profile", None)
        if profile is None:
            # Imported here, on the store thread: the window need not wait for the store's code.
            from ..store.profile import Profile

            profile = Profile(self.data_dir)
            self._local.profile = profile
            self._profiles.append(profile)
        return profile

    def store(self, fn: Callable[..., Any], *args: Any, label: str = "",
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Run fn(profile, *args) on the store thread; fn may take `task` to report progress."""
        task = self._task(label, on_done, on_error)
        self._submit(self._store_lane, _Job(task, lambda: fn(self._profile(), *args)))
        return task

    def store_with_progress(self, fn: Callable[..., Any], *args: Any, label: str = "",
                            on_done: Callable[[Any], None] | None = None,
                            on_error: Callable[[BaseException], None] | None = None) -> Task:
        """fn(profile, *args, on_progress=..., is_cancelled=...) on the store thread."""
        task = self._task(label, on_done, on_error)
        self._submit(self._store_lane, _Job(task, lambda: fn(
            self._profile(), *args, on_progress=task.report, is_cancelled=task.is_cancelled)))
        return task

    def background(self, fn: Callable[..., Any], *args: Any, label: str = "",
                   on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None) -> Task:
        """fn(*args, on_progress=..., is_cancelled=...) on the pool."""
        task = self._task(label, on_done, on_error)
        self._submit(self._background, _Job(task, lambda: fn(
            *args, on_progress=task.report, is_cancelled=task.is_cancelled)))
        return task

    def _submit(self, lane: QThreadPool, job: _Job) -> None:
        """Start the job on the next turn of the event loop, not now.

        The caller connects to the returned Task after this returns; a job started at once could
        report progress or finish before anyone listens, and a queued signal with no receiver at
        emit time is simply lost. Jobs still start in submission order.
        """
        self._pending.append((lane, job))
        if len(self._pending) == 1:
            QTimer.singleShot(0, self, self.start_pending)

    def start_pending(self) -> None:
        """Start submitted jobs now; for a caller about to block on one (see VisitSession.flush)."""
        pending, self._pending = self._pending, []
        for lane, job in pending:
            lane.start(job)

    def _task(self, label: str, on_done, on_error) -> Task:
        # No Qt parent: Python alone owns a Task (the runner's set, then the job while it runs).
        # With two owners, a runner torn down with signals still queued freed Tasks twice.
        task = Task(label)
        if on_done:
            task.succeeded.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        return task

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)

    def running(self) -> list[Task]:
        return [t for t in self._tasks if not t.done]

    def wait(self, msecs: int = 30_000) -> bool:
        """Let queued work finish (used when the window closes, so no edit is lost)."""
        self.start_pending()
        return self._store_lane.waitForDone(msecs) and self._background.waitForDone(msecs)

    def shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self.wait()
        # Profiles opened on the store thread are closed from it: the connection is theirs.
        done = threading.Event()
        self._store_lane.start(_Closer(self, done))
        self._store_lane.waitForDone(10_000)

    def _close_store_profile(self) -> None:
        profile = getattr(self._local, "profile", None)
        if profile is not None:
            profile.close()
            self._local.profile = None


class _Closer(QRunnable):
    def __init__(self, runner: TaskRunner, done: threading.Event) -> None:
        super().__init__()
        self.runner, self.done = runner, done

    def run(self) -> None:
        self.runner._close_store_profile()
        self.done.set()
