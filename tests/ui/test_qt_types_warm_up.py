"""The window looks every Qt class up in idle slices once the list shows (ui/qt_types.py), so
the first visit opened does not pay PySide's one-time making of types and enums (40–60 ms of
that open). In a fresh interpreter: after the warm-up, opening a visit makes no enum type."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import enum, sys, tempfile
from pathlib import Path
sys.path.insert(0, "tests")
from PySide6.QtCore import QEventLoop, QTimer
from inspector.ui.app import application
from inspector.ui.qt_types import touch_qt_types
from inspector.ui.tasks import TaskRunner
from inspector.ui.visit import VisitEditor
from inspector.store.profile import Profile
from builders import make_visit

app = application()
folder = Path(tempfile.mkdtemp())
with Profile(folder) as profile:
    visit_id = make_visit(profile, kind="baby_home", name="Дом ребёнка №2").id
timer = touch_qt_types(app)
done = QEventLoop()
timer.destroyed.connect(done.quit)
done.exec()
made = []
create = enum.EnumType._create_
enum.EnumType._create_ = lambda cls, name, *a, **k: made.append(name) or create(cls, name, *a, **k)
editor = VisitEditor(TaskRunner(folder), visit_id, "ru")
editor.resize(1366, 700)
editor.show()
opened = QEventLoop()
editor.ready.connect(opened.quit)
QTimer.singleShot(30000, opened.quit)
opened.exec()
assert editor.session is not None, "the visit did not open"
print("MADE", made)
"""


def test_after_the_warm_up_opening_a_visit_makes_no_qt_types():
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                         text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert "MADE []" in run.stdout, run.stdout[-2000:]
