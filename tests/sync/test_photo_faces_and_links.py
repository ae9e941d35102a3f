"""Face boxes and a photo's links to several questions travel through the real server: edits
of different fields merge, edits of the same field meet as a conflict, and the laptops end
with the same records."""

from __future__ import annotations

import pytest

from inspector.domain.photo import Photo

from .test_sync_basic import converged


def test_face_boxes_and_question_links_reach_the_other_laptop(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    photo = a.photo(visit, 910_001)  # seeds no other test uses: blobs are shared server-wide
    photo.link("q1", True)
    photo.link("q2", True)
    photo.set_face_boxes([[0.1, 0.2, 0.15, 0.2], [0.6, 0.1, 0.1, 0.12]])
    a.records.save(photo)
    a.sync()
    b.sync()
    got = b.records.get(Photo, photo.id)
    assert got.question_ids == ["q1", "q2"]
    assert got.face_boxes == [[0.1, 0.2, 0.15, 0.2], [0.6, 0.1, 0.1, 0.12]] and got.shows_faces
    converged(a, b)

    # One laptop links the photo to a third question, the other moves a box: both survive.
    on_a = a.records.get(Photo, photo.id)
    on_a.link("q3", True)
    a.records.save(on_a)
    on_b = b.records.get(Photo, photo.id)
    on_b.set_face_boxes([[0.12, 0.2, 0.15, 0.2], on_b.face_boxes[1]])
    b.records.save(on_b)
    assert not a.sync().conflicts
    assert not b.sync().conflicts
    a.sync()
    for laptop in (a, b):
        got = laptop.records.get(Photo, photo.id)
        assert got.question_ids == ["q1", "q2", "q3"]
        assert got.face_boxes[0] == [0.12, 0.2, 0.15, 0.2]
    converged(a, b)


def test_boxes_changed_on_both_laptops_meet_as_a_conflict(server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    photo = a.photo(visit, 910_002)
    a.sync()
    b.sync()
    for laptop, boxes in ((a, [[0.1, 0.1, 0.2, 0.2]]), (b, [[0.5, 0.5, 0.2, 0.2]])):
        mine = laptop.records.get(Photo, photo.id)
        mine.set_face_boxes(boxes)
        laptop.records.save(mine)
    a.sync()
    report = b.sync()
    assert report.conflicts  # two people marked faces differently: a person decides
    a.sync()
    for laptop in (a, b):
        assert laptop.records.get(Photo, photo.id).needs_review


@pytest.mark.parametrize("bad", [[[0.9, 0.1, 0.2, 0.1]], [[0.1, 0.1, 0, 0.1]], [[0.1, 0.1]],
                                 [["a", 0, 0.1, 0.1]], {"x": 1}])
def test_the_door_refuses_boxes_outside_the_photo(bad):
    from inspector.sync.field_rules import BAD_BOX, WRONG_TYPE, field_problem

    assert field_problem("photo", "face_boxes", bad).code in (BAD_BOX, WRONG_TYPE)
    assert field_problem("photo", "face_boxes", [[0.9, 0.1, 0.1, 0.1]]) is None
    assert field_problem("photo", "question_ids", ["q1", "q1"]) is not None
    assert field_problem("photo", "question_ids", ["q1", "q2"]) is None
