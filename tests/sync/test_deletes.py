"""Deletes that keep work: a visit (or facility) deleted on one laptop while another laptop works
in it comes back on both as one conflict a person settles; nothing is hidden meanwhile."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.finding import Finding
from inspector.domain.interview import Interview
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.services.sync import resolve_conflict

from .laptops import Laptop
from .test_sync_basic import converged

PARTS = (Answer, Photo, Interview, Finding)


def _edit_answer(laptop: Laptop, visit: Visit) -> str:
    answer = laptop.records.of_visit(Answer, visit.id)[0]
    answer.value = "изменено офлайн"
    return laptop.records.save(answer).id


def _add_finding(laptop: Laptop, visit: Visit) -> str:
    return laptop.finding(visit, "Пандус отсутствует").id


def _add_photo(laptop: Laptop, visit: Visit) -> str:
    return laptop.photo(visit, 77).id


def _add_interview(laptop: Laptop, visit: Visit) -> str:
    return laptop.records.save(Interview(visit_id=visit.id, notes="")).id


WORK: dict[str, Callable[[Laptop, Visit], str]] = {
    "answer edited": _edit_answer, "finding added": _add_finding, "photo added": _add_photo,
    "interview added": _add_interview}


def _two_laptops(server, accounts, laptops) -> tuple[Laptop, Laptop, Visit]:  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    a.answer(visit, "q1", "да")
    a.photo(visit, 1)
    a.finding(visit, "Очередь больше часа")
    a.sync()
    b.sync()
    return a, b, visit


def _alive_parts(laptop: Laptop, visit_id: str) -> set[str]:
    return {r.id for cls in PARTS for r in laptop.records.of_visit(cls, visit_id)}


def _settle(a: Laptop, b: Laptop) -> None:
    for laptop in (a, b, a, b):
        laptop.sync()


@pytest.mark.parametrize("deleter_first", [True, False], ids=["delete-first", "work-first"])
@pytest.mark.parametrize("work", list(WORK))
def test_visit_deleted_while_work_added_comes_back_as_a_conflict(
        server, accounts, laptops, work, deleter_first):  # type: ignore[no-untyped-def]
    a, b, visit = _two_laptops(server, accounts, laptops)
    before = _alive_parts(a, visit.id)
    a.records.delete(Visit, visit.id)
    new_id = WORK[work](b, visit)
    first, second = (a, b) if deleter_first else (b, a)
    first.sync()
    report = second.sync()
    # Whoever syncs second hears of it at once, and the command line exits 2 ("conflicts").
    assert report.needs_review
    assert {(c["entity"], c["record_id"], c["field"]) for c in report.conflicts} == {
        ("visit", visit.id, "_deleted")}
    _settle(a, b)
    for laptop in (a, b):
        assert laptop.records.get(Visit, visit.id).needs_review
        assert _alive_parts(laptop, visit.id) == before | {new_id}
        assert [(c["entity"], c["record_id"], c["field"]) for c in laptop.conflicts()] == [
            ("visit", visit.id, "_deleted")]
        assert laptop.sync().needs_review  # until a person decides
    mine = {laptop.user: laptop.conflicts()[0]["mine"] for laptop in (a, b)}
    assert mine == {a.user: "true", b.user: "false"}  # each sees its own side
    for laptop in (a, b):  # and who deleted, who worked on: "deleted on X's, worked on on Y's"
        assert json.loads(laptop.conflicts()[0]["people"]) == {"true": [a.user],
                                                                 "false": [b.user]}
    converged(a, b)


@pytest.mark.parametrize("choice", [False, True], ids=["keep", "delete"])
def test_the_choice_settles_it_for_the_team(server, accounts, laptops, choice):  # type: ignore[no-untyped-def]
    a, b, visit = _two_laptops(server, accounts, laptops)
    before = _alive_parts(a, visit.id)
    a.records.delete(Visit, visit.id)
    new_id = _add_finding(b, visit)
    a.sync()
    b.sync()
    a.sync()
    resolve_conflict(b.profile, "visit", visit.id, "_deleted", choice)
    _settle(a, b)
    for laptop in (a, b):
        assert laptop.conflicts() == []
        assert not laptop.sync().needs_review
        if choice:
            assert laptop.records.find(Visit, visit.id) is None
            assert _alive_parts(laptop, visit.id) == set()
        else:
            assert not laptop.records.get(Visit, visit.id).needs_review
            assert _alive_parts(laptop, visit.id) == before | {new_id}
    converged(a, b)


def test_a_photo_deleted_on_purpose_stays_deleted_when_the_visit_is_kept(
        server, accounts, laptops):  # type: ignore[no-untyped-def]
    a, b, visit = _two_laptops(server, accounts, laptops)
    photo = a.records.of_visit(Photo, visit.id)[0]
    a.records.delete(Photo, photo.id)
    a.sync()
    b.sync()
    a.records.delete(Visit, visit.id)
    _add_finding(b, visit)
    a.sync()
    b.sync()
    _settle(a, b)
    for laptop in (a, b):
        assert laptop.records.get(Visit, visit.id).needs_review
        assert laptop.records.find(Photo, photo.id) is None
    converged(a, b)


@pytest.mark.parametrize("deleter_first", [True, False], ids=["delete-first", "work-first"])
def test_facility_deleted_while_a_visit_is_added(server, accounts, laptops, deleter_first):  # type: ignore[no-untyped-def]
    a, b, old_visit = _two_laptops(server, accounts, laptops)
    facility_id = old_visit.facility_id
    a.records.delete(Facility, facility_id)
    assert a.records.find(Visit, old_visit.id) is None  # a facility goes with its visits
    new_visit = b.visit(b.records.get(Facility, facility_id), notes="повторный визит")
    first, second = (a, b) if deleter_first else (b, a)
    first.sync()
    report = second.sync()
    assert report.needs_review
    assert {(c["entity"], c["record_id"], c["field"]) for c in report.conflicts} == {
        ("facility", facility_id, "_deleted")}
    _settle(a, b)
    for laptop in (a, b):
        assert laptop.records.get(Facility, facility_id).needs_review
        assert {v.id for v in laptop.records.list(Visit)} == {old_visit.id, new_visit.id}
        assert len(_alive_parts(laptop, old_visit.id)) == 3
    converged(a, b)
    resolve_conflict(a.profile, "facility", facility_id, "_deleted", True)
    _settle(a, b)
    for laptop in (a, b):
        assert laptop.records.list(Visit) == [] and laptop.conflicts() == []
    converged(a, b)


def test_a_plain_visit_delete_still_deletes_everywhere(server, accounts, laptops):  # type: ignore[no-untyped-def]
    a, b, visit = _two_laptops(server, accounts, laptops)
    b.records.delete(Visit, visit.id)
    report = b.sync()
    assert not report.needs_review
    a.sync()
    for laptop in (a, b):
        assert laptop.records.find(Visit, visit.id) is None
        assert _alive_parts(laptop, visit.id) == set()
    converged(a, b)


def test_the_command_line_exits_2_on_both_laptops(server, accounts, laptops, monkeypatch,
                                                  capsys):  # type: ignore[no-untyped-def]
    from inspector import cli
    from inspector.sync import tokens

    monkeypatch.setenv(cli.PASSWORD_VARIABLE, "correct horse battery staple")
    monkeypatch.setattr(tokens, "keyring_usable", lambda: False)  # a token file in the profile
    a, b, visit = _two_laptops(server, accounts, laptops)
    a.records.delete(Visit, visit.id)
    _add_photo(b, visit)

    def sync(laptop: Laptop) -> int:
        return cli.main(["--lang", "en", "--data-dir", str(laptop.profile.data_dir), "sync",
                         "--server", server.url, "--user", laptop.user])

    assert sync(a) == 0  # the delete went first: nothing to tell yet
    assert sync(b) == 2
    assert "a visit or facility was deleted on one laptop while work went on" in \
        capsys.readouterr().out
    assert sync(a) == 2  # the deleting laptop hears of it with its next sync
    assert "Waiting for your decision on this laptop: 1" in capsys.readouterr().out
    resolve_conflict(a.profile, "visit", visit.id, "_deleted", False)
    assert (sync(a), sync(b)) == (0, 0)


def test_work_then_a_delete_of_ones_own_leaves_no_question_behind(server, accounts, laptops):
    """Found by the stateful test: laptop 2 deleted the visit; laptop 1, offline, changed an
    answer and then deleted the visit itself. Laptop 1's push revived the visit for its answer
    and deleted it again: nobody's work is hidden, so no laptop may keep a review flag."""
    a, b, visit = _two_laptops(server, accounts, laptops)
    b.records.delete(Visit, visit.id)
    a.answer(a.records.get(Visit, visit.id), "q1", "изменено")
    a.records.delete(Visit, visit.id)
    b.sync()
    for laptop in (a, b, a, b):
        report = laptop.sync()
        assert report.conflicts == [] and report.open_conflicts == 0
    assert a.records.find(Visit, visit.id) is None and b.records.find(Visit, visit.id) is None
    assert a.conflicts() == [] and b.conflicts() == []
    converged(a, b)
