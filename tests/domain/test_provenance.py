"""Provenance warnings: the photo facts an opponent would seize on, said by the report first."""

from __future__ import annotations

from inspector.domain.photo import EXIF_ABSENT, EXIF_PRESENT, Photo
from inspector.domain.provenance import (
    NO_EXIF,
    NO_TIME,
    OTHER_CAMERA,
    TIME_OUTSIDE_VISIT,
    visit_warnings,
    warned_photos,
)
from inspector.domain.visit import Visit

VISIT = Visit(facility_id="f", started_on="2026-03-02", ended_on="2026-03-03")


def _photo(taken: str = "2026-03-02T10:00:00", *, model: str = "Galaxy A54",
           exif: str = EXIF_PRESENT) -> Photo:
    return Photo(visit_id=VISIT.id, sha256="0" * 64, taken_at=taken, camera_make="Samsung",
                 camera_model=model, exif=exif)


def _codes(photos: list[Photo]) -> dict[int, list[str]]:
    found = visit_warnings(VISIT, photos)
    return {n: [w.code for w in found[p.id]] for n, p in enumerate(photos) if p.id in found}


def test_photos_taken_on_the_visits_days_with_the_visits_camera_raise_nothing() -> None:
    assert _codes([_photo(), _photo("2026-03-03T18:30:00+05:00"), _photo()]) == {}


def test_each_doubtful_fact_is_named() -> None:
    photos = [_photo(), _photo(), _photo("2026-02-20T09:00:00"), _photo(exif=EXIF_ABSENT, taken=""),
              _photo(taken=""), _photo(model="iPhone 12")]
    assert _codes(photos) == {2: [TIME_OUTSIDE_VISIT], 3: [NO_EXIF], 4: [NO_TIME],
                              5: [OTHER_CAMERA]}
    warnings = visit_warnings(VISIT, photos)
    assert warnings[photos[2].id][0].message("ru") == "снято 20.02.2026, вне дат визита"
    assert "iPhone 12" in warnings[photos[5].id][0].message("en")
    assert "EXIF" in warnings[photos[3].id][0].message("kk")


def test_two_phones_in_equal_share_make_no_camera_odd_and_unknown_records_warn_of_nothing() -> None:
    assert _codes([_photo(), _photo(model="iPhone 12")]) == {}
    legacy = Photo(visit_id=VISIT.id, sha256="0" * 64)  # imported before intake was recorded
    assert _codes([legacy]) == {}


def test_a_findings_warned_evidence_is_picked_out_in_its_order() -> None:
    good, odd = _photo(), _photo("2025-01-01T00:00:00")
    warnings = visit_warnings(VISIT, [good, odd])
    links = [{"kind": "answer", "id": "q"}, {"kind": "photo", "id": good.id},
             {"kind": "photo", "id": odd.id}]
    assert warned_photos(links, warnings) == [odd.id]
