"""`inspector inquiry …` as an aide uses it, on the demo's data: real processes, real files."""

from __future__ import annotations

import json
from datetime import date

import pytest
from docx import Document
from test_cli import inspector


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inquiries")
    inspector("demo", "--visits", "12", "--seed", "3", data_dir=folder)
    return folder


def test_the_demo_has_revisits_whose_checks_set_the_recommendations_status(demo_dir):
    rows = json.loads(inspector("visits", "--json", data_dir=demo_dir).stdout)
    by_facility: dict[str, int] = {}
    for v in rows:
        by_facility[v["facility_id"]] = by_facility.get(v["facility_id"], 0) + 1
    revisited = [f for f, n in by_facility.items() if n > 1]
    assert len(rows) == 12 and revisited
    history = json.loads(inspector("facility", "show", revisited[0], "--json",
                                   data_dir=demo_dir).stdout)
    checks = history["visits"][-1]["checks"]
    assert checks and all(c["result"] for c in checks)
    statuses = {f["status"] for v in history["visits"][:-1] for f in v["findings"]
                if f["recommendation"]}
    assert statuses - {"open"}  # a check on the spot changed what became of them


def test_the_demo_has_inquiries_in_every_state_a_register_shows(demo_dir):
    rows = json.loads(inspector("inquiry", "list", "--json", data_dir=demo_dir).stdout)
    assert {r["status"] for r in rows} == {"draft", "announced", "answered", "overdue"}
    today = date.today()
    for r in rows:
        if r["status"] == "overdue":
            assert date.fromisoformat(r["due_date"]) < today and r["days_left"] < 0
        if r["status"] == "announced":
            assert date.fromisoformat(r["due_date"]) >= today and r["days_left"] >= 0
        if r["status"] == "answered":
            assert r["rating"] and r["answered_on"] and r["answer_from"]
    # Overdue ones lead the register.
    assert rows[0]["status"] == "overdue"


def test_an_aide_makes_drafts_announces_and_records_the_answer(demo_dir, tmp_path):
    made = inspector("inquiry", "new", "--title", "О зарплатах операторов ЦОН",
                     "--to", "Премьер-Министру\\nРеспублики Казахстан", "--to-name",
                     "Сарсенбаеву А.К.", "--salutation", "Уважаемый Аскар Кайратович!",
                     "--sign", "А. Серикбаев/Ак жол", "--sign", "Г. Нурланова/AMANAT",
                     "--executor", "Д. Сейтказина", "--phone", "74-62-15",
                     "--findings-of", "--kind", "psc", data_dir=demo_dir)
    inquiry_id = made.stdout.strip()
    shown = inspector("inquiry", "show", inquiry_id, data_dir=demo_dir).stdout
    assert "ДЕПУТАТСКИЙ ЗАПРОС" in shown and "депутаты фракции «Ак жол»" in shown
    docx, annex = tmp_path / "запрос.docx", tmp_path / "приложение.pdf"
    inspector("inquiry", "draft", inquiry_id, "-o", str(docx), "--annex", str(annex),
              data_dir=demo_dir)
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert "Уважаемый Аскар Кайратович!" in paragraphs and annex.stat().st_size > 10_000
    inspector("inquiry", "announce", inquiry_id, "--on", date.today().isoformat(),
              data_dir=demo_dir)
    answer = tmp_path / "ответ.pdf"
    answer.write_bytes(b"%PDF-1.4 answer")
    inspector("inquiry", "answer", inquiry_id, "--from", "МТСЗН", "--document", str(answer),
              "--rate", "1=formal:общие слова", data_dir=demo_dir)
    row = next(r for r in json.loads(inspector("inquiry", "list", "--json",
                                               data_dir=demo_dir).stdout)
               if r["id"] == inquiry_id)
    assert (row["status"], row["rating"], row["answer_from"]) == ("answered", "formal", "МТСЗН")


def test_a_refused_answer_says_why_in_the_persons_language(demo_dir):
    rows = json.loads(inspector("inquiry", "list", "--json", data_dir=demo_dir).stdout)
    draft = next(r for r in rows if r["status"] == "draft")
    result = inspector("--lang", "kk", "inquiry", "answer", draft["id"], "--from", "X",
                       "--received", "2099-01-01", data_dir=demo_dir, check=False)
    assert result.returncode == 2 and result.stderr.startswith("Сауал сақталмады:")
    unchanged = next(r for r in json.loads(inspector("inquiry", "list", "--json",
                                                     data_dir=demo_dir).stdout)
                     if r["id"] == draft["id"])
    assert unchanged["status"] == "draft"


def test_a_revisit_checked_from_the_command_line_shows_in_the_institutions_history(demo_dir):
    for visit in json.loads(inspector("visits", "--json", data_dir=demo_dir).stdout):
        history = json.loads(inspector("facility", "show", visit["facility_id"], "--json",
                                       data_dir=demo_dir).stdout)
        if len(history["visits"]) == 1:
            break  # an institution visited once: all its recommendations wait for a check
    open_ones = [f for v in history["visits"] for f in v["findings"]
                 if f["recommendation"] and f["status"] in ("open", "answered_formally")]
    assert open_ones
    from inspector.services import recommendations, visits
    from inspector.store.profile import Profile

    with Profile(demo_dir) as profile:
        follow_up = visits.revisit(profile, visit["id"], date.today().isoformat())
        checks = recommendations.checks_of(profile, follow_up.id)
    assert len(checks) == len(open_ones)
    inspector("recommendation", "check", checks[0][0].id, "not_implemented", "--comment",
              "ничего не изменилось", "--by", "aide", data_dir=demo_dir)
    history = json.loads(inspector("facility", "show", visit["facility_id"], "--json",
                                   data_dir=demo_dir).stdout)
    status = {f["id"]: f["status"] for v in history["visits"] for f in v["findings"]}
    assert status[checks[0][1].id] == "not_implemented"
    assert history["visits"][-1]["checks"][0]["comment"] == "ничего не изменилось"
    shown = inspector("facility", "show", visit["facility_id"], data_dir=demo_dir).stdout
    assert "Не выполнена — ничего не изменилось" in shown
