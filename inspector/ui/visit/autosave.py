"""Autosave without a Save button: the latest edit per key is written after a short quiet spell.

Typing "120000" should be one write, not six, yet nothing may wait long enough to be lost if the
laptop dies: each key (a question, an interview, a finding) gets a single-shot timer that restarts
on every edit and fires about half a second after the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer

DEBOUNCE_MS = 500


class Debouncer(QObject):
    """Runs the latest action scheduled for a key once that key has been quiet for `delay` ms."""

    def __init__(self, delay_ms: int = DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._actions: dict[Hashable, Callable[[], None]] = {}
        self._timers: dict[Hashable, QTimer] = {}

    def schedule(self, key: Hashable, action: Callable[[], None]) -> None:
        self._actions[key] = action
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda k=key: self._run(k))
            self._timers[key] = timer
        timer.start(self.delay_ms)

    def pending(self) -> bool:
        return bool(self._actions)

    def cancel(self, key: Hashable) -> None:
        self._actions.pop(key, None)
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()

    def flush(self) -> None:
        """Run every pending action now, in the order they were first scheduled."""
        for key in list(self._actions):
            self._run(key)

    def _run(self, key: Hashable) -> None:
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        action = self._actions.pop(key, None)
        if action is not None:
            action()
