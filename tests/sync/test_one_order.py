"""The same visit reads the same on every laptop: the deputy's, the aide's after a sync through
the real server (records made in different orders on the two), and a restored backup's. And a
name taken back is gone from the laptop, its outbox and the server."""

from __future__ import annotations

import json
import time
from pathlib import Path

from openpyxl import load_workbook
from report.pdfcheck import issued_text  # tests/ is on the path (conftest.py)

from inspector.domain.interview import Interview
from inspector.domain.ordering import interview_numbers
from inspector.domain.photo import Photo
from inspector.domain.templates import interview_template
from inspector.services.backup import backup, restore
from inspector.services.findings import findings_of, save_finding
from inspector.services.interviews import save_interview
from inspector.services.reports import export, write_visit_report
from inspector.store.profile import Profile
from inspector.store.sync_state import mark_all_sent


def interview(laptop, visit, post: str, **answers) -> Interview:
    form = interview_template()
    time.sleep(0.01)  # creation times a few milliseconds apart, as two people typing would be
    return save_interview(laptop.profile, Interview(
        visit_id=visit.id, template_id=form.id, template_version=form.version,
        answers={"consent_record": "yes", "post": post, **answers}))


def finding(laptop, visit, text: str, evidence: list[dict[str, str]]):
    from inspector.domain.finding import Finding

    time.sleep(0.01)
    return save_finding(laptop.profile, Finding(visit_id=visit.id, text=text, theme="staffing",
                                                evidence=evidence))


def photo(laptop, visit, seed: int) -> Photo:
    time.sleep(0.01)
    return laptop.photo(visit, seed)


def printed(profile: Profile, visit_id: str, folder: Path) -> dict[str, object]:
    """What a reader gets from this laptop: the PDF's text and every export's rows."""
    folder.mkdir(parents=True, exist_ok=True)
    write_visit_report(profile, visit_id, folder / "r.pdf", lang="ru")
    (json_path,) = export(profile, "json", folder / "e.json", visit_ids=[visit_id])
    csv_paths = export(profile, "csv", folder / "csv", visit_ids=[visit_id])
    (xlsx_path,) = export(profile, "xlsx", folder / "e.xlsx", visit_ids=[visit_id])
    book = load_workbook(xlsx_path)
    return {
        "pdf": issued_text(folder / "r.pdf"),
        "json": json.loads(json_path.read_text("utf-8")),
        "csv": {p.name: p.read_text("utf-8-sig") for p in csv_paths},
        "xlsx": {sheet.title: [list(r) for r in sheet.iter_rows(values_only=True)]
                 for sheet in book.worksheets},
    }


def test_two_laptops_and_a_backup_print_the_same_visit(server, accounts, laptops, tmp_path):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    a.sync()
    b.sync()
    # Interleaved in time, each laptop inserting only its own: the row orders end up different.
    i1 = interview(a, visit, "Оператор")
    i2 = interview(b, visit, "Администратор")
    i3 = interview(a, visit, "Охранник")
    p1 = photo(b, visit, 771_001)
    p2 = photo(a, visit, 771_002)
    p3 = photo(b, visit, 771_003)
    for laptop in (a, b, a):
        assert not laptop.sync().conflicts
    finding(b, visit, "Охрана без договора", [{"kind": "interview", "id": i3.id}])
    finding(a, visit, "Зарплата ниже средней", [{"kind": "interview", "id": i2.id},
                                                {"kind": "photo", "id": p2.id}])
    for laptop in (a, b, a):
        assert not laptop.sync().conflicts

    def rowids(laptop, table):
        return [r["id"] for r in laptop.profile.database.query(
            f"SELECT id FROM {table} WHERE visit_id = ? ORDER BY rowid", (visit.id,))]

    assert rowids(a, "interviews") != rowids(b, "interviews")  # the trap is really there
    assert rowids(a, "photos") != rowids(b, "photos")
    for laptop in (a, b):
        interviews = laptop.records.of_visit(Interview, visit.id)
        assert interview_numbers(interviews) == {i1.id: 1, i2.id: 2, i3.id: 3}
        assert [p.id for p in laptop.records.of_visit(Photo, visit.id)] == [p1.id, p2.id, p3.id]
        # Both findings took position 1 offline; creation time then id settles it the same way.
        assert [f.text for f in findings_of(laptop.profile, visit.id)] == [
            "Охрана без договора", "Зарплата ниже средней"]

    deputy_sees = printed(a.profile, visit.id, tmp_path / "a")
    aide_sees = printed(b.profile, visit.id, tmp_path / "b")
    assert deputy_sees == aide_sees
    pdf = deputy_sees["pdf"]
    assert pdf.index("Сотрудник 1, оператор") < pdf.index("Сотрудник 2, администратор") \
        < pdf.index("Сотрудник 3, охранник")
    assert "интервью: сотрудник 2" in pdf

    archive = backup(a.profile.data_dir, tmp_path / "a.zip")
    restore(archive, tmp_path / "restored")
    with Profile(tmp_path / "restored") as restored:
        assert printed(restored, visit.id, tmp_path / "c") == deputy_sees


def test_a_name_taken_back_is_erased_locally_in_the_outbox_and_on_the_server(
        server, accounts, laptops):
    _, (deputy, aide) = accounts.team(("deputy", "deputy"), ("aide", "aide"))
    a, b = laptops(server.url, deputy), laptops(server.url, aide)
    visit = a.visit()
    named = interview(a, visit, "Медсестра", consent_named="yes",
                      interviewee_name="Иванова Айгуль Серикқызы")
    a.sync()
    b.sync()
    assert b.records.get(Interview, named.id).answers["interviewee_name"].startswith("Иванова")

    # An edit whose push was sent but never answered still sits in the outbox, name and all.
    named.answers["post"] = "Старшая медсестра"
    save_interview(a.profile, named)
    mark_all_sent(a.profile.database)
    named.answers["consent_named"] = "no"
    save_interview(a.profile, named)
    assert "interviewee_name" not in a.records.get(Interview, named.id).answers
    outbox = [r["fields"] for r in a.profile.database.query("SELECT fields FROM outbox")]
    assert outbox and not any("Иванова" in fields for fields in outbox)

    assert not a.sync().conflicts
    b.sync()
    answers = b.records.get(Interview, named.id).answers
    assert "interviewee_name" not in answers and answers["post"] == "Старшая медсестра"
    fresh = laptops(server.url, aide, "fresh")  # what the server holds now
    fresh.sync()
    assert "Иванова" not in json.dumps(fresh.records.get(Interview, named.id).answers,
                                       ensure_ascii=False)
