"""How long opening a visit takes on the GUI thread, against the plainest baseline in the same run.

A draft of the longest checklist (84 questions, the demo's answers) is opened in the editor again
and again: until `ready` (header, section list and the first section's cards on screen, painted),
the GUI thread's CPU time for it, the longest pause of the GUI thread meanwhile (a 5 ms timer
heartbeat, as in tests/ui/busy_app.py), and the CPU and longest pause of building every other
section's cards and showing each section once. The baseline builds the same number of plain Qt widgets (labels, line edits,
buttons in box layouts, no style sheet, no store, no signals) in a shown window and paints
them: what Qt alone costs for that many widgets, the floor no editor change can go under.
CPU time is compared, as a shared machine's load stretches it least. Medians of alternating
runs; the load average is printed with them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_open_checklist.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.templates import all_templates  # noqa: E402
from inspector.services import visits as visit_service  # noqa: E402
from inspector.services.demo import _answers  # noqa: E402
from inspector.store.profile import Profile  # noqa: E402
from inspector.ui.app import application  # noqa: E402
from inspector.ui.tasks import TaskRunner  # noqa: E402
from inspector.ui.visit import VisitEditor  # noqa: E402

KIND = "baby_home"  # the longest checklist: 85 questions in 10 sections
OPEN_GOAL_MS = 200  # issue #14 point 6, with an export running; here the editor alone


def make_profile(data_dir: Path) -> str:
    with Profile(data_dir) as profile:
        facility = visit_service.add_facility(profile, kind=KIND, name="Дом ребёнка №2",
                                              region="turkestan")
        visit = visit_service.start_visit(profile, facility.id, "2026-11-10")
        values = _answers(visit_service.visit_template(visit), random.Random(1))
        with profile.database.transaction():
            for question_id, value in values.items():
                visit_service.answer_question(profile, visit.id, question_id, value)
        return visit.id


class Heartbeat:
    """The longest time the event loop went without serving a 5 ms timer."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def spin_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the editor did not get ready")
        spin(0.001)


def dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_editor(host: QStackedWidget, runner: TaskRunner, visit_id: str) -> tuple[float, ...]:
    """ms until ready and painted, the GUI thread's CPU ms for it (what load on a shared machine
    stretches least), the longest GUI pause meanwhile; the GUI thread's CPU ms and longest
    pause for every other section's cards (however the editor schedules them); widgets in the
    first section's page, in every page."""
    beat = Heartbeat()
    ready: list[float] = []
    beat.start()
    start, cpu = time.perf_counter(), time.thread_time()
    editor = VisitEditor(runner, visit_id, "ru")
    editor.ready.connect(lambda: ready.append(time.thread_time() - cpu))
    host.addWidget(editor)  # as the main window shows it: a page of its stack
    host.setCurrentWidget(editor)
    spin_until(lambda: bool(ready))
    # The layout and the paint the person waits for: posted events only, not the timers that
    # run what the editor left for later (that is measured below).
    QCoreApplication.sendPostedEvents()
    editor.repaint()
    opened, opened_cpu = time.perf_counter() - start, time.thread_time() - cpu
    longest = beat.stop()
    ready_cpu = ready[0]
    checklist = editor.checklist
    first = len(checklist.stack.currentWidget().findChildren(QWidget))
    beat.start()
    cpu = time.thread_time()
    total = len(list(checklist.session.data.template.questions()))
    idle_until = time.perf_counter() + 2.0
    spin_until(lambda: len(checklist.rows) == total or time.perf_counter() > idle_until)
    checklist.build_all()  # nothing left to build, or the editor builds them only when asked
    for index in range(len(checklist.sections)):  # and each section shown once, as when read
        checklist.show_section(index)
        QCoreApplication.sendPostedEvents()
        editor.repaint()
    built, longest_rest = time.thread_time() - cpu, beat.stop()
    every = sum(len(checklist.stack.widget(i).findChildren(QWidget))
                for i in range(checklist.stack.count()))
    host.removeWidget(editor)
    dispose(editor)
    return (opened * 1000, opened_cpu * 1000, ready_cpu * 1000, longest * 1000, built * 1000,
            longest_rest * 1000, first, every)


def plain_widgets(count: int) -> float:
    """GUI thread CPU ms to build and paint `count` plain widgets as cards of ~12 in a shown
    scroll area."""
    start = time.thread_time()
    window = QScrollArea()
    body = QWidget()
    column = QVBoxLayout(body)
    made = 1
    while made < count:
        card = QFrame(body)
        rows = QVBoxLayout(card)
        rows.addWidget(QLabel("Вопрос чек-листа, обычной длины, в одну-две строки", card))
        rows.addWidget(QLabel("Подсказка", card))
        line = QHBoxLayout()
        for text in ("Да", "Нет", "Не применимо"):
            line.addWidget(QPushButton(text, card))
        line.addWidget(QLineEdit(card))
        line.addWidget(QPushButton("Проблема", card))
        line.addWidget(QPushButton("Добавить фото", card))
        rows.addLayout(line)
        rows.addWidget(QLabel("", card))
        rows.addWidget(QLabel("", card))
        column.addWidget(card)
        made += 11
    window.setWidget(body)
    window.setWidgetResizable(True)
    window.resize(1366, 768)
    window.show()
    QCoreApplication.processEvents()
    took = time.thread_time() - start
    dispose(window)
    return took * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = application([sys.argv[0]])
    all_templates()  # parsed once per app start (the window does it on the pool)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "profile"
        visit_id = make_profile(data_dir)
        runner = TaskRunner(data_dir)
        host = QStackedWidget()
        host.resize(1366, 768)
        host.show()
        open_editor(host, runner, visit_id)  # warm: imports, the store's connection, fonts
        plain_widgets(100)
        rows: list[tuple[float, ...]] = []
        loads: list[float] = []
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            *figures, first, every = open_editor(host, runner, visit_id)
            rows.append((*figures, plain_widgets(first), plain_widgets(every)))
        runner.shutdown()
    opened, opened_cpu, ready_cpu, longest, built, longest_rest, plain_first, plain_every = (
        statistics.median(column) for column in zip(*rows, strict=True))
    print(f"load average {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores; "
          f"medians of {args.runs} runs")
    print(f"open a visit ({KIND}, first section {first} widgets): ready and painted in "
          f"{opened:.0f} ms (goal {OPEN_GOAL_MS}), {opened_cpu:.0f} ms of GUI thread CPU "
          f"({ready_cpu:.0f} until `ready`, the rest the first layout and paint), longest GUI "
          f"pause {longest:.0f} ms")
    print(f"  baseline: {first} plain Qt widgets built and painted with {plain_first:.0f} ms of "
          f"CPU (the open ×{opened_cpu / plain_first:.1f}, reading the visit included)")
    print(f"every other section's cards built and shown once ({every} widgets in all): "
          f"{built:.0f} ms of GUI thread CPU, longest pause {longest_rest:.0f} ms; baseline {plain_every:.0f} ms of CPU for "
          f"as many plain widgets (×{built / plain_every:.1f})")
    app.processEvents()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 may crash collecting Qt wrappers at exit (as in
    # bench_open_visit.py); everything worth keeping has been printed.
    os._exit(code)
