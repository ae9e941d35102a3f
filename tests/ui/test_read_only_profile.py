"""A profile nobody may write opens in the window, lists its visits and says it is read-only;
a foreign database is refused in place of the list, untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from write_protect import write_protect  # noqa: F401 - a fixture

from inspector.store.profile import DATABASE_NAME


@pytest.mark.parametrize("lang, words", [("ru", "только для чтения"), ("kk", "тек оқуға"),
                                         ("en", "read-only")])
def test_a_write_protected_profile_shows_its_visits_and_says_read_only(
        open_window, seeded, data_dir, write_protect, qtbot, lang, words):  # noqa: F811
    write_protect(data_dir)
    window = open_window(lang)
    assert window.list_page.model.total == len(seeded)
    qtbot.waitUntil(lambda: words in window.saved_label.text(), timeout=4000)


def test_a_foreign_database_is_refused_in_place_of_the_list(qtbot, runners, config_dir,
                                                            data_dir):
    from inspector.ui.main_window import MainWindow
    from inspector.ui.settings import Settings

    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    conn.execute("CREATE TABLE accounts (iban TEXT)")
    conn.commit()
    conn.close()
    before = hashlib.sha256((data_dir / DATABASE_NAME).read_bytes()).hexdigest()

    window = MainWindow(runners(), Settings(config_dir / "inspector.ini"), "kk", None)
    qtbot.addWidget(window)
    window.show()
    page = window.list_page
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.problem, timeout=4000)
    assert "Inspector профилінің дерекқоры емес" in page.problem.text()
    assert hashlib.sha256((data_dir / DATABASE_NAME).read_bytes()).hexdigest() == before
