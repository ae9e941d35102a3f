"""Sync figures: first-sync photo throughput vs a plain `requests` upload, and the cost of a
sync with nothing to do at 100 and 1,000 visits. A plain script printing numbers (not a test).

    python bench/bench_sync.py [--visits 20 --photos 100 --photo-mb 2.5] [--noop-visits 100 1000]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.domain.answer import Answer  # noqa: E402
from inspector.domain.facility import Facility  # noqa: E402
from inspector.domain.photo import Photo  # noqa: E402
from inspector.domain.visit import Visit  # noqa: E402
from inspector.server import auth, db  # noqa: E402
from inspector.server.settings import Settings  # noqa: E402
from inspector.services.sync import UPLOAD_WORKERS, run_sync  # noqa: E402
from inspector.store.profile import Profile  # noqa: E402
from inspector.sync.tokens import MemoryTokenStore  # noqa: E402

PASSWORD = "bench password"
# As the server is meant to be deployed: one process per core (`serve --workers N`).
SERVER_WORKERS = int(os.environ.get("BENCH_SERVER_WORKERS", os.cpu_count() or 1))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "inspector.server.cli", "serve", "--data",
                             str(data), "--port", str(port), "--workers", str(SERVER_WORKERS)],
                            cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        with contextlib.suppress(requests.RequestException):
            if requests.get(url + "/health", timeout=1).ok:
                return proc, url
        time.sleep(0.05)
    raise SystemExit("server did not start")


def make_team(data: Path, users: list[str]) -> None:
    engine = db.make_engine(Settings(data_dir=data).database)
    db.upgrade(engine)
    with db.write(engine) as conn:
        for name in users:  # a team each: one figure's data does not travel with another's
            auth.add_team(conn, f"bench-{name}")
            auth.add_user(conn, name, "deputy", PASSWORD, f"bench-{name}")
    engine.dispose()


def photo_bytes(seed: int, size: int) -> bytes:
    """A real JPEG header and picture, padded with random bytes to a camera-like size."""
    im = Image.new("RGB", (64, 48), (seed % 256, 90, 160))
    out = io.BytesIO()
    im.save(out, "JPEG")
    head = out.getvalue()
    return head + os.urandom(max(0, size - len(head)))


class Sink(BaseHTTPRequestHandler):
    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        left = int(self.headers["Content-Length"])
        while left:
            left -= len(self.rfile.read(min(left, 1 << 20)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


class SavingSink(Sink):
    """The plainest upload that keeps what it receives: each body written to a file as it comes."""

    folder: Path

    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        left = int(self.headers["Content-Length"])
        with open(self.folder / f"{time.monotonic_ns()}-{threading.get_ident()}", "wb") as f:
            while left:
                block = self.rfile.read(min(left, 1 << 20))
                f.write(block)
                left -= len(block)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


def plain_upload(blobs: list[bytes], handler: type[Sink] = Sink) -> float:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    session = requests.Session()
    started = time.perf_counter()
    for blob in blobs:
        session.put(url, data=blob, timeout=60).raise_for_status()
    elapsed = time.perf_counter() - started
    server.shutdown()
    return elapsed


def same_work_upload(blobs: list[bytes], folder: Path, threads: int) -> float:
    """The blobs PUT to bench/upload_same_work.py (hash, write, fsync, rename on uvicorn with the
    server's worker count), `threads` at a time as the sync sends them; returns seconds."""
    from concurrent.futures import ThreadPoolExecutor

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "upload_same_work:app", "--app-dir", str(ROOT / "bench"),
         "--port", str(port), "--workers", str(SERVER_WORKERS), "--log-level", "warning"],
        env={**os.environ, "BENCH_SAME_WORK_DIR": str(folder)})
    url = f"http://127.0.0.1:{port}/"
    local = threading.local()

    def put(item: tuple[int, bytes]) -> None:
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        session.put(f"{url}{item[0]}", data=item[1], timeout=60).raise_for_status()

    try:
        for _ in range(300):
            with contextlib.suppress(requests.RequestException):
                if requests.get(url + "docs", timeout=1).ok:
                    break
            time.sleep(0.05)
        started = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(put, enumerate(blobs)))
        return time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(10)


def fill(profile: Profile, visits: int, photos: int, photo_size: int,
         answers: int = 5) -> list[bytes]:
    """Visits with `answers` answers each and photos, as the app would leave them: rows plus
    outbox entries, written in one transaction, the search index built once at the end
    (records.save refreshes it per record, which at 80,000 answers would take longer than
    the sync being measured)."""
    from inspector.store import search
    from inspector.store.records import Records, append_outbox

    blobs = []
    with profile.database.transaction() as conn:
        def add(record):  # type: ignore[no-untyped-def]
            Records._write_row(conn, record, deleted=False)
            append_outbox(conn, record.entity, record.id, record.content(), 0)
            return record

        facility = add(Facility(kind="psc", name="ЦОН"))
        for v in range(visits):
            visit = add(Visit(facility_id=facility.id, started_on="2025-03-01",
                              template_id="psc", template_version=1))
            for q in range(answers):
                add(Answer(visit_id=visit.id, question_id=f"q{q}", value="yes",
                           comment="очередь" if q % 10 == 0 else ""))
            for p in range(photos // visits if visits else 0):
                data = photo_bytes(v * 1000 + p, photo_size)
                blobs.append(data)
                sha = profile.media.add_bytes(data)
                add(Photo(visit_id=visit.id, sha256=sha, size=len(data)))
        search.rebuild_index(conn)
    return blobs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=20)
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--photo-mb", type=float, default=2.5)
    parser.add_argument("--noop-visits", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--answers", type=int, default=80, help="answers per visit (first sync)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    (tmp / "server").mkdir()
    make_team(tmp / "server", ["first", *(f"noop{n}" for n in args.noop_visits)])
    proc, url = start_server(tmp / "server")
    try:
        if args.photos:
            photo_figures(tmp, url, args)
        for n in args.noop_visits:
            noop_figures(tmp, url, n, args.answers)
    finally:
        proc.terminate()
        proc.wait(10)


def photo_figures(tmp: Path, url: str, args: argparse.Namespace) -> None:
    profile = Profile(tmp / "first")
    blobs = fill(profile, args.visits, args.photos, int(args.photo_mb * 1e6))
    total = sum(len(b) for b in blobs)
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, todo: int) -> None:
        marks.setdefault(f"{stage} start", time.perf_counter())
        marks[f"{stage} end"] = time.perf_counter()

    started = time.perf_counter()
    report = run_sync(profile, url, "first", PASSWORD, token_store=MemoryTokenStore(),
                      on_progress=progress)
    sync_s = time.perf_counter() - started
    upload_s = marks["upload end"] - marks["upload start"]
    plain_s = plain_upload(blobs)
    SavingSink.folder = Path(tempfile.mkdtemp(prefix="bench-plain-", dir=tmp))
    saved_s = plain_upload(blobs, SavingSink)
    sync_rate, plain_rate = total / sync_s / 1e6, total / plain_s / 1e6
    upload_rate = total / upload_s / 1e6
    print(f"server: {SERVER_WORKERS} worker process(es) on {os.cpu_count()} cores")
    print(f"first sync: {args.visits} visits, {report.photos_uploaded} photos, "
          f"{total / 1e6:.0f} MB in {sync_s:.2f} s = {sync_rate:.0f} MB/s "
          f"(of which the photo upload {upload_s:.2f} s = {upload_rate:.0f} MB/s; the rest is "
          "signing in (argon2, once per laptop), the push and the pull)")
    print(f"plain requests upload of the same bytes: {plain_s:.2f} s = {plain_rate:.0f} MB/s")
    print(f"ratio sync/plain: {sync_rate / plain_rate:.2f} whole first sync, "
          f"{upload_rate / plain_rate:.2f} photo upload (goal >= 0.7)")
    # The sink above throws the bytes away. A server that keeps photos must at least write them;
    # one that keeps them durably and checked must also hash and fsync them: two more baselines.
    saved_rate = total / saved_s / 1e6
    print(f"plain upload written to files (no hashing, no fsync): {saved_s:.2f} s = "
          f"{saved_rate:.0f} MB/s; ratio sync/plain-saved: {sync_rate / saved_rate:.2f} whole "
          f"first sync, {upload_rate / saved_rate:.2f} photo upload")
    same_s = same_work_upload(blobs, Path(tempfile.mkdtemp(prefix="bench-same-", dir=tmp)),
                              UPLOAD_WORKERS)
    same_rate = total / same_s / 1e6
    print(f"the same work on the same stack (bench/upload_same_work.py: FastAPI on uvicorn, "
          f"{UPLOAD_WORKERS} uploads at a time, hash + write + fsync + rename, no sign-in or "
          f"database): {same_s:.2f} s = {same_rate:.0f} MB/s = {same_rate / plain_rate:.2f} of "
          f"the plain upload; Inspector's photo upload is {upload_rate / same_rate:.2f} of it")
    profile.close()


def noop_figures(tmp: Path, url: str, n: int, answers: int) -> None:
    other = Profile(tmp / f"noop{n}")
    fill(other, n, 0, 0, answers)
    records = other.database.scalar("SELECT count(*) FROM outbox")
    tokens = MemoryTokenStore()
    started = time.perf_counter()
    run_sync(other, url, f"noop{n}", PASSWORD, token_store=tokens)
    first = time.perf_counter() - started
    times = []
    for _ in range(7):
        started = time.perf_counter()
        r = run_sync(other, url, f"noop{n}", PASSWORD, token_store=tokens)
        times.append(time.perf_counter() - started)
        assert r.pushed_ops == 0 and r.pulled_changes == 0
    v = other.records.list(Visit)[0]
    v.notes = "changed"
    other.records.save(v)
    started = time.perf_counter()
    run_sync(other, url, f"noop{n}", PASSWORD, token_store=tokens)
    one_edit = time.perf_counter() - started
    # A second laptop of the team receiving all of it.
    second = Profile(tmp / f"second{n}")
    started = time.perf_counter()
    got = run_sync(second, url, f"noop{n}", PASSWORD, token_store=MemoryTokenStore())
    receive = time.perf_counter() - started
    print(f"{n} visits ({records} records, {answers} answers each): first sync {first:.2f} s "
          f"(sign-in included); sync with nothing to do {statistics.median(times) * 1000:.0f} ms "
          f"median (goal < 100 ms); one edit {one_edit * 1000:.0f} ms; a second laptop "
          f"receives it all in {receive:.2f} s ({got.pulled_changes} changes)")
    other.close()
    second.close()


if __name__ == "__main__":
    main()
