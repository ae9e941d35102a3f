"""A visit's life through the services the CLI and the desktop app share."""

from __future__ import annotations

import pytest

from inspector.domain.errors import InvalidInput
from inspector.domain.finding import Finding
from inspector.domain.interview import ConsentMissing
from inspector.domain.templates import checklist_for
from inspector.domain.visit import Visit
from inspector.photos.fixtures import make_jpeg
from inspector.services import visits as service
from inspector.services.findings import findings_of, save_finding
from inspector.services.interviews import new_interview, save_interview
from inspector.services.photos import DUPLICATE, IMPORTED, REJECTED, import_photos


@pytest.fixture
def visit(profile):
    facility = service.add_facility(profile, kind="psc", name="ЦОН Сарыаркинского района",
                                    region="astana")
    return service.start_visit(profile, facility.id, "2026-11-20", deputies=["С. Имашева"])


def test_a_visit_uses_the_newest_checklist_of_its_kind(profile, visit):
    assert (visit.template_id, visit.template_version) == checklist_for("psc").key


def test_answers_are_validated_and_flagged_by_the_templates_norms(profile, visit):
    answer = service.answer_question(profile, visit.id, "waiting_time_minutes", "40")
    assert answer.value == 40 and answer.flagged
    assert not service.answer_question(profile, visit.id, "waiting_time_minutes", 5).flagged
    # A person may flag what the rule did not, and the flag survives a comment edit.
    service.answer_question(profile, visit.id, "waiting_time_minutes", flagged=True)
    kept = service.answer_question(profile, visit.id, "waiting_time_minutes", comment="в обед")
    assert kept.flagged and kept.value == 5
    with pytest.raises(InvalidInput):
        service.answer_question(profile, visit.id, "waiting_time_minutes", "долго")
    with pytest.raises(InvalidInput):
        service.answer_question(profile, visit.id, "no_such_question", 1)


def test_completing_needs_every_required_answer_that_applies(profile, visit):
    with pytest.raises(service.VisitIncomplete) as error:
        service.complete_visit(profile, visit.id)
    missing = error.value.missing
    assert missing and all(q.required for q in missing)
    for question in missing:
        service.answer_question(profile, visit.id, question.id, _some_value(question))
    # Answers may open conditional required questions: fill until nothing is missing.
    while rest := service.missing_answers(profile, visit.id):
        for question in rest:
            service.answer_question(profile, visit.id, question.id, _some_value(question))
    done = service.complete_visit(profile, visit.id)
    assert done.is_completed and done.completed_at
    with pytest.raises(service.VisitLocked):
        service.answer_question(profile, visit.id, missing[0].id, _some_value(missing[0]))
    assert not done.reopened_at
    reopened = service.reopen_visit(profile, visit.id, "поправка", by="Г. Баймаханова")
    assert not reopened.is_completed
    stored = profile.records.get(Visit, visit.id)  # recorded, so it syncs and outlives the window
    assert stored.reopened_by == "Г. Баймаханова" and stored.reopened_at > done.completed_at


def _some_value(question):
    from inspector.domain.checklist import QuestionType as T

    return {T.YES_NO: "yes", T.NUMBER: 10, T.MONEY: 150000, T.COUNT: 12, T.RATING: 4,
            T.TEXT: "текст", T.DATE: "2026-11-20",
            T.SINGLE_CHOICE: question.options[0].id if question.options else None,
            T.MULTIPLE_CHOICE: [question.options[0].id] if question.options else None,
            }[question.type]


def test_interviews_need_consent_before_anything_else(profile, visit):
    interview = new_interview(profile, visit.id)
    interview.answers = {"consent_record": "no", "post": "оператор"}
    with pytest.raises(ConsentMissing) as error:
        save_interview(profile, interview)
    assert "согласия" in error.value.message("ru")
    interview.answers = {"consent_record": "no"}
    save_interview(profile, interview)  # the consent answer alone may be kept
    interview.answers = {"consent_record": "yes", "post": "оператор", "wage_net_monthly": "120000"}
    saved = save_interview(profile, interview)
    assert saved.answers["wage_net_monthly"] == 120000 and not saved.may_be_named


def test_findings_link_only_to_evidence_of_the_same_visit(profile, visit, tmp_path):
    answer = service.answer_question(profile, visit.id, "waiting_time_minutes", 50)
    shot = make_jpeg(tmp_path / "queue.jpg", size=(400, 300), seed=5)
    photo = import_photos(profile, visit.id, [shot])[0].photo
    finding = save_finding(profile, Finding(
        visit_id=visit.id, theme="service", text="Очередь более 40 минут",
        recommendation="Открыть дополнительные окна", addressee="НАО «Правительство для граждан»",
        evidence=[{"kind": "answer", "id": answer.id}, {"kind": "photo", "id": photo.id}]))
    assert findings_of(profile, visit.id) == [finding]
    other_facility = service.add_facility(profile, kind="baby_home", name="Дом ребёнка")
    other = service.start_visit(profile, other_facility.id, "2026-11-21")
    with pytest.raises(InvalidInput):
        save_finding(profile, Finding(visit_id=other.id, text="x",
                                      evidence=[{"kind": "photo", "id": photo.id}]))


def test_revisit_brings_the_open_recommendations_to_check(profile, visit):
    from inspector.services.recommendations import checks_of

    asked = save_finding(profile, Finding(visit_id=visit.id, text="Нет соцпакета", theme="pay",
                                          recommendation="Ввести социальный пакет"))
    save_finding(profile, Finding(visit_id=visit.id, text="Очередь 40 минут", theme="service"))
    follow_up = service.revisit(profile, visit.id, "2027-03-01")
    assert follow_up.facility_id == visit.facility_id and follow_up.id != visit.id
    # The revisit's own findings come from what it finds; the earlier recommendation is a
    # check to answer, not a copied finding.
    assert findings_of(profile, follow_up.id) == []
    assert [(c.result, f.id) for c, f in checks_of(profile, follow_up.id)] == [("", asked.id)]


def test_photo_batch_imports_good_files_reports_bad_and_stores_duplicates_once(profile, visit,
                                                                              tmp_path):
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(3):
        make_jpeg(folder / f"IMG_{i}.jpg", size=(400, 300), seed=i)
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    results = import_photos(profile, visit.id, [folder])
    assert sorted(r.status for r in results) == [IMPORTED] * 3 + [REJECTED]
    again = import_photos(profile, visit.id, [folder / "IMG_0.jpg"])
    assert again[0].status == DUPLICATE
    stored = [p for p in (profile.data_dir / "media").rglob("*") if p.is_file()]
    assert len(stored) == 3
