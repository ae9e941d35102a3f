"""The summary across visits, layouts from data, the command line and the exports."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook
from pdfcheck import all_text, outline_titles, page_texts
from pypdf import PdfReader

from inspector.report.aggregate import kind_rows, wage_rows
from inspector.report.layout import LayoutError, load_layout, parse_layout
from inspector.services.report_data import load_visit
from inspector.services.reports import available_layouts, export, write_summary, write_visit_report

STAFFING = {"staff_posts_total": 50, "staff_vacancies": 10, "regional_avg_wage": 300_000,
            "wage_avg_nurse": 150_000, "wage_min_nurse": 100_000, "social_package": ["none"],
            "ppe_available": "yes", "ppe_stock_days": 7}
LOW_PPE = {"theme": "infection", "severity": "major",
           "text": "Запас средств индивидуальной защиты менее чем на две недели.",
           "recommendation": "Обеспечить запас СИЗ на 30 дней.", "addressee": "Минздрав"}


@pytest.fixture
def three_visits(make_visit):
    a = make_visit(kind="elderly_home", name="Дом престарелых «Шапағат»", region="almaty",
                   started_on="2026-03-02", answers=STAFFING, findings=[LOW_PPE], completed=True)
    b = make_visit(kind="elderly_home", name="Дом-интернат №2", region="astana",
                   started_on="2026-04-10",
                   answers={**STAFFING, "staff_posts_total": 30, "staff_vacancies": 0,
                            "wage_avg_nurse": 240_000, "wage_min_nurse": 180_000,
                            "social_package": ["medical"], "ppe_stock_days": 40},
                   findings=[{**LOW_PPE, "text": "Запас  средств индивидуальной защиты менее "
                                                 "чем на две недели"}], completed=True)
    c = make_visit(kind="psc", name="ЦОН Есильского района", region="astana",
                   started_on="2026-05-20", answers={"waiting_time_minutes": 40}, completed=True)
    return a, b, c


def test_aggregates_compare_with_the_regional_average(profile, three_visits):
    visits = [load_visit(profile, v, with_photos=False) for v in three_visits]
    (nurse,) = [w for w in wage_rows(visits) if w.category == "nurse"]
    assert nurse.institutions == 2 and nurse.average == 195_000 and nurse.minimum == 100_000
    assert nurse.pct_regional == pytest.approx(65)  # 195 000 of 300 000, as printed
    psc, elderly = kind_rows(visits)  # in the catalogue's order of kinds
    assert (elderly.kind, elderly.posts, elderly.vacancies) == ("elderly_home", 80, 10)
    assert elderly.no_package == (1, 2) and elderly.ppe_short == (1, 2)
    assert psc.waiting_minutes == 40 and psc.vacancy_rate is None


def test_summary_groups_findings_by_theme_with_their_places(profile, three_visits, tmp_path):
    pdf = write_summary(profile, tmp_path / "s.pdf", lang="ru")
    text = all_text(pdf)
    assert "Сводный отчёт о визитах в учреждения" in text
    for name in ("Дом престарелых «Шапағат»", "Дом-интернат №2", "ЦОН Есильского района"):
        assert name in text
    # The same finding, worded a little differently, is one row seen at two institutions.
    assert text.count("Запас средств индивидуальной защиты менее чем на две недели") == 1
    assert "2 • Дом престарелых «Шапағат»" in text or "2 •Дом престарелых «Шапағат»" in text
    assert "Инфекционная безопасность" in outline_titles(pdf)
    pages = page_texts(pdf)
    assert f"Стр. {len(pages)} из {len(pages)}" in pages[-1]
    assert PdfReader(pdf).metadata.subject.startswith("Доказательная база депутатского запроса")


def test_summary_selects_by_kind_region_dates_and_ids(profile, three_visits, tmp_path):
    a, b, c = three_visits
    kk = all_text(write_summary(profile, tmp_path / "k.pdf", kind="elderly_home",
                                region="astana", lang="kk"))
    assert "Дом-интернат №2" in kk and "Шапағат" not in kk and "ЦОН" not in kk
    assert "Қорытынды" not in kk and "Жиынтық көрсеткіштер" in kk
    dated = all_text(write_summary(profile, tmp_path / "d.pdf", date_from="2026-04-01",
                                   date_to="2026-04-30"))
    assert "Дом-интернат №2" in dated and "Шапағат" not in dated
    listed = all_text(write_summary(profile, tmp_path / "l.pdf", visit_ids=[a, c]))
    assert "Шапағат" in listed and "Дом-интернат №2" not in listed
    empty = all_text(write_summary(profile, tmp_path / "e.pdf", kind="baby_home"))
    assert "Под условия отбора не подходит ни один визит." in empty


def test_a_profile_layout_wins_over_the_shipped_one(profile, three_visits, tmp_path):
    assert {"standard", "brief"} <= set(available_layouts(profile))
    own = profile.data_dir / "reports"
    own.mkdir()
    (own / "brief.json").write_text(json.dumps({
        "letterhead": {"ru": "АППАРАТ ДЕПУТАТА"},
        "visit_report": {"sections": ["cover", "findings"],
                         "headings": {"findings": {"ru": "Что мы увидели"}}}}), "utf-8")
    text = all_text(write_visit_report(profile, three_visits[0], tmp_path / "r.pdf",
                                       layout="brief"))
    assert "АППАРАТ ДЕПУТАТА" in text and "1. Что мы увидели" in text
    assert "Ключевые показатели" not in text
    shipped = load_layout("brief")
    assert "checklist" not in shipped.visit_sections and "photos" not in shipped.visit_sections


def test_a_layout_with_a_typo_is_refused_by_name():
    with pytest.raises(LayoutError, match="unknown section 'findngs'"):
        parse_layout({"visit_report": {"sections": ["cover", "findngs"]}}, "mine")
    with pytest.raises(LayoutError, match="not found"):
        load_layout("no-such-layout")
    with pytest.raises(LayoutError):
        load_layout("../etc/passwd")


def test_command_line_report_and_summary(profile, three_visits, tmp_path, capsys,
                                         monkeypatch):
    from inspector.cli import main

    data_dir = str(profile.data_dir)
    profile.close()
    out = tmp_path / "cli.pdf"
    assert main(["--data-dir", data_dir, "--lang", "kk", "report", three_visits[0], "-o",
                 str(out), "--layout", "brief"]) == 0
    assert "Қорытынды" in all_text(out)
    out = tmp_path / "sum.pdf"
    assert main(["--data-dir", data_dir, "summary", "-o", str(out), "--kind", "psc",
                 "--from", "2026-01-01", "--to", "2026-12-31"]) == 0
    assert "ЦОН Есильского района" in all_text(out)
    assert main(["--data-dir", data_dir, "report", "no-such-visit", "-o", str(out)]) == 2
    assert "Не найдено" in capsys.readouterr().err


def test_exports_have_headers_in_the_language_and_keep_names_private(profile, make_visit,
                                                                       tmp_path):
    make_visit(answers={"staff_posts_total": 10}, interviews=[
        {"answers": {"consent_record": "yes", "consent_named": "no",
                     "interviewee_name": "Жанар Секретова", "interviewee_role": "nurse"}}])
    (xlsx,) = export(profile, "xlsx", tmp_path / "e.xlsx", lang="kk")
    book = load_workbook(xlsx)
    assert book.sheetnames[:3] == ["Жауаптар", "Сұхбаттар", "Тұжырымдар"]
    headers = [c.value for c in book["Жауаптар"][1]]
    assert "Сұрақ" in headers and "Жауап" in headers
    cells = [str(c.value) for ws in book for row in ws.iter_rows() for c in row]
    assert not any("Секретова" in c for c in cells)
    files = export(profile, "csv", tmp_path / "csv", lang="ru")
    with open(files[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Визит", "Дата", "Тип учреждения"] and len(rows) == 2


def test_findings_export_describes_the_evidence(profile, make_visit, tmp_path):
    from inspector.domain.answer import answer_id
    from inspector.domain.finding import Finding

    visit = make_visit(answers={"staff_vacancies": 4}, findings=[
        {"theme": "staffing", "severity": "major", "text": "Нехватка кадров"}])
    finding = profile.records.of_visit(Finding, visit)[0]
    finding.evidence = [{"kind": "answer", "id": answer_id(visit, "staff_vacancies")}]
    profile.records.save(finding)
    (path,) = export(profile, "json", tmp_path / "e.json", lang="ru")
    (row,) = json.loads(path.read_text("utf-8"))["findings"]
    # The question is cited by the number it has in the editor and the report.
    assert row["Доказательства"] == "ответ 1.3: Вакансий — 4" and row["№"] == 1


def test_a_finding_seen_at_many_institutions_fits_the_pages(profile, make_visit, tmp_path):
    for n in range(45):
        make_visit(name=f"Учреждение {n:02d}", answers={}, findings=[LOW_PPE], completed=True)
    text = all_text(write_summary(profile, tmp_path / "s.pdf"))
    assert "45 • Учреждение 00" in text and "Учреждение 44" in text


def test_an_institution_visited_twice_counts_once_by_its_latest_visit(profile, make_visit,
                                                                      tmp_path):
    from inspector.domain.finding import Finding
    from inspector.domain.visit import Visit
    from inspector.services import visits as visit_service
    from inspector.services.findings import save_finding

    first = make_visit(kind="elderly_home", name="Дом-интернат №38", region="aktobe",
                       started_on="2026-06-19", answers=STAFFING, findings=[LOW_PPE],
                       completed=True)
    facility_id = profile.records.get(Visit, first).facility_id
    again = visit_service.start_visit(profile, facility_id, "2026-09-05")
    for qid, value in {**STAFFING, "staff_vacancies": 2, "wage_avg_nurse": 170_000}.items():
        visit_service.answer_question(profile, again.id, qid, value)
    save_finding(profile, Finding(visit_id=again.id, **LOW_PPE))
    visit_service.complete_visit(profile, again.id)

    visits = [load_visit(profile, v, with_photos=False) for v in (first, again.id)]
    from inspector.report.aggregate import finding_groups, latest_per_institution

    latest = latest_per_institution(visits)
    assert [v.visit.id for v in latest] == [again.id]
    (nurse,) = [w for w in wage_rows(latest) if w.category == "nurse"]
    assert nurse.institutions == 1 and nurse.average == 170_000  # its wages now, not a mean
    (elderly,) = kind_rows(latest)
    assert (elderly.posts, elderly.vacancies) == (50, 2)  # not 100 posts of one institution
    (group,) = finding_groups(visits)["infection"]
    assert [v.visit.id for v in group.places] == [again.id]  # one place, at its latest visit

    pdf = write_summary(profile, tmp_path / "s.pdf", lang="ru")
    text = all_text(pdf)
    assert "по последнему визиту за период: визитов 2, учреждений 1" in text
    assert "4 % (2/50; ответили: 1)" in text


def test_a_later_draft_does_not_blank_an_institution_s_figures(profile, make_visit):
    from inspector.domain.visit import Visit
    from inspector.report.aggregate import finding_groups, latest_per_institution
    from inspector.services import visits as visit_service

    done = make_visit(kind="elderly_home", name="Дом-интернат №38", started_on="2026-06-19",
                      answers=STAFFING, findings=[LOW_PPE], completed=True)
    facility_id = profile.records.get(Visit, done).facility_id
    draft = visit_service.start_visit(profile, facility_id, "2026-09-05")  # nothing answered
    visits = [load_visit(profile, v, with_photos=False) for v in (done, draft.id)]
    assert [v.visit.id for v in latest_per_institution(visits)] == [done]
    # Found at the earlier visit only: still one place of that finding, at that visit.
    (group,) = finding_groups(visits)["infection"]
    assert [v.visit.id for v in group.places] == [done]


def test_chart_values_and_axis_are_written_as_the_tables_write_them(tmp_path):
    from reportlab.graphics import renderPDF

    from inspector.report.charts import bar_chart
    from inspector.report.texts import percent

    chart = bar_chart("Доля вакантных должностей, %", ["Дом престарелых", "Дом ребёнка"],
                      [2.63, 0.0], 400, unit=" %", number=lambda v: percent(v, "ru"))
    pdf = tmp_path / "chart.pdf"
    renderPDF.drawToFile(chart, str(pdf))
    text = PdfReader(pdf).pages[0].extract_text()
    assert "2,6 %" in text and "2.6" not in text  # the table's «2,6 %», not «3 %»
    assert "0,5" in text and "0.5" not in text  # the axis in the report's language


def test_a_figure_a_kind_never_asks_is_not_applicable_not_missing(profile, three_visits,
                                                                   tmp_path):
    visits = [load_visit(profile, v, with_photos=False) for v in three_visits]
    psc, elderly = kind_rows(visits)
    assert "waiting_time_minutes" in psc.asked and "waiting_time_minutes" not in elderly.asked
    text = " ".join(all_text(write_summary(profile, tmp_path / "s.pdf", lang="ru")).split())
    # Homes have no queue: their waiting time is «не применимо», not «н/д» (no answer).
    assert "не применимо" in text and "40 (ответили: 1)" in text
