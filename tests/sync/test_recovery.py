"""The server loses data (restored from an older backup, or replaced by a new empty one at the
same address): the next syncs send again what it lost, pull again what laptops lack, upload
again the photos it lost, and say so; all laptops of the team converge with nothing missing.

Real server subprocesses on loopback (SQLite, and PostgreSQL with the database copied and put
back through CREATE DATABASE ... TEMPLATE), real clients, real profiles.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.domain.finding import Finding
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.server.blobs import BlobStore
from inspector.services.sync_messages import report_message
from inspector.sync.client import SyncClient

from .test_sync_basic import converged


@dataclass
class Site:
    """One server whose database can be backed up, put back, or replaced by an empty one."""

    root: Path
    database_url: str = ""
    pg: object | None = None  # the PgCluster when on PostgreSQL

    def __post_init__(self) -> None:
        from pg import ServerProcess, free_port

        self.root.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.proc = ServerProcess(self.root / "data", self.database_url, port=self.port).start()

    @property
    def url(self) -> str:
        return self.proc.url

    def restart(self, change: Callable[[], None] = lambda: None) -> None:
        from pg import ServerProcess

        self.proc.stop()
        change()
        self.proc = ServerProcess(self.root / "data", self.database_url, port=self.port).start()

    def backup(self) -> None:
        """A copy of the database and the photo folder, taken while the team works."""
        shutil.copytree(self.root / "data" / "blobs", self.root / "backup-blobs")
        if self.pg is None:
            with sqlite3.connect(self.root / "data" / "server.sqlite3") as live, \
                    sqlite3.connect(self.root / "backup.sqlite3") as copy:
                live.backup(copy)
        else:
            self.restart(lambda: self._pg(f"CREATE DATABASE {self._name()}_bak TEMPLATE "
                                          f"{self._name()}"))

    def restore(self) -> None:
        """Stop the server, put the backup in place of its data, start it again."""
        def put_back() -> None:
            shutil.rmtree(self.root / "data" / "blobs")
            shutil.copytree(self.root / "backup-blobs", self.root / "data" / "blobs")
            if self.pg is None:
                for leftover in (self.root / "data").glob("server.sqlite3*"):
                    leftover.unlink()
                shutil.copy(self.root / "backup.sqlite3", self.root / "data" / "server.sqlite3")
            else:
                self._pg(f"DROP DATABASE {self._name()}")
                self._pg(f"CREATE DATABASE {self._name()} TEMPLATE {self._name()}_bak")
        self.restart(put_back)

    def replace_with_empty(self, team: str, users: list[str]) -> None:
        """A new server at the same address: no records, no photos, the same accounts."""
        def empty() -> None:
            shutil.rmtree(self.root / "data")
            if self.pg is not None:
                self._pg(f"DROP DATABASE {self._name()}")
                self._pg(f"CREATE DATABASE {self._name()}")
        self.restart(empty)
        from inspector.server import auth, db
        from inspector.server.settings import Settings

        engine = db.make_engine(Settings(data_dir=self.root / "data",
                                         database_url=self.database_url).database)
        with db.write(engine) as conn:
            auth.add_team(conn, team)
            for name in users:
                auth.add_user(conn, name, name.split("-")[0], PASSWORD, team)
        engine.dispose()

    def blob_bytes_ok(self, sha256: str) -> bool:
        path = BlobStore(self.root / "data" / "blobs").path(sha256)
        return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256

    def _name(self) -> str:
        return self.database_url.rsplit("/", 1)[1]

    def _pg(self, sql: str) -> None:
        import psycopg

        base = self.database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        self.proc.stop()


PASSWORD = "correct horse battery staple"


@pytest.fixture(params=["sqlite", "postgres"])
def site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Site]:
    if request.param == "sqlite":
        made = Site(tmp_path / "site")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        made = Site(tmp_path / "site", cluster.new_database(), pg=cluster)
    yield made
    made.stop()


def team_on(site: Site) -> tuple[str, list[str]]:
    from pg import Accounts

    made = Accounts(site.proc)
    try:
        return made.team(("deputy", "deputy"), ("aide", "aide"))
    finally:
        made.close()


def everything_everywhere(site: Site, *laptops) -> None:  # type: ignore[no-untyped-def]
    """Every laptop holds the same records, nothing waits in an outbox, no conflict was made
    up, and the server holds every photo's bytes under their hash."""
    converged(*laptops)
    for laptop in laptops:
        assert laptop.outbox() == 0
        assert laptop.conflicts() == []
    shas = {p.sha256 for laptop in laptops for p in laptop.records.list(Photo)}
    assert shas and all(site.blob_bytes_ok(sha) for sha in shas)
    client = SyncClient(site.url)
    client.login(laptops[0].user, PASSWORD, str(uuid.uuid4()))
    target = laptops[0].profile.data_dir / "check"
    for sha in shas:
        client.download(sha, target / sha)  # verifies the hash on the way


def live(laptop) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {key for key, row in laptop.state().items() if not row["deleted"]}


def test_restore_from_older_backup_resends_what_the_server_lost(site, laptops):  # type: ignore[no-untyped-def]
    team, (deputy, aide) = team_on(site)
    a = laptops(site.url, deputy, "deputy")
    b = laptops(site.url, aide, "aide")
    first = a.visit(notes="до резервной копии")
    a.answer(first, "q1", "yes")
    a.photo(first, 1)
    a.sync()
    b.sync()

    site.backup()
    # Work the backup does not contain: new records of both laptops, an edit of an old one,
    # a delete, photos, all seen by both laptops before the server loses them.
    second = a.visit(a.facility("Школа №5"), notes="после резервной копии")
    for n in range(20):
        a.answer(second, f"q{n}", n)
    a.photo(second, 2)
    a.photo(second, 3)
    first.notes = "исправлено после резервной копии"
    a.records.save(first)
    a.sync()
    b.sync()
    b.records.save(Finding(visit_id=second.id, text="нет пандуса"))
    b.photo(second, 4)
    doomed = b.finding(first, "будет удалено")
    b.sync()
    b.records.delete(Finding, doomed.id)
    b.sync()
    a.sync()
    before = live(a)
    assert before == live(b)

    site.restore()
    # The photo folder lost a file too: the record survived, its bytes did not.
    first_photo = a.records.of_visit(Photo, first.id)[0].sha256
    BlobStore(site.root / "data" / "blobs").path(first_photo).unlink()
    # Edits made offline meanwhile, one of a record whose version the server lost.
    b.answer(second, "q99", "после восстановления")
    edited = b.records.get(Visit, second.id)
    edited.notes = "дополнено помощником офлайн"
    b.records.save(edited)

    report_a = a.sync()
    report_b = b.sync()
    assert report_a.server_lost_history and report_b.server_lost_history
    assert report_a.resent_records > 0
    assert "сервер не знал" in report_message(report_a, "ru").lower()
    a.sync()
    b.sync()
    everything_everywhere(site, a, b)
    assert before <= live(a)
    assert a.records.get(Visit, first.id).notes == "исправлено после резервной копии"
    assert a.records.get(Visit, second.id).notes == "дополнено помощником офлайн"
    assert doomed.id not in {f.id for f in a.records.list(Finding)}

    # A laptop of the team set up after the restore gets everything too.
    c = laptops(site.url, aide, "new-laptop")
    c.sync()
    everything_everywhere(site, a, b, c)

    # Once repaired, a sync has nothing to send again.
    again = a.sync()
    assert again.resent_records == 0 and not again.server_lost_history and again.pushed_ops == 0


def test_new_empty_server_at_the_same_address_is_refilled(site, laptops, monkeypatch,  # type: ignore[no-untyped-def]
                                                           capsys):
    from inspector.cli import PASSWORD_VARIABLE, main

    team, (deputy, aide) = team_on(site)
    a = laptops(site.url, deputy, "deputy")
    b = laptops(site.url, aide, "aide")
    visit = a.visit(notes="визит")
    for n in range(10):
        a.answer(visit, f"q{n}", n)
    a.photo(visit, 11)
    a.sync()
    b.sync()
    b.finding(visit, "очередь 40 минут")
    b.photo(visit, 12)
    b.sync()
    a.sync()
    count = len(live(a))

    site.replace_with_empty(team, [deputy, aide])
    # The aide comes first, from the command line: the deputy's records go up from the aide.
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    capsys.readouterr()
    status = main(["--data-dir", str(b.profile.data_dir), "--lang", "ru", "sync",
                   "--server", site.url, "--user", aide])
    said = capsys.readouterr().out
    assert status == 0
    assert f"Сервер не знал {count} записей — отправлены заново" in said
    report_a = a.sync()
    # The deputy finds its records already sent again by the aide: nothing goes up twice.
    assert report_a.server_lost_history and report_a.resent_records == 0
    a.sync()
    b.sync()
    everything_everywhere(site, a, b)
    assert len(live(a)) == count


@pytest.mark.parametrize("site", ["sqlite"], indirect=True)
def test_without_a_history_point_the_per_visit_check_sends_again(site, laptops):  # type: ignore[no-untyped-def]
    """A laptop that synced before history points existed has none to send: the check of
    counts and checksums per visit (point 19) still finds what the server lost, both ways."""
    team, (deputy, aide) = team_on(site)
    a = laptops(site.url, deputy, "deputy")
    b = laptops(site.url, aide, "aide")
    visit = a.visit(notes="до копии")
    a.photo(visit, 21)
    a.sync()
    b.sync()
    site.backup()
    for n in range(5):
        a.answer(visit, f"q{n}", n)
    a.photo(visit, 22)
    a.sync()
    site.restore()
    b.finding(visit, "после восстановления")  # the laptop lacks this until it pulls
    b.sync()
    for laptop in (a, b):
        with laptop.profile.database.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key LIKE 'sync.history%'")

    report = a.sync()
    assert not report.server_lost_history
    assert report.resent_records == 6 and report.repaired_visits == [visit.id]
    b.sync()
    a.sync()
    everything_everywhere(site, a, b)
    assert len(live(a)) == 1 + 1 + 2 + 5 + 1  # facility, visit, photos, answers, finding


def test_history_points_are_checked_and_states_stay_within_the_team(site, laptops):  # type: ignore[no-untyped-def]
    import requests

    from inspector.sync.client import HistoryChanged
    from inspector.sync.protocol import HISTORY_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION

    _, (deputy, _aide) = team_on(site)
    _, (stranger, _) = team_on(site)
    a = laptops(site.url, deputy, "deputy")
    a.photo(a.visit(), 31)
    a.sync()
    point = a.profile.database.meta(
        next(k for k in _meta_keys(a) if k.startswith("sync.history.newest")))
    seq, tag = point.split(".")
    client = SyncClient(site.url)
    client.login(deputy, PASSWORD, str(uuid.uuid4()))
    assert client.pull("", history=point).history == point
    with pytest.raises(HistoryChanged):
        client.pull("", history=f"{seq}.{'0' * 16}")
    with pytest.raises(HistoryChanged):
        client.push([], history=f"{int(seq) + 1000}.{tag}")
    malformed = requests.get(site.url + "/sync/pull", timeout=10, headers={
        PROTOCOL_HEADER: str(PROTOCOL_VERSION), HISTORY_HEADER: "nonsense",
        "Authorization": f"Bearer {client.token}"})
    assert malformed.status_code == 400
    states = client.states([f"{seq}.{'0' * 16}", point])
    assert states.fork == int(seq) and len(states.records) == len(live(a))

    outsider = SyncClient(site.url)
    outsider.login(stranger, PASSWORD, str(uuid.uuid4()))
    assert outsider.states([point]).records == []


def _meta_keys(laptop) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["key"] for r in laptop.profile.database.query("SELECT key FROM meta")]


def test_the_person_is_told_in_every_language():
    from inspector.services.sync import SyncReport

    report = SyncReport(server="https://inspector.parlam.kz", user="aide", resent_records=156,
                        server_lost_history=True)
    assert "Сервер не знал 156 записей — отправлены заново" in report_message(report, "ru")
    assert "Сервер 156 жазбаны білмеді — қайта жіберілді" in report_message(report, "kk")
    assert "The server did not know 156 records — sent again" in report_message(report, "en")
    assert "did not know 156" in report.summary()
    assert "не знал" not in report_message(SyncReport(server="", user="aide"), "ru")
