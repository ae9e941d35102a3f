"""The local SQLite database of one profile: opening it, transactions, one writer at a time."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..domain.errors import InspectorError
from ..domain.text import N_
from . import migrations


class StoreError(InspectorError):
    texts = N_("Could not open the database {path}: {detail}")


class DiskFull(InspectorError):
    texts = N_("The disk is full: the change was not saved; everything saved before is intact")


class ProfileTooNew(InspectorError):
    texts = N_("The database {path} was made by a newer Inspector (schema {found}, this version "
               "knows up to {known}); update Inspector. The file was left unchanged")


class NotAProfile(InspectorError):
    texts = N_("{path} is not an Inspector profile database; it was left unchanged. Choose "
               "another profile folder")


class ProfileReadOnly(InspectorError):
    texts = N_("The profile {path} is read-only: the visit list, reports and backups work, "
               "changes are not saved. To make changes, give write access to this folder")


class ReadOnlyNeedsUpgrade(InspectorError):
    texts = N_("The profile {path} is read-only and was made by an older Inspector, so it "
               "cannot be upgraded. Give write access to this folder and open it again")


# Tables of a database no migration has run on yet; anything else makes it someone's data.
_FRESH_TABLES = {"schema_migrations"}


class Database:
    """A connection to a profile's database, upgraded to the latest schema when opened.

    The connection runs in autocommit mode and `transaction()` issues BEGIN IMMEDIATE itself, so
    each write is exactly one transaction and nothing commits behind its back. The connection may
    be used from one thread at a time; the lock makes that so when a worker shares it.
    """

    def __init__(self, path: Path | str, *, migrate_to: int | None = None) -> None:
        in_memory = str(path) == ":memory:"
        self.path = path if in_memory else Path(path)
        self.read_only = not in_memory and _write_protected(Path(path))
        target = migrations.LATEST if migrate_to is None else migrate_to
        private = not in_memory and not self.read_only and os.name == "posix"
        if private and not Path(path).exists():
            # Made empty with 0600 here because SQLite gives its -wal and -shm files the mode
            # of the database file; an empty file is a valid empty database.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            self.conn = _connect(path, self.read_only)
            try:
                self._open(target)
            except BaseException:
                self.conn.close()
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(path=str(path), detail=str(exc)) from exc
        if private:
            _make_private(Path(path))
        self._lock = threading.RLock()
        self._depth = 0
        self._before_commit: dict[Hashable, Callable[[sqlite3.Connection], object]] = {}

    def _open(self, target: int) -> None:
        # Looked at before anything is written: a foreign or newer file must stay byte for byte
        # as it was (even switching on WAL rewrites its header).
        version = _profile_version(self.conn, str(self.path))
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.read_only:
            if version < target:
                raise ReadOnlyNeedsUpgrade(path=str(Path(self.path).parent))
            self.conn.execute("PRAGMA query_only = ON")
            return
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        migrations.migrate(self.conn, target)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write. Nested calls join the outer transaction."""
        if self.read_only:
            raise ProfileReadOnly(path=str(Path(self.path).parent))
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
                if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).lower():
                    # e.g. the medium was remounted read-only while the profile was open
                    raise ProfileReadOnly(path=str(Path(self.path).parent)) from exc
                raise
            finally:
                self._depth = 0

    def before_commit(self, key: Hashable, fn: Callable[[sqlite3.Connection], object]) -> None:
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


def _write_protected(path: Path) -> bool:
    """True when this process may not write the database or make its journal beside it.

    os.access asks the kernel, so it also sees what permission bits do not show: a read-only
    mount, an immutable file, ACLs (and a chmod -w file, except to root).
    """
    if path.exists():
        return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    return path.parent.exists() and not os.access(path.parent, os.W_OK)


def _make_private(path: Path) -> None:
    """The database holds interviews: readable by its owner only (POSIX; on Windows the user's
    profile folder's ACLs already say so, and chmod could not express more). A database made
    by an older version with 0644 is narrowed too; nothing is ever widened."""
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            info = part.stat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                part.chmod(info.st_mode & 0o700)
        except OSError:
            continue  # absent, or not ours to change: never an obstacle to opening


def _connect(path: Path | str, read_only: bool) -> sqlite3.Connection:
    options: dict[str, Any] = {"isolation_level": None, "check_same_thread": False,
                               "timeout": 30}
    if read_only:
        return connect_for_reading(Path(path), **options)
    return sqlite3.connect(str(path), **options)


def connect_for_reading(path: Path, **options: Any) -> sqlite3.Connection:
    """A connection that can never write `path`, and works where nobody may write it."""
    uri = Path(path).absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, **options)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if exc.sqlite_errorname != "SQLITE_CANTOPEN":
            raise  # busy, say: reading it "as it stands" could see a half-written page
    # A WAL database in a folder nobody may write cannot get its shared-memory file; on a
    # read-only medium nobody is writing it either, so it can be read as it stands.
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, **options)


def _profile_version(conn: sqlite3.Connection, path: str) -> int:
    """The schema version of a profile database, 0 for an empty one; refuses any other file."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables - _FRESH_TABLES:
        return 0
    if not {"schema_migrations", "meta"} <= tables:
        raise NotAProfile(path=path)
    found = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0
    if found > migrations.LATEST:
        raise ProfileTooNew(path=path, found=found, known=migrations.LATEST)
    return found
