"""What a report concludes follows from the data: one definition of a problem, norms with their
sources, red lines on page 1, drafts that cannot pass for final, summary arithmetic a reader
can redo with a pencil. Every check reads the PDF back."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pdfcheck import all_text, page_texts
from pypdf import PdfReader

from inspector.domain.checklist import Option, Question, QuestionType, Rule
from inspector.services.reports import write_summary, write_visit_report
from inspector.services.visit_list import visit_summaries

WAGE_ONLY = {"regional_avg_wage": 300_000, "wage_avg_nurse": 150_000}


def problems_said(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"проблем(?:: |ных ответов: )(\d+)", text)]


def test_a_low_wage_is_the_same_problem_in_key_figures_checklist_and_counts(profile, make_visit,
                                                                             tmp_path):
    visit = make_visit(answers=WAGE_ONLY)
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    # Key figures and the checklist section each mark it: the «!» value appears twice.
    assert text.count("! 150 000 тг") == 2
    assert "50 % от средней по региону" in text
    # The checklist's count and the conclusion's count: one problem, the wage.
    assert problems_said(text) == [1, 1]
    (row,) = [s for s in visit_summaries(profile) if s.id == visit]
    assert row.flagged == 1  # the visit list says the same


def test_correcting_the_regional_average_clears_the_wage_problem_in_the_list(profile, make_visit):
    from inspector.services.visits import answer_question

    visit = make_visit(answers=WAGE_ONLY)
    answer_question(profile, visit, "regional_avg_wage", 140_000)
    (row,) = [s for s in visit_summaries(profile) if s.id == visit]
    assert row.flagged == 0


def test_derived_vacancies_are_shown_not_left_blank(profile, make_visit, tmp_path):
    visit = make_visit(answers={"staff_posts_total": 40, "staff_posts_filled": 30})
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    assert "Вакансий 10 рассчитано: штатные единицы − занятые" in text
    assert "Доля вакантных должностей: 25 %" in text
    assert "нет ответа; рассчитано: штатные единицы − занятые: 10" in text  # checklist section


def test_norm_and_source_in_the_comparison_column(profile, make_visit, tmp_path):
    visit = make_visit(answers={**WAGE_ONLY, "ppe_available": "yes", "ppe_stock_days": 5})
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    assert "норма: норма wage [1]" in text and "норма: норма ppe [2]" in text
    assert "Источники норм [1] Документ W-2 [2] Документ P-3" in text
    kk = all_text(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))
    assert "Нормалардың дереккөздері [1] W-2 құжаты" in kk


def test_red_lines_lead_page_one_whatever_else_was_written(profile, make_visit, tmp_path):
    finding = {"theme": "pay", "severity": "major", "text": "Зарплата ниже средней"}
    visit = make_visit(answers={**WAGE_ONLY, "restraint_used": ("yes", "Привязывают к кровати"),
                                "deaths_last_year": 6, "ppe_available": "no",
                                "capacity_places": 100, "residents_current": 130},
                       findings=[finding])
    pages = page_texts(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    first = " ".join(pages[0].split())
    assert "! Неотложные вопросы" in first
    for line in ("Применяются ли меры ограничения — Да (Привязывают к кровати)",
                 "Умерло за 12 месяцев — 6", "СИЗ в наличии — Нет", "Проживает сейчас — 130 (Заполненность: 130 %; норма: норма occupancy)"):
        assert line in first, line
    # The deputies' own finding is named in the executive summary, after every red line.
    assert first.index("Умерло за 12 месяцев — 6") < first.index("Краткое резюме") < first.index(
        "Вывод 1 (существенное): Зарплата ниже средней")
    rest = " ".join(" ".join(pages[1:]).split())
    # and the conclusion repeats them
    assert "Выявлены обстоятельства, требующие немедленного реагирования (4):" in rest
    en = page_texts(write_visit_report(profile, visit, tmp_path / "en.pdf", lang="en"))[0]
    assert "Urgent matters" in en
    kk = page_texts(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))[0]
    assert "Шұғыл мәселелер" in kk


def test_a_visit_without_red_lines_says_so_on_page_one(profile, make_visit, tmp_path):
    visit = make_visit(answers=WAGE_ONLY)
    first = page_texts(write_visit_report(profile, visit, tmp_path / "r.pdf"))[0]
    assert "Неотложных вопросов по листу проверки не выявлено." in " ".join(first.split())


def test_a_draft_is_watermarked_on_every_page_and_in_its_title(profile, make_visit, tmp_path):
    draft = make_visit(answers=WAGE_ONLY, photos=3)
    pdf = write_visit_report(profile, draft, tmp_path / "draft.pdf", with_faces=True)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert all("ПРОЕКТ" in page for page in pages)
    assert PdfReader(pdf).metadata.title.startswith("ПРОЕКТ. Отчёт о визите в учреждение")
    for lang, word in (("kk", "ЖОБА"), ("en", "DRAFT")):
        other = write_visit_report(profile, draft, tmp_path / f"{lang}.pdf", lang=lang)
        assert all(word in page for page in page_texts(other))
    final = make_visit(answers=WAGE_ONLY, completed=True)
    pdf = write_visit_report(profile, final, tmp_path / "final.pdf")
    assert not any("ПРОЕКТ" in page for page in page_texts(pdf))
    assert not PdfReader(pdf).metadata.title.startswith("ПРОЕКТ")


# --- the summary --------------------------------------------------------------------------------


@pytest.fixture
def ppe_as_a_list(test_templates):
    """Baby homes ask "which PPE" as a list with "none", as the shipped checklists do."""
    form = test_templates[("baby_home", 1)]
    options = (Option("masks", {"ru": "Маски", "kk": "Маскалар", "en": "Masks"}),
               Option("none", {"ru": "Нет никаких", "kk": "Ешқандай жоқ", "en": "None"},
                      exclusive=True))
    none = Rule(one_of=("none",))

    def changed(q: Question) -> Question:
        if q.id == "ppe_available":
            return replace(q, type=QuestionType.MULTIPLE_CHOICE, options=options,
                           problem_if=none, red_line=none)
        return replace(q, show_if=None) if q.id == "ppe_stock_days" else q

    sections = tuple(replace(s, questions=tuple(map(changed, s.questions)))
                     for s in form.sections)
    test_templates[form.key] = replace(form, sections=sections)


@pytest.fixture
def four_homes(make_visit, ppe_as_a_list):
    """Hand-computed: see each test's expected table."""
    a = make_visit(kind="baby_home", name="Дом ребёнка А", region="almaty",
                   started_on="2026-03-02", completed=True, answers={
                       "staff_posts_total": 50, "staff_vacancies": 10,
                       "regional_avg_wage": 300_000, "wage_avg_nurse": 150_000,
                       "ppe_available": ["none"]})
    b = make_visit(kind="baby_home", name="Дом ребёнка Б", region="astana",
                   started_on="2026-03-03", completed=True, answers={
                       "staff_posts_total": 30, "staff_posts_filled": 27,
                       "regional_avg_wage": 320_000, "wage_avg_nurse": 241_000,
                       "ppe_available": ["masks"], "ppe_stock_days": 7})
    c = make_visit(kind="baby_home", name="Дом ребёнка В", region="astana",
                   started_on="2026-03-04", completed=True, answers={
                       "ppe_available": ["masks"], "ppe_stock_days": 30})
    draft = make_visit(kind="baby_home", name="Дом ребёнка Г (черновой)", region="almaty",
                       started_on="2026-03-05", answers={
                           "staff_posts_total": 100, "staff_vacancies": 90,
                           "wage_avg_nurse": 10_000, "ppe_available": ["none"]})
    return a, b, c, draft


def test_summary_tables_equal_the_hand_computed_ones(profile, four_homes, tmp_path):
    text = all_text(write_summary(profile, tmp_path / "s.pdf"))
    # Wages, nurses: A and B answered: (150 000 + 241 000) / 2 = 195 500; their regions'
    # averages (300 000 + 320 000) / 2 = 310 000, from two regions, so starred;
    # 195 500 / 310 000 = 63.06 %.
    assert "Медицинские сёстры 2 195 500 н/д 310 000* 63 %" in text.replace("! ", "")
    assert "* Учреждения из разных регионов (2)" in text
    # Staffing: A 10 of 50, B 30 - 27 = 3 of 30: 13 / 80 = 16.25 %, two institutions answered.
    # PPE: A has none at all, B 7 days < 14, C 30 days: 2 of 3 short = 66.7 %.
    assert "16 % (13/80; ответили: 2)" in text
    assert "67 % (2/3)" in text
    assert "Нехватка СИЗ: СИЗ нет совсем или запас ниже нормы (14 дней)." in text
    # Counts are of completed visits only: the draft's 90 vacancies and its 10 000 wage are out.
    assert "Дом ребёнка Г" not in text and "черновиков не учтено: 1" in text


def test_a_summary_with_drafts_marks_each_draft_in_every_table(profile, four_homes, tmp_path):
    text = all_text(write_summary(profile, tmp_path / "s.pdf", include_drafts=True))
    assert "Дом ребёнка Г (черновой) (черновик)" in text
    assert "В сводку включены черновики" in text
    # With the draft: vacancies (10 + 3 + 90) / (50 + 30 + 100) = 57.2 %, PPE short 3 of 4.
    assert "57 % (103/180; ответили: 3)" in text and "75 % (3/4)" in text
    assert "завершён" in text  # the status column of the list of institutions


def test_the_summary_lists_every_urgent_matter_by_place(profile, four_homes, tmp_path):
    first = " ".join(page_texts(write_summary(profile, tmp_path / "s.pdf"))[0].split())
    assert "! Неотложные вопросы" in first
    assert "Дом ребёнка А, Алматинская область, 02.03.2026 • СИЗ в наличии — Нет никаких" in first
    assert "Дом ребёнка Г" not in first  # a draft, left out by default


def test_command_line_summary_takes_drafts_only_when_asked(profile, four_homes, tmp_path):
    from inspector.cli import main

    data_dir = str(profile.data_dir)
    profile.close()
    out = tmp_path / "cli.pdf"
    assert main(["--data-dir", data_dir, "summary", "-o", str(out)]) == 0
    assert "Дом ребёнка Г" not in all_text(out)
    assert main(["--data-dir", data_dir, "summary", "-o", str(out), "--include-drafts"]) == 0
    assert "Дом ребёнка Г (черновой) (черновик)" in all_text(out)


def test_exports_carry_status_problem_and_urgent_verdicts(profile, make_visit, tmp_path):
    import csv

    from inspector.services.reports import export

    make_visit(answers={**WAGE_ONLY, "restraint_used": "yes"})
    files = export(profile, "csv", tmp_path / "csv", lang="ru")
    with open(files[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    by_question = {r["Код вопроса"]: r for r in rows}
    assert {r["Статус"] for r in rows} == {"черновик"}
    assert by_question["wage_avg_nurse"]["Проблема"] == "да"  # the norm, as in the report
    assert by_question["wage_avg_nurse"]["Неотложный вопрос"] == ""
    assert by_question["restraint_used"]["Неотложный вопрос"] == "да"
