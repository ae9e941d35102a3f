"""Sync from the desktop app against a real server on a loopback port, two laptops of a team.

The server and accounts come from tests/pg.py (the sync tests' infrastructure), on SQLite only:
the server side is tested on both backends elsewhere; here the desktop flow matters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import make_visit
from pg import PASSWORD, Accounts, ServerProcess, free_port
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from shell_support import type_text

from inspector.services import visits as visit_service
from inspector.services.sync import list_conflicts
from inspector.store.profile import Profile
from inspector.sync.tokens import FileTokenStore
from inspector.ui.ops import store_op
from inspector.ui.settings import Settings
from inspector.ui.tasks import TaskRunner

QUESTION = "psc_type"  # a single-choice question of the shipped PSC checklist
SYNC_MS = 20_000


@pytest.fixture(scope="module")
def sync_server(tmp_path_factory) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path_factory.mktemp("ui-sync-server") / "data").start()
    yield proc
    proc.stop()


@pytest.fixture
def team(sync_server) -> Iterator[tuple[str, str]]:
    accounts = Accounts(sync_server)
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    yield deputy, aide
    accounts.close()


@pytest.fixture
def laptop(qtbot, tmp_path) -> Iterator[Callable[..., Any]]:
    """A main window on its own profile and settings, set up for the test server."""
    from inspector.ui.main_window import MainWindow

    made: list[tuple[Any, TaskRunner]] = []

    def open_(name: str, server_url: str, user: str) -> MainWindow:
        runner = TaskRunner(tmp_path / name)
        settings = Settings(tmp_path / f"{name}-config" / "inspector.ini")
        settings.server_url, settings.user_name = server_url, user
        window = MainWindow(runner, settings, "en")
        window.sync.token_store_for = lambda folder: FileTokenStore(Path(folder) / "tokens.json")
        made.append((window, runner))
        window.show()
        qtbot.waitUntil(lambda: window.list_page.has_loaded, timeout=4000)
        qtbot.waitUntil(lambda: window.sync.status is not None, timeout=4000)
        return window

    yield open_
    for window, runner in made:
        # Answers still on their way (a list reload after a sync) arrive while the window lives.
        qtbot.waitUntil(lambda runner=runner: not runner.running(), timeout=10_000)
        window.close()
        runner.shutdown()
        QApplication.processEvents()
        window.deleteLater()
    # Windows go before their runners (a window holds its runner), while both are referenced.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    made.clear()


def on_store(qtbot, window, fn, *args) -> Any:
    """Run fn(profile, *args) on the window's store lane and wait for its result."""
    results: list = []
    store_op(window.runner, lambda job: fn(job.profile, *args)).success(results.append) \
        .failure(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert not isinstance(results[0], BaseException), results[0]
    return results[0]


def sign_in(qtbot, window, password: str = PASSWORD) -> None:
    qtbot.waitUntil(lambda: window.sync.login is not None and window.sync.login.isVisible(),
                    timeout=5000)
    dialog = window.sync.login
    assert dialog.user_name.text() == window.settings.user_name
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def sync(qtbot, window, *, password: str | None = None) -> Any:
    with qtbot.waitSignal(window.sync.synced, timeout=SYNC_MS) as blocker:
        window.sync.action.trigger()
        if password is not None:
            sign_in(qtbot, window, password)
    return blocker.args[0]


def city_visit(profile: Profile) -> str:
    return make_visit(profile, answers={QUESTION: "city"}).id


def answer(profile: Profile, visit_id: str, value: str) -> None:
    visit_service.answer_question(profile, visit_id, QUESTION, value)


def value_of(profile: Profile, visit_id: str) -> Any:
    return visit_service.answer_values(profile, visit_id)[QUESTION]


def test_two_laptops_sync_and_settle_a_conflict(qtbot, sync_server, team, laptop):
    deputy, aide = team
    a = laptop("a", sync_server.url, deputy)
    b = laptop("b", sync_server.url, aide)
    visit_id = on_store(qtbot, a, city_visit)
    a.sync.refresh_status()
    qtbot.waitUntil(lambda: a.sync.status.pending > 0, timeout=4000)
    assert "1 visit(s) not yet sent" in a.sync_status.label.text()  # visits, not records
    assert a.sync_status.label.text().startswith("Never synced")

    # The GUI keeps processing events while the sync runs on the store lane.
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1) if a.sync.is_running() else None)
    timer.start()
    labels: list[str] = []
    a.sync._relay.stage.connect(lambda *_: labels.append(a.task_progress.label.text()))
    outcome = sync(qtbot, a, password=PASSWORD)
    timer.stop()
    assert len(ticks) >= 3
    assert any(text.startswith("Sync: sending changes") for text in labels), labels
    assert outcome.report["visits_sent"] == 1 and outcome.status.pending == 0
    assert a.statusBar().currentMessage().startswith("Synced. Sent visits: 1")
    assert a.sync_status.label.text().startswith("Synced today at")
    qtbot.waitUntil(lambda: not a.task_progress.isVisible(), timeout=4000)

    sync(qtbot, b, password=PASSWORD)
    qtbot.waitUntil(lambda: b.list_page.model.rowCount() == 1, timeout=4000)
    assert b.list_page.model.summary(0).id == visit_id

    # The same answer, changed differently on both laptops; a token is stored, so no sign-in.
    on_store(qtbot, a, answer, visit_id, "district")
    on_store(qtbot, b, answer, visit_id, "rural")
    sync(qtbot, a)
    outcome = sync(qtbot, b)
    assert a.sync.login is None and b.sync.login is None
    assert outcome.status.conflicts == 1
    assert "Need review: 1 (" in b.statusBar().currentMessage()
    assert b.sync_status.review_button.isVisible()
    assert b.sync_status.review_button.text() == "1 need review"

    qtbot.mouseClick(b.sync_status.review_button, Qt.MouseButton.LeftButton)
    dialog = b.sync.review
    qtbot.waitUntil(lambda: dialog.loaded, timeout=4000)
    assert dialog.tree.topLevelItemCount() == 1
    group = dialog.tree.topLevelItem(0)
    assert group.text(0) == "ЦОН Байконырского района — 02.04.2026"
    row = group.child(0)
    assert (row.text(0), row.text(1)) == ("Type of centre", "answer")
    assert (row.text(2), row.text(3)) == ("Rural (service point)", "District")
    assert dialog.mine_value.toPlainText() == "Rural (service point)"
    assert dialog.theirs_value.toPlainText() == "District"
    assert dialog.keep_mine.text() == "Keep mine" and dialog.keep_theirs.isVisible()

    with qtbot.waitSignal(dialog.resolved, timeout=4000):
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.items == [] and dialog.empty.isVisible(), timeout=4000)
    qtbot.waitUntil(lambda: not b.sync_status.review_button.isVisible(), timeout=4000)
    dialog.close()

    sync(qtbot, b)
    sync(qtbot, a)
    for window in (a, b):
        assert on_store(qtbot, window, value_of, visit_id) == "rural"
        assert on_store(qtbot, window, list_conflicts) == []
        assert window.sync.status.conflicts == 0 and window.sync.status.pending == 0


def test_wrong_password_says_so_and_loses_nothing(qtbot, sync_server, team, laptop):
    a = laptop("a", sync_server.url, team[0])
    visit_id = on_store(qtbot, a, city_visit)
    with qtbot.waitSignal(a.sync.failed, timeout=SYNC_MS):
        a.sync.action.trigger()
        sign_in(qtbot, a, "not the password")
    qtbot.waitUntil(lambda: a.sync.login is not None and a.sync.login.isVisible(), timeout=4000)
    dialog = a.sync.login
    assert dialog.error.isVisible()
    assert "did not accept this user name and password" in dialog.error.text()
    assert not a.sync.action.isEnabled()  # the sign-in is still going on
    dialog.reject()
    qtbot.waitUntil(lambda: a.sync.action.isEnabled(), timeout=4000)
    assert on_store(qtbot, a, value_of, visit_id) == "city"
    qtbot.waitUntil(lambda: a.sync.status.pending > 0, timeout=4000)

    # The right password afterwards: the same work goes up.
    outcome = sync(qtbot, a, password=PASSWORD)
    assert outcome.report["visits_sent"] == 1


def test_server_down_says_so(qtbot, laptop, monkeypatch):
    from functools import partial

    from inspector.sync import client

    # No retries with back-off (about 3 s): the message is the same after the first refusal.
    # Patched where it is defined: the window imports sync code only when a sync starts.
    monkeypatch.setattr(client, "SyncClient", partial(client.SyncClient, retries=0))
    a = laptop("a", f"http://127.0.0.1:{free_port()}", "aide-nobody")
    on_store(qtbot, a, city_visit)
    with qtbot.waitSignal(a.sync.failed, timeout=SYNC_MS):
        a.sync.action.trigger()
        sign_in(qtbot, a)
    box = a.sync.message
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "cannot be reached" in box.text() and "stays saved on this computer" in box.text()
    assert a.sync.action.isEnabled()
    qtbot.waitUntil(lambda: a.sync.status.pending > 0, timeout=4000)  # nothing lost
    box.close()


def test_sync_without_a_server_address_points_to_settings(qtbot, laptop):
    a = laptop("a", "", "")
    a.sync.action.trigger()
    box = a.sync.message
    assert box is not None and "Settings" in box.text()
    box.close()


def test_commands_follow_the_language(qtbot, laptop):
    from inspector.ui.i18n import Translations

    translations = Translations()
    a = laptop("a", "", "")
    try:
        translations.set_language("kk")
        qtbot.waitUntil(lambda: a.sync.action.text() == "&Синхрондау", timeout=2000)
        assert a.exports.visit_report.text() == "Сапар &есебі (PDF)…"
        translations.set_language("ru")
        qtbot.waitUntil(lambda: a.sync.action.text() == "&Синхронизировать", timeout=2000)
        assert a.sync.review_action.text() == "Записи для &проверки…"
    finally:
        translations.set_language("en")


def test_cancel_stops_the_sync_and_keeps_the_work(qtbot, sync_server, team, laptop, monkeypatch):
    import time

    from inspector.services import sync as sync_service

    real_run_sync = sync_service.run_sync

    def run_sync_waiting_for_cancel(*args, on_progress, is_cancelled, **kwargs):
        def progress(stage, done, total):
            on_progress(stage, done, total)
            deadline = time.monotonic() + 5  # hold the sync here until the person cancels
            while not is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        return real_run_sync(*args, on_progress=progress, is_cancelled=is_cancelled, **kwargs)

    monkeypatch.setattr(sync_service, "run_sync", run_sync_waiting_for_cancel)
    a = laptop("a", sync_server.url, team[0])
    on_store(qtbot, a, city_visit)
    a.sync._relay.stage.connect(lambda *_: a.task_progress.cancel_button.click())
    with qtbot.waitSignal(a.sync.failed, timeout=SYNC_MS) as failed:
        a.sync.action.trigger()
        sign_in(qtbot, a)
    assert type(failed.args[0]).__name__ == "SyncCancelled"
    assert a.statusBar().currentMessage().startswith("Sync cancelled. Nothing is lost")
    assert a.sync.message is None and a.sync.action.isEnabled()
    qtbot.waitUntil(lambda: not a.task_progress.isVisible(), timeout=4000)
    monkeypatch.setattr(sync_service, "run_sync", real_run_sync)
    assert sync(qtbot, a).status.pending == 0  # signed in already: the next sync finishes


def test_error_texts_say_what_happened(qtbot, laptop):
    from inspector.sync.client import ProtocolMismatch, SyncError

    a = laptop("a", "", "")
    text = a.sync.error_text(ProtocolMismatch("protocol 1 vs 2", 426), "https://x")
    assert "does not match the server" in text and "stays saved" in text
    text = a.sync.error_text(SyncError("not a member of this team", 403), "https://x")
    assert "“not a member of this team”" in text
    assert "unexpected error: boom" in a.sync.error_text(RuntimeError("boom"), "https://x")


def test_a_server_that_lost_records_is_reported(qtbot, laptop):
    from inspector.services.sync import SyncOutcome, SyncReport, SyncStatus

    window = laptop("a", "http://127.0.0.1:9", "aide")
    report = SyncReport(server="http://127.0.0.1:9", user="aide", resent_records=156,
                        server_lost_history=True)
    text = window.sync.result_text(SyncOutcome(report.as_dict(), SyncStatus("", 0, 0)))
    assert "The server did not know 156 records — sent again" in text


def test_a_broken_reply_and_a_sign_in_limit_say_what_to_do(qtbot, laptop):
    from inspector.sync.client import ConnectionBroken, SignInLimited

    a = laptop("a", "", "")
    broken, limited = ConnectionBroken("answer cut short"), SignInLimited("429", retry_after=42)
    for lang, words, wait in [("en", "broke off during its answer", "Wait 42 s"),
                              ("ru", "оборвалась во время ответа", "Подождите 42 с"),
                              ("kk", "байланыс жауап кезінде үзілді", "42 с күтіп")]:
        a.set_language(lang)
        text = a.sync.error_text(broken, "https://x")
        assert words in text and "https://x" in text and "{" not in text
        assert wait in a.sync.error_text(limited, "https://x")


def _spoil_visit(profile: Profile, visit_id: str) -> None:
    """A value an older version or a bug could have left in the visit and its pending op."""
    import json

    with profile.database.transaction() as conn:
        conn.execute("UPDATE visits SET deputies = '[1, {}]' WHERE id = ?", (visit_id,))
        seq, fields = conn.execute("SELECT seq, fields FROM outbox WHERE record_id = ?",
                                   (visit_id,)).fetchone()
        conn.execute("UPDATE outbox SET fields = ? WHERE seq = ?",
                     (json.dumps(json.loads(fields) | {"deputies": [1, {}]}), seq))


def test_a_record_kept_aside_is_named_in_the_window(qtbot, sync_server, team, laptop):
    a = laptop("a", sync_server.url, team[0])
    visit_id = on_store(qtbot, a, city_visit)
    on_store(qtbot, a, _spoil_visit, visit_id)
    outcome = sync(qtbot, a, password=PASSWORD)
    assert [h["record_id"] for h in outcome.report["held"]] == [visit_id]
    box = a.sync.message
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert "Not sent, kept on this laptop: 1" in box.text()
    assert f"visit {visit_id[:8]}: field “deputies”" in box.text()
    assert a.sync.status.pending > 0  # still in the outbox, not lost
    box.close()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_window_and_the_command_line_word_an_outcome_alike(qtbot, laptop, lang):
    """One sentence per outcome: the window's status line and message box say what `inspector
    sync` prints (services/sync_messages.py), in the person's language."""
    from inspector.services.sync import SyncOutcome, SyncReport, SyncStatus
    from inspector.services.sync_messages import error_message, report_message
    from inspector.sync.client import (
        AuthRequired,
        ConnectionBroken,
        ProtocolMismatch,
        ServerUnreachable,
        SignInLimited,
        SyncError,
    )

    window = laptop("a", "https://x", "aide")
    window.set_language(lang)
    report = SyncReport(server="https://x", user="aide", visits_sent=2, photos_uploaded=3,
                        resent_records=4, rejected=[{"entity": "visit", "record_id": "v1",
                                                     "message": "no"}],
                        conflicts=[{"entity": "answer", "record_id": "a1", "field": "value",
                                    "mine": 1, "theirs": 2}])
    shown = window.sync.result_text(SyncOutcome(report.as_dict(), SyncStatus("", 0, 1)))
    printed = report_message(report, lang).splitlines()
    assert shown.startswith(printed[0]) and printed[1] in shown and printed[2] in shown
    assert "{" not in shown and "%" not in shown
    for error in (AuthRequired("401"), ProtocolMismatch("1 vs 2", 426), SignInLimited(
            "429", retry_after=42), ConnectionBroken("cut"), ServerUnreachable("down"),
            SyncError("not a member of this team", 403), RuntimeError("boom")):
        assert window.sync.error_text(error, "https://x") == error_message(error, lang, "https://x")
    if lang != "en":
        assert "Synced" not in shown and "saved on this computer" not in error_message(
            ServerUnreachable("down"), lang, "https://x")


def test_amounts_moved_are_said_in_the_language_of_the_window(qtbot, laptop):
    # Qt's formattedDataSize wrote «141,62 MiB» in the middle of a Russian status bar.
    from inspector.ui.i18n import Translations

    translations = Translations()
    a = laptop("a", "", "")
    try:
        for lang, big, small in [("ru", "135,1 МБ", "2 КБ"), ("kk", "135,1 МБ", "2 КБ"),
                                 ("en", "135.1 MB", "2 KB")]:
            translations.set_language(lang)
            a.set_language(lang)
            assert a.sync.data_size(141_620_000) == big
            assert a.sync.data_size(1500) == small
            assert a.sync.data_size(3 * 1024 ** 3) in ("3,00 ГБ", "3.00 GB")
    finally:
        translations.set_language("en")


def test_what_a_sync_says_at_its_end_does_not_take_the_keys(qtbot, laptop):
    # A window-modal box appeared mid-sentence: the next keys went into it and Enter pressed OK.
    from PySide6.QtWidgets import QApplication, QMessageBox

    a = laptop("a", "", "")
    a.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    typing_in = QApplication.focusWidget()
    a.sync._tell(QMessageBox.Icon.Warning, "2 records were kept aside")
    box = a.sync.message
    try:
        qtbot.waitUntil(box.isVisible, timeout=3000)
        qtbot.wait(50)
        assert QApplication.focusWidget() is typing_in and not box.isModal()
    finally:
        box.close()
