"""Sign-in limits hold against parallel guesses, sprays from one address and several server
processes, without locking a user out of a laptop they already signed in on.

Attempts come from distinct loopback addresses (the whole of 127/8 is loopback on Linux), so
that each test has addresses of its own on the shared server. Password checks are counted from
the server's log: one "sign-in failed" line per wrong password it checked.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator

import pytest
import requests
from pg import PASSWORD, ServerProcess
from requests.adapters import HTTPAdapter

from inspector.services.sync_messages import error_message
from inspector.sync.client import AuthRequired, SignInLimited, SyncClient
from inspector.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

LIMIT = 5  # Settings.login_failures_per_minute
ADDRESS_FREE = 20  # Settings.address_failures_free


class _FromAddress(HTTPAdapter):
    """Connections that leave from a chosen local address."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def new_address() -> str:
    rng = random.Random(uuid.uuid4().int)
    return f"127.{rng.randrange(1, 255)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def sign_in(server: ServerProcess, user: str, password: str, address: str,
            device: str | None = None, claimed: str | None = None) -> requests.Response:
    """`claimed`: the address the request names in X-Forwarded-For."""
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    if claimed:
        headers["X-Forwarded-For"] = claimed
    with requests.Session() as session:
        session.mount("http://", _FromAddress(address))
        return session.post(server.url + "/auth/token", timeout=120, headers=headers,
                            json={"user": user, "password": password,
                                  "device_id": device or str(uuid.uuid4())})


def checks_logged(server: ServerProcess, user: str) -> int:
    """Wrong passwords the server checked for `user` (its log, one line each)."""
    text = (server.data_dir.parent / f"server-{server.port}.log").read_text(errors="replace")
    return text.count(f"sign-in failed: user {user!r}")


def in_parallel(server: ServerProcess,
                attempts: list[tuple[str, str, str]], claim: bool = False) -> list[requests.Response]:
    """(user, password, address) attempts released at the same instant; their answers.
    claim: each names an address of its own in X-Forwarded-For."""
    answers: list[requests.Response] = [None] * len(attempts)  # type: ignore[list-item]
    start = threading.Barrier(len(attempts))

    def attempt(i: int) -> None:
        user, password, address = attempts[i]
        start.wait()
        answers[i] = sign_in(server, user, password, address,
                             claimed=f"198.51.100.{i + 1}" if claim else None)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(attempts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    return answers


@pytest.fixture(params=[1, 2], ids=["1-process", "2-workers"])
def target(request, server) -> Iterator[ServerProcess]:  # type: ignore[no-untyped-def]
    """The session's server, or `serve --workers 2` on the same database."""
    if request.param == 1:
        yield server
        return
    workers = ServerProcess(server.data_dir, server.database_url, workers=2).start()
    yield workers
    workers.stop()


def test_parallel_guesses_get_at_most_the_limit_of_checks(target, accounts):  # type: ignore[no-untyped-def]
    _, (victim,) = accounts.team(("deputy", "deputy"))
    attempts = [(victim, f"guess {i}", new_address()) for i in range(40)]
    right = random.randrange(len(attempts) + 1)
    attempts.insert(right, (victim, PASSWORD, new_address()))
    statuses = [answer.status_code for answer in in_parallel(target, attempts)]
    wrong_checked = checks_logged(target, victim)
    right_status = statuses[right]
    print(f"\n{target.workers} process(es): 41 parallel sign-ins -> {wrong_checked} wrong "
          f"passwords checked, right one {right_status}, "
          f"{statuses.count(429)} answered 429")
    assert right_status in (200, 429)
    assert wrong_checked + (right_status == 200) <= LIMIT
    assert statuses.count(401) == wrong_checked
    assert statuses.count(429) >= len(attempts) - LIMIT
    if right_status == 200:  # it took one of the turns, and a right password clears the count
        for _ in range(LIMIT):
            assert sign_in(target, victim, "guess", new_address()).status_code == 401
        wrong_checked += LIMIT
    # Locked now: another wave, the right password among it, gets no token and no checks.
    again = in_parallel(target, [(victim, PASSWORD, new_address())]
                        + [(victim, "guess", new_address()) for _ in range(20)])
    assert [answer.status_code for answer in again] == [429] * 21
    assert checks_logged(target, victim) == wrong_checked


def test_one_address_spraying_many_names_is_slowed(server, accounts):  # type: ignore[no-untyped-def]
    _, (bystander,) = accounts.team(("aide", "aide"))
    spray = new_address()
    names = [f"sprayed-{uuid.uuid4().hex[:8]}" for _ in range(40)]
    # Each also claims another address in X-Forwarded-For, which no reverse proxy vouches for.
    answers = in_parallel(server, [(name, "123456", spray) for name in names], claim=True)
    statuses = [answer.status_code for answer in answers]
    checked = sum(checks_logged(server, name) for name in names)
    print(f"\n40 parallel guesses from one address at 40 names: {checked} checked, "
          f"{statuses.count(429)} answered 429")
    # Each name was tried once: the address's count alone stops them.
    assert checked == statuses.count(401) == ADDRESS_FREE
    assert statuses.count(429) == len(names) - ADDRESS_FREE
    # Then waits of 10 s, 20 s, 40 s ... for the address.
    refused = [answer for answer in answers if answer.status_code == 429]
    assert {answer.json()["code"] for answer in refused} == {"rate_limited"}
    # The answers come back in the order the threads were started, not the order the server
    # saw them: under load a later refusal (the wait already grown) can be listed first, so
    # the first wait is the shortest one any refusal names.
    assert 1 <= min(int(answer.headers["Retry-After"]) for answer in refused) <= 11
    # Someone at another address is not slowed down.
    assert sign_in(server, bystander, PASSWORD, new_address()).status_code == 200


def test_own_laptop_signs_in_while_the_name_is_sprayed(server, accounts):  # type: ignore[no-untyped-def]
    _, (admin,) = accounts.team(("admin", "admin"))
    home, laptop = new_address(), str(uuid.uuid4())
    assert sign_in(server, admin, PASSWORD, home, laptop).status_code == 200
    # An attacker at other addresses sprays the admin's name, over and over.
    sprayed = [sign_in(server, admin, f"guess {i}", new_address()).status_code
               for i in range(LIMIT + 10)]
    assert sprayed == [401] * LIMIT + [429] * 10
    assert checks_logged(server, admin) == LIMIT
    log = (server.data_dir.parent / f"server-{server.port}.log").read_text(errors="replace")
    assert f"sign-in locked: user:{admin} after {LIMIT} failed attempts" in log
    # The admin's own laptop still signs in, again and again; a new device waits.
    for _ in range(3):
        assert sign_in(server, admin, PASSWORD, home, laptop).status_code == 200
    assert sign_in(server, admin, PASSWORD, home).status_code == 429


def test_own_laptop_has_a_limit_of_its_own(server, accounts):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    home, laptop = new_address(), str(uuid.uuid4())
    assert sign_in(server, deputy, PASSWORD, home, laptop).status_code == 200
    statuses = [sign_in(server, deputy, "typo", new_address(), laptop).status_code
                for _ in range(LIMIT + 1)]
    assert statuses == [401] * LIMIT + [429]
    assert sign_in(server, deputy, PASSWORD, home, laptop).status_code == 429


def test_a_right_password_does_not_wipe_the_address_count(server, accounts):  # type: ignore[no-untyped-def]
    """An attacker's own valid account must not reset the count of their guesses."""
    _, (own,) = accounts.team(("aide", "aide"))
    spray = new_address()
    for i in range(ADDRESS_FREE - 1):
        assert sign_in(server, f"x-{uuid.uuid4().hex[:8]}", "1", spray).status_code == 401
        if i % 6 == 0:
            assert sign_in(server, own, PASSWORD, spray).status_code == 200
    assert sign_in(server, f"x-{uuid.uuid4().hex[:8]}", "1", spray).status_code == 401
    assert sign_in(server, f"x-{uuid.uuid4().hex[:8]}", "1", spray).status_code == 429


def test_the_app_says_how_long_to_wait(server, accounts, laptops):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    a = laptops(server.url, deputy)
    session = requests.Session()
    session.mount("http://", _FromAddress(new_address()))
    client = SyncClient(server.url, session=session)
    for _ in range(LIMIT):
        with pytest.raises(AuthRequired):
            a.sync(password="typo", client=client)
    with pytest.raises(SignInLimited) as caught:
        a.sync(password=PASSWORD, client=client)
    wait = caught.value.retry_after
    assert 1 <= wait <= 61
    for lang, words in [("ru", f"Подождите {wait} с"), ("kk", f"{wait} с күтіп"),
                        ("en", f"Wait {wait} s")]:
        assert words in error_message(caught.value, lang, server=server.url)
