"""Shared helpers for the visit editor tests: a small checklist, a profile with one visit.

The tests use their own compact templates (patched into the template catalogue) so they do not
break when the shipped checklists are reworded or extended; one smoke test opens the real ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builders import install_templates, make_visit
from builders import question as _q
from builders import text as _t

from inspector.domain.checklist import ChecklistTemplate, parse_template
from inspector.services.visits import answer_values
from inspector.store.profile import Profile

CHECKLIST: dict[str, Any] = {
    "id": "psc", "version": 1, "kind": "psc", "title": _t("ЦОН"),
    "norms": [{"id": "wage", "question": "wage_avg_operator", "of": "regional_avg_wage",
               "at_least": 100, "text": _t("не ниже средней по региону"),
               "source": _t("Бюро национальной статистики")}],
    # Soft checks are declared by the template, as in the shipped checklists v4.
    "plausibility": {"text": _t("Больше, чем «{whole_question}» ({whole}). Проверьте ответ."),
                     "not_above": [{"part": "staff_posts_filled", "whole": "staff_posts_total"}]},
    "sections": [
        {"id": "staff", "title": _t("Кадры", "Кадрлар", "Staffing"), "questions": [
            _q("staff_posts_total", "count", "Штатных единиц", required=True, key_figure=True,
               help=_t("По штатному расписанию")),
            _q("staff_posts_filled", "count", "Занято единиц", required=True, key_figure=True),
            _q("has_vacancies", "yes_no", "Есть вакансии?", required=True,
               problem_if={"equals": "yes"}),
            _q("vacancy_reason", "text", "Почему не заполнены?", required=True,
               show_if={"question": "has_vacancies", "equals": "yes"}),
            _q("shifts", "single_choice", "Режим работы",
               options=[{"id": "one", "text": _t("Одна смена")},
                        {"id": "two", "text": _t("Две смены")}]),
        ]},
        {"id": "pay", "title": _t("Оплата труда", "Еңбекақы", "Pay"), "questions": [
            _q("wage_avg_operator", "money", "Средняя зарплата оператора", key_figure=True,
               problem_if={"below": 150000}),
            _q("regional_avg_wage", "money", "Средняя зарплата по региону"),
            _q("social_package", "multiple_choice", "Социальный пакет",
               options=[{"id": "insurance", "text": _t("Медстраховка")},
                        {"id": "transport", "text": _t("Транспорт")},
                        {"id": "none", "text": _t("Нет")}]),
            _q("morale", "rating", "Настроение коллектива"),
            _q("last_raise", "date", "Последнее повышение"),
            _q("overtime_hours", "number", "Переработка в неделю",
               unit=_t("ч", "сағ", "h")),
        ]},
    ],
}

INTERVIEW: dict[str, Any] = {
    "id": "staff_interview", "version": 1, "kind": "interview", "title": _t("Интервью"),
    "sections": [
        {"id": "consent", "title": _t("Согласие"), "questions": [
            _q("consent_record", "yes_no", "Согласен на запись?", required=True),
            _q("consent_named", "yes_no", "Можно назвать по имени?",
               show_if={"question": "consent_record", "equals": "yes"}),
            _q("interviewee_name", "text", "Имя",
               show_if={"question": "consent_named", "equals": "yes"}),
        ]},
        {"id": "work", "title": _t("Работа"), "questions": [
            _q("position", "text", "Должность"),
            _q("wage", "money", "Зарплата на руки"),
            _q("wage_gross", "money", "Начислено по расчётному листку"),
        ]},
    ],
    "plausibility": {"not_above": [{"part": "wage", "whole": "wage_gross", "text": _t(
        "Больше начисленного ({whole}): на руки не получают больше, чем начислено.")}]},
}


def test_templates() -> dict[tuple[str, int], ChecklistTemplate]:
    return {t.key: t for t in (parse_template(data, source=f"{data['id']}.json")
                               for data in (CHECKLIST, INTERVIEW))}


test_templates.__test__ = False  # a helper, not a test


def use_test_templates(monkeypatch) -> None:
    install_templates(monkeypatch, (CHECKLIST, INTERVIEW))


@dataclass
class VisitSetup:
    data_dir: Path
    visit_id: str


def visit_in_folder(data_dir: Path, *, started_on: str = "2026-03-10",
                    ended_on: str = "") -> VisitSetup:
    """The editor tests' visit (tests/builders.py's make_visit) in a profile folder of its own."""
    with Profile(data_dir) as profile:
        visit = make_visit(profile, name="ЦОН Есильского района", district="Есильский район",
                           address="пр. Мәңгілік Ел, 8", started_on=started_on,
                           ended_on=ended_on, deputies=["Г. Баймаханова", "С. Имашева"])
    return VisitSetup(data_dir, visit.id)


def stored_answers(setup: VisitSetup) -> dict[str, Any]:
    """The visit's answers as the store holds them (read through a profile of its own)."""
    with Profile(setup.data_dir) as profile:
        return answer_values(profile, setup.visit_id)


def dispose(editor) -> None:
    """Flush, close and delete an editor now, while its runner is still alive.

    Left to qtbot, the editor is deleted later, in another test's event loop; if the runner it
    referenced is collected in the same moment, Qt deletes a Task twice and the process crashes
    ("shared QObject was deleted directly"). The app's runner lives as long as the app, so this
    only bites tests, but it bites them hard.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    editor.flush()
    editor.close()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_ready(qtbot, editor) -> None:
    qtbot.waitUntil(editor.is_ready, timeout=5000)


def wait_written(qtbot, editor) -> None:
    """Every pending edit sent and written (flush sends them; the session counts the writes)."""
    editor.flush()
    qtbot.waitUntil(lambda: editor.session._in_flight == 0, timeout=5000)


def editor_env(qtbot, tmp_path, monkeypatch, **visit: str):
    """Generator behind each test file's `env` fixture: (setup, runner, open_editor).

    Teardown flushes and closes every editor, shuts the runner down and checks that no task
    is left behind (a leaked thread or a lost callback would show up here).
    """
    from inspector.ui.tasks import TaskRunner
    from inspector.ui.visit import VisitEditor

    use_test_templates(monkeypatch)
    setup = visit_in_folder(tmp_path / "profile", **visit)
    runner = TaskRunner(setup.data_dir)
    editors: list = []

    def open_editor(lang: str = "ru"):
        editor = VisitEditor(runner, setup.visit_id, lang)
        editor.resize(1100, 750)
        editor.show()
        wait_ready(qtbot, editor)
        editor.checklist.build_all()
        editors.append(editor)
        return editor

    yield setup, runner, open_editor
    for editor in editors:
        dispose(editor)
    runner.shutdown()
    assert runner.wait(1000)  # no thread still busy
    qtbot.waitUntil(lambda: runner.running() == [], timeout=3000)


def make_photos(folder: Path, count: int, *, day: str = "2026-03-10", size=(96, 72),
                start: int = 0) -> list[Path]:
    from datetime import datetime, timedelta

    from inspector.photos.fixtures import make_jpeg

    folder.mkdir(parents=True, exist_ok=True)
    taken = datetime.fromisoformat(day) + timedelta(hours=10)
    return [make_jpeg(folder / f"IMG_{start + i:04d}.jpg", size=size, seed=start + i,
                      taken_at=taken + timedelta(minutes=i)) for i in range(count)]
