"""The analyst's database from a laptop: what an analyst opens in Datasette, DB Browser or pandas
must say what the reports say, and nothing the reports withhold."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
import sqlite_utils

from inspector.analysis.schema import NURSES_BELOW_60, VIEWS
from inspector.cli import main
from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.finding import Finding
from inspector.domain.interview import Interview
from inspector.domain.templates import template_or_blank
from inspector.domain.visit import Visit
from inspector.report.aggregate import kind_rows, wage_rows
from inspector.report.summary import SummarySelection
from inspector.services.analysis_export import export_database
from inspector.services.demo import generate_demo
from inspector.services.report_data import load_summary
from inspector.services.reports import write_visit_report
from inspector.store.profile import Profile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))
from pdfcheck import all_text  # noqa: E402

VISITS = 16


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo profile of every kind of institution, and its export with drafts."""
    folder = tmp_path_factory.mktemp("analysis")
    with Profile(folder / "profile") as profile:
        generate_demo(profile, visits=VISITS, photos_per_visit=1)
        result = export_database(profile, folder / "team.db", include_drafts=True)
        yield profile, result


def _live(profile: Profile, cls, visit_ids: list[str]) -> list:
    return [r for v in visit_ids for r in profile.records.of_visit(cls, v)]


def test_row_counts_equal_what_was_exported(demo):
    profile, result = demo
    visits = profile.records.list(Visit)
    ids = [v.id for v in visits]
    answers = 0
    for v in visits:
        form = template_or_blank(v.template_id, v.template_version)
        stored = profile.records.of_visit(Answer, v.id)
        applicable = form.applicable({a.question_id: a.value for a in stored})
        answers += sum(a.question_id in applicable for a in stored)
    consented = [i for i in _live(profile, Interview, ids) if i.consent_given]
    expected = {"visits": len(visits), "answers": answers, "interviews": len(consented),
                "findings": len(_live(profile, Finding, ids)), "key_figures": len(visits),
                "facilities": len(profile.records.list(Facility))}
    db = sqlite_utils.Database(result.database)
    plain = sqlite3.connect(result.database)
    try:
        for table, count in expected.items():
            assert db[table].count == count, table
            assert plain.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
            assert result.rows[table] == count
    finally:
        plain.close()
        db.close()


def test_foreign_keys_hold_and_answers_have_typed_columns(demo):
    _, result = demo
    with closing(sqlite3.connect(result.database)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        declared = {row[1]: row[2] for row in conn.execute("PRAGMA table_info(answers)")}
        assert declared["value_money"] == "REAL" and declared["value_yes_no"] == "INTEGER"
        # Money in tenge as a number, yes/no as 1/0, choices as JSON arrays beside their words.
        money = conn.execute("SELECT value_money, value_label FROM answers "
                             "WHERE question_id = 'regional_avg_wage'").fetchall()
        assert money and all(isinstance(v, float) and label.endswith(" тг") for v, label in money)
        assert {r[0] for r in conn.execute(
            "SELECT value_yes_no FROM answers WHERE type = 'yes_no'")} <= {0, 1, None}
        choices = conn.execute("SELECT value_choices, value_label FROM answers "
                               "WHERE type = 'multiple_choice' LIMIT 5").fetchall()
        assert choices and all(isinstance(json.loads(c), list) and label for c, label in choices)


def test_a_key_figure_is_the_figure_in_the_visits_pdf(demo, tmp_path):
    profile, result = demo
    with closing(sqlite3.connect(result.database)) as conn:
        visit_id, nurse, rate = conn.execute(
            "SELECT visit_id, wage_avg_nurse, vacancy_rate FROM key_figures "
            "WHERE kind = 'elderly_home' AND wage_avg_nurse IS NOT NULL "
            "AND vacancy_rate > 0 LIMIT 1").fetchone()
    visit = profile.records.get(Visit, visit_id)
    form = template_or_blank(visit.template_id, visit.template_version)
    text = all_text(write_visit_report(profile, visit_id, tmp_path / "visit.pdf"))
    from inspector.report.texts import percent

    # Text extraction turns the no-break space of «152 000 тг» into a plain one.
    assert " ".join(form.question("wage_avg_nurse").display(nurse, "ru").split()) in text
    assert f"Доля вакантных должностей: {percent(rate, 'ru')} %" in text


def _rows(conn: sqlite3.Connection, sql: str, *params) -> list[dict]:
    conn.row_factory = sqlite3.Row
    return [dict(r) for r in conn.execute(sql, params)]


def test_the_views_answer_as_the_summary_does(demo, tmp_path):
    """The same selection (completed visits only, the default of both) gives the summary's
    wage and staffing tables from the views."""
    profile, _ = demo
    result = export_database(profile, tmp_path / "completed.db")
    summary = load_summary(profile, SummarySelection())
    with closing(sqlite3.connect(result.database)) as conn:
        by_kind = {(r["kind"], r["category"]): r
                   for r in _rows(conn, "SELECT * FROM wages_by_kind")}
        expected = wage_rows(summary.visits)
        assert expected and len(by_kind) == len(expected)
        for w in expected:
            row = by_kind[(w.kind, w.category)]
            assert (row["institutions"], row["average"], row["minimum"],
                    row["regional_average"], row["regions"]) == (
                w.institutions, w.average, w.minimum, w.regional, w.regions)
            assert row["pct_regional"] == pytest.approx(w.pct_regional)
        for k in kind_rows(summary.visits):
            without = conn.execute("SELECT count(*) FROM without_social_package v JOIN "
                                   "visits USING (facility_id) WHERE visits.kind = ?",
                                   (k.kind,)).fetchone()[0]
            answered = conn.execute("SELECT count(*) FROM key_figures WHERE kind = ? AND "
                                    "no_social_package IS NOT NULL", (k.kind,)).fetchone()[0]
            assert (without, answered) == k.no_package
            short = conn.execute("SELECT count(*) FROM ppe_short p JOIN key_figures k "
                                 "USING (visit_id) WHERE k.kind = ?", (k.kind,)).fetchone()[0]
            answered = conn.execute("SELECT count(*) FROM key_figures WHERE kind = ? AND "
                                    "ppe_short IS NOT NULL", (k.kind,)).fetchone()[0]
            assert (short, answered) == k.ppe_short
        red = conn.execute("SELECT count(*) FROM red_lines").fetchone()[0]
    assert red == sum(len(v.evaluation.red_lines()) for v in summary.visits)


def test_the_view_by_region_is_the_summary_of_that_region(demo, tmp_path):
    profile, _ = demo
    region = profile.records.list(Facility)[0].region
    result = export_database(profile, tmp_path / "region.db", region=region,
                             include_drafts=True)
    summary = load_summary(profile, SummarySelection(region=region, include_drafts=True))
    with closing(sqlite3.connect(result.database)) as conn:
        found = {(r["kind"], r["category"]): (r["institutions"], r["average"], r["regional_average"])
                 for r in _rows(conn, "SELECT * FROM wages_vs_regional WHERE region = ?", region)}
    assert found == {(w.kind, w.category): (w.institutions, w.average, w.regional)
                     for w in wage_rows(summary.visits)}


def test_the_inquiry_question_is_one_query_on_a_view(demo):
    """«В скольких домах престарелых зарплата медсестёр ниже 60 % средней по региону с 2024
    года?», answered from the domain's own figures for comparison."""
    profile, result = demo
    expected = set()
    for v in profile.records.list(Visit):
        facility = profile.records.get(Facility, v.facility_id)
        if facility.kind != "elderly_home" or v.started_on < "2024" or not v.is_completed:
            continue
        answers = {a.question_id: a.value for a in profile.records.of_visit(Answer, v.id)}
        from inspector.domain.regional_wages import regional_wage

        # Typed by the deputies, else the published figure, as the report compares.
        published = regional_wage(facility.region, v.started_on)
        nurse = answers.get("wage_avg_nurse")
        regional = answers.get("regional_avg_wage") or (published.tenge if published else None)
        if nurse is not None and regional and 100 * nurse / regional < 60:
            expected.add(facility.id)
    with closing(sqlite3.connect(result.database)) as conn:
        completed_only = NURSES_BELOW_60 + " AND status = 'completed'"
        assert conn.execute(completed_only).fetchone()[0] == len(expected)
        assert conn.execute(NURSES_BELOW_60).fetchone()[0] >= len(expected)
    assert expected, "the demo data should have such homes, or the test proves nothing"


def test_full_text_search_folds_kazakh_letters_as_the_app_does(demo):
    _, result = demo
    db = sqlite_utils.Database(result.database)
    try:
        names = [r["name"] for r in db["facilities"].search("бобек")]
        assert names and all("Бөбек" in n for n in names)
        assert [r["name"] for r in db["facilities"].search("Бөбек")] == names
        # Word forms, as in the app: the stem the app makes of «зарплата» finds «зарплату».
        from inspector.domain.words import term

        stem = term("зарплата")
        found = [r["notes"] for r in db["interviews"].search(stem)]
        # Every note found has a form of the word, and «зарплату» is among them.
        assert stem != "зарплата" and any("зарплату" in t for t in found)
        assert all("зарплат" in t.lower() for t in found)
    finally:
        db.close()


def test_metadata_labels_every_table_and_loads_in_datasette(demo):
    _, result = demo
    meta = json.loads(result.metadata.read_text(encoding="utf-8"))
    tables = meta["databases"][result.database.stem]["tables"]
    with closing(sqlite3.connect(result.database)) as conn:
        names = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%'")}
        assert {v.name for v in VIEWS} <= names
        for table in names:  # views too: every column an analyst sees has its label
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            assert columns <= set(tables[table]["columns"]), table
    assert tables["key_figures"]["columns"]["regional_avg_wage"].endswith(", тенге")
    assert "Средняя начисленная месячная зарплата медицинских" in \
        tables["key_figures"]["columns"]["wage_avg_nurse"]

    from datasette.app import Datasette

    async def serve() -> tuple[dict, list, list]:
        ds = Datasette([str(result.database)], metadata=meta)
        await ds.invoke_startup()
        served = (await ds.client.get("/-/metadata.json")).json()
        view = (await ds.client.get(
            f"/{result.database.stem}/wages_vs_regional.json?_shape=array")).json()
        canned = (await ds.client.get(f"/{result.database.stem}/"
                                      "elderly_homes_nurses_below_60_pct.json?_shape=array")).json()
        return served, view, canned

    served, view, canned = asyncio.run(serve())
    assert served["title"] == meta["title"]
    assert view and "pct_regional" in view[0]
    assert canned and "elderly_homes" in canned[0]


def test_labels_follow_the_chosen_language(demo, tmp_path):
    profile, _ = demo
    result = export_database(profile, tmp_path / "kk.db", lang="kk")
    meta = json.loads(result.metadata.read_text(encoding="utf-8"))
    assert meta["databases"]["kk"]["tables"]["visits"]["title"] == "Сапарлар"
    with closing(sqlite3.connect(result.database)) as conn:
        assert "Қарттар үйі" in {r[0] for r in conn.execute("SELECT kind_label FROM visits")}


def test_interviews_say_nothing_the_reports_withhold(demo):
    """No per-person pay, health or plans to leave; tenure in bands; names only with consent."""
    profile, result = demo
    with closing(sqlite3.connect(result.database)) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(interviews)")}
        assert not columns & {"wage_net_monthly", "infected_at_work", "felt_at_risk",
                              "plans_to_leave", "tenure_years", "interviewee_name",
                              "consent_named"}
        named = conn.execute("SELECT count(*) FROM interviews WHERE name IS NOT NULL").fetchone()
        consenting = [i for i in profile.records.list(Interview) if i.may_be_named]
        assert named[0] == len(consenting)
        bands = {r[0] for r in conn.execute("SELECT tenure_band FROM interviews")}
        assert bands <= {"до 1 года", "1–3 года", "3–5 лет", "5–10 лет", "более 10 лет", None}
        # Pay only over three interviewees or more, as a median and a range.
        for answered, median in conn.execute(
                "SELECT answered, median FROM interview_figures "
                "WHERE question_id = 'wage_net_monthly'"):
            assert (median is None) == (answered < 3)


def test_a_cancelled_export_leaves_no_file(demo, tmp_path):
    from inspector.services.analysis_export import ExportCancelled

    profile, _ = demo
    target = tmp_path / "cancelled.db"
    with pytest.raises(ExportCancelled):
        export_database(profile, target, include_drafts=True, is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_writes_the_database_and_its_metadata(demo, tmp_path, capsys):
    profile, _ = demo
    target = tmp_path / "cli.db"
    assert main(["--data-dir", str(profile.data_dir), "export", "--format", "sqlite",
                 "-o", str(target), "--kind", "baby_home", "--include-drafts"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(target), str(tmp_path / "cli.metadata.json")]
    with closing(sqlite3.connect(target)) as conn:
        assert {r[0] for r in conn.execute("SELECT DISTINCT kind FROM visits")} == {"baby_home"}
    # A selection means nothing to the flat exports: said, not ignored.
    assert main(["--data-dir", str(profile.data_dir), "export", "--format", "csv",
                 "-o", str(tmp_path / "csv"), "--kind", "psc"]) != 0
    assert "--kind" in capsys.readouterr().err


def test_the_readme_shows_the_query_that_is_tested():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert NURSES_BELOW_60 in readme


def test_photos_bytes_only_when_asked_and_never_with_faces(demo, tmp_path):
    import hashlib

    from inspector.domain.photo import Photo

    profile, result = demo
    with closing(sqlite3.connect(result.database)) as conn:
        assert conn.execute("SELECT count(*) FROM photos WHERE content IS NOT NULL").fetchone()[0] == 0
    faces = profile.records.list(Photo)[0]
    faces.shows_faces = True
    profile.records.save(faces)
    try:
        with_photos = export_database(profile, tmp_path / "photos.db", include_drafts=True,
                                      with_photos=True)
    finally:
        faces.shows_faces = False
        profile.records.save(faces)
    with closing(sqlite3.connect(with_photos.database)) as conn:
        rows = conn.execute("SELECT id, sha256, shows_faces, content FROM photos").fetchall()
    assert len(rows) == len(profile.records.list(Photo)) > 1
    for photo_id, sha256, shows_faces, content in rows:
        if photo_id == faces.id:
            assert shows_faces == 1 and content is None
        else:
            assert hashlib.sha256(content).hexdigest() == sha256


def test_the_teams_inquiries_their_findings_and_rated_requests(demo):
    """The demo's inquiries as the register shows them, linked to the exported findings."""
    from datetime import date

    from inspector.domain.inquiry import Inquiry

    profile, result = demo
    inquiries = profile.records.list(Inquiry)
    assert inquiries, "the demo makes inquiries in every state"
    with closing(sqlite3.connect(result.database)) as conn:
        rows = {r["id"]: r for r in _rows(conn, "SELECT * FROM inquiries")}
        assert set(rows) == {i.id for i in inquiries}
        for inquiry in inquiries:
            assert rows[inquiry.id]["status"] == inquiry.state(date.today())
        exported = {r["id"] for r in _rows(conn, "SELECT id FROM findings")}
        links = _rows(conn, "SELECT * FROM inquiry_findings")
        assert links and all(link["finding_id"] in exported for link in links)
        rated = _rows(conn, "SELECT * FROM inquiry_requests WHERE rating IS NOT NULL")
        given = {(i.id, r["request"]): r["rating"] for i in inquiries for r in i.ratings}
        assert {(r["inquiry_id"], r["request"]): r["rating"] for r in rated} == given
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
