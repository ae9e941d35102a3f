"""Photo bytes on disk: content-addressed, resumable uploads, atomic publication.

A photo is visible under `<root>/<ab>/<sha256>` only once its size and SHA-256 were checked and
it was renamed into place: a reader never sees a partial file. Partial uploads live in
`<root>/.partial/<sha256>-<device>`; their size is the offset a client resumes from, so an
interrupted upload (dropped connection, killed server) continues where it stopped. Files are
the only state besides the database, so several server processes can share the folder.

Throughput (design/sync.md point 13, without paying for it twice): the body is hashed while it
is written, in a worker thread, in blocks of a few megabytes (a photo usually in one go, with its
fsync, rename and database row: one hop off the event loop), so the event loop keeps receiving
other uploads meanwhile. Only an upload that completes an earlier partial re-reads
that prefix. One fsync of the file before the rename; the folder's fsync waits for the push
that references the photo (sync_folders).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from .errors import ApiError

WRITE_BLOCK = 4 << 20  # bytes gathered before one write+hash in a worker thread


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.partial_dir = self.root / ".partial"
        self.partial_dir.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def _partial(self, sha256: str, device: str) -> Path:
        return self.partial_dir / f"{sha256}-{device}"

    def offset(self, sha256: str, device: str) -> int:
        try:
            return self._partial(sha256, device).stat().st_size
        except FileNotFoundError:
            return 0

    async def append(self, sha256: str, device: str, size: int, offset: int,
                     body: AsyncIterator[bytes], max_chunk: int,
                     declared: int | None = None,
                     on_publish: Callable[[], None] | None = None) -> int:
        """Append one chunk at `offset`; returns the new offset. Verifies and publishes at `size`.

        A wrong offset (say the client lost our last answer) is a 409 carrying the real one.
        `declared` is the body's Content-Length when known: a body that will complete the photo
        from byte 0 is hashed as it arrives instead of being read back afterwards.
        `on_publish` runs in the same worker thread right after the photo was published (the
        caller records it in the database there: one hop off the event loop per photo).
        """
        partial = self._partial(sha256, device)
        fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            # Two requests of one device for one blob (a retry racing its original) take turns.
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # never block the event loop
            except BlockingIOError:
                raise ApiError(409, "this upload is already in progress; try again shortly",
                               "busy") from None
            current = os.fstat(fd).st_size
            if offset != current:
                raise ApiError(409, f"upload is at byte {current}, not {offset}", "offset")
            os.lseek(fd, current, os.SEEK_SET)
            hashing = current == 0 and declared in (None, size)
            digest = hashlib.sha256() if hashing else None
            written = 0
            pending: list[bytes] = []
            pending_bytes = 0
            try:
                async for chunk in body:
                    if not chunk:
                        continue
                    written += len(chunk)
                    if current + written > size or written > max_chunk:
                        raise ApiError(413, "more bytes than announced or than a chunk may hold",
                                       "too_large")
                    pending.append(chunk)
                    pending_bytes += len(chunk)
                    if pending_bytes >= WRITE_BLOCK:
                        blocks, pending, pending_bytes = pending, [], 0
                        await run_in_threadpool(_write, fd, blocks, digest)
            except ApiError:
                os.ftruncate(fd, current)  # keep what was good before this chunk
                raise
            except BaseException:
                # The connection broke: what arrived is kept, and the client resumes there.
                if pending:
                    await run_in_threadpool(_write, fd, pending, digest)
                raise
            new_offset = current + written
            if new_offset == size:
                await run_in_threadpool(self._finish, fd, pending, digest, partial, sha256,
                                        on_publish)
            elif pending:
                await run_in_threadpool(_write, fd, pending, digest)
            return new_offset
        finally:
            os.close(fd)

    def _finish(self, fd: int, pending: list[bytes], digest: Any, partial: Path, sha256: str,
                on_publish: Callable[[], None] | None) -> None:
        if pending:
            _write(fd, pending, digest)
        self._publish(fd, partial, sha256, digest)
        if on_publish is not None:
            on_publish()

    def _publish(self, fd: int, partial: Path, sha256: str, digest: Any) -> None:
        if digest is None:  # completes an earlier partial: hash what is on disk
            digest = hashlib.sha256()
            os.lseek(fd, 0, os.SEEK_SET)
            while chunk := os.read(fd, WRITE_BLOCK):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            raise ApiError(422, "the bytes received do not match their SHA-256; upload again "
                                "from the start", "hash_mismatch")
        os.fsync(fd)
        # The bytes are on disk: let the kernel reuse their cache pages for the next upload
        # rather than take fresh memory for each photo (measured: most of the server's time
        # went into filling new page-cache pages).
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, target)  # atomic: the photo appears whole or not at all
        # The folder is not fsynced here but before a record may reference the photo
        # (sync_folders): by then a later journal commit has usually persisted the rename.

    def remove_abandoned(self, older_than_seconds: float) -> tuple[int, int]:
        """Delete partial uploads untouched for `older_than_seconds`; returns (files, bytes).

        Run at start: a laptop that never came back would otherwise keep its half photo on the
        server's disk for ever. One being appended to right now (another worker) is locked,
        and left alone.
        """
        cutoff = time.time() - older_than_seconds
        files = size = 0
        for partial in self.partial_dir.iterdir():
            try:
                info = partial.stat()
                if info.st_mtime >= cutoff or not partial.is_file():
                    continue
                fd = os.open(partial, os.O_RDWR)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                partial.unlink()
            except OSError:  # BlockingIOError included: in progress
                continue
            finally:
                os.close(fd)
            files, size = files + 1, size + info.st_size
        return files, size

    def sync_folders(self, hashes: list[str]) -> None:
        """Make the renames of these photos durable: called before a push that references them
        commits. Usually free (the file system has committed them since); after a power cut a
        photo published but not yet referenced may be lost, and is then simply uploaded again:
        the client asks before every push which of its photos the server lacks."""
        for folder in sorted({self.path(h).parent for h in hashes}):
            try:
                dir_fd = os.open(folder, os.O_RDONLY)
            except FileNotFoundError:
                continue  # no such photo: the push refuses its record
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _write(fd: int, blocks: list[bytes], digest: Any) -> None:
    data = blocks[0] if len(blocks) == 1 else b"".join(blocks)
    if digest is not None:
        digest.update(data)  # releases the GIL for large buffers
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
