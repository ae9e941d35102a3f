"""`inspector-server export --format sqlite`: the team's records as the analyst's database, the
same tables as the laptop's export, on SQLite and on PostgreSQL behind the server."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from contextlib import closing

from sqlalchemy import insert

from inspector.domain.interview import Interview
from inspector.domain.templates import interview_template
from inspector.server.cli import main as server_main
from inspector.server.tables import records
from inspector.services.analysis_export import export_database
from inspector.services.demo import generate_demo

COMPARED = ("facilities", "visits", "answers", "key_figures", "wages", "interviews",
            "interview_figures", "findings", "recommendations", "photos")
WITHHELD = "Гүлнара Жақсылықова"


def _synced(laptop) -> None:
    report = laptop.sync()
    assert not (report.rejected or report.held or report.conflicts), report
    assert laptop.outbox() == 0


def _table(path, table: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def _export(server, team: str, target, *extra: str) -> int:
    args = ["export", "--format", "sqlite", "--team", team, "-o", str(target),
            "--data", str(server.data_dir), "--include-drafts", *extra]
    if server.database_url:
        args += ["--database", server.database_url]
    return server_main(args)


def test_the_server_exports_what_the_laptop_exports(server, accounts, laptops, tmp_path, capsys):
    team, (deputy,) = accounts.team(("deputy", "deputy"))
    laptop = laptops(server.url, deputy)
    generate_demo(laptop.profile, visits=5, photos_per_visit=1)
    _synced(laptop)
    mine = export_database(laptop.profile, tmp_path / "laptop.db", include_drafts=True)

    assert _export(server, team, tmp_path / "server.db") == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / "server.db"),
                                               str(tmp_path / "server.metadata.json")]
    for table in COMPARED:
        assert _table(tmp_path / "server.db", table) == _table(mine.database, table), table
    with closing(sqlite3.connect(tmp_path / "server.db")) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert json.loads((tmp_path / "server.metadata.json").read_text(encoding="utf-8"))["title"]

    # The photos' bytes from the server's blob store, only when asked for.
    assert _export(server, team, tmp_path / "photos.db", "--with-photos") == 0
    photos = _table(tmp_path / "photos.db", "photos")
    assert photos and all(hashlib.sha256(row[-1]).hexdigest() == row[2] for row in photos)
    assert all(row[-1] is None for row in _table(tmp_path / "server.db", "photos"))


def test_a_name_an_old_app_sent_without_consent_stays_on_the_server(server, accounts, laptops,
                                                                      tmp_path):
    """A record that reached the server before names were erased on the laptop: its name is in
    no cell and no index of the export."""
    team, (deputy,) = accounts.team(("deputy", "deputy"))
    laptop = laptops(server.url, deputy)
    visit = laptop.visit(notes="Обход")
    visit.status = "completed"
    laptop.records.save(visit)
    _synced(laptop)
    form = interview_template()
    data = {"visit_id": visit.id, "template_id": form.id, "template_version": form.version,
            "answers": {"consent_record": "yes", "consent_named": "no",
                        "interviewee_name": WITHHELD, "post": "Оператор"},
            "notes": f"{WITHHELD} просит не называть её.", "created_at": "2025-03-01T10:00:00"}
    with accounts.engine.begin() as conn:
        conn.execute(insert(records).values(
            entity=Interview.entity, id=str(uuid.uuid4()), team=team, visit_id=visit.id,
            version=1, deleted=False, needs_review=False, data=json.dumps(data),
            field_meta=json.dumps({k: [1, "old"] for k in data}),
            created_at="2025-03-01T10:00:00", updated_at="2025-03-01T10:00:00"))

    target = tmp_path / "team.db"
    assert _export(server, team, target) == 0
    raw = target.read_bytes()
    for word in WITHHELD.split():
        assert word.encode() not in raw and word.lower().encode() not in raw
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT name, role, notes FROM interviews").fetchall() == [
            (None, "Оператор", "[имя скрыто] просит не называть её.")]
        assert conn.execute("SELECT id FROM visits").fetchall() == [(visit.id,)]


def test_an_unknown_team_is_one_line(server, tmp_path, capsys):
    assert _export(server, "no-such-team", tmp_path / "x.db") == 1
    assert "no-such-team" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_only_the_teams_own_visits(server, accounts, laptops, tmp_path):
    team, (deputy,) = accounts.team(("deputy", "deputy"))
    other, (stranger,) = accounts.team(("deputy", "deputy"))
    for user in (deputy, stranger):
        laptop = laptops(server.url, user)
        made = laptop.visit()
        made.status = "completed"
        laptop.records.save(made)
        _synced(laptop)
        if user == deputy:
            mine = made.id
    assert _export(server, team, tmp_path / "team.db") == 0
    assert [r[0] for r in _table(tmp_path / "team.db", "visits")] == [mine]
