"""`inspector --self-test`: start Qt offscreen, open the main window, then the core self-test.

Proves the bundle carries Qt's platform plugin, the translations and every resource the app
needs, without a screen, so CI can run it right after `make dist`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

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
    """The real main window, in Kazakh, on a throwaway profile and settings file."""
    from .i18n import Translations
    from .main_window import MainWindow
    from .settings import Settings
    from .tasks import TaskRunner

    with tempfile.TemporaryDirectory(prefix="inspector-selftest-ui-") as folder:
        os.environ["INSPECTOR_CONFIG_DIR"] = os.path.join(folder, "config")
        translations = Translations()
        translations.set_language("kk")
        runner = TaskRunner(Path(folder) / "profile")
        window = MainWindow(runner, Settings(), "kk", translations)
        window.show()
        app.processEvents()
        runner.wait()
        app.processEvents()
        menus = [a.text() for a in window.menuBar().actions()]
        window.close()
        window.deleteLater()
        runner.shutdown()
        app.processEvents()
    if not menus or menus[0].replace("&", "") == "File":
        raise RuntimeError(f"the Kazakh translation is not in the bundle (menus: {menus})")
    log(f"ok  main window: menus {', '.join(m.replace('&', '') for m in menus)}")
