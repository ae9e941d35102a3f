"""A use case run in a process of its own: for long work that is Python all the way (an Excel
workbook of 500 visits, a PDF of a hundred photos), which on a thread would take turns with the
window for the interpreter lock and make typing and opening a visit twice as slow.

The child opens the profile itself (a connection of its own; WAL lets the window write
meanwhile), reports progress through a pipe, and stops at its next progress check when asked to
cancel or when the window's process is gone (a killed app leaves no export running behind it).
Errors arrive as they were raised (InspectorError pickles whole).
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
POLL_S = 0.05


class WorkerGone(Exception):
    """The worker process ended without an answer (killed, out of memory)."""


def run_in_process(use_case: Callable[..., Any] | str, data_dir: Path | str, *,
                   on_progress: Progress | None = None, is_cancelled: Cancelled | None = None,
                   **kwargs: Any) -> Any:
    """use_case(profile, **kwargs, on_progress=..., is_cancelled=...) in a child process, for a
    profile opened there on `data_dir`; blocks this (pool) thread, not the interpreter lock.
    `use_case` may be named "package.module:function": then only the child imports it."""
    context = multiprocessing.get_context("spawn")  # no fork of a process running Qt threads
    ours, theirs = context.Pipe()
    child = context.Process(target=_child, args=(theirs, use_case, str(data_dir), kwargs),
                            daemon=True, name="inspector-worker")
    child.start()
    theirs.close()
    asked_to_stop = False
    try:
        while True:
            if not asked_to_stop and is_cancelled is not None and is_cancelled():
                ours.send("cancel")
                asked_to_stop = True
            if ours.poll(POLL_S):
                try:
                    kind, payload = ours.recv()
                except EOFError as exc:
                    raise WorkerGone(f"the worker process ended ({child.exitcode})") from exc
                if kind == "progress":
                    if on_progress is not None:
                        on_progress(*payload)
                elif kind == "error":
                    raise payload
                else:
                    return payload
            elif not child.is_alive() and not ours.poll():
                raise WorkerGone(f"the worker process ended ({child.exitcode})")
    finally:
        ours.close()
        child.join(10)
        if child.is_alive():
            child.kill()


def _child(conn: Connection, use_case: Callable[..., Any] | str, data_dir: str,
           kwargs: dict[str, Any]) -> None:
    from .profiles import open_profile

    stop = False

    def cancelled() -> bool:
        nonlocal stop
        try:
            while not stop and conn.poll():
                stop = conn.recv() == "cancel"
        except (EOFError, OSError):
            stop = True  # the app is gone: nobody waits for this file any more
        return stop

    def progress(done: int, total: int) -> None:
        with contextlib.suppress(OSError):  # the app is gone; the next check stops the work
            conn.send(("progress", (done, total)))

    try:
        work = use_case
        if isinstance(work, str):
            module, _, name = work.partition(":")
            work = getattr(importlib.import_module(module), name)
        with open_profile(data_dir) as profile:
            result = work(profile, **kwargs, on_progress=progress, is_cancelled=cancelled)
        conn.send(("done", result))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the app as it was
        try:
            conn.send(("error", exc))
        except Exception:  # an exception that does not pickle: its text at least
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()
