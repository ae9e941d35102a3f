"""Photo files stored once each, named by the SHA-256 of their bytes."""

from __future__ import annotations

import errno
import hashlib
import math
import os
import shutil
import tempfile
from pathlib import Path

from ..domain.errors import InspectorError
from ..domain.text import N_


class MediaChanged(InspectorError):
    texts = N_("{file} changed while it was being imported; import it again")


class NotEnoughSpace(InspectorError):
    texts = N_("Not enough disk space for “{file}”: the import needs {needed_mb} MB and "
               "{free_mb} MB is free. Nothing of this import was kept; free some space and "
               "import again")


# errno values that mean "the disk (or the user's quota) is full".
SPACE_ERRORS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def add_file(self, source: Path, sha256: str) -> Path:
        """Copy a file in under its hash; a crash leaves either no file or the whole file.

        The copy is hashed as it is written: a file changed on the card between the check and the
        copy would otherwise be stored under a hash that is not its own.
        """
        target = self.path(sha256)
        if target.is_file():
            return target

        def copy(out) -> None:
            digest = hashlib.sha256()
            with open(source, "rb") as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                raise MediaChanged(file=Path(source).name)

        return self._write(target, copy)

    def remove(self, sha256: str) -> None:
        """Take back a copy nothing refers to (an import that could not finish)."""
        self.path(sha256).unlink(missing_ok=True)

    def free_bytes(self) -> int:
        folder = self.root
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        return shutil.disk_usage(folder).free

    def add_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if not self.has(sha):
            self._write(self.path(sha), lambda out: out.write(data))
        return sha

    def _write(self, target: Path, fill) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                fill(out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def megabytes(size: int) -> str:
    """Rounded up to a tenth, so a shortfall of a few bytes never reads as "needs 0.0 MB"."""
    return f"{math.ceil(size * 10 / (1 << 20)) / 10:.1f}"
