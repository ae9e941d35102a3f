"""The window imports the editor's code on the pool as it warms up (MainWindow._warm_up): what
the editor's modules make when imported must work when made on another thread. Its read-only
guard was a QObject made at import, and Qt refuses an event filter living in another thread:
in the app (not in a test, which imports on the GUI thread) a completed visit took clicks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCKED = ("tests/ui/test_visit_editor.py::"
          "test_complete_lists_missing_jumps_to_them_then_completes_and_locks")


def test_a_completed_visit_takes_no_click_when_the_editor_was_imported_on_the_pool():
    script = (
        "import sys, threading, pytest\n"
        "t = threading.Thread(target=__import__, args=('inspector.ui.visit.editor',))\n"
        "t.start(); t.join()\n"
        f"sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', '-n', '0', {LOCKED!r}]))\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stdout[-3000:]
    assert "different thread" not in run.stdout + run.stderr
