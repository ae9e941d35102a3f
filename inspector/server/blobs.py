"""Photo bytes on disk: content-addressed, resumable uploads, atomic publication.

A photo is visible under `<root>/<ab>/<sha256>` only once its size and SHA-256 were checked and
it was renamed into place: a reader never sees a partial file. Partial uploads live in
`<root>/.partial/<sha256>-<device>`; their size is the offset a client resumes from, so an
interrupted upload (dropped connection, killed server) continues where it stopped. Files are
the only state besides the database, so several server processes can share the folder.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

from .errors import ApiError


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
                     body: AsyncIterator[bytes], max_chunk: int) -> int:
        """Append one chunk at `offset`; returns the new offset. Verifies and publishes at `size`.

        A wrong offset (say the client lost our last answer) is a 409 carrying the real one.
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
            written = 0
            try:
                async for chunk in body:
                    written += len(chunk)
                    if current + written > size or written > max_chunk:
                        raise ApiError(413, "more bytes than announced or than a chunk may hold",
                                       "too_large")
                    os.write(fd, chunk)
            except ApiError:
                os.ftruncate(fd, current)  # keep what was good before this chunk
                raise
            new_offset = current + written
            if new_offset == size:
                self._publish(fd, partial, sha256)
            return new_offset
        finally:
            os.close(fd)

    def _publish(self, fd: int, partial: Path, sha256: str) -> None:
        digest = hashlib.sha256()
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            raise ApiError(422, "the bytes received do not match their SHA-256; upload again "
                                "from the start", "hash_mismatch")
        os.fsync(fd)
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, target)  # atomic: the photo appears whole or not at all
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
