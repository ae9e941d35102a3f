"""Schemathesis against the live server's /openapi.json: no input produces a 5xx, every error
is JSON. Bounded: a few examples per operation, as a signed-in team member."""

from __future__ import annotations

import contextlib
import uuid

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from pg import PASSWORD
from schemathesis import GenerationMode

from inspector.sync.client import SyncClient
from inspector.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

EXAMPLES = 6


def test_no_server_error_on_any_input(server, accounts):  # type: ignore[no-untyped-def]
    _, (deputy,) = accounts.team(("deputy", "deputy"))
    client = SyncClient(server.url)
    client.login(deputy, PASSWORD, str(uuid.uuid4()))
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {client.token}"}
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    failures = []
    for result, mode in ((r, m) for r in schema.get_all_operations()
                         for m in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)):
        operation = result.ok()
        if operation.method.upper() == "DELETE":
            continue  # signing out would end the run's session; covered in test_access

        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case) -> None:  # type: ignore[no-untyped-def]
            merged = dict(case.headers or {})
            merged.update(headers)
            case.headers = merged
            response = case.call(base_url=server.url, timeout=30)
            kind = response.headers.get("content-type") or [""]
            kind = kind[0] if isinstance(kind, list) else kind
            if response.status_code >= 500 or (
                    response.status_code >= 400 and not kind.startswith("application/json")):
                failures.append((case.operation.method, case.operation.path, response.status_code,
                                 response.text[:200]))

        # Unsatisfiable: nothing of this operation can be made invalid (e.g. no parameters).
        with contextlib.suppress(Unsatisfiable):
            check()
    assert failures == []
