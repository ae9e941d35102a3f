"""Starting the desktop app: the Qt application, settings, translations, the main window."""

from __future__ import annotations

import importlib.resources
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..domain.text import DEFAULT_LANGUAGE
from ..services.profiles import DATA_DIR_VARIABLE, default_data_dir
from .i18n import Translations
from .settings import Settings
from .tasks import TaskRunner

if TYPE_CHECKING:
    from .list_page import VisitListPage

# Set by bench/bench_startup.py: quit as soon as the window is shown and the list is loaded.
QUIT_WHEN_LOADED_VARIABLE = "INSPECTOR_QUIT_WHEN_LOADED"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made once (tests and screenshots reuse an existing one)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fractional scaling (125 %, 150 % on Windows laptops) without rounding blur.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("Inspector")
        app.setOrganizationName("Inspector")
        app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    icon = importlib.resources.files("inspector.resources") / "icons" / "inspector.svg"
    return QIcon(str(icon))


def resolve_data_dir(data_dir: Path | str | None, settings: Settings) -> Path:
    """--data-dir, then INSPECTOR_DATA_DIR, then the folder chosen in Settings, then the OS's."""
    if data_dir:
        return Path(data_dir)
    if not os.environ.get(DATA_DIR_VARIABLE) and settings.data_dir:
        return Path(settings.data_dir)
    return default_data_dir()


def resolve_language(lang: str | None, settings: Settings) -> str:
    # The command line always passes a language (Russian by default), so only a language other
    # than the default overrides the one chosen in Settings.
    if lang and lang != DEFAULT_LANGUAGE:
        return lang
    return settings.language if settings.is_set("language") else (lang or DEFAULT_LANGUAGE)


def run_app(data_dir: Path | str | None = None, lang: str | None = None) -> int:
    app = application()
    settings = Settings()
    lang = resolve_language(lang, settings)
    translations = Translations()
    translations.set_language(lang)
    runner = TaskRunner(resolve_data_dir(data_dir, settings))

    from .main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(runner, settings, lang, translations)
    if os.environ.get(QUIT_WHEN_LOADED_VARIABLE):
        _report_start_up(app, window.list_page)
    window.show()
    try:
        return app.exec()
    finally:
        window.deleteLater()
        runner.shutdown()


def _report_start_up(app: QApplication, list_page: VisitListPage) -> None:
    """For bench_startup: when the first rows and then all visits were painted; then quit.

    Wall-clock times, so the benchmark can compare them with when it spawned the process; each
    is printed on the event loop's next turn, after the table's paint.
    """
    def after_paint(line: str, then: Callable[[], object] = lambda: None) -> None:
        def report() -> None:
            print(f"{line} {time.time():.6f}", file=sys.stderr, flush=True)
            then()

        QTimer.singleShot(0, report)

    list_page.first_rows_shown.connect(lambda: after_paint("first-rows"))
    list_page.loaded.connect(lambda total: after_paint(f"visits {total} ready", app.quit))
