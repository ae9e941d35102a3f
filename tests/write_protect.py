"""Making a folder truly unwritable for a test, as root too.

Root passes every permission check, so for root the files are made immutable (chattr +i: the
kernel then refuses root as well); for anyone else chmod a-w does it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _set_immutable(paths: list[Path], on: bool) -> None:
    subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True,
                   capture_output=True)


@pytest.fixture
def write_protect() -> Iterator[Callable[[Path], None]]:
    protected: list[tuple[Path, int]] = []

    def protect(folder: Path) -> None:
        paths = [folder, *folder.rglob("*")]
        if os.geteuid() == 0:
            try:
                _set_immutable(paths, True)
            except (OSError, subprocess.CalledProcessError) as exc:
                pytest.skip(f"cannot make files immutable here: {exc}")
        else:
            for path in sorted(paths, key=lambda p: len(p.parts), reverse=True):
                path.chmod(path.stat().st_mode & ~0o222)
        protected.extend((p, p.stat().st_mode) for p in paths)

    yield protect
    paths = [p for p, _ in protected]
    if os.geteuid() == 0 and paths:
        _set_immutable(paths, False)
    for path, mode in protected:
        path.chmod(mode | 0o200)
