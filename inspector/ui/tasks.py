"""The two lanes background work runs on, and the Task the GUI sees; ops.py is how to use them.

- the store lane: one thread, in submission order, owning its own connection to the profile's
  database (a SQLite connection stays in the thread that opened it; writes are serialised by
  construction). Only short reads and writes go here: an edit typed meanwhile waits behind them.
- the pool: a few threads for long work: decoding photos, rendering reports, the network. A pool
  job that needs the data opens a profile of its own thread (a second SQLite connection: in WAL
  mode its reads never block the store lane's writes, and its own writes take turns with them).
- the watched lane: pool work a person started and watches in the progress widget (a sync, an
  export, a backup). It has threads of its own, so an export started during a sync starts at
  once instead of queueing behind the sync and the pool's warm-ups and thumbnails.

A job's function gets plain data and returns plain data; it never touches a widget. The `Task`
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
    from ..services.profiles import Profile

log = logging.getLogger(__name__)

POOL_THREADS = 2
# A person starts few long jobs at once; each gets a thread (they mostly wait on disk or net).
WATCHED_THREADS = 4


class Task(QObject):
    """One piece of background work as the GUI sees it."""

    progress = Signal(int, int)
    began = Signal()  # a thread has taken the work up (until then it waits in a queue)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed, also when cancelled

    def __init__(self, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._cancel = threading.Event()
        self.done = False
        self.started = False
        self.finished.connect(self._mark_done)
        self.began.connect(self._mark_started)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _mark_done(self) -> None:
        self.done = True

    def _mark_started(self) -> None:
        self.started = True


class _Job(QRunnable):
    def __init__(self, task: Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task
        self.call = call

    def run(self) -> None:
        self.task.began.emit()
        try:
            result = self.call()
        except BaseException as exc:  # the GUI decides what to tell the user
            if not self.task.is_cancelled():
                log.exception("task %r failed", self.task.label)
            self.task.failed.emit(exc)
        else:
            self.task.succeeded.emit(result)
        self.task.finished.emit()


class TaskRunner(QObject):
    """Owns the lanes and the profiles their threads opened; see ops.py for submitting work."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lang = "ru"  # the person's language, for the default failure message (ops.py)
        self.default_parent: Any = None  # the main window: failures outliving their widget
        self._store_lane = QThreadPool(self)
        self._store_lane.setMaxThreadCount(1)
        self._store_lane.setExpiryTimeout(-1)  # keep the thread, and so its connection, alive
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(POOL_THREADS)
        self._pool.setExpiryTimeout(-1)  # likewise: a pool thread's profile stays open
        self._watched = QThreadPool(self)
        self._watched.setMaxThreadCount(WATCHED_THREADS)
        self._watched.setExpiryTimeout(-1)
        self._local = threading.local()
        self._store_thread: int | None = None
        self._profiles: list[Profile] = []
        self._profiles_lock = threading.Lock()
        self._tasks: set[Task] = set()
        self._pending: list[tuple[QThreadPool, _Job]] = []

    def profile(self) -> Profile:
        """The calling thread's profile, opened on first use (call it from a lane's thread)."""
        profile = getattr(self._local, "profile", None)
        if profile is None:
            # Imported here, off the GUI thread: the window need not wait for the store's code.
            from ..services.profiles import open_profile

            profile = open_profile(self.data_dir)
            self._local.profile = profile
            with self._profiles_lock:
                self._profiles.append(profile)
        return profile

    def submit(self, on_store: bool, task: Task, call: Callable[[], Any], *,
               watched: bool = False) -> None:
        """Run call() on the store lane, the pool or (`watched`) the watched lane; `task`
        reports back. Used by ops.Op."""
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        lane = self._store_lane if on_store else self._watched if watched else self._pool
        self._submit(lane, _Job(task, call))

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
        """Start submitted jobs now; for a caller about to block on them (the window closing)."""
        pending, self._pending = self._pending, []
        for lane, job in pending:
            lane.start(job)

    def running(self) -> list[Task]:
        return [t for t in self._tasks if not t.done]

    def wait(self, msecs: int = 30_000) -> bool:
        """Let queued work finish (used when the window closes, so no edit is lost)."""
        self.start_pending()
        return all(lane.waitForDone(msecs)
                   for lane in (self._store_lane, self._pool, self._watched))

    def shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self.wait()
        # Every lane is idle now, and the connections were opened with check_same_thread off:
        # closing them from here cannot race a job.
        with self._profiles_lock:
            profiles, self._profiles = self._profiles, []
        for profile in profiles:
            profile.close()
        self._local = threading.local()
