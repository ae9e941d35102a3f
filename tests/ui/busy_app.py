"""The desktop app, driven as a person would while long work runs: for test_never_waits.py.

    python tests/ui/busy_app.py DATA_DIR VISIT_ID --export TARGET.xlsx
    python tests/ui/busy_app.py DATA_DIR VISIT_ID --sync URL USER PASSWORD

The real main window (offscreen) starts the Excel export or the sync through its own commands,
opens the visit the moment the work has started and types into a text answer. It prints, one
per line, flushed: `STARTED`, `OPENED <ms after the start>`, `EDITED <question id> <text>`,
`GAP <longest pause of the GUI thread so far, ms>` every 100 ms (a 10 ms QTimer heartbeat),
`RUNNING <yes|no>` with each GAP, and `DONE` if the work ends. The test kills it with SIGKILL.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from inspector.domain.checklist import QuestionType  # noqa: E402
from inspector.ui.app import application  # noqa: E402
from inspector.ui.settings import CONFIG_DIR_VARIABLE, Settings  # noqa: E402
from inspector.ui.tasks import TaskRunner  # noqa: E402

TYPED = "Проверено во время долгой работы"
HEARTBEAT_MS = 10
KEY_MS = 40  # between two keystrokes: a quick typist


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("visit_id")
    parser.add_argument("--export", type=Path)
    parser.add_argument("--sync", nargs=3, metavar=("URL", "USER", "PASSWORD"))
    args = parser.parse_args()
    os.environ[CONFIG_DIR_VARIABLE] = tempfile.mkdtemp(prefix="busy-app-config-")
    app = application()
    from inspector.sync.tokens import FileTokenStore
    from inspector.ui.main_window import MainWindow

    settings = Settings()
    if args.sync:
        settings.server_url, settings.user_name = args.sync[0], args.sync[1]
    runner = TaskRunner(args.data_dir)
    window = MainWindow(runner, settings, "ru")
    window.sync.token_store_for = lambda folder: FileTokenStore(Path(folder) / "tokens.json")
    window.resize(1366, 768)
    window.show()

    beat = {"last": 0.0, "longest": 0.0, "started": 0.0}

    def tick() -> None:
        now = time.monotonic()
        if beat["started"] and beat["last"]:
            beat["longest"] = max(beat["longest"], now - beat["last"])
            if now - beat["last"] > 0.05:
                say(f"PAUSE {(now - beat['last']) * 1000:.0f} at "
                    f"{(beat['last'] - beat['started']) * 1000:.0f}")
        beat["last"] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(tick)
    heartbeat.start()

    def running() -> bool:
        op = window.exports.task if args.export else window.sync.task
        return op is not None and not op.done

    reporter = QTimer()
    reporter.setInterval(100)
    reporter.timeout.connect(lambda: beat["started"] and (
        say(f"GAP {beat['longest'] * 1000:.0f}"), say(f"RUNNING {'yes' if running() else 'no'}")))
    reporter.start()

    def edit(editor) -> None:  # type: ignore[no-untyped-def]
        session = editor.session
        template = session.data.template
        shown = [q for q in template.questions() if template.is_visible(q, session.values())]
        # A text answer if the checklist has one showing, else a count (typed as digits).
        question = next((q for q in shown if q.type == QuestionType.TEXT), None) or next(
            q for q in shown if q.type == QuestionType.COUNT)
        typed = TYPED if question.type == QuestionType.TEXT else "7"
        editor.checklist.jump_to(question.id)
        field = editor.checklist.rows[question.id].input.focus_widget()
        field.selectAll()
        keys = list(typed)

        def next_key() -> None:  # one key a turn of the event loop, as a person types
            if keys:
                QTest.keyClick(field, keys.pop(0))
                QTimer.singleShot(KEY_MS, next_key)
            else:
                say(f"EDITED {question.id} {typed}")

        next_key()

    def open_visit() -> None:
        beat["started"] = time.monotonic()
        say("STARTED")
        window.open_visit(args.visit_id)
        editor = window.editor
        editor.ready.connect(lambda: (
            say(f"OPENED {(time.monotonic() - beat['started']) * 1000:.0f}"), edit(editor)))

    def start() -> None:
        if args.export:
            window.exports.ask_file_name = lambda *_: str(args.export)
            window.exports.exported.connect(lambda _: say("DONE"))
            window.exports.failed.connect(lambda error: say(f"FAILED {error}"))
            window.exports.workbook.trigger()
            open_visit()
            return
        window.sync.synced.connect(lambda _: say("DONE"))
        window.sync.failed.connect(lambda error: say(f"FAILED {error}"))
        window.sync.action.trigger()
        wait_for_login()

    def wait_for_login() -> None:
        dialog = window.sync.login
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, wait_for_login)
            return
        dialog.password.setText(args.sync[2])
        dialog.accept()
        wait_for_sync()

    def wait_for_sync() -> None:
        if window.sync.task is None:  # the sign-in is checked first; then the sync starts
            QTimer.singleShot(5, wait_for_sync)
            return
        open_visit()

    launched: list[bool] = []

    def launch_once(_total: int) -> None:
        if not launched:  # the list reloads later too (after the export's visit edit, say)
            launched.append(True)
            # A second after the list shows, as a person would start: the window has parsed
            # the checklists and imported the editor's code on the pool by then.
            QTimer.singleShot(1000, start)

    window.list_page.loaded.connect(launch_once)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
