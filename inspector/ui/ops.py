"""The one way the window runs work off the GUI thread (after Anki's CollectionOp and QueryOp).

    store_op(runner, lambda job: visits.delete_visit(job.profile, visit_id), parent=self) \\
        .success(self._deleted).run()
    pool_op(runner, lambda job: exports.write_workbook(
                job.profile, path, lang, on_progress=job.progress, is_cancelled=job.cancelled),
            parent=window).with_progress(task_progress, label).success(self._saved).run()

`store_op`: the store thread, for short reads and writes, in submission order. `pool_op`: a pool
thread, for long work (rendering, the network); `job.profile` there is that thread's own
connection, so an edit typed meanwhile is written at once on the store thread. Without a
`failure` handler the error is shown to the person in their language (`present_failure`);
nothing is swallowed. A cancelled op calls its `cancelled` handler instead (by default nothing:
the person pressed Cancel and knows). Handlers run on the GUI thread, and only while `parent`
lives; a failure outliving its parent is still shown, over the main window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import InspectorError
from .tasks import Task, TaskRunner

if TYPE_CHECKING:
    from ..services.profiles import Profile
    from .task_progress import TaskProgress

log = logging.getLogger(__name__)
T = TypeVar("T")


class Job:
    """What the work function gets: the profile of its thread, progress and cancel."""

    def __init__(self, runner: TaskRunner, task: Task) -> None:
        self._runner, self._task = runner, task

    @property
    def profile(self) -> Profile:
        return self._runner.profile()

    def progress(self, done: int, total: int) -> None:
        """done of total; total 0 shows a busy bar (the length is unknown)."""
        self._task.report(done, total)

    def cancelled(self) -> bool:
        return self._task.is_cancelled()


class Op(Generic[T]):
    """One piece of background work: configure with the chained calls, then run()."""

    def __init__(self, runner: TaskRunner, work: Callable[[Job], T], *, on_store: bool,
                 parent: QObject | None = None, label: str = "") -> None:
        self.runner, self.work, self.on_store, self.parent = runner, work, on_store, parent
        self.task = Task(label)
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._cancelled: Callable[[], Any] | None = None
        self._progress: tuple[TaskProgress, str, bool] | None = None

    def success(self, handler: Callable[[T], Any]) -> Op[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], Any]) -> Op[T]:
        """Instead of the default message; the handler then tells the person itself."""
        self._failure = handler
        return self

    def cancelled(self, handler: Callable[[], Any]) -> Op[T]:
        self._cancelled = handler
        return self

    def with_progress(self, widget: TaskProgress, label: str, *,
                      cancellable: bool = True) -> Op[T]:
        """Shown in the status bar's progress widget, with Cancel unless `cancellable` is off."""
        self._progress = (widget, label, cancellable)
        return self

    def run(self) -> Op[T]:
        task = self.task
        # Lambdas, not bound methods: the connection then keeps this Op alive until it ends,
        # however the caller drops it.
        task.succeeded.connect(lambda result: self._succeeded(result))
        task.failed.connect(lambda error: self._failed(error))
        if self._progress is not None:
            widget, label, cancellable = self._progress
            widget.track(task, label, cancellable=cancellable)
        job = Job(self.runner, task)
        # Work shown in the progress widget was started by the person, who waits for it: it
        # never queues behind other long work (tasks.py, the watched lane).
        self.runner.submit(self.on_store, task, lambda: self.work(job),
                           watched=self._progress is not None and not self.on_store)
        return self

    def cancel(self) -> None:
        self.task.cancel()

    @property
    def done(self) -> bool:
        return self.task.done

    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _succeeded(self, result: T) -> None:
        if self._success is not None and self._alive():
            self._success(result)

    def _failed(self, error: BaseException) -> None:
        if self.task.is_cancelled():
            if self._cancelled is not None and self._alive():
                self._cancelled()
            return
        if self._failure is not None and self._alive():
            self._failure(error)
            return
        parent = self.parent if isinstance(self.parent, QWidget) and self._alive() else None
        present_failure(parent or self.runner.default_parent, error, self.runner.lang)


def store_op(runner: TaskRunner, work: Callable[[Job], T], *, parent: QObject | None = None,
             label: str = "") -> Op[T]:
    """Short reads and writes on the store thread (work(job); job.profile is its profile)."""
    return Op(runner, work, on_store=True, parent=parent, label=label)


def pool_op(runner: TaskRunner, work: Callable[[Job], T], *, parent: QObject | None = None,
            label: str = "") -> Op[T]:
    """Long work on a pool thread; job.profile, when used, is that thread's own connection."""
    return Op(runner, work, on_store=False, parent=parent, label=label)


def error_detail(error: BaseException, lang: str) -> str:
    """Our errors in the person's language; any other as its technical text, for a sentence of
    the caller's that says what failed."""
    if isinstance(error, InspectorError):
        return error.message(lang)
    return str(error) or type(error).__name__


def error_text(error: BaseException, lang: str) -> str:
    """What to tell a person: our errors speak their language; any other gets a sentence that
    does, with its technical text after it (for whoever helps them)."""
    if isinstance(error, InspectorError):
        return error.message(lang)
    detail = error_detail(error, lang)
    return QCoreApplication.translate(
        "Ops", "Something went wrong: %1. What was saved before stays saved.").replace(
        "%1", detail)


def present_failure(parent: QWidget | None, error: BaseException, lang: str) -> QMessageBox:
    """The default failure message: a window-modal box (no nested event loop)."""
    log.error("shown to the user: %s", error)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Ops", "Inspector"), error_text(error, lang),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("failureMessage")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
