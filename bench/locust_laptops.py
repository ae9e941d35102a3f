"""Locust users for bench/server_load.py: simulated laptops of several teams.

Not run on its own: the driver seeds the server's database, writes the laptops' identities to
the file named by BENCH_WORLD and starts `locust -f` on this file. Each kind of user takes the
next identity of its kind from that file, so no two users share a token or a cursor.

- NoopLaptop: the sync of a laptop with nothing to send (a push of nothing and a pull at its
  latest cursor, whose digest then matches), every SYNC_EVERY seconds; the pair is reported
  as one "no-op sync" besides its two requests.
- PhotoLaptop: a first sync: asks which photos the server lacks, uploads them, pushes a visit
  with its answers and photos, pulls its team from the start (skip_own, as the client does).
- AidePull: an aide's new laptop pulling the whole team, page by page, then the summary.
- Floor: GET /health on the same server, the cost of the stack itself.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import time
import uuid
from typing import Any

from locust import between, constant_pacing, events, task
from locust.contrib.fasthttp import FastHttpUser

from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.sync.protocol import HISTORY_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION

WORLD = json.loads(open(os.environ["BENCH_WORLD"], encoding="utf-8").read())  # noqa: SIM115
SYNC_EVERY = float(os.environ.get("BENCH_SYNC_EVERY", "1.0"))
_next = {kind: itertools.cycle(WORLD[kind]) for kind in ("laptops", "photo_laptops", "aides")
         if WORLD[kind]}


def _headers(token: str, history: str = "") -> dict[str, str]:
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"}
    if history:
        headers[HISTORY_HEADER] = history
    return headers


def _op(record: Any) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": record.entity, "record_id": record.id,
            "fields": record.content(), "deleted": False, "base_version": 0}


class _Laptop(FastHttpUser):
    abstract = True
    kind = ""

    def on_start(self) -> None:
        me = next(_next[self.kind])
        self.token, self.cursor, self.history = me["token"], me["cursor"], me["history"]

    def _pull_all(self, name: str, skip_own: bool) -> None:
        cursor = ""
        while True:
            with self.client.get("/sync/pull", name=name, catch_response=True,
                                 params={"cursor": cursor, "limit": 500,
                                         "skip_own": str(skip_own).lower()},
                                 headers=_headers(self.token, self.history)) as reply:
                if reply.status_code != 200:
                    reply.failure(f"{reply.status_code} {reply.text[:200]}")
                    return
                page = reply.json()
            cursor, self.history = page["cursor"], page["history"] or self.history
            if not page["more"]:
                return


class NoopLaptop(_Laptop):
    kind = "laptops"
    weight = 10
    wait_time = constant_pacing(SYNC_EVERY)

    @task
    def noop_sync(self) -> None:
        start = time.perf_counter()
        failed: Exception | None = None
        with self.client.post("/sync/push", name="no-op: push", json={"ops": []},
                              headers=_headers(self.token, self.history),
                              catch_response=True) as reply:
            if reply.status_code != 200:
                failed = RuntimeError(f"push {reply.status_code} {reply.text[:200]}")
                reply.failure(failed)
        if failed is None:
            with self.client.get("/sync/pull", name="no-op: pull", catch_response=True,
                                 params={"cursor": self.cursor, "limit": 500, "skip_own": "true"},
                                 headers=_headers(self.token, self.history)) as reply:
                if reply.status_code != 200:
                    failed = RuntimeError(f"pull {reply.status_code} {reply.text[:200]}")
                    reply.failure(failed)
                else:
                    page = reply.json()
                    self.cursor, self.history = page["cursor"], page["history"] or self.history
        events.request.fire(request_type="SYNC", name="no-op sync (push+pull)",
                            response_time=(time.perf_counter() - start) * 1000,
                            response_length=0, exception=failed, context={})


class PhotoLaptop(_Laptop):
    kind = "photo_laptops"
    fixed_count = len(WORLD["photo_laptops"])
    wait_time = between(1, 2)
    photos = int(os.environ.get("BENCH_PHOTOS", "5"))
    photo_kb = int(os.environ.get("BENCH_PHOTO_KB", "300"))

    @task
    def first_sync(self) -> None:
        facility = Facility(kind="psc", name="ЦОН", region="Алматы")
        visit = Visit(facility_id=facility.id, started_on="2025-03-01", template_id="psc",
                      template_version=1, notes="", deputies=["Депутат"])
        blobs = [os.urandom(self.photo_kb * 1024) for _ in range(self.photos)]
        shas = [hashlib.sha256(b).hexdigest() for b in blobs]
        headers = _headers(self.token, self.history)
        self.client.post("/blobs/missing", name="first sync: missing", json={"hashes": shas},
                         headers=headers)
        for sha, data in zip(shas, blobs, strict=True):
            self.client.request("PUT", f"/blobs/{sha}", name="first sync: upload photo",
                                params={"size": len(data), "offset": 0}, data=data,
                                headers=headers | {"Content-Type": "application/octet-stream"})
        ops = [_op(facility), _op(visit)]
        ops += [_op(Answer(visit_id=visit.id, question_id=f"q{i}", value=i % 5))
                for i in range(80)]
        ops += [_op(Photo(visit_id=visit.id, sha256=sha, size=len(data), caption="")) for sha, data
                in zip(shas, blobs, strict=True)]
        with self.client.post("/sync/push", name="first sync: push visit", json={"ops": ops},
                              headers=headers, catch_response=True) as reply:
            if reply.status_code != 200 or any(r["status"] == "rejected"
                                               for r in reply.json()["results"]):
                reply.failure(f"{reply.status_code} {reply.text[:300]}")
        self._pull_all("first sync: pull team", skip_own=True)


class AidePull(_Laptop):
    kind = "aides"
    fixed_count = len(WORLD["aides"])
    wait_time = between(2, 4)

    @task
    def pull_team(self) -> None:
        self._pull_all("aide: pull whole team (pages)", skip_own=False)
        self.client.get("/sync/summary", name="aide: summary", headers=_headers(self.token))


class Floor(FastHttpUser):
    fixed_count = int(os.environ.get("BENCH_FLOOR_USERS", "5"))
    wait_time = constant_pacing(SYNC_EVERY)

    @task
    def health(self) -> None:
        self.client.get("/health", name="floor: /health")
