"""The page as a reader sees it: running header, headings, numbers with their units, type size,
the report's language. Read back from the PDF, with positions where they matter."""

from __future__ import annotations

import re

import pytest
from pdfcheck import all_text, orphan_headings, page_texts, text_chunks
from reportlab.pdfbase.pdfmetrics import stringWidth

from inspector.report.fonts import SANS, SANS_BOLD
from inspector.services.reports import write_summary, write_visit_report

# A real kind of official name, exactly 120 characters, and a longer one with its number inside.
NAME_120 = ("Коммунальное государственное учреждение «Центр оказания специальных социальных услуг "
            "№ 3» управления занятости г. Алматы")
NAME_175 = ("Республиканское государственное казённое предприятие «Медико-социальное учреждение "
            "для престарелых и лиц с инвалидностью общего типа «Шапағат» № 22» акимата "
            "Жамбылской области")
ANSWERS = {"staff_posts_total": 60, "staff_posts_filled": 48, "regional_avg_wage": 300_000,
           "wage_avg_nurse": 150_000, "wage_avg_social_worker": 120_000, "ppe_available": "yes",
           "ppe_stock_days": 6.1, "capacity_places": 100, "residents_current": 112,
           "social_package": ["medical", "transport"], "repairs_needed": "Кровля течёт"}
FINDING = {"theme": "premises", "severity": "critical", "text": "Переполнение.",
           "recommendation": "Расселить.", "addressee": "Акимат", "due_date": "2027-01-15"}


def header_lines(pdf, page: int) -> dict[float, list[tuple[str, float, float, float]]]:
    """The text drawn above the body frame, by baseline."""
    lines: dict[float, list] = {}
    for chunk in text_chunks(pdf, page):
        if chunk[2] > 842 - 62.4:
            lines.setdefault(round(chunk[2], 1), []).append(chunk)
    return lines


def assert_no_overprint(pdf, page: int) -> None:
    for baseline, chunks in header_lines(pdf, page).items():
        chunks.sort(key=lambda c: c[1])
        for left, right in zip(chunks, chunks[1:], strict=False):
            width = max(stringWidth(left[0].strip(), font, left[3]) for font in (SANS, SANS_BOLD))
            assert left[1] + width <= right[1] + 0.5, (baseline, left[0], right[0])
        last = chunks[-1]
        assert last[1] + stringWidth(last[0].strip(), SANS, last[3]) <= 595.3 - 56.6 + 0.5


@pytest.mark.parametrize("name", [NAME_120, NAME_175])
def test_the_running_header_keeps_number_and_date_and_never_overprints(profile, make_visit,
                                                                      tmp_path, name):
    assert len(NAME_120) == 120
    visit = make_visit(name=name, answers=ANSWERS, started_on="2026-04-14")
    pdf = write_visit_report(profile, visit, tmp_path / "r.pdf")
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for page in range(1, len(pages)):
        said = " ".join(c[0] for c in sorted(
            (c for line in header_lines(pdf, page).values() for c in line),
            key=lambda c: (-c[2], c[1])))
        number = "№ 3»" if name == NAME_120 else "№ 22»"
        assert number in said.replace("\u00a0", " "), said
        assert "14.04.2026" in said and "МАЖИЛИС ПАРЛАМЕНТА" in said
        assert name.split()[0] in said  # the kind of institution it is, from the start
        assert_no_overprint(pdf, page)
    # Where the name fits, it is whole.
    if name == NAME_120:
        assert NAME_120 in all_text(pdf)


def test_no_heading_is_left_at_the_foot_of_a_page(profile, make_visit, tmp_path):
    interviews = [{"answers": {"consent_record": "yes", "consent_named": "no",
                               "interviewee_role": "nurse", "experience_years": 4,
                               "main_problem": "Переработки " * 30}} for _ in range(6)]
    visit = make_visit(answers=ANSWERS, photos=5, interviews=interviews,
                       findings=[FINDING] * 4, completed=True)
    for lang in ("ru", "kk"):
        for layout in ("standard", "brief"):
            pdf = write_visit_report(profile, visit, tmp_path / f"{lang}-{layout}.pdf",
                                     lang=lang, layout=layout)
            assert orphan_headings(pdf) == [], (lang, layout)
    summary = write_summary(profile, tmp_path / "s.pdf")
    assert orphan_headings(summary) == []


def test_numbers_stay_with_their_units_and_decimals_follow_the_language(profile, make_visit,
                                                                       tmp_path):
    visit = make_visit(answers=ANSWERS, findings=[FINDING])
    for lang, decimal in (("ru", "6,1"), ("kk", "6,1"), ("en", "6.1")):
        pdf = write_visit_report(profile, visit, tmp_path / f"{lang}.pdf", lang=lang)
        for page in page_texts(pdf):
            # A line never ends on a number whose unit starts the next line.
            split = re.search(r"\d[\d\u00a0 ,.]*\n\s*(%|тг|KZT|м²|мин|min|дней|күн|days|лет|"
                              r"жыл|years)(?![\w²])", page)
            assert split is None, (lang, page[split.start() - 40:split.end() + 10])
        text = all_text(pdf)
        assert f"{decimal} " in text  # the PPE stock, 6.1 days
        assert "6.1 " not in text if lang != "en" else "6,1 " not in text


def test_body_text_is_at_least_ten_points(profile, make_visit, tmp_path):
    visit = make_visit(answers=ANSWERS, findings=[FINDING],
                       interviews=[{"answers": {"consent_record": "yes", "consent_named": "no",
                                                "main_problem": "Нет воды"}}])
    pdf = write_visit_report(profile, visit, tmp_path / "r.pdf")
    sizes = {}
    for page in range(len(page_texts(pdf))):
        for said, _, y, size in text_chunks(pdf, page):
            if 56.7 < y < 842 - 62.4:
                for word in ("Кровля течёт", "Нет воды", "Переполнение.", "Расселить.",
                             "Медстраховка", "Проектная мощность"):
                    if word in said:
                        sizes.setdefault(word, []).append(size)
    assert set(sizes) >= {"Кровля течёт", "Нет воды", "Переполнение.", "Расселить.",
                          "Медстраховка"}
    assert all(s >= 10 for found in sizes.values() for s in found), sizes


def test_the_kazakh_report_says_fixed_words_in_kazakh(profile, make_visit, tmp_path):
    visit = make_visit(answers=ANSWERS, findings=[FINDING],
                       interviews=[{"answers": {"consent_record": "yes", "consent_named": "yes",
                                                "interviewee_name": "Айгуль Сериковна",
                                                "interviewee_role": "nurse",
                                                "experience_years": 13.1}}])
    kk = all_text(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))
    for said in ("Медициналық сақтандыру, Көлік", "Аса маңызды", "Үй-жайлар",
                 "Айгуль Сериковна, мейірбике, еңбек өтілі 13,1 жыл", "Ұсыным",
                 "мерзімі — 15.01.2027"):
        assert said in kk, said
    for russian in ("Медстраховка", "Критическое", "Помещения", "медсестра", "срок —", "нет ответа"):
        assert russian not in kk, russian
    en = all_text(write_visit_report(profile, visit, tmp_path / "en.pdf", lang="en"))
    assert "Aigul" not in en and "13.1 years of service" in en and "Critical" in en


def test_no_word_is_broken_in_the_summary_s_narrow_columns(profile, make_visit, tmp_path):
    from inspector.report.texts import t

    for n, kind in enumerate(("elderly_home", "psc", "baby_home", "adaptation_center")):
        make_visit(kind=kind, region="east_kazakhstan", started_on=f"2026-0{n + 3}-18",
                   answers={**{k: v for k, v in ANSWERS.items()
                               if k not in ("capacity_places", "residents_current")},
                            "wage_min_nurse": 98_000}, completed=True)
    keys = ("date", "institution", "kind", "region", "status", "problems", "findings_count",
            "category", "institutions_n", "avg_wage", "min_wage", "regional_avg", "pct_regional")
    for lang in ("ru", "kk", "en"):
        pages = page_texts(write_summary(profile, tmp_path / f"{lang}.pdf", lang=lang))
        text = "\n".join(pages)
        words = {w for k in keys for w in re.findall(r"[\w-]{4,}", t(k, lang))}
        # A compound may break at its own hyphen («Восточно-|Казахстанская»), never elsewhere.
        words |= {"18.03.2026", {"ru": "Казахстанская", "kk": "Қазақстан", "en": "Kazakhstan"}[lang]}
        for word in sorted(words):
            # Whole on one line somewhere; a word split across lines would not be found.
            assert re.search(rf"(?<![\w-]){re.escape(word)}", text), (lang, word)


def test_a_known_addressee_is_named_in_the_report_s_language(profile, make_visit, tmp_path,
                                                              monkeypatch):
    from inspector.domain import addressees

    akimat = {"ru": "Акимат Жамбылской области", "kk": "Жамбыл облысының әкімдігі",
              "en": "Akimat of Zhambyl Region"}
    monkeypatch.setattr(addressees, "known_addressees", lambda: (akimat,))
    addressees._index.cache_clear()
    try:
        visit = make_visit(findings=[{**FINDING, "addressee": "Акимат Жамбылской области"},
                                     {**FINDING, "addressee": "Аппарат акима села Шу"}])
        kk = all_text(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))
        assert "Жамбыл облысының әкімдігі" in kk and "Акимат Жамбылской области" not in kk
        assert "Аппарат акима села Шу" in kk  # typed by hand: as typed
        en = all_text(write_visit_report(profile, visit, tmp_path / "en.pdf", lang="en"))
        assert "Akimat of Zhambyl Region" in en
    finally:
        addressees._index.cache_clear()
