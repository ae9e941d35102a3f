"""Nobody is identifiable without consent, even in a small institution: read back from the PDF."""

from __future__ import annotations

from importlib.resources import files

import pytest
from pdfcheck import all_text, page_texts
from pypdf import PdfReader

from inspector.domain.checklist import load_template
from inspector.domain.interview import Interview
from inspector.services.interviews import save_interview
from inspector.services.reports import load_visit_report, write_visit_report

WAGES = (142_317, 98_450, 120_000, 203_999)


@pytest.fixture
def staff_form(test_templates):
    """The shipped staff interview form (pay, health, plans to leave), beside the test ones."""
    form = load_template(files("inspector.resources") / "checklists" / "staff_interview.json")
    test_templates[form.key] = form
    return form


def interview(profile, visit, form, **answers) -> None:
    answers = {"consent_record": "yes", "consent_named": "no", "post": "Медсестра",
               "staff_category": "nurse", **answers}
    notes = answers.pop("notes", "")
    save_interview(profile, Interview(visit_id=visit, template_id=form.id,
                                      template_version=form.version, answers=answers,
                                      notes=notes))


def test_an_anonymous_interviewee_s_pay_and_health_never_appear_per_person(profile, make_visit,
                                                                          staff_form, tmp_path):
    visit = make_visit()
    for wage, infected in zip(WAGES[:2], ("yes", "no"), strict=True):
        interview(profile, visit, staff_form, wage_net_monthly=wage, infected_at_work=infected,
                  tenure_years=2.3, age_band="25_34", plans_to_leave="yes")
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    for wage in WAGES[:2]:
        assert f"{wage:,}".replace(",", " ") not in text
    assert "2,3 года" not in text and "2.3 года" not in text  # a band only
    assert "Сотрудник 1, медицинская сестра, стаж 1–3 года" in text
    # Two answers are too few to say anything about: the aggregated table withholds them.
    aggregated = text[text.index("Обобщённые ответы"):]
    assert "Зарплата на руки в месяц (после налогов) ответили: 2 — меньше 3, не приводится" in \
        aggregated
    assert "Заражались ли вы инфекцией (COVID-19 и др.) на работе ответили: 2 — меньше 3" in \
        aggregated
    per_person = text[text.index("Сотрудник 1"):text.index("Обобщённые ответы")]
    assert "Заражались" not in per_person and "Планируете ли вы уйти" not in per_person


def test_from_three_interviewees_pay_is_a_median_and_a_range(profile, make_visit, staff_form,
                                                             tmp_path):
    visit = make_visit()
    for wage, infected in zip(WAGES, ("yes", "yes", "no", "yes"), strict=True):
        interview(profile, visit, staff_form, wage_net_monthly=wage, infected_at_work=infected)
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    assert ("Зарплата на руки в месяц (после налогов) ответили 4 из 4; медиана 131 159 тг, "
            "от 98 450 тг до 203 999 тг") in text
    assert "Да — 3 из 4 опрошенных; Нет — 1 из 4 опрошенных" in text
    for wage in WAGES:
        assert f"{wage:,}".replace(",", " ") not in text.replace("98 450 тг до 203 999", "")
    kk = all_text(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))
    assert "4 адамның 4-і жауап берді; медиана 131 159 тг" in kk


def test_consent_wording_fits_the_person_and_named_reports_are_marked(profile, make_visit,
                                                                      staff_form, tmp_path):
    visit = make_visit(name="Коммунальное государственное учреждение «Центр оказания специальных "
                            "социальных услуг» № 3")
    interview(profile, visit, staff_form, consent_named="yes",
              interviewee_name="Ахметова Айгуль Сериковна", tenure_years=13.1)
    interview(profile, visit, staff_form, consent_named="yes", interviewee_name="Ерлан Серік ұлы")
    interview(profile, visit, staff_form, consent_named="yes", interviewee_name="Жанар")
    pdf = write_visit_report(profile, visit, tmp_path / "r.pdf")
    text = all_text(pdf)
    assert "Ахметова Айгуль Сериковна, медицинская сестра, стаж 13,1 года (названа с её согласия)" in text
    assert "Ерлан Серік ұлы, медицинская сестра (назван с его согласия)" in text
    assert "Жанар, медицинская сестра (назван(а) с согласия)" in text
    pages = page_texts(pdf)
    assert all("КОНФИДЕНЦИАЛЬНО: содержит персональные данные" in p for p in pages)
    assert "КОНФИДЕНЦИАЛЬНО" in PdfReader(pdf).metadata["/Keywords"]


def test_an_anonymous_report_is_not_marked_but_a_name_in_a_note_is_warned_of(profile, make_visit,
                                                                             staff_form,
                                                                             tmp_path):
    visit = make_visit()
    interview(profile, visit, staff_form)
    plain = write_visit_report(profile, visit, tmp_path / "plain.pdf")
    assert not any("КОНФИДЕНЦИАЛЬНО" in p for p in page_texts(plain))
    interview(profile, visit, staff_form,
              notes="Со слов медсестры, завхоз Петренко Иван Иванович забирает СИЗ домой.")
    job = load_visit_report(profile, visit)
    said = [w.message("ru") for w in job.warnings()]
    assert ("Интервью 2, примечания: похоже на имя человека — «Петренко Иван Иванович»; "
            "проверьте, что никто не назван без согласия") in said
    # The deputies are public: their names in the visit's own notes are not a warning.
    assert not any("Магеррамов" in m for m in said)
    marked = job.render(tmp_path / "marked.pdf")
    assert all("КОНФИДЕНЦИАЛЬНО" in p for p in page_texts(marked))


def test_the_exports_follow_the_same_rule(profile, make_visit, staff_form, tmp_path):
    import json

    from inspector.services.reports import export

    visit = make_visit()
    interview(profile, visit, staff_form, wage_net_monthly=WAGES[0], infected_at_work="yes",
              tenure_years=7.5, post="Старшая медсестра 2-го отделения")
    (path,) = export(profile, "json", tmp_path / "e.json", visit_ids=[visit])
    rows = {r["Код вопроса"]: r["Ответ"] for r in json.loads(path.read_text("utf-8"))["interviews"]}
    assert rows["tenure_years"] == "5–10 лет"
    assert "wage_net_monthly" not in rows and "infected_at_work" not in rows
    assert "post" not in rows and rows["staff_category"] == "Медицинская сестра"
    assert str(WAGES[0]) not in path.read_text("utf-8")


def test_an_anonymous_interviewee_is_described_by_category_not_by_a_precise_post(
        profile, make_visit, staff_form, tmp_path):
    visit = make_visit()
    interview(profile, visit, staff_form, post="Старшая медсестра 2-го отделения")
    interview(profile, visit, staff_form, consent_named="yes", interviewee_name="Анна Петрова",
              post="Старшая медсестра 3-го отделения")
    ru = all_text(write_visit_report(profile, visit, tmp_path / "ru.pdf"))
    assert "Сотрудник 1, медицинская сестра" in ru and "2-го отделения" not in ru
    assert "3-го отделения" in ru  # a named person's post is printed as given
    kk = all_text(write_visit_report(profile, visit, tmp_path / "kk.pdf", lang="kk"))
    assert "1-қызметкер, мейірбике" in kk  # the category in the report's language
