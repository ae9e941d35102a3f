"""No name of an interviewee who did not agree to be named anywhere in the analyst's file: not in
a cell, not in the search index, not in a page SQLite left behind.

The laptop erases such a name when consent is withdrawn, but a server may hold one sent by an
older app, so the rows are built here from records as either side could hand them over.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from inspector.analysis.rows import VisitRecords
from inspector.analysis.writer import write_database
from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.finding import Finding
from inspector.domain.interview import Interview
from inspector.domain.templates import interview_template, template
from inspector.domain.visit import Visit
from inspector.domain.words import FOLD

WITHHELD = "Гүлнара Жақсылықова"
NAMED = "Айгуль Сериковна"


def visit_with_names() -> VisitRecords:
    form = template("elderly_home")
    facility = Facility(kind="elderly_home", name="Дом престарелых «Шапағат»", region="almaty")
    visit = Visit(facility_id=facility.id, started_on="2026-03-02", deputies=["С. Имашева"],
                  template_id=form.id, template_version=form.version,
                  notes=f"Беседовали с {WITHHELD} после обхода.", status="completed")
    interviews = [
        Interview(visit_id=visit.id, template_id=interview_template().id,
                  template_version=interview_template().version, answers={
                      "consent_record": "yes", "consent_named": "no",
                      "interviewee_name": WITHHELD, "post": "Медицинская сестра",
                      "tenure_years": 2.3, "wage_net_monthly": 142_000,
                      "suggestions": f"Спросите у {WITHHELD.split()[1]} про смены"},
                  notes=f"{WITHHELD} жалуется на переработки. Старшая — Иванова А.С."),
        Interview(visit_id=visit.id, template_id=interview_template().id,
                  template_version=interview_template().version, answers={
                      "consent_record": "yes", "consent_named": "yes",
                      "interviewee_name": NAMED, "post": "Санитарка"}),
    ]
    return VisitRecords(
        visit=visit, facility=facility, template=form,
        answers=[Answer(visit_id=visit.id, question_id="heating", value="no",
                        comment=f"Со слов {WITHHELD.split()[0]}")],
        interviews=interviews,
        findings=[Finding(visit_id=visit.id, text=f"{WITHHELD} сообщила о задержках зарплаты.",
                          recommendation="Погасить задолженность.")])


def test_no_withheld_name_anywhere_in_the_file(tmp_path):
    result = write_database([visit_with_names()], tmp_path / "team.db")
    raw = result.database.read_bytes() + result.metadata.read_bytes()
    for word in WITHHELD.split():
        for form in {word, word.lower(), word.lower().translate(FOLD)}:
            # The folded word's start, too: the index keeps stems such as «жаксылыков».
            assert form[:7].encode() not in raw, form
    assert b"\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0" not in raw  # «Иванова»
    with closing(sqlite3.connect(result.database)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM interviews ORDER BY number")]
        assert names == [None, NAMED]
        text = conn.execute("SELECT notes, suggestions, role, tenure_band FROM interviews "
                            "WHERE number = 1").fetchone()
        assert text[0].startswith("[имя скрыто] жалуется") and "[имя скрыто]" in text[1]
        assert text[2:] == ("Медицинская сестра", "1–3 года")
        assert conn.execute("SELECT text FROM findings").fetchone()[0].startswith("[имя скрыто]")
        # The deputy is public and stays.
        assert conn.execute("SELECT deputies FROM visits").fetchone()[0] == "С. Имашева"
