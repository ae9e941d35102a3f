"""A revisit's «Recommendations» tab: the earlier visits' open recommendations, answered by the
deputies on the spot, and the status that follows."""

from __future__ import annotations

from visit_support import dispose, wait_ready

from inspector.domain.finding import Finding
from inspector.services.findings import save_finding
from inspector.services.visits import add_facility, revisit, start_visit
from inspector.store.profile import Profile
from inspector.ui.tasks import TaskRunner
from inspector.ui.visit import VisitEditor


def test_the_deputy_answers_each_earlier_recommendation_and_its_status_follows(qtbot, tmp_path):
    with Profile(tmp_path / "p") as profile:
        facility = add_facility(profile, kind="psc", name="ЦОН №3", region="astana")
        first = start_visit(profile, facility.id, "2026-03-10", deputies=["А. Серикбаев"])
        finding = save_finding(profile, Finding(visit_id=first.id, text="Нет пандуса",
                                                recommendation="Установить пандус"))
        follow_up = revisit(profile, first.id, "2026-11-20")
    runner = TaskRunner(tmp_path / "p")
    editor = VisitEditor(runner, follow_up.id, "ru")
    wait_ready(qtbot, editor)
    qtbot.waitUntil(lambda: editor.tabs.indexOf(editor.followup) >= 0, timeout=5000)
    assert "(1)" in editor.tabs.tabText(editor.tabs.indexOf(editor.followup))
    (_check, result, comment), = editor.followup.rows
    comment.setText("пандус установлен")
    result.setCurrentIndex(result.findData("implemented"))
    qtbot.waitUntil(lambda: runner.running() == [], timeout=5000)
    with Profile(tmp_path / "p") as profile:
        seen = profile.records.get(Finding, finding.id)
        assert (seen.recommendation_status, seen.status_visit_id, seen.status_by) == (
            "implemented", follow_up.id, "А. Серикбаев")
    dispose(editor)
    # A first visit has nothing to follow up: no such tab.
    editor = VisitEditor(runner, first.id, "ru")
    wait_ready(qtbot, editor)
    qtbot.wait(300)
    assert editor.tabs.indexOf(editor.followup) == -1
    dispose(editor)
    runner.shutdown()
