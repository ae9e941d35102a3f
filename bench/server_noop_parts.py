"""Where the server's time for a no-op sync goes: its parts timed in-process, on SQLite and
PostgreSQL, against the whole request through HTTP and the floor (/health) of the same server.

    python bench/server_noop_parts.py [--calls 300]   (make bench-server)

Parts: the token check (its own read transaction), the pull at the latest cursor (a read
transaction with the history check, the counter, the history tag and the digest), the empty
push (the same kind of read transaction), the reply's serialisation. What is left of the
request's time is the HTTP stack: uvicorn, FastAPI's routing, dependencies and threadpool hops.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import inprocess  # noqa: E402
from pg import ServerProcess, throwaway_database  # noqa: E402

from inspector.server import auth, db, history  # noqa: E402
from inspector.server.pull import pull, scope_of  # noqa: E402
from inspector.server.push import push  # noqa: E402
from inspector.server.tables import counter  # noqa: E402
from inspector.sync.protocol import (  # noqa: E402
    HISTORY_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PushRequest,
)


def median_ms(fn: Callable[[], object], calls: int) -> float:
    spent = []
    for _ in range(calls):
        start = time.perf_counter()
        fn()
        spent.append((time.perf_counter() - start) * 1000)
    return statistics.median(spent)


def measure(backend: str, url: str, data: Path, calls: int) -> None:
    engine = inprocess.engine_for(data, url)
    token = inprocess.team(engine, "team-parts", [("parts-deputy", "deputy")], "bench password")[0]
    who = inprocess.principal(engine, token)
    inprocess.register_template(engine, who)
    for _ in range(30):
        inprocess.send(engine, who, inprocess.visit_ops(80))
    with db.read(engine) as conn:
        top = conn.execute(counter.select()).one().seq
        point = history.point(conn, top)
    cursor = f"{scope_of(who)}.{top}"

    def token_check() -> None:
        with db.read(engine) as conn:
            auth.principal_for(conn, token)

    def pull_latest() -> None:
        with db.read(engine) as conn:
            history.check(conn, point)
            pull(conn, who, cursor, 500, True).model_dump_json()

    def push_nothing() -> None:
        with db.read(engine) as conn:
            history.check(conn, point)
            push(conn, who, PushRequest(ops=[])).model_dump_json()

    def round_trip() -> None:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    parts = {"one statement (checkout + SELECT 1)": median_ms(round_trip, calls),
             "token check": median_ms(token_check, calls),
             "pull at the latest cursor": median_ms(pull_latest, calls),
             "empty push": median_ms(push_nothing, calls)}
    engine.dispose()
    server = ServerProcess(data, url).start()
    try:
        session = requests.Session()
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}",
                   HISTORY_HEADER: point}
        whole = {
            "GET /health (floor)": median_ms(lambda: session.get(server.url + "/health"), calls),
            "GET /sync/pull, latest cursor": median_ms(lambda: session.get(
                server.url + "/sync/pull", headers=headers,
                params={"cursor": cursor, "skip_own": "true"}), calls),
            "POST /sync/push, no ops": median_ms(lambda: session.post(
                server.url + "/sync/push", headers=headers, json={"ops": []}), calls),
        }
    finally:
        server.stop()
    print(f"\n== {backend}: median ms, {calls} calls each, one client, one worker")
    for name, ms in (parts | whole).items():
        print(f"   {name:34} {ms:7.2f}")
    floor = whole["GET /health (floor)"]
    for kind, part in (("GET /sync/pull, latest cursor", "pull at the latest cursor"),
                       ("POST /sync/push, no ops", "empty push")):
        stack = whole[kind] - parts["token check"] - parts[part]
        print(f"   {kind}: {whole[kind] / floor:.1f}x the floor; token check "
              f"{parts['token check']:.2f} + database work {parts[part]:.2f} + HTTP stack "
              f"{stack:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-parts-") as tmp:
        for backend in args.backends:
            with throwaway_database(backend) as url:
                measure(backend, url, Path(tmp) / backend / "data", args.calls)


if __name__ == "__main__":
    main()
