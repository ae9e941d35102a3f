"""Whatever arrives as a reply (cut inside its headers, garbled, JSON of another shape, an HTML
page), a sync ends with "the connection broke, sync again" in the person's language, exit 1 on
the command line, never a traceback; and the next sync finishes the work."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from inspector.domain.photo import Photo
from inspector.services.sync_messages import error_message
from inspector.sync.client import ConnectionBroken, SyncClient

from .laptops import PASSWORD
from .proxy import DAMAGES, FaultyProxy
from .test_sync_basic import converged

# The requests of each step whose replies are damaged. An upload's lost answer is recovered by
# asking the server how far the photo got, so that question's answer is damaged too.
STEPS = {
    "push": [("POST", "/sync/push")],
    "pull": [("GET", "/sync/pull")],
    "templates": [("GET", "/templates")],
    "upload": [("PUT", "/blobs/"), ("GET", "/blobs/")],
}
# The client's side does not depend on the server's database: PostgreSQL runs the cut inside the
# headers for every step and the first command-line cases, SQLite all of them (saves minutes).
ON_POSTGRES = {"headers"}
CLI_ON_POSTGRES = 2
BROKEN = {"ru": "Связь с сервером", "kk": "серверімен байланыс жауап кезінде үзілді",
          "en": "The connection to the server"}


@pytest.fixture
def proxy(server):  # type: ignore[no-untyped-def]
    made = FaultyProxy(server.port, one_request_per_connection=True)
    yield made
    made.close()


def pending_work(laptop) -> None:  # type: ignore[no-untyped-def]
    """A visit (its template version to register), a photo to upload and a finding."""
    visit = laptop.visit()
    laptop.photo(visit, uuid.uuid4().int)  # bytes the server has never seen, so sent
    laptop.finding(visit, "нет пандуса")


def break_step(proxy: FaultyProxy, step: str, damage: str) -> None:
    for method, path in STEPS[step]:
        proxy.damage(method, path, damage, times=1000)


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("step", STEPS)
def test_a_broken_reply_is_a_broken_connection(backend, server, accounts, laptops, proxy,  # type: ignore[no-untyped-def]
                                                step, damage):
    if backend == "postgres" and damage not in ON_POSTGRES:
        pytest.skip("run on SQLite; on PostgreSQL the cut inside the headers stands for it")
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a = laptops(proxy.url, deputy)
    pending_work(a)
    break_step(proxy, step, damage)
    with pytest.raises(ConnectionBroken) as caught:
        a.sync(client=SyncClient(proxy.url, retries=1))
    for lang, words in BROKEN.items():
        message = error_message(caught.value, lang, server=proxy.url)
        assert words in message and proxy.url in message
    proxy.faults.clear()
    a.sync(client=SyncClient(proxy.url))
    assert a.outbox() == 0
    b = laptops(server.url, aide)
    b.sync()
    converged(a, b)
    assert len(b.records.list(Photo)) == 1


def inspector_sync(laptop, lang: str) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    """`inspector --lang LANG sync` in its own process, on the laptop's profile."""
    env = {**os.environ, "INSPECTOR_PASSWORD": PASSWORD,
           # the file token store, never the keyring of the machine running the tests
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, "-m", "inspector", "--lang", lang, "--data-dir",
         str(laptop.profile.data_dir), "sync", "--server", laptop.server_url,
         "--user", laptop.user], capture_output=True, text=True, env=env, timeout=300)


CLI_CASES = [("push", "headers", "ru"), ("upload", "headers", "kk"), ("pull", "headers", "kk"),
             ("templates", "headers", "en"), ("push", "garble", "kk"), ("pull", "alien", "en")]


@pytest.mark.parametrize(("step", "damage", "lang"), CLI_CASES)
def test_command_line_exits_1_and_says_so(backend, server, accounts, laptops, proxy,  # type: ignore[no-untyped-def]
                                          step, damage, lang):
    if backend == "postgres" and CLI_CASES.index((step, damage, lang)) >= CLI_ON_POSTGRES:
        pytest.skip("run on SQLite; the first cases stand for it on PostgreSQL")
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a = laptops(proxy.url, deputy)
    pending_work(a)
    break_step(proxy, step, damage)
    failed = inspector_sync(a, lang)
    assert failed.returncode == 1, failed.stderr
    assert failed.stderr.strip() == error_message(ConnectionBroken(""), lang, server=proxy.url)
    assert "Traceback" not in failed.stderr + failed.stdout
    proxy.faults.clear()
    again = inspector_sync(a, lang)
    assert again.returncode == 0, again.stderr
    assert a.outbox() == 0
    b = laptops(server.url, aide)
    b.sync()
    converged(a, b)
