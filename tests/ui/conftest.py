"""Fixtures for the desktop shell: a profile folder, a runner, a main window, and clean teardown.

Every test gets its own profile and its own settings file, so tests run in parallel under xdist
and never touch a real user's settings. Teardown closes windows and stops the runner's threads,
then checks that nothing was left open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from shell_support import seed_profile
from visit_support import editor_env

from inspector.ui.settings import CONFIG_DIR_VARIABLE, Settings
from inspector.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def seeded(data_dir) -> list[str]:
    return seed_profile(data_dir)


@pytest.fixture
def runners(data_dir) -> Iterator[Callable[[], TaskRunner]]:
    made: list[TaskRunner] = []

    def make() -> TaskRunner:
        made.append(TaskRunner(data_dir))
        return made[-1]

    yield make
    for runner in made:
        runner.shutdown()


@pytest.fixture
def runner(runners) -> TaskRunner:
    return runners()


@pytest.fixture
def open_window(qtbot, runners, config_dir) -> Iterator[Callable[..., QWidget]]:
    """Open a main window on the test's profile; waits until its list has loaded."""
    from inspector.ui.main_window import MainWindow

    windows = []

    def open_(lang: str = "en", translations: object | None = None) -> MainWindow:
        window = MainWindow(runners(), Settings(config_dir / "inspector.ini"), lang,
                            translations)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.list_page.has_loaded, timeout=4000)
        return window

    yield open_
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert leftovers == [], f"windows left open: {leftovers}"


@pytest.fixture
def env(qtbot, tmp_path, monkeypatch):
    """(setup, runner, open_editor): a visit's editor on a profile of its own (visit_support)."""
    yield from editor_env(qtbot, tmp_path, monkeypatch)
