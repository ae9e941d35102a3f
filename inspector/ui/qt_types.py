"""Every Qt class looked up once, in idle slices of the GUI thread, before anyone waits for one.

PySide makes a class's Python type and its enums the first time the class is used. The first
visit opened paid for dozens of them (the checklist's first call that returns a widget resolved
every scroll area's subclass and 41 enums): 40–60 ms of that open. Looking all of QtCore, QtGui
and QtWidgets up costs about 170 ms once. On the GUI thread, a few milliseconds a turn: making
those types on a pool thread while the GUI thread makes others is not safe in PySide.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import ModuleType

from PySide6.QtCore import QObject, QTimer

SLICE_S = 0.006


def touch_qt_types(parent: QObject) -> QTimer:
    """Start looking the classes up; the timer (owned by `parent`) stops when all are done."""
    from PySide6 import QtCore, QtGui, QtWidgets

    names: Iterator[tuple[ModuleType, str]] = (
        (module, name) for module in (QtCore, QtGui, QtWidgets) for name in dir(module))
    timer = QTimer(parent)
    timer.setInterval(0)

    def step() -> None:
        until = time.perf_counter() + SLICE_S
        for module, name in names:
            getattr(module, name)
            if time.perf_counter() > until:
                return
        timer.stop()
        timer.deleteLater()

    timer.timeout.connect(step)
    timer.start()
    return timer
