"""Why a photo was refused, said in every language the product speaks."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from inspector.domain.errors import InspectorError

from ..domain.text import N_, Message

# One line per reason; {name} is the file name the user picked, never a full path (paths can be
# long and leak folder names into screenshots of the dialog).
REASON_TEXTS: dict[str, Message] = {
    "empty": N_("File “{name}” is empty (0 bytes)"),
    "not_image": N_("File “{name}” is not an image"),
    "unsupported": N_("File “{name}” is in an unsupported format ({format}); use JPEG, PNG, "
                      "WebP, HEIC or TIFF"),
    "truncated": N_("File “{name}” is truncated: the copy or download did not finish"),
    "corrupt": N_("File “{name}” is corrupt and cannot be read as an image"),
    "too_large": N_("File “{name}” is too large: {size_mb} MB, the limit is {limit_mb} MB"),
    "bomb": N_("Image “{name}” has too many pixels: {megapixels} MP, the limit is {limit_mp} MP"),
    "unreadable": N_("Cannot read file “{name}”: it is missing or access is denied"),
}

REASONS: tuple[str, ...] = tuple(REASON_TEXTS)


def printable_name(path: Path | str) -> str:
    """A file's name as a person can read it and a database can store it.

    POSIX names are bytes in whatever encoding the camera or archiver used; Python carries the
    bytes that are not UTF-8 as lone surrogates, which neither SQLite nor a terminal accepts.
    Those bytes are shown as \\xNN instead of guessed at.
    """
    return _printable(Path(path).name)


def printable_path(path: Path | str) -> str:
    """The whole path in the form of printable_name, for a command line's report."""
    return _printable(str(path))


def _printable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class PhotoRejected(InspectorError):
    """A file that cannot be taken in as a photo.

    `reason` is a stable code (one of REASONS) for the UI and tests; `detail` keeps the
    underlying technical message (Pillow/OS) for logs only, it is never shown to users.
    """

    def __init__(self, reason: str, path: Path | str, *, detail: str = "", **params: Any) -> None:
        if reason not in REASON_TEXTS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        # Per-instance texts: one exception class for eight reasons keeps `except PhotoRejected`
        # simple for callers, while each reason still has its own wording.
        self.texts = REASON_TEXTS[reason]
        params.setdefault("format", "?")
        super().__init__(name=printable_name(self.path), **params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickling replays args=(message,), which does not fit our constructor; needed
        # if a batch ever runs in a worker process.
        extra = {k: v for k, v in self.params.items() if k != "name"}
        return (_rebuild, (self.reason, str(self.path), self.detail, extra))

    def __repr__(self) -> str:
        return f"PhotoRejected({self.reason!r}, {str(self.path)!r})"


def _rebuild(reason: str, path: str, detail: str, params: dict[str, Any]) -> PhotoRejected:
    return PhotoRejected(reason, path, detail=detail, **params)
