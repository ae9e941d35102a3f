"""The window opens without loading what only reports and sync need (a third of a second)."""

from __future__ import annotations

import os
import subprocess
import sys


def loaded_after(imports: str, watched: tuple[str, ...]) -> list[str]:
    """Which of `watched` a fresh interpreter has loaded after `import <imports>`."""
    probe = (f"import sys, {imports}; "
             f"print(' '.join(sorted(m for m in {watched!r} if m in sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_opening_the_window_loads_no_report_or_sync_code():
    assert loaded_after("inspector.ui.app, inspector.ui.main_window",
                        ("reportlab", "requests", "pydantic", "PIL")) == []


def test_opening_a_visit_loads_no_report_code():
    """The editor's code is what the first visit opened waits for (the window imports it on the
    pool once the list shows, and opening a visit during that waits for the import to end):
    the report's stack (reportlab) is loaded when a report or a seal needs it, not with it."""
    assert loaded_after("inspector.ui.visit.editor",
                        ("reportlab", "requests", "pydantic", "openpyxl")) == []
