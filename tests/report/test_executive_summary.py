"""Page 1 says what matters in a few lines; the conclusion says it in sentences; a recommendation
goes to someone by a date, and a missing date is said before the file is written."""

from __future__ import annotations

import re

from pdfcheck import page_texts

from inspector.services.reports import load_visit_report, write_visit_report

GRAVE = {"regional_avg_wage": 300_000, "wage_avg_nurse": 150_000, "deaths_last_year": 6,
         "capacity_places": 100, "residents_current": 130, "staff_posts_total": 40,
         "staff_posts_filled": 30, "ppe_available": "yes", "ppe_stock_days": 20}
FINDINGS = [
    {"theme": "pay", "severity": "minor", "text": "Зарплата медсестёр вдвое ниже средней.",
     "recommendation": "Повысить оклады.", "addressee": "Министерство труда РК",
     "due_date": "2027-03-01"},
    {"theme": "rights", "severity": "critical", "text": "Шесть смертей за год без разбора.",
     "recommendation": "Провести служебное расследование.", "addressee": "Акимат области"},
    {"theme": "premises", "severity": "major", "text": "Переполнение: 130 при 100 местах.",
     "recommendation": "Расселить.", "due_date": "2027-01-15"},
]


def lines(page: str) -> str:
    return " ".join(page.split())


def test_page_one_summarises_red_lines_findings_and_figures_in_ten_lines(profile, make_visit,
                                                                        tmp_path):
    visit = make_visit(answers=GRAVE, findings=FINDINGS, completed=True)
    first = lines(page_texts(write_visit_report(profile, visit, tmp_path / "r.pdf"))[0])
    start = first.index("Краткое резюме")
    summary = first[start:]
    # The red lines are in full in the box above it; the summary names them.
    assert "Неотложные вопросы (2, подробно — выше): Проживает сейчас; Умерло за 12 месяцев." \
        in summary
    # The gravest finding first, with its number in the report, addressee and deadline.
    assert summary.index("Вывод 2 (критическое): Шесть смертей") < summary.index(
        "Вывод 3 (существенное)") < summary.index("Вывод 1 (незначительное)")
    assert "Шесть смертей за год без разбора. Адресат: Акимат области, срок не указан." in summary
    assert "Адресат: Министерство труда РК, срок — 01.03.2027." in summary
    assert "Переполнение: 130 при 100 местах. Адресат не указан, срок — 15.01.2027." in summary
    # Key figures against their norms.
    assert "Средняя зарплата (nurse) — 150 000 тг, 50 % от средней по региону (норма:" in summary
    assert "Вакансий — 10, Доля вакантных должностей: 25 %" in summary
    assert "Проживает сейчас — 130" not in summary  # a red line is named, not repeated
    assert re.search(r"Всего проблемных ответов: \d+; выводов: 3; рекомендаций: 3\.", summary)
    bullets = summary.count("•") + summary.count("\x7f")  # how pypdf reads the bullet
    assert 5 <= bullets <= 10, bullets


def test_the_conclusion_is_written_in_sentences(profile, make_visit, tmp_path):
    visit = make_visit(answers=GRAVE, findings=FINDINGS, completed=True)
    pages = page_texts(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    text = lines(" ".join(pages))
    conclusion = text[text.rindex("Заключение"):]
    assert "Отвечено" not in conclusion and not re.search(r"\d+ из \d+ вопрос", conclusion)
    assert "14.04.2026 депутаты М. Магеррамов, С. Имашева совершили визит без предварительного " \
           "уведомления: Қарттар үйі «Әже»" in conclusion
    assert "Выявлены обстоятельства, требующие немедленного реагирования (2): " in conclusion
    assert "Нормам не соответствуют: " in conclusion
    assert ("По итогам визита сформулировано выводов: 3 (критическое — 1, существенное — 1, "
            "незначительное — 1).") in conclusion
    assert ("Рекомендации направляются: Акимат области (1); Министерство труда РК (1).") in conclusion
    assert "Срок исполнения не указан в рекомендациях к выводам № 2." in conclusion
    kk = lines(" ".join(page_texts(write_visit_report(profile, visit, tmp_path / "kk.pdf",
                                                      lang="kk"))))
    assert "Қысқаша түйін" in kk and "Ұсынымдар жіберіледі: Акимат области (1)" in kk


def test_a_missing_deadline_is_marked_in_the_finding_and_warned_before_export(profile, make_visit,
                                                                              tmp_path):
    visit = make_visit(answers=GRAVE, findings=FINDINGS)
    job = load_visit_report(profile, visit, lang="ru")
    said = [w.message("ru") for w in job.warnings()]
    assert "Вывод 2: у рекомендации не указан срок исполнения" in said
    assert "Вывод 3: у рекомендации не указан адресат" in said
    assert not any(m.startswith("Вывод 1:") for m in said)
    assert "Finding 2: the recommendation has no deadline" in [w.message("en")
                                                               for w in job.warnings()]
    text = lines(" ".join(page_texts(job.render(tmp_path / "r.pdf"))))
    finding = text[text.index("Вывод 2 · Критическое"):text.index("Вывод 3 · Существенное")]
    assert "Адресат Акимат области, срок не указан" in finding


def test_the_command_line_prints_the_warnings_before_writing(profile, make_visit, tmp_path,
                                                             capsys):
    from inspector.cli import main

    visit = make_visit(answers=GRAVE, findings=FINDINGS)
    profile.close()
    code = main(["--data-dir", str(profile.data_dir), "report", visit,
                 "-o", str(tmp_path / "r.pdf")])
    assert code == 0
    err = capsys.readouterr().err
    assert "⚠ Вывод 2: у рекомендации не указан срок исполнения" in err


def test_the_conclusion_states_a_shared_norm_once_for_all_its_figures(profile, make_visit,
                                                                       tmp_path):
    visit = make_visit(answers={**GRAVE, "wage_avg_social_worker": 120_000}, completed=True)
    text = lines(" ".join(page_texts(write_visit_report(profile, visit, tmp_path / "r.pdf"))))
    conclusion = text[text.rindex("Заключение"):]
    assert ("Средняя зарплата (nurse) — 150 000 тг, 50 % от средней по региону, Средняя зарплата "
            "(social_worker) — 120 000 тг, 40 % от средней по региону (норма: норма wage)") in \
        conclusion
    assert conclusion.count("норма wage") == 1
    # The red line (occupancy) is said among the urgent matters, not again among the norms.
    assert conclusion.count("Проживает сейчас — 130") == 1
