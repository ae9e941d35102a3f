"""The local SQLite database of one profile: opening it, transactions, one writer at a time."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import InspectorError
from . import migrations


class StoreError(InspectorError):
    texts = {
        "ru": "Не удалось открыть базу данных {path}: {detail}",
        "kk": "{path} дерекқорын ашу мүмкін болмады: {detail}",
        "en": "Could not open the database {path}: {detail}",
    }


class DiskFull(InspectorError):
    texts = {
        "ru": "Недостаточно места на диске: изменение не сохранено, ранее сохранённое не пострадало",
        "kk": "Дискіде орын жеткіліксіз: өзгеріс сақталмады, бұрын сақталғандар сақталды",
        "en": "The disk is full: the change was not saved; everything saved before is intact",
    }


class Database:
    """A connection to a profile's database, upgraded to the latest schema when opened.

    The connection runs in autocommit mode and `transaction()` issues BEGIN IMMEDIATE itself, so
    each write is exactly one transaction and nothing commits behind its back. The connection may
    be used from one thread at a time; the lock makes that so when a worker shares it.
    """

    def __init__(self, path: Path | str, *, migrate_to: int | None = None) -> None:
        self.path = Path(path) if str(path) != ":memory:" else path
        try:
            self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                                        timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrations.migrate(self.conn, migrations.LATEST if migrate_to is None else migrate_to)
        except sqlite3.DatabaseError as exc:
            raise StoreError(path=str(path), detail=str(exc)) from exc
        self._lock = threading.RLock()
        self._depth = 0
        self._before_commit: dict[Hashable, Callable[[sqlite3.Connection], None]] = {}

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write. Nested calls join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                yield self.conn
                while self._before_commit:
                    self._before_commit.popitem()[1](self.conn)
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self._before_commit.clear()
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower():
                    raise DiskFull() from exc
                raise
            finally:
                self._depth = 0

    def before_commit(self, key: Hashable, fn: Callable[[sqlite3.Connection], None]) -> None:
        """Run fn(conn) once, in the outermost open transaction, just before it commits.

        For derived data a burst of writes needs brought up to date only once (a thousand
        answers saved in one transaction recount their visit once, not a thousand times).
        """
        self._before_commit.setdefault(key, fn)

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock:
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def rows(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        """Plain tuples: for long lists, where a dict per row costs more than the query."""
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple | dict = ()):
        with self._lock:
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def meta(self, key: str, default: str | None = None) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def integrity_ok(self) -> bool:
        return self.scalar("PRAGMA integrity_check") == "ok"

    def close(self) -> None:
        with self._lock:
            self.conn.close()
