"""The database connection: engine, write/read transactions, schema upgrade on start."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text

from .settings import normalise_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any fixed number: two server processes starting together must not both create the schema.
_MIGRATION_LOCK = 7_420_001


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # The driver must not open transactions by itself: we issue BEGIN [IMMEDIATE] below,
        # so a writer takes the lock up front instead of failing on upgrade (SQLITE_BUSY).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA busy_timeout = 60000")
        # Records are keyed by random UUIDs, so a push of a few hundred inserts touches as many
        # index pages: a larger page cache (64 MB; the default is 2 MB) keeps them in memory.
        cur.execute("PRAGMA cache_size = -65536")
        cur.execute("PRAGMA wal_autocheckpoint = 16384")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("write", True)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# SQLite lets one writer in at a time and makes the others sleep in its busy handler, in steps
# of up to 100 ms: threads of one process (photo uploads finishing together, a push) queue on
# this lock instead, which wakes the next writer at once. Other processes still meet the busy
# handler, as before.
_sqlite_writers: dict[str, threading.Lock] = defaultdict(threading.Lock)


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction (SQLite: holds the write lock from the start)."""
    lock = _sqlite_writers[str(engine.url)] if engine.dialect.name == "sqlite" else nullcontext()
    with lock, engine.connect() as conn:
        conn = conn.execution_options(write=True)
        with conn.begin():
            yield conn


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """One read transaction: a consistent snapshot on SQLite, no write lock."""
    with engine.connect() as conn:
        conn = conn.execution_options(write=False)
        with conn.begin():
            yield conn


def upgrade(engine: Engine) -> None:
    """Run the Alembic migrations shipped in the package up to head."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
            conn.commit()
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()
