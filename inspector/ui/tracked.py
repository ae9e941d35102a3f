"""Start store work whose progress the status bar shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .task_progress import TaskProgress
from .tasks import Task, TaskRunner


def start_tracked(runner: TaskRunner, progress: TaskProgress, fn: Callable[..., Any], *args: Any,
                  label: str, cancellable: bool = True,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None) -> Task:
    """fn(profile, *args, on_progress=..., is_cancelled=...) on the store lane, tracked.

    The runner starts jobs on the next event-loop turn, so tracking after submitting misses
    nothing, however quickly the job ends.
    """
    task = runner.store_with_progress(fn, *args, label=label, on_done=on_done, on_error=on_error)
    progress.track(task, label, cancellable=cancellable)
    return task
