"""Interviews (nothing but consent before consent) and findings with their evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from visit_support import make_photos, wait_written

from inspector.domain.answer import answer_id
from inspector.domain.finding import Finding
from inspector.domain.interview import Interview
from inspector.services.findings import findings_of
from inspector.store.profile import Profile
from inspector.ui.visit.evidence_picker import EvidencePicker


def stored(setup, cls):
    with Profile(setup.data_dir) as profile:
        if cls is Finding:
            return findings_of(profile, setup.visit_id)
        return profile.records.of_visit(cls, setup.visit_id)


def new_interview(editor):
    """The interviews tab shown and a new interview begun: (the tab, its form)."""
    view = editor.interviews
    editor.tabs.setCurrentWidget(view)
    view.new_button.click()
    return view, view.form


def test_interview_is_refused_before_consent_and_saved_after(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    view, form = new_interview(editor)
    assert form.inputs["consent_record"].isEnabled()
    assert not form.inputs["position"].isEnabled()  # locked until consent
    assert not view.notes.isEnabled()
    assert "согласие" in view.banner.text().lower() or "consent" in view.banner.text().lower()

    # Something other than consent, before consent: the store refuses and says why.
    view.set_answer("position", "Оператор")
    view.save_now()
    qtbot.waitUntil(lambda: not view.message.isHidden(), timeout=5000)
    assert "соглас" in view.message.text()
    wait_written(qtbot, editor)
    assert stored(setup, Interview) == []

    # Not numbered before consent (the report will not print it), and no stray dash for it.
    assert view.list.item(0).text() in ("Interview — no consent yet", "Интервью — пока нет согласия")
    yes = form.inputs["consent_record"].buttons()[0]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert form.inputs["position"].isEnabled()
    assert view.notes.isEnabled()
    assert form.inputs["interviewee_name"].isHidden()  # anonymous by default
    qtbot.keyClicks(form.inputs["wage"].edit, "95000")
    wait_written(qtbot, editor)
    interviews = stored(setup, Interview)
    assert len(interviews) == 1
    assert interviews[0].answers == {"consent_record": "yes", "position": "Оператор",
                                     "wage": 95000}
    assert view.message.isHidden()
    assert view.list.count() == 1
    title = view.list.item(0).text().lower()
    assert "аноним" in title or "anonymous" in title


def test_take_home_above_accrued_warns_on_the_interview_form(env, qtbot):
    _setup, _runner, open_editor = env
    _view, form = new_interview(open_editor())
    qtbot.mouseClick(form.inputs["consent_record"].buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.inputs["wage_gross"].edit, "150000")
    qtbot.keyClicks(form.inputs["wage"].edit, "180000")
    warning = form.warnings["wage"]
    assert warning.isVisible() and "150 000" in warning.text().replace("\u00a0", " ")
    assert not form.warnings["wage_gross"].isVisible()
    form.inputs["wage"].edit.clear()
    qtbot.keyClicks(form.inputs["wage"].edit, "120000")
    assert not warning.isVisible()


def test_consent_alone_can_be_saved(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    view = editor.interviews
    view.new_button.click()
    qtbot.mouseClick(view.form.inputs["consent_record"].buttons()[1], Qt.MouseButton.LeftButton)
    wait_written(qtbot, editor)
    assert [i.answers for i in stored(setup, Interview)] == [{"consent_record": "no"}]


def test_finding_with_an_answer_and_a_photo_as_evidence(env, qtbot, tmp_path):
    setup, _runner, open_editor = env
    editor = open_editor()
    rows = editor.checklist.rows
    qtbot.keyClicks(rows["wage_avg_operator"].input.edit, "120000")
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000):
        editor.photos.import_paths(make_photos(tmp_path / "p", 1))
    photo = editor.session.data.photos[0]

    view = editor.findings
    editor.tabs.setCurrentWidget(view)
    view.new_button.click()
    view.severity.setCurrentIndex(view.severity.findData("critical"))
    view.theme.setCurrentIndex(view.theme.findData("pay"))
    view.text.setPlainText("Зарплата операторов ниже средней по региону.")
    view.recommendation.setPlainText("Пересмотреть оклады.")
    view.addressee.setCurrentText("Правительство Республики Казахстан")

    editor.session.autosave.flush()
    picker = EvidencePicker(editor.session, editor.thumbnails, view.current.evidence, view)
    answer = answer_id(setup.visit_id, "wage_avg_operator")
    picker.set_checked("answer", answer)
    picker.set_checked("photo", photo.id)
    view.set_evidence(picker.chosen())
    assert view.evidence.count() == 2
    assert "120" in view.evidence.item(0).text()

    wait_written(qtbot, editor)
    findings = stored(setup, Finding)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity == "critical" and finding.theme == "pay"
    assert finding.recommendation == "Пересмотреть оклады."
    assert finding.evidence == [{"kind": "answer", "id": answer},
                                {"kind": "photo", "id": photo.id}]


def test_findings_are_reordered(env, qtbot):
    setup, _runner, open_editor = env
    editor = open_editor()
    view = editor.findings
    for text in ("Первое", "Второе", "Третье"):
        view.new_button.click()
        view.text.setPlainText(text)
    wait_written(qtbot, editor)
    view.list.setCurrentRow(2)
    view.up_button.click()
    view.up_button.click()
    wait_written(qtbot, editor)
    assert [f.text for f in stored(setup, Finding)] == ["Третье", "Первое", "Второе"]
    assert view.list.item(0).text().startswith("1.") and "Третье" in view.list.item(0).text()


def test_deleting_findings_and_interviews_reaches_the_store(env, qtbot, monkeypatch):
    import inspector.ui.visit.record_pane as record_pane

    asked = []
    monkeypatch.setattr(record_pane, "ask", lambda *args: asked.append(args[1]) or True)
    setup, _runner, open_editor = env
    editor = open_editor()
    findings = editor.findings
    for text in ("Первое", "Второе"):
        findings.new_button.click()
        findings.text.setPlainText(text)
    interviews = editor.interviews
    interviews.new_button.click()
    interviews.set_answer("consent_record", "yes")
    interviews.new_button.click()  # a second one, never answered: never stored
    wait_written(qtbot, editor)
    assert len(stored(setup, Interview)) == 1

    findings.list.setCurrentRow(0)
    findings.delete_button.click()
    interviews.delete_current()  # the unanswered one: nothing to write, nothing to fail
    interviews.list.setCurrentRow(0)
    interviews.delete_current()
    wait_written(qtbot, editor)
    assert len(asked) == 3
    assert [f.text for f in stored(setup, Finding)] == ["Второе"]
    assert stored(setup, Interview) == []
    assert findings.list.count() == 1 and interviews.list.count() == 0
    assert editor.tabs.tabText(editor.tabs.indexOf(interviews)).endswith("(0)")


def test_a_delete_that_fails_is_told_not_swallowed(env, qtbot, monkeypatch):
    import inspector.ui.visit.editor as editor_module
    import inspector.ui.visit.record_pane as record_pane
    from inspector.ui.visit.findings_view import FindingsView

    monkeypatch.setattr(record_pane, "ask", lambda *args: True)
    told = []
    monkeypatch.setattr(editor_module.QMessageBox, "warning",
                        lambda parent, title, text: told.append(text))
    setup, _runner, open_editor = env
    editor = open_editor()
    view = editor.findings
    view.new_button.click()
    view.text.setPlainText("Очередь 40 минут.")
    wait_written(qtbot, editor)

    def refuse(self, profile, finding_id):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FindingsView, "delete", refuse)
    view.delete_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "No space left on device" in told[0]
    assert editor.save_state.text() == "Not saved"
    assert [f.text for f in stored(setup, Finding)] == ["Очередь 40 минут."]
