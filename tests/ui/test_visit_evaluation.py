"""The editor judges answers as the report does: a wage measured against the regional average."""

from __future__ import annotations

from visit_support import wait_written

from inspector.services.visit_list import visit_summaries
from inspector.services.visits import answers_of
from inspector.store.profile import Profile


def test_the_regional_average_flags_the_wage_in_the_editor_the_store_and_the_list(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    session = editor.session
    session.set_value("wage_avg_operator", 200_000)  # above its own rule's 150 000, but
    # below the Bureau's published average for Astana at the visit's date
    assert session.data.answers["wage_avg_operator"].flagged
    session.set_value("regional_avg_wage", 150_000)  # a figure typed in wins: 133 %
    assert not session.data.answers["wage_avg_operator"].flagged
    session.set_value("regional_avg_wage", 300_000)  # now it is 67 % of the regional average
    assert session.data.answers["wage_avg_operator"].flagged
    assert editor.checklist.rows["wage_avg_operator"].flag.isChecked()
    editor.overview.refresh()
    assert "1 problem" in editor.overview.counts.text()
    wait_written(qtbot, editor)
    with Profile(setup.data_dir) as profile:
        assert answers_of(profile, setup.visit_id)["wage_avg_operator"].flagged
        (row,) = visit_summaries(profile)
        assert row.flagged == 1
