"""Crashes and broken networks at any moment leave both sides consistent; the next sync
finishes the work without duplicates and without re-sending photos the server has."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random

import pytest
import requests

from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.services.sync import SyncCancelled
from inspector.sync.client import ServerUnreachable, SyncClient, SyncError

from .proxy import FaultyProxy
from .test_sync_basic import converged


def closing_client(url: str, **kwargs) -> SyncClient:  # type: ignore[no-untyped-def]
    """A new connection per request, so the proxy's faults hit every request."""
    session = requests.Session()
    session.headers["Connection"] = "close"
    return SyncClient(url, session=session, **kwargs)


def big_photo(laptop, visit, size: int) -> Photo:  # type: ignore[no-untyped-def]
    data = os.urandom(size)
    sha = laptop.profile.media.add_bytes(data)
    return laptop.records.save(Photo(visit_id=visit.id, sha256=sha, size=size))


@pytest.fixture
def own_server(tmp_path):  # type: ignore[no-untyped-def]
    from pg import Accounts, ServerProcess

    proc = ServerProcess(tmp_path / "server-data").start()
    made = Accounts(proc)
    yield proc, made
    made.close()
    proc.stop()


def test_server_killed_mid_upload_resumes(own_server, laptops):  # type: ignore[no-untyped-def]
    from pg import ServerProcess

    server, accounts = own_server
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a = laptops(server.url, deputy)
    visit = a.visit()
    size = 3 * 1024 * 1024
    photo = big_photo(a, visit, size)
    chunk = 512 * 1024

    class KillingClient(SyncClient):
        puts = 0

        def _request(self, method, path, **kwargs):  # type: ignore[no-untyped-def]
            if method == "PUT" and path.startswith("/blobs/"):
                self.puts += 1
                if self.puts == 3:
                    server.kill()  # SIGKILL: no chance to clean up
            return super()._request(method, path, **kwargs)

    with pytest.raises(ServerUnreachable):
        a.sync(client=KillingClient(server.url, retries=0, chunk_bytes=chunk))
    assert a.outbox() == 3  # facility, visit, photo: nothing acknowledged, nothing lost
    restarted = ServerProcess(server.data_dir, server.database_url, port=server.port).start()
    try:
        report = a.sync(client=SyncClient(server.url, chunk_bytes=chunk))
        assert report.photos_uploaded == 1
        assert report.bytes_up == size - 2 * chunk  # resumed, not re-sent from zero
        b = laptops(server.url, aide)
        b.sync()
        path = b.profile.media.path(photo.sha256)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == photo.sha256
        converged(a, b)
    finally:
        restarted.stop()


def test_connection_cut_at_random_offsets(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    proxy = FaultyProxy(server.port)
    try:
        a = laptops(proxy.url, deputy)
        b = laptops(server.url, aide)
        rng = random.Random(7)
        proxy.chaos = (rng, 0.5, 40_000)
        visit = a.visit()
        for round_ in range(6):
            a.answer(visit, f"q{round_}", round_)
            a.photo(visit, 100 + round_, size=(160, 120))
            for _ in range(3):
                with contextlib.suppress(SyncError):
                    a.sync(client=closing_client(proxy.url, retries=1))
            seen = b.records.find(Visit, visit.id)
            if seen is not None:
                b.answer(seen, f"b{round_}", "x")
            b.sync()
        proxy.chaos = None
        a.sync(client=closing_client(proxy.url))
        b.sync()
        a.sync(client=closing_client(proxy.url))
        assert a.outbox() == 0 and b.outbox() == 0
        converged(a, b)
        assert len(b.records.list(Photo)) == 6
    finally:
        proxy.close()


def test_response_dropped_after_commit(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    proxy = FaultyProxy(server.port)
    try:
        a = laptops(proxy.url, deputy)
        visit = a.visit()
        a.photo(visit, 5)
        a.finding(visit, "нет пандуса")
        # Every response of the first three connections is lost after the server acted.
        proxy.drop_responses = 3
        report = a.sync(client=closing_client(proxy.url, retries=4))
        assert report.pushed_ops == 4 and not report.rejected
        b = laptops(server.url, aide)
        b.sync()
        converged(a, b)
        assert len(b.records.list(Photo)) == 1
    finally:
        proxy.close()


def test_cancel_midway_then_finish(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    for i in range(3):
        visit = a.visit()
        a.photo(visit, 200 + i)
    a.sync()
    calls = {"n": 0}

    def cancel_soon() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(SyncCancelled):
        b.sync(is_cancelled=cancel_soon)
    b.sync()
    converged(a, b)


def test_two_server_processes_share_database_and_folder(server, accounts, laptops):  # type: ignore[no-untyped-def]
    from pg import ServerProcess

    twin = ServerProcess(server.data_dir, server.database_url).start()
    try:
        _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
        a, b = laptops(server.url, deputy), laptops(twin.url, aide)
        visit = a.visit()
        a.photo(visit, 300)
        a.sync()
        b.sync()
        vb = b.records.get(Visit, visit.id)
        vb.notes = "через второй процесс"
        b.records.save(vb)
        b.photo(vb, 301)
        b.sync()
        a.sync()
        assert a.records.get(Visit, visit.id).notes == "через второй процесс"
        converged(a, b)
        # A login on one process is honoured by the other: no state in memory.
        client = SyncClient(twin.url, a.tokens.get(next(iter(a.tokens.tokens))))
        assert client.me().user == deputy
    finally:
        twin.stop()


def test_worker_processes_of_one_server_serve_a_team(server, accounts, laptops):  # type: ignore[no-untyped-def]
    """`serve --workers 2`: requests land on either process; the team still converges."""
    from pg import ServerProcess

    workers = ServerProcess(server.data_dir, server.database_url, workers=2).start()
    try:
        _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
        a, b = laptops(workers.url, deputy), laptops(workers.url, aide)
        visit = a.visit()
        for i in range(6):  # uploads side by side, spread over both processes
            a.photo(visit, 400 + i)
        a.sync()
        b.sync()
        converged(a, b)
        assert len(b.records.of_visit(Photo, visit.id)) == 6
    finally:
        workers.stop()
