"""The editor opens a visit of every institution kind with the checklists as shipped."""

from __future__ import annotations

import pytest
from visit_support import dispose, wait_ready

from inspector.domain.kinds import INSTITUTION_KINDS
from inspector.domain.templates import all_templates
from inspector.services.visits import add_facility, start_visit
from inspector.store.profile import Profile
from inspector.ui.tasks import TaskRunner
from inspector.ui.visit import VisitEditor


@pytest.mark.parametrize("kind", INSTITUTION_KINDS)
def test_every_checklist_renders_every_question(qtbot, tmp_path, kind):
    # Every kind of institution ships its checklist; a missing or broken one fails here.
    assert any(t.kind == kind for t in all_templates().values()), f"no {kind} checklist shipped"
    with Profile(tmp_path / "p") as profile:
        facility = add_facility(profile, kind=kind, name="Учреждение")
        visit = start_visit(profile, facility.id, "2026-03-10")
    runner = TaskRunner(tmp_path / "p")
    editor = VisitEditor(runner, visit.id, "kk")
    wait_ready(qtbot, editor)
    editor.checklist.build_all()
    template = editor.session.data.template
    assert set(editor.checklist.rows) == {q.id for q in template.questions()}
    for question in template.questions():
        row = editor.checklist.rows[question.id]
        assert row.isHidden() == (not template.is_visible(question, {}))
    editor.set_language("ru")
    dispose(editor)
    runner.shutdown()
    qtbot.waitUntil(lambda: runner.running() == [], timeout=3000)
