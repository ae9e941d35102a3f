"""Start store work whose progress the status bar shows, with no signal lost to a race.

TaskRunner starts a job as soon as it is submitted and TaskProgress connects to the Task only
afterwards; a job that finishes in between would emit `finished` to nobody, and the progress
widget would show it forever. The job here waits (microseconds) until the widget is tracking.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from .task_progress import TaskProgress
from .tasks import Task, TaskRunner

GATE_SECONDS = 10


def start_tracked(runner: TaskRunner, progress: TaskProgress, fn: Callable[..., Any], *args: Any,
                  label: str, cancellable: bool = True,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None) -> Task:
    """fn(profile, *args, on_progress=..., is_cancelled=...) on the store lane, tracked."""
    gate = threading.Event()

    def gated(profile: Any, *a: Any, **progress_kwargs: Any) -> Any:
        gate.wait(GATE_SECONDS)
        return fn(profile, *a, **progress_kwargs)

    task = runner.store_with_progress(gated, *args, label=label, on_done=on_done,
                                      on_error=on_error)
    try:
        progress.track(task, label, cancellable=cancellable)
    finally:
        gate.set()
    return task
