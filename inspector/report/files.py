"""Files that appear whole or not at all: a report, a letter, a register, a signed PDF."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_whole(target: Path, *, prefix: str = "", suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary file beside `target` to write into. When the block ends without an error it
    takes `target`'s place in one step, so a reader, a sync or a crash meets the old file or the
    new one, never half of one; on an error it is removed and `target` stays as it was."""
    target = Path(target)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=prefix or f".{target.name}.",
                                suffix=suffix)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        # mkstemp makes the file private; these are ordinary documents. (Reading the umask would
        # mean setting it, which is process-wide and racy with other threads.)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
