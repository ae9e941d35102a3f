"""One status-bar widget that shows the progress of any Task, with a Cancel button.

Generic on purpose: demo data, photo import, sync and PDF export all hand their Task to
`track()`; nothing here knows what the work is. Several tasks at once show the oldest one's bar,
and every other one by name with its share done or that it still waits for a thread: a person
who started an export during a sync saw only the sync and could not tell their export had begun.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .tasks import Task


class TaskProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._progress: dict[Task, tuple[int, int]] = {}
        self.label = QLabel()
        self.bar = QProgressBar()
        # A share, not «54272 of 54272»: the counts are records or rows, not what a person
        # thinks of, and their text wrapped onto two cut lines in a crowded status bar.
        self.bar.setFormat("%p %")
        self.bar.setFixedWidth(self.bar.fontMetrics().horizontalAdvance("100 %") + 48)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_current)
        # No wider than what it shows: stretched, it left a status message a few words.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def track(self, task: Task, label: str, *, cancellable: bool = True) -> None:
        """Show `task` until it finishes; `label` says in the user's words what is running."""
        task.setProperty("progress_label", label)
        task.setProperty("cancellable", cancellable)
        self._tasks.append(task)
        self._progress[task] = (0, 0)
        task.progress.connect(lambda done, total, t=task: self._on_progress(t, done, total))
        task.began.connect(self._show_current)
        task.finished.connect(lambda t=task: self._on_finished(t))
        self._show_current()

    def current(self) -> Task | None:
        return self._tasks[0] if self._tasks else None

    def cancel_current(self) -> None:
        task = self.current()
        if task is not None:
            task.cancel()
            self.cancel_button.setEnabled(False)  # the work stops at its next check

    def _on_progress(self, task: Task, done: int, total: int) -> None:
        self._progress[task] = (done, total)
        self._show_current()

    def _on_finished(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            self._progress.pop(task, None)
        self._show_current()

    def _show_current(self) -> None:
        task = self.current()
        if task is None:
            self.hide()
            return
        done, total = self._progress.get(task, (0, 0))
        text = " · ".join([str(task.property("progress_label") or "")]
                          + [self._brief(other) for other in self._tasks[1:]])
        self.label.setText(text)
        self.bar.setRange(0, total)  # 0..0 shows a busy bar while the total is unknown
        self.bar.setValue(done)
        self.bar.setAccessibleName(text)
        self.cancel_button.setVisible(bool(task.property("cancellable")))
        self.cancel_button.setEnabled(not task.is_cancelled())
        self.show()

    def _brief(self, task: Task) -> str:
        """A task that is not the one with the bar: its name and how far it is."""
        label = str(task.property("progress_label") or "")
        if not task.started:
            return self.tr("%1 waits").replace("%1", label)
        done, total = self._progress.get(task, (0, 0))
        return f"{label} {100 * done // total} %" if total else label

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        if self._tasks:
            self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

