"""Sending many photos at once: a few connections in parallel, each resuming where it stopped.

One photo at a time leaves the link idle while the server hashes and stores the previous one;
a few uploads side by side keep it busy. Each worker thread has its own client (own Session,
kept alive between photos). The caller's thread alone reports progress and notices a cancel;
the first failure stops the others, and whatever was stored stays stored: the next sync asks
the server what is still missing and continues from the offsets it reports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from .client import SyncClient, SyncError

WORKERS = 3


class UploadStopped(SyncError):
    """Raised in a worker that saw the stop flag before starting its next photo."""


def upload_all(client: SyncClient, items: list[tuple[str, Path, int]], *,
               workers: int = WORKERS, on_done: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> int:
    """Upload (sha256, path, server offset) items; returns how many completed.

    Raises the first error a worker met, or whatever `is_cancelled` makes the caller raise:
    `is_cancelled` is called here, in the caller's thread, between completions, and may itself
    raise (the sync's cancel check does). Photos already sent stay on the server.
    """
    on_done = on_done or (lambda *_: None)
    check = is_cancelled or (lambda: False)
    total = len(items)
    if workers <= 1 or total <= 1:
        for done, (sha, path, offset) in enumerate(items):
            if check():
                raise UploadStopped("cancelled")
            client.upload(sha, path, offset=offset)
            on_done(done + 1, total)
        return total
    stop = threading.Event()
    local = threading.local()
    clones: list[SyncClient] = []
    lock = threading.Lock()

    def one(sha: str, path: Path, offset: int) -> None:
        if stop.is_set():
            raise UploadStopped("stopped")
        worker = getattr(local, "client", None)
        if worker is None:
            worker = local.client = client.clone()
            with lock:
                clones.append(worker)
        worker.upload(sha, path, offset=offset)

    done = 0
    pool = ThreadPoolExecutor(max_workers=min(workers, total), thread_name_prefix="upload")
    try:
        pending: set[Future] = {pool.submit(one, *item) for item in items}
        while pending:
            finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                future.result()  # the first failure ends the run (the finally stops the rest)
                done += 1
                on_done(done, total)
            if check():
                raise UploadStopped("cancelled")
        return done
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        for worker in clones:
            client.bytes_up += worker.bytes_up
            client.bytes_down += worker.bytes_down
            worker.session.close()
