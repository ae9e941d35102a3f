"""Seals through the real server: the intake record of each photo, a visit's seal, its history
and amendments reach the other laptops of the team, where the same seal is recomputed; the
server's hash-chained log of the visit's changes shows an edit made behind its back."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import requests
from pg import PASSWORD
from sqlalchemy import select, update

from inspector.domain.finding import Finding
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.server import db, visit_log
from inspector.server.tables import records
from inspector.server.tables import visit_log as visit_log_table
from inspector.services import visits as service
from inspector.services.demo import generate_demo
from inspector.services.reports import write_visit_report
from inspector.services.seal import current_seal
from inspector.services.verify import AUTHENTIC, CHANGED, verify_report
from inspector.sync.client import SyncClient
from inspector.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

INTAKE = ("sha256", "original_name", "camera_make", "camera_model", "exif", "taken_at",
          "imported_at", "imported_device", "imported_by")


def test_seals_and_amendments_travel_and_the_log_shows_edits_behind_the_servers_back(
        server, accounts, laptops, tmp_path):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    a.sync()  # signed in once: the laptop knows whose work it records
    visit_id = generate_demo(a.profile, visits=1, seed=11, photos_per_visit=2)[0]
    if not a.records.get(Visit, visit_id).is_completed:
        service.complete_visit(a.profile, visit_id)
    sealed = a.records.get(Visit, visit_id)
    a.sync()
    b.sync()
    there = b.records.get(Visit, visit_id)
    assert (there.seal, there.seals) == (sealed.seal, sealed.seals)
    assert current_seal(b.profile, visit_id).value == sealed.seal  # b recomputes a's seal
    photos_a = {p.id: p for p in a.records.of_visit(Photo, visit_id)}
    for photo in b.records.of_visit(Photo, visit_id):
        assert [getattr(photo, f) for f in INTAKE] == [getattr(photos_a[photo.id], f)
                                                        for f in INTAKE]
        assert photo.imported_by == deputy and photo.imported_device == a.profile.device_id
    report = write_visit_report(a.profile, visit_id, tmp_path / "r.pdf")
    assert verify_report(b.profile, report).outcome == AUTHENTIC

    # The aide corrects the visit; the deputy's laptop learns who, when, why, and the new seal.
    service.reopen_visit(b.profile, visit_id, "срок исполнения уточнён")
    finding = b.records.of_visit(Finding, visit_id)[0]
    finding.due_date = "2027-02-01"
    b.records.save(finding)
    service.complete_visit(b.profile, visit_id)
    b.sync()
    a.sync()
    amended = a.records.get(Visit, visit_id)
    assert amended.seal != sealed.seal and [s["seal"] for s in amended.seals][0] == sealed.seal
    assert amended.amendments[-1]["by"] == aide
    assert amended.amendments[-1]["reason"] == "срок исполнения уточнён"
    assert verify_report(a.profile, report).outcome == CHANGED

    with db.write(accounts.engine) as conn:
        count, problems = visit_log.check(conn, visit_id)
        assert count >= 10 and problems == []
        entries = conn.execute(select(visit_log_table.c.user_name).where(
            visit_log_table.c.visit_id == visit_id)).scalars().all()
        assert {deputy, aide} <= set(entries)
        stored = conn.execute(select(records.c.data).where(
            (records.c.entity == "finding") & (records.c.id == finding.id))).scalar_one()
        forged = json.loads(stored) | {"text": "Нарушений не выявлено."}
        conn.execute(update(records).where((records.c.entity == "finding")
                                           & (records.c.id == finding.id))
                     .values(data=json.dumps(forged, ensure_ascii=False)))
    try:
        with db.write(accounts.engine) as conn:
            _, problems = visit_log.check(conn, visit_id)
        assert [p.position for p in problems] == [0] and finding.id in str(problems[0])
        cmd = [sys.executable, "-m", "inspector.server.cli", "visit-log", "check", "--data",
               str(server.data_dir), "--visit", visit_id]
        if server.database_url:
            cmd += ["--database", server.database_url]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and "edited outside sync" in done.stdout
        admin = SyncClient(server.url)
        admin.login(accounts.user("admin"), PASSWORD, str(uuid.uuid4()))
        answer = requests.get(f"{server.url}/admin/visit-log", params={"visit": visit_id},
                              headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                                       "Authorization": f"Bearer {admin.token}"}, timeout=30)
        assert answer.status_code == 200 and answer.json()["entries"] == count
        assert [p for p in answer.json()["problems"] if finding.id in p]
    finally:
        with db.write(accounts.engine) as conn:  # the server is shared by the session's tests
            conn.execute(update(records).where((records.c.entity == "finding")
                                               & (records.c.id == finding.id))
                         .values(data=stored))
