"""Sealed photos and visits: the seal changes when and only when a printed fact changes, a
correction is recorded as an amendment, and an original's bytes never change."""

from __future__ import annotations

import hashlib

import pytest

from inspector.domain.finding import Finding
from inspector.domain.photo import EXIF_PRESENT, Photo
from inspector.domain.visit import Visit
from inspector.services import visits as service
from inspector.services.demo import generate_demo
from inspector.services.interviews import new_interview, save_interview
from inspector.services.photos import photo_path, update_photo
from inspector.services.seal import ReasonRequired, current_seal


@pytest.fixture
def sealed(profile) -> Visit:
    """A demo visit with answers, interviews, findings and photos, completed (sealed)."""
    visit_id = generate_demo(profile, visits=1, seed=3, photos_per_visit=2)[0]
    visit = profile.records.get(Visit, visit_id)
    if not visit.is_completed:
        visit = service.complete_visit(profile, visit_id, by="С. Имашева")
    return visit


def test_intake_seals_the_photos_facts(profile, sealed) -> None:
    photo = profile.records.of_visit(Photo, sealed.id)[0]
    data = photo_path(profile, photo).read_bytes()
    assert hashlib.sha256(data).hexdigest() == photo.sha256
    assert photo.original_name.endswith(".jpg") and photo.taken_at
    assert (photo.camera_make, photo.camera_model, photo.exif) == ("Inspector", "Demo Camera",
                                                                  EXIF_PRESENT)
    assert photo.imported_at and photo.imported_device == profile.device_id
    assert photo.imported_by  # the account, else the login name


def test_turning_a_photo_never_touches_its_original(profile, sealed) -> None:
    service.reopen_visit(profile, sealed.id, "подпись к фото")
    photo = profile.records.of_visit(Photo, sealed.id)[0]
    path = photo_path(profile, photo)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    photo.rotation = 90
    update_photo(profile, photo)
    from inspector.report.photos import prepare_photos

    prepared = prepare_photos([photo], {photo.id: path})[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before == photo.sha256
    assert prepared.derivation.source_sha256 == before
    assert [s.name for s in prepared.derivation.steps].count("rotate") == 1


def test_completing_seals_and_completing_again_unchanged_keeps_the_seal(profile, sealed) -> None:
    assert sealed.seal == current_seal(profile, sealed.id).value
    assert [s["seal"] for s in sealed.seals] == [sealed.seal]
    service.reopen_visit(profile, sealed.id, "опечатка?")
    again = service.complete_visit(profile, sealed.id)
    assert again.seal == sealed.seal and len(again.seals) == 1  # nothing printed changed
    assert len(again.amendments) == 1


def _edit_notes(profile, visit_id):
    visit = profile.records.get(Visit, visit_id)
    visit.notes += " Дополнено."
    profile.records.save(visit)


def _edit_finding(profile, visit_id):
    finding = profile.records.of_visit(Finding, visit_id)[0]
    finding.recommendation += " Срок — месяц."
    profile.records.save(finding)


def _edit_caption(profile, visit_id):
    photo = profile.records.of_visit(Photo, visit_id)[0]
    photo.caption = "Другая подпись"
    profile.records.save(photo)


def _add_interview(profile, visit_id):
    interview = new_interview(profile, visit_id)
    interview.answers = {"consent_record": "yes", "post": "кассир"}
    save_interview(profile, interview)


def _answer(profile, visit_id):
    service.answer_question(profile, visit_id, "waiting_time_minutes", 55)


PRINTED_EDITS = {"visit": _edit_notes, "findings": _edit_finding, "photos": _edit_caption,
                 "interviews": _add_interview, "answers": _answer}


@pytest.mark.parametrize("part", sorted(PRINTED_EDITS))
def test_a_printed_change_gives_a_new_seal_and_names_its_part(profile, sealed, part) -> None:
    if part == "answers" and sealed.template_id != "psc":
        pytest.skip("the demo's first visit is a public service centre")
    before = current_seal(profile, sealed.id)
    service.reopen_visit(profile, sealed.id, "исправление", by="А. Аманов")
    PRINTED_EDITS[part](profile, sealed.id)
    resealed = service.complete_visit(profile, sealed.id)
    assert resealed.seal != sealed.seal
    assert current_seal(profile, sealed.id).changed_parts(before.parts) == [part]
    assert [s["seal"] for s in resealed.seals] == [sealed.seal, resealed.seal]
    amendment = resealed.amendments[-1]
    assert (amendment["by"], amendment["reason"], amendment["seal"]) == (
        "А. Аманов", "исправление", sealed.seal)


def test_what_is_not_printed_leaves_the_seal_alone(profile, sealed) -> None:
    service.reopen_visit(profile, sealed.id, "проверка")
    before = current_seal(profile, sealed.id)
    # A name without consent to be named is not printed; nor are versions or edit times.
    interview = new_interview(profile, sealed.id)
    interview.answers = {"consent_record": "no"}
    save_interview(profile, interview)
    visit = profile.records.get(Visit, sealed.id)
    visit.version += 7
    profile.records.save(visit)
    after = current_seal(profile, sealed.id)
    assert after == before
    photo = profile.records.of_visit(Photo, sealed.id)[0]
    photo.rotation = 180
    update_photo(profile, photo)
    assert current_seal(profile, sealed.id).changed_parts(before.parts) == ["photos"]


def test_a_sealed_visit_is_reopened_only_with_a_reason(profile, sealed) -> None:
    with pytest.raises(ReasonRequired) as error:
        service.reopen_visit(profile, sealed.id)
    assert "причину" in error.value.message("ru")
    assert profile.records.get(Visit, sealed.id).is_completed
