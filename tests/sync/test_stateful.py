"""Random sequences of edits and syncs on two laptops of one team (hypothesis stateful).

After any sequence, syncing until quiet makes both laptops identical, empties both outboxes,
leaves every conflict visible on both sides, and every photo's bytes match their hash. Deletes
race work in the deleted visits: no work is hidden unless the laptop that deleted it had seen it
(design/sync.md point 11), and nothing alive is left in a deleted visit where nobody can reach it.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from inspector.domain.answer import Answer, answer_id
from inspector.domain.finding import Finding
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.services.sync import resolve_conflict

from .laptops import Laptop
from .test_sync_basic import converged

WORDS = st.sampled_from(["да", "нет", "частично", "очередь", ""])
PARTS = {"answer": Answer, "photo": Photo, "finding": Finding}


def test_random_edits_and_syncs_converge(server, accounts):  # type: ignore[no-untyped-def]
    class TwoLaptops(RuleBasedStateMachine):
        @initialize()
        def setup(self) -> None:
            _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
            root = Path(tempfile.mkdtemp(prefix="stateful-"))
            self.laptops = [Laptop(root / "a", server.url, deputy),
                            Laptop(root / "b", server.url, aide)]
            self.facilities = [lap.facility() for lap in self.laptops]
            self.visits: list[str] = []
            self.seed = 0
            # Work and deletes, to tell a deliberate delete from work hidden by one:
            # (entity, id) -> (visit id, laptop, step) of its last edit; per laptop, the step up
            # to which each laptop's work had reached it (pushed there, then pulled here).
            self.step = 0
            self.work: dict[tuple[str, str], tuple[str, int, int]] = {}
            self.pushed = [0, 0]
            self.seen = [[0, 0], [0, 0]]
            self.deletes: list[tuple[str, str, int, int, list[int]]] = []
            # One visit both laptops hold from the start, so deletes race work from step one.
            self.create_visit(0)
            self.answer(0, 0, "a", "да")
            for who in (0, 1):
                self.sync(who)

        def _worked(self, who: int, entity: str, record_id: str, visit_id: str) -> None:
            self.step += 1
            self.work[(entity, record_id)] = (visit_id, who, self.step)

        def _deleted(self, who: int, entity: str, record_id: str) -> None:
            self.step += 1
            self.deletes.append((entity, record_id, who, self.step, list(self.seen[who])))

        def _visit(self, who: int, pick: int) -> Visit | None:
            if not self.visits:
                return None
            return self.laptops[who].records.find(Visit, self.visits[pick % len(self.visits)])

        @rule(who=st.integers(0, 1))
        def create_visit(self, who: int) -> None:
            visit = self.laptops[who].visit(self.facilities[who])
            self.visits.append(visit.id)
            self._worked(who, "visit", visit.id, visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9), text=WORDS)
        def edit_notes(self, who: int, pick: int, text: str) -> None:
            visit = self._visit(who, pick)
            if visit is not None and visit.notes != text:  # the same text again is no work
                visit.notes = text
                self.laptops[who].records.save(visit)
                self._worked(who, "visit", visit.id, visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9), question=st.sampled_from("abc"),
              value=WORDS)
        def answer(self, who: int, pick: int, question: str, value: str) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                before = self.laptops[who].records.find(Answer, answer_id(visit.id, question))
                answer = self.laptops[who].answer(visit, question, value)
                if before is None or before.value != answer.value:  # the same value is no work
                    self._worked(who, "answer", answer.id, visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9))
        def photo(self, who: int, pick: int) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                self.seed += 1
                photo = self.laptops[who].photo(visit, self.seed)
                self._worked(who, "photo", photo.id, visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9), text=WORDS)
        def finding(self, who: int, pick: int, text: str) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                found = self.laptops[who].finding(visit, text or "замечание")
                self._worked(who, "finding", found.id, visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9))
        def delete_visit(self, who: int, pick: int) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                self.laptops[who].records.delete(Visit, visit.id)
                self._deleted(who, "visit", visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9),
              work=st.sampled_from(["answer", "photo", "finding", "notes"]))
        def delete_racing_work(self, who: int, pick: int, work: str) -> None:
            """One laptop deletes a visit while the other, not synced since, works in it."""
            visit = self._visit(who, pick)
            other = 1 - who
            theirs = self._visit(other, pick)
            if visit is None or theirs is None:
                return
            self.delete_visit(who, pick)
            if work == "notes":
                self.edit_notes(other, pick, "после удаления")
            elif work == "answer":
                self.answer(other, pick, "a", "изменено")
            elif work == "photo":
                self.photo(other, pick)
            else:
                self.finding(other, pick, "добавлено")

        @rule(who=st.integers(0, 1))
        def sync(self, who: int) -> None:
            self.laptops[who].sync()
            self.step += 1
            self.pushed[who] = self.step
            self.seen[who] = list(self.pushed)

        @rule(who=st.integers(0, 1))
        def resolve_all(self, who: int) -> None:
            laptop = self.laptops[who]
            for c in laptop.conflicts():
                theirs = json.loads(c["theirs"])
                resolve_conflict(laptop.profile, c["entity"], c["record_id"], c["field"], theirs)
                if c["field"] == "_deleted" and theirs:
                    self._deleted(who, c["entity"], c["record_id"])

        def _saw(self, entity: str, record_id: str, visit_id: str, who: int, step: int) -> bool:
            """Some delete of the record (or its visit) was made where this work was known."""
            return any(e == entity and r == record_id or e == "visit" and r == visit_id
                       for e, r, by, at, seen in self.deletes
                       if (by == who and at > step) or seen[who] > step)

        def check_no_work_hidden(self, laptop: Laptop) -> None:
            classes = {"visit": Visit, **PARTS}
            for (entity, record_id), (visit_id, who, step) in self.work.items():
                reachable = (laptop.records.find(classes[entity], record_id) is not None
                             and laptop.records.find(Visit, visit_id) is not None)
                assert reachable or self._saw(entity, record_id, visit_id, who, step), (
                    entity, record_id, "hidden by a delete that never saw it")
            for entity, cls in PARTS.items():
                for part in laptop.records.list(cls):
                    assert laptop.records.find(Visit, part.visit_id) is not None, (
                        entity, part.id, "alive in a deleted visit")

        @invariant()
        def nothing_lost_locally(self) -> None:
            for laptop in getattr(self, "laptops", []):
                assert laptop.profile.database.integrity_ok() if self.seed % 7 == 0 else True

        def teardown(self) -> None:
            if not hasattr(self, "laptops"):
                return
            a, b = self.laptops
            try:
                for laptop in (a, b, a, b):
                    laptop.sync()
                assert a.outbox() == 0 and b.outbox() == 0
                converged(a, b)
                keys = [{(c["entity"], c["record_id"], c["field"]) for c in lap.conflicts()}
                        for lap in (a, b)]
                assert keys[0] == keys[1]
                self.check_no_work_hidden(a)
            finally:
                a.close()
                b.close()

    TwoLaptops.TestCase.settings = settings(
        max_examples=8, stateful_step_count=14, deadline=None,
        suppress_health_check=list(HealthCheck))
    TwoLaptops.TestCase().runTest()
