"""Test infrastructure for the sync server: a throwaway PostgreSQL cluster per pytest worker,
a real `inspector-server` subprocess on a loopback port, and account helpers.

A pytest plugin (tests/conftest.py's pytest_plugins): its fixtures serve every test folder.
Without PostgreSQL binaries the postgres variants skip with the reason, except under CI=true,
where a missing PostgreSQL is a failure.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin() -> Path | None:
    for candidate in [os.environ.get("PG_BIN", ""), "/usr/local/bin",
                      *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]:
        if candidate and all((Path(candidate) / b).exists() for b in ("initdb", "pg_ctl", "postgres")):
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


class PgCluster:
    """initdb + pg_ctl start in a temp dir on a free port; as user `postgres` when root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="inspector-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_user: str | None = None
        if os.geteuid() == 0:
            self.as_user = "postgres"
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
            shutil.chown(self.dir, "postgres", "postgres")
            os.chmod(self.dir, 0o700)

    def _run(self, *args: str) -> None:
        extra = {"user": self.as_user, "group": self.as_user} if self.as_user else {}
        result = subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True,
                                text=True, cwd=self.dir, **extra)
        if result.returncode:
            log = (self.dir / "log").read_text() if (self.dir / "log").exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stdout}{result.stderr}{log}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"


@contextlib.contextmanager
def throwaway_database(backend: str) -> Iterator[str]:
    """For a benchmark: "" for SQLite (the server's file in its data folder), or the URL of a
    new database on a PostgreSQL cluster of its own, stopped and removed afterwards."""
    if backend != "postgres":
        yield ""
        return
    bindir = _pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL binaries (initdb, pg_ctl, postgres) not found in "
                         "/usr/local/bin, /usr/lib/postgresql/*/bin or PATH; set PG_BIN")
    cluster = PgCluster(bindir)
    try:
        cluster.start()
        yield cluster.new_database()
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bindir = _pg_bin()
    if bindir is None:
        message = ("PostgreSQL binaries (initdb, pg_ctl, postgres) not found in /usr/local/bin, "
                   "/usr/lib/postgresql/*/bin or PATH; set PG_BIN to run the PostgreSQL variants")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    cluster = PgCluster(bindir)
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


class ServerProcess:
    """`python -m inspector.server.cli serve` in a subprocess: real uvicorn, real sockets."""

    def __init__(self, data_dir: Path, database_url: str = "", port: int | None = None,
                 workers: int = 1) -> None:
        self.data_dir = Path(data_dir)
        self.database_url = database_url
        self.workers = workers
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        cmd = [sys.executable, "-m", "inspector.server.cli", "serve", "--data", str(self.data_dir),
               "--port", str(self.port), "--workers", str(self.workers)]
        if self.database_url:
            cmd += ["--database", self.database_url]
        self.log = open(self.data_dir.parent / f"server-{self.port}.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120  # a loaded machine (2 cores, many workers) starts slowly
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/health", timeout=1).ok:
                    return self
            time.sleep(0.05)
        raise RuntimeError("server did not come up")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(10)

    def stop(self) -> None:
        self.kill(signal.SIGTERM)
        if getattr(self, "log", None):
            self.log.close()


def database_for(backend: str, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return ""
    return request.getfixturevalue("pg_cluster").new_database()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def server(backend: str, request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server per backend per worker; tests isolate themselves by using their own teams."""
    url = database_for(backend, request)
    proc = ServerProcess(tmp_path_factory.mktemp(f"server-{backend}") / "data", url).start()
    yield proc
    proc.stop()


class Accounts:
    """Create teams and users directly in the server's database (as the admin CLI does)."""

    def __init__(self, server: ServerProcess) -> None:
        from inspector.server import db
        from inspector.server.settings import Settings

        self.server = server
        settings = Settings(data_dir=server.data_dir, database_url=server.database_url)
        self.engine = db.make_engine(settings.database)

    def team(self, *members: tuple[str, str]) -> tuple[str, list[str]]:
        """A new team with (prefix, role) members; returns (team, user names)."""
        from inspector.server import auth, db

        team = "team-" + uuid.uuid4().hex[:8]
        names = []
        with db.write(self.engine) as conn:
            auth.add_team(conn, team)
            for prefix, role in members:
                name = f"{prefix}-{uuid.uuid4().hex[:6]}"
                auth.add_user(conn, name, role, PASSWORD, team)
                names.append(name)
        return team, names

    def user(self, role: str, *teams: str) -> str:
        from inspector.server import auth, db

        name = f"{role}-{uuid.uuid4().hex[:6]}"
        with db.write(self.engine) as conn:
            auth.add_user(conn, name, role, PASSWORD)
            for team in teams:
                auth.add_member(conn, team, name)
        return name

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def accounts(server: ServerProcess) -> Iterator[Accounts]:
    made = Accounts(server)
    yield made
    made.close()
