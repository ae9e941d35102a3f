"""The regional average wage as published data: the figure, its source and period in the PDF."""

from __future__ import annotations

import json
from importlib.resources import files

from pdfcheck import all_text

from inspector.domain.regional_wages import regional_wage
from inspector.services.reports import write_summary, write_visit_report


def published(region: str, period: str) -> int:
    data = json.loads(files("inspector.resources").joinpath("regional_wages.json")
                      .read_text("utf-8"))
    return next(p for p in data["periods"] if p["period"] == period)["tenge"][region]


def spaced(amount: float) -> str:
    return f"{amount:,.0f}".replace(",", " ")


def test_a_visit_uses_the_figure_published_for_its_region_before_its_date():
    # 2026-Q1 was published on 15.05.2026: a visit on the 14th still uses 2025-Q4.
    assert regional_wage("akmola", "2026-05-14").period == "2025-Q4"
    assert regional_wage("akmola", "2026-05-15").period == "2026-Q1"
    assert regional_wage("atyrau", "2026-06-10").tenge == published("atyrau", "2026-Q1")
    assert regional_wage("akmola", "2020-01-01") is None and regional_wage("", "2026-06-10") is None


def test_the_report_compares_wages_with_the_published_figure_and_cites_it(profile, make_visit,
                                                                          tmp_path):
    visit = make_visit(region="akmola", started_on="2026-06-10",
                       answers={"wage_avg_nurse": 150_000, "staff_posts_total": 40})
    amount = published("akmola", "2026-Q1")
    ru = all_text(write_visit_report(profile, visit, tmp_path / "ru.pdf", lang="ru"))
    pct = round(100 * 150_000 / amount)
    assert f"{pct} % от средней по региону" in ru
    assert f"{spaced(amount)} тг" in ru and "данные БНС, I квартал 2026 г." in ru
    # The footnote: region, amount, source and period, and when the Bureau published it.
    assert (f"Средняя по региону (Акмолинская область): {spaced(amount)} тг — Бюро национальной "
            f"статистики Агентства по стратегическому планированию и реформам РК") in ru
    assert "I квартал 2026 г. (опубликовано 15.05.2026)" in ru
    kk = all_text(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))
    assert "2026 жылғы I тоқсан" in kk and "Ұлттық статистика бюросы" in kk


def test_a_figure_typed_by_hand_is_used_and_shown_as_typed(profile, make_visit, tmp_path):
    visit = make_visit(region="akmola", started_on="2026-06-10",
                       answers={"wage_avg_nurse": 150_000, "regional_avg_wage": 300_000})
    ru = all_text(write_visit_report(profile, visit, tmp_path / "ru.pdf", lang="ru"))
    assert "50 % от средней по региону" in ru and "введено вручную" in ru
    assert ("Средняя по региону 300 000 тг введена вручную участниками визита; её источник и "
            "период не подтверждены.") in ru
    assert (f"Опубликованная БНС за I квартал 2026 г.: "
            f"{spaced(published('akmola', '2026-Q1'))} тг.") in ru


def test_an_unknown_region_says_there_is_nothing_to_compare_with(profile, make_visit, tmp_path):
    visit = make_visit(region="", answers={"wage_avg_nurse": 150_000})
    ru = all_text(write_visit_report(profile, visit, tmp_path / "ru.pdf", lang="ru"))
    assert "нет опубликованной средней зарплаты на дату визита" in ru
    assert "от средней по региону" not in ru


def test_the_summary_says_which_periods_its_regional_averages_are_from(profile, make_visit,
                                                                       tmp_path):
    for region, day in (("akmola", "2026-06-10"), ("akmola", "2026-09-01"),
                        ("pavlodar", "2026-06-11")):
        make_visit(region=region, started_on=day, completed=True,
                   answers={"wage_avg_nurse": 150_000})
    make_visit(region="pavlodar", started_on="2026-06-12", completed=True,
               answers={"wage_avg_nurse": 150_000, "regional_avg_wage": 300_000})
    ru = all_text(write_summary(profile, tmp_path / "s.pdf", lang="ru"))
    assert ("Средняя по региону — Бюро национальной статистики Агентства по стратегическому "
            "планированию и реформам РК") in ru
    assert ("периоды: I квартал 2026 г. (2), II квартал 2026 г. (1), введено вручную (1)."
            in ru)
    # The row's regional average is the mean of the four figures the visits were compared with.
    expected = round((published("akmola", "2026-Q1") + published("akmola", "2026-Q2")
                      + published("pavlodar", "2026-Q1") + 300_000) / 4)
    assert spaced(expected) in ru


def test_a_summary_of_typed_figures_only_says_they_are_unconfirmed(profile, make_visit, tmp_path):
    make_visit(region="akmola", started_on="2026-06-10", completed=True,
               answers={"wage_avg_nurse": 150_000, "regional_avg_wage": 300_000})
    ru = all_text(write_summary(profile, tmp_path / "s.pdf", lang="ru"))
    assert ("Средняя по региону: введено вручную (1); источник и период не подтверждены."
            in ru)
    assert "— —" not in ru
