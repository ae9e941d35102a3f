"""The visit report, read back from the PDF: texts, photos, anonymity, page numbers, metadata."""

from __future__ import annotations

import pytest
from pdfcheck import (
    all_text,
    embedded_jpegs,
    has_metadata,
    image_filters,
    outline_titles,
    page_texts,
)
from pypdf import PdfReader

from inspector.domain.answer import answer_id
from inspector.report.document import ReportCancelled
from inspector.services.reports import write_visit_report

FULL_ANSWERS = {
    "staff_posts_total": 60, "staff_posts_filled": 48, "staff_vacancies": 12,
    "staff_under_35": 5, "staff_employment_status": "unclear", "regional_avg_wage": 300_000,
    "wage_avg_nurse": (150_000, "Со слов главной медсестры"), "wage_min_nurse": 98_000,
    "wage_avg_social_worker": 120_000, "wage_min_social_worker": 90_000,
    "wage_avg_operator": 310_000, "wage_min_operator": 200_000,
    "social_package": ["none"], "ppe_available": "yes", "ppe_stock_days": 5,
    "capacity_places": 100, "residents_current": 112, "repairs_needed": "Кровля течёт",
    "restraint_used": "no", "deaths_last_year": 0,
}
CONSENTING = {"consent_record": "yes", "consent_named": "yes",
              "interviewee_name": "Айгуль Сериковна", "interviewee_role": "nurse",
              "experience_years": 2, "main_problem": "Зарплата ниже средней"}
ANONYMOUS = {"consent_record": "yes", "consent_named": "no",
             "interviewee_name": "Жанар Секретова", "interviewee_role": "caregiver",
             "experience_years": 11, "wage_sufficient": "no"}


@pytest.fixture
def full_visit(make_visit):
    return make_visit(answers=FULL_ANSWERS, photos=5, faces=2,
                      interviews=[{"answers": CONSENTING}, {"answers": ANONYMOUS,
                                                            "notes": "Просит не называть её"}])


def test_russian_and_kazakh_text_comes_out_intact(profile, full_visit, tmp_path):
    ru = write_visit_report(profile, full_visit, tmp_path / "ru.pdf", lang="ru")
    kk = write_visit_report(profile, full_visit, tmp_path / "kk.pdf", lang="kk")
    ru_text, kk_text = all_text(ru), all_text(kk)
    assert "Отчёт о визите в учреждение" in ru_text and "Заключение" in ru_text
    assert "Қорытынды" in kk_text and "Негізгі көрсеткіштер" in kk_text
    for letter in "ӘҒҚҢӨҰҮҺІәғқңөұүһі":
        assert letter in kk_text, letter
    assert "Қарттар үйі «Әже» (ӘҒҚҢӨҰҮҺІ әғқңөұүһі)" in ru_text  # user text, Russian report
    assert "Ғ" in ru_text and "Кровля течёт" in ru_text


def test_every_photo_is_embedded_except_those_showing_faces(profile, full_visit, tmp_path):
    plain = write_visit_report(profile, full_visit, tmp_path / "plain.pdf")
    assert len(embedded_jpegs(plain)) == 3
    assert ("Не включено фото с лицами проживающих или детей, на которых лица не отмечены: 2."
            in all_text(plain))
    with_faces = write_visit_report(profile, full_visit, tmp_path / "faces.pdf", with_faces=True)
    assert len(embedded_jpegs(with_faces)) == 5
    assert image_filters(with_faces) == {"/DCTDecode"}  # JPEG kept as JPEG, not re-encoded


def test_embedded_photos_carry_no_exif_or_gps(profile, full_visit, tmp_path):
    pdf = write_visit_report(profile, full_visit, tmp_path / "r.pdf", with_faces=True)
    images = embedded_jpegs(pdf)
    assert images
    for data in images.values():
        assert data[:2] == b"\xff\xd8"
        assert has_metadata(data) == []
        assert b"Exif" not in data[:4096] and b"GPS" not in data


def test_embedded_photos_are_downscaled(profile, make_visit, tmp_path):
    from io import BytesIO

    from PIL import Image

    visit = make_visit(photos=1, photo_size=(2400, 1800))
    pdf = write_visit_report(profile, visit, tmp_path / "r.pdf")
    (data,) = embedded_jpegs(pdf).values()
    with Image.open(BytesIO(data)) as im:
        assert max(im.size) == 1600 and im.format == "JPEG"


def test_page_numbers_say_page_n_of_m(profile, full_visit, tmp_path):
    pdf = write_visit_report(profile, full_visit, tmp_path / "r.pdf")
    texts = page_texts(pdf)
    assert len(texts) >= 3
    for n, page in enumerate(texts, 1):
        assert f"Стр. {n} из {len(texts)}" in page
    kk = page_texts(write_visit_report(profile, full_visit, tmp_path / "kk.pdf", lang="kk"))
    assert f"{len(kk)} беттің 2-беті" in kk[1]


def test_interviewees_are_anonymous_unless_they_consented(profile, full_visit, tmp_path):
    for lang in ("ru", "kk", "en"):
        text = all_text(write_visit_report(profile, full_visit, tmp_path / f"{lang}.pdf",
                                           lang=lang))
        assert "Айгуль Сериковна" in text
        assert "Секретова" not in text and "Жанар" not in text
    ru = all_text(tmp_path / "ru.pdf")
    # Not named: years of service as a band, never to the year.
    assert "Сотрудник 2, сиделка, стаж более 10 лет" in ru and "11 лет" not in ru
    assert "Айгуль Сериковна, медсестра, стаж 2 года (названа с её согласия)" in ru


def test_metadata_and_outline(profile, full_visit, tmp_path):
    pdf = write_visit_report(profile, full_visit, tmp_path / "r.pdf", lang="kk")
    reader = PdfReader(pdf)
    meta = reader.metadata
    # Not completed: the title says it is a draft before anything else.
    assert meta.title.startswith("ЖОБА. Мекемеге сапар туралы есеп: Қарттар үйі")
    assert meta.author == "М. Магеррамов, С. Имашева"
    assert "Қарттар үйі" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "kk"
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4
    titles = outline_titles(pdf)
    assert "1. Негізгі көрсеткіштер" in titles and "Сапар туралы мәліметтер" in titles
    assert any(title.startswith("1. Кадрлар") for title in titles)  # checklist sections nested


def test_key_figures_compare_and_flag_problems(profile, full_visit, tmp_path):
    text = all_text(write_visit_report(profile, full_visit, tmp_path / "r.pdf"))
    assert "50 % от средней по региону" in text  # 150 000 of 300 000
    assert "Доля вакантных должностей: 20 %" in text  # 12 of 60
    assert "Заполненность: 112 %" in text  # 112 residents in 100 places
    assert "! 12" in text and "! 5 дней" in text  # vacancies, PPE stock below 14 days
    assert "Со слов главной медсестры" in text  # the comment beside its answer


def test_a_visit_with_no_answers_renders(profile, make_visit, tmp_path):
    visit = make_visit(answers={})
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    assert "Ответы на вопросы листа проверки не внесены." in text
    assert "нет ответа" in text and "Выводы не сформулированы." in text


def test_a_visit_with_every_question_answered_renders(profile, make_visit, tmp_path):
    finding = {"theme": "pay", "severity": "critical", "text": "Зарплата ниже средней",
               "recommendation": "Повысить оклады", "addressee": "Министерство труда",
               "due_date": "2026-06-01"}
    visit = make_visit(answers=FULL_ANSWERS, photos=1, findings=[finding])
    from inspector.domain.photo import Photo

    photo = profile.records.of_visit(Photo, visit)[0]
    from inspector.domain.finding import Finding

    saved = profile.records.of_visit(Finding, visit)[0]
    saved.evidence = [{"kind": "answer", "id": answer_id(visit, "wage_avg_nurse")},
                      {"kind": "photo", "id": photo.id}]
    profile.records.save(saved)
    text = all_text(write_visit_report(profile, visit, tmp_path / "r.pdf"))
    assert "нет ответа" not in text
    assert "Вывод 1" in text and "Министерство труда, срок — 01.06.2026" in text
    assert "«Средняя зарплата (nurse)» — 150 000 тг" in text and "фото 1" in text


def test_a_visit_with_100_photos_renders(profile, make_visit, tmp_path):
    visit = make_visit(photos=100, photo_size=(96, 72))
    pdf = write_visit_report(profile, visit, tmp_path / "r.pdf")
    assert len(embedded_jpegs(pdf)) == 100
    texts = page_texts(pdf)
    assert "Фото 100." in " ".join(texts)
    assert f"Стр. {len(texts)} из {len(texts)}" in texts[-1]


def test_progress_reaches_the_end_and_cancel_leaves_no_file(profile, full_visit, tmp_path):
    seen = []
    write_visit_report(profile, full_visit, tmp_path / "r.pdf",
                       on_progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        write_visit_report(profile, full_visit, target, is_cancelled=lambda: True)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report-")]
