"""Signing in: tokens per device, and the rate limit on failed passwords (429, JSON)."""

from __future__ import annotations

import uuid

import pytest
import requests
from pg import PASSWORD

from inspector.sync.client import SyncClient, SyncError

from .test_sign_in_limits import new_address, sign_in

LIMIT = 5  # Settings.login_failures_per_minute


def _sign_in(server, user: str, password: str) -> requests.Response:  # type: ignore[no-untyped-def]
    # From an address of its own: failures also count per address, and 127.0.0.1 is where
    # every other test of the session signs in from.
    return sign_in(server, user, password, new_address())


def test_failed_sign_ins_are_rate_limited_per_user(server, accounts):  # type: ignore[no-untyped-def]
    _, (victim, bystander) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    for _ in range(LIMIT):
        assert _sign_in(server, victim, "guess").status_code == 401
    refused = _sign_in(server, victim, "guess")
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/json")
    assert refused.json()["code"] == "rate_limited" and "wait" in refused.json()["message"]
    assert 1 <= int(refused.headers["Retry-After"]) <= 61
    # While limited, even the right password waits: the guesser learns nothing.
    assert _sign_in(server, victim, PASSWORD).status_code == 429
    # Other users are not affected.
    assert _sign_in(server, bystander, PASSWORD).status_code == 200
    # The client reports it as a sync error a person can read.
    with pytest.raises(SyncError) as caught:
        SyncClient(server.url).login(victim, PASSWORD, str(uuid.uuid4()))
    assert caught.value.status == 429 and caught.value.code == "rate_limited"


def test_unknown_user_names_are_limited_too(server):  # type: ignore[no-untyped-def]
    name = f"nobody-{uuid.uuid4().hex[:8]}"
    statuses = [_sign_in(server, name, "x").status_code for _ in range(LIMIT + 1)]
    assert statuses == [401] * LIMIT + [429]


def test_a_successful_sign_in_clears_the_count(server, accounts):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    for _ in range(LIMIT - 1):
        assert _sign_in(server, deputy, "typo").status_code == 401
    assert _sign_in(server, deputy, PASSWORD).status_code == 200
    statuses = [_sign_in(server, deputy, "typo").status_code for _ in range(LIMIT)]
    assert statuses == [401] * LIMIT


def test_sign_in_replaces_the_device_token(server, accounts):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    device = str(uuid.uuid4())
    first, second = SyncClient(server.url), SyncClient(server.url)
    first.login(deputy, PASSWORD, device)
    second.login(deputy, PASSWORD, device)
    assert second.me().user == deputy
    with pytest.raises(SyncError) as caught:
        first.me()
    assert caught.value.status == 401
