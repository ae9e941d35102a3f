"""The window opens without loading what only reports and sync need (a third of a second)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_opening_the_window_loads_no_report_or_sync_code():
    probe = ("import sys, inspector.ui.app, inspector.ui.main_window; "
             "print(' '.join(sorted(m for m in ('reportlab', 'requests', 'pydantic', 'PIL') "
             "if m in sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
