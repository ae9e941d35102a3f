"""`inspector --self-test`: start Qt offscreen, open the main window, then the core self-test.

Proves the bundle carries Qt's platform plugin, the translations and every resource the app
needs, without a screen, so CI can run it right after `make dist`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable

from ..domain.errors import InspectorError
from ..services.selftest import run_self_test


def run(log: Callable[[str], None] = print) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        _open_main_window(app, log)
        run_self_test(log)
    except InspectorError as exc:
        log(exc.message("en"))
        return 1
    except Exception as exc:  # the reason is the self-test's output
        log(f"self-test failed: {type(exc).__name__}: {exc}")
        return 1
    log("self-test passed")
    return 0


def _open_main_window(app, log: Callable[[str], None]) -> None:
    from .app import create_main_window

    with tempfile.TemporaryDirectory(prefix="inspector-selftest-ui-") as folder:
        window = create_main_window(data_dir=folder, lang="kk")
        window.show()
        app.processEvents()
        title = window.windowTitle()
        window.close()
        shutdown = getattr(window, "shutdown", None)
        if shutdown:
            shutdown()
        app.processEvents()
    log(f"ok  main window: {title}")
