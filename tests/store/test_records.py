"""Records and their outbox: what sync will push is exactly what people changed."""

from __future__ import annotations

import json

import pytest

from inspector.domain.answer import Answer, answer_id
from inspector.domain.errors import NotFound
from inspector.domain.facility import Facility
from inspector.domain.finding import Finding
from inspector.domain.visit import Visit
from inspector.store.search import search


@pytest.fixture
def visit(profile):
    facility = profile.records.save(Facility(kind="elderly_home", name="Дом престарелых «Шапағат»",
                                             region="karaganda"))
    return profile.records.save(Visit(facility_id=facility.id, started_on="2026-10-01",
                                      template_id="elderly_home", template_version=1))


def outbox(profile):
    rows = profile.database.query("SELECT * FROM outbox ORDER BY seq")
    return [(r["entity"], json.loads(r["fields"]), r["deleted"]) for r in rows]


def test_edits_before_a_sync_fold_into_one_operation_with_only_changed_fields(profile, visit):
    answer = profile.records.save(Answer(visit_id=visit.id, question_id="q", value=1))
    answer.value = 2
    profile.records.save(answer)
    answer.comment = "уточнить"
    profile.records.save(answer)
    ops = [o for o in outbox(profile) if o[0] == "answer"]
    assert len(ops) == 1
    assert ops[0][1]["value"] == 2 and ops[0][1]["comment"] == "уточнить"


def test_a_sent_operation_is_never_changed(profile, visit):
    answer = profile.records.save(Answer(visit_id=visit.id, question_id="q", value=1))
    with profile.database.transaction() as conn:
        conn.execute("UPDATE outbox SET sent_at = 'now'")
    answer.value = 5
    profile.records.save(answer)
    ops = [o for o in outbox(profile) if o[0] == "answer"]
    assert [o[1] for o in ops] == [
        {"visit_id": visit.id, "question_id": "q", "value": 1, "comment": "", "flagged": False},
        {"value": 5}]


def test_saving_without_changes_writes_nothing(profile, visit):
    before = outbox(profile)
    profile.records.save(profile.records.get(Visit, visit.id))
    assert outbox(profile) == before


def test_one_question_has_one_answer_id_on_every_laptop(visit):
    assert Answer(visit_id=visit.id, question_id="q").id == answer_id(visit.id, "q")


def test_deleting_a_visit_leaves_tombstones_for_it_and_its_records(profile, visit):
    profile.records.save(Answer(visit_id=visit.id, question_id="q", value=1))
    profile.records.save(Finding(visit_id=visit.id, text="Нехватка кадров"))
    profile.records.delete(Visit, visit.id)
    with pytest.raises(NotFound):
        profile.records.get(Visit, visit.id)
    deleted = [o[0] for o in outbox(profile) if o[2]]
    assert sorted(deleted) == ["answer", "finding", "visit"]
    assert profile.database.scalar("SELECT count(*) FROM answers") == 1  # kept, as a tombstone
    assert search(profile.database.conn, "нехватка") == []
    profile.records.restore(Visit, visit.id)
    assert profile.records.get(Visit, visit.id).started_on == "2026-10-01"


@pytest.mark.parametrize("query", ["ШАПАҒАТ", "шапағат", "престарел", "Дом", "КАРАГАНД"])
def test_search_is_case_insensitive_for_russian_and_kazakh(profile, visit, query):
    profile.records.save(Finding(visit_id=visit.id, text="В Караганде нет соцпакета"))
    assert search(profile.database.conn, query), query


def test_kazakh_text_is_found_by_its_own_letters_and_by_a_russian_keyboard(profile, visit):
    profile.records.save(Finding(visit_id=visit.id, text="Қызметкерлердің жалақысы төмен"))
    assert search(profile.database.conn, "ЖАЛАҚЫ")
    assert search(profile.database.conn, "қызметкер")
    assert search(profile.database.conn, "жалакы")  # typed without Kazakh letters
    assert not search(profile.database.conn, "жалование")


@pytest.mark.parametrize(("written", "typed"), [
    ("Сотрудники не получают зарплату вовремя", "зарплата"),
    ("Сотрудники не получают зарплату вовремя", "Зарплаты"),
    ("Дом ребёнка «Бөбек»", "бобек"),
    ("Дом ребёнка «Бөбек»", "ребенка"),
    ("КГУ «Шапағат»", "Шапагат"),
    ("Нет горячей воды в корпусе", "горячая вода"),
])
def test_search_finds_word_forms_and_kazakh_letters_typed_on_a_russian_keyboard(
        profile, visit, written, typed):
    finding = profile.records.save(Finding(visit_id=visit.id, text=written))
    hits = search(profile.database.conn, typed)
    found = {h.record_id: h.snippet for h in hits}
    assert finding.id in found
    assert "[" in found[finding.id]  # the matching word is marked in the snippet


def test_a_facility_is_found_by_its_region_name_in_any_language(profile):
    from inspector.domain.facility import Facility
    from inspector.store.search import visit_hits

    facility = profile.records.save(Facility(kind="psc", name="ЦОН района", region="turkestan",
                                             district="Сарыагаш"))
    visit = profile.records.save(Visit(facility_id=facility.id, template_id="psc",
                                       template_version=1, started_on="2026-10-01"))
    for typed in ("Туркестанская", "Түркістан", "Turkistan", "сарыагаш"):
        assert visit.id in visit_hits(profile.database.conn, typed), typed


def test_search_input_with_operators_is_taken_literally(profile, visit):
    profile.records.save(Finding(visit_id=visit.id, text="ППЭ: маски AND перчатки"))
    assert isinstance(search(profile.database.conn, 'маски" OR (*'), list)  # no FTS syntax error
    assert search(profile.database.conn, "") == []


def test_media_refuses_a_file_that_is_not_what_was_checked(profile, tmp_path):
    import hashlib

    from inspector.store.media import MediaChanged

    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"first bytes")
    checked = hashlib.sha256(b"first bytes").hexdigest()
    photo.write_bytes(b"changed on the card")
    with pytest.raises(MediaChanged):
        profile.media.add_file(photo, checked)
    assert not profile.media.has(checked)
    assert not [p for p in profile.media.root.rglob("*") if p.is_file()]  # no partial file left


def test_an_edited_record_is_found_once_by_its_new_words_only(profile, visit):
    finding = profile.records.save(Finding(visit_id=visit.id, text="Нет горячей воды"))
    finding.text = "Нет отопления"
    profile.records.save(finding)
    assert [h.record_id for h in search(profile.database.conn, "нет")] == [finding.id]
    assert search(profile.database.conn, "воды") == []


def test_interviews_are_found_by_their_words_not_by_answer_codes(profile, visit):
    from inspector.domain.interview import Interview

    profile.records.save(Interview(visit_id=visit.id, template_id="staff_interview",
                                   template_version=1, notes="Жалуется на переработки",
                                   answers={"consent_record": "yes", "staff_category": "nurse",
                                            "post": "Старшая медсестра"}))
    assert search(profile.database.conn, "медсестра")
    assert search(profile.database.conn, "переработки")
    assert search(profile.database.conn, "nurse") == []
    assert search(profile.database.conn, "yes") == []


@pytest.mark.parametrize("walk", ["entries", "visits"])
def test_unsent_visits_count_visits_not_records(profile, visit, walk, monkeypatch):
    from inspector.store import records
    from inspector.store.records import pending_changes, unsent_visits

    # Either way of counting (a small outbox entry by entry, a large one visit by visit).
    monkeypatch.setattr(records, "_ENTRIES_PER_VISIT_WALK", 10**6 if walk == "entries" else 0)

    for n in range(5):
        profile.records.save(Answer(visit_id=visit.id, question_id=f"q{n}", value=n))
    profile.records.save(Finding(visit_id=visit.id, text="Нет пандуса"))
    other = profile.records.save(Visit(facility_id=visit.facility_id, started_on="2026-10-02",
                                       template_id="elderly_home", template_version=1))
    assert pending_changes(profile.database) >= 8
    assert unsent_visits(profile.database) == 2
    with profile.database.transaction() as conn:  # as if that visit had been pushed
        conn.execute("DELETE FROM outbox WHERE record_id = ?", (other.id,))
    assert unsent_visits(profile.database) == 1  # the first visit's parts still wait
