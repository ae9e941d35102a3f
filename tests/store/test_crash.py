"""A writer killed with SIGKILL mid-way loses no committed answer and leaves the file sound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from inspector.domain.answer import Answer
from inspector.store.profile import Profile

WRITER = textwrap.dedent("""
    import sys
    from inspector.domain.answer import Answer
    from inspector.domain.facility import Facility
    from inspector.domain.visit import Visit
    from inspector.store.profile import Profile

    profile = Profile(sys.argv[1])
    facility = profile.records.save(Facility(kind="psc", name="ЦОН"))
    visit = profile.records.save(Visit(facility_id=facility.id, started_on="2026-11-01",
                                       template_id="psc", template_version=1))
    print("visit", visit.id, flush=True)
    n = 0
    while True:
        n += 1
        profile.records.save(Answer(visit_id=visit.id, question_id=f"q{n}", value=n,
                                    comment="комментарий " * 20))
        print("committed", n, flush=True)  # printed only after the transaction committed
""")


def test_sigkill_during_writes_loses_nothing_committed(tmp_path):
    folder = tmp_path / "profile"
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)],
                               stdout=subprocess.PIPE, text=True)
    visit_id = process.stdout.readline().split()[1]
    committed = 0
    while committed < 300:
        line = process.stdout.readline()
        assert line, "the writer stopped by itself"
        committed = int(line.split()[1])
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    with Profile(folder) as profile:
        assert profile.database.integrity_ok()
        stored = {a.question_id for a in profile.records.of_visit(Answer, visit_id)}
        assert {f"q{n}" for n in range(1, committed + 1)} <= stored
        # Every stored answer has its outbox entry: sync will not miss any of them.
        pending = profile.database.scalar(
            "SELECT count(*) FROM outbox WHERE entity = 'answer'")
        assert pending == len(stored)
