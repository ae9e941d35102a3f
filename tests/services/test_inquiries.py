"""A deputy inquiry drafted from findings of three visits, read back as Word and as PDF."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader

from inspector.domain.finding import Finding
from inspector.domain.inquiry import InquiryInvalid, InquiryStatus
from inspector.services import inquiries as service
from inspector.services import visits
from inspector.services.findings import save_finding

SIGNATORIES = [
    {"name": "М. Магеррамов", "faction": "Народные коммунисты"},
    {"name": "А. Иванова", "faction": "AMANAT"},
    {"name": "Ж. Ахметбеков", "faction": "Народные коммунисты"},
]


def _plain(text):
    """Spaces as a reader sees them: the reports keep numbers whole with no-break spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def all_text(path):
    return _plain(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _visit(profile, kind, name, region, day, answers):
    facility = visits.add_facility(profile, kind=kind, name=name, region=region)
    visit = visits.start_visit(profile, facility.id, day, deputies=["М. Магеррамов"])
    stored = {qid: visits.answer_question(profile, visit.id, qid, value)
              for qid, value in answers.items()}
    return visit, stored


def _finding(profile, visit, theme, text, recommendation, *evidence):
    return save_finding(profile, Finding(
        visit_id=visit.id, theme=theme, severity="major", text=text,
        recommendation=recommendation, addressee="Министерство труда",
        evidence=[{"kind": "answer", "id": a.id} for a in evidence]))


@pytest.fixture
def three_visits(profile):
    psc, psc_answers = _visit(profile, "psc", "ЦОН Сарыаркинского района", "astana",
                              "2026-10-05", {"regional_avg_wage": 400000,
                                             "wage_avg_operator": 156000})
    home, home_answers = _visit(profile, "elderly_home", "Дом престарелых «Шапағат»",
                                "turkestan", "2026-10-12",
                                {"staff_posts_total": 52, "staff_posts_filled": 41,
                                 "ppe_stock_days": 3})
    baby, baby_answers = _visit(profile, "baby_home", "Дом ребёнка № 2", "shymkent",
                                "2026-10-20", {"regional_avg_wage": 350000,
                                               "wage_avg_nurse": 170000})
    return [
        _finding(profile, psc, "pay", "Заработная плата операторов значительно ниже средней по "
                 "региону", "Повысить заработную плату операторов ЦОН",
                 psc_answers["wage_avg_operator"]),
        _finding(profile, home, "staffing", "Не заполнена пятая часть штатных должностей",
                 "Укомплектовать штат социальных работников",
                 home_answers["staff_posts_total"], home_answers["staff_posts_filled"]),
        _finding(profile, home, "infection", "Запаса СИЗ хватит на три дня",
                 "Обеспечить запас СИЗ не менее чем на 14 дней", home_answers["ppe_stock_days"]),
        _finding(profile, baby, "pay", "Медицинские сёстры получают меньше половины средней "
                 "заработной платы", "Пересмотреть оплату труда медицинских работников",
                 baby_answers["wage_avg_nurse"]),
    ]


def _inquiry(profile, findings, language="ru", **extra):
    values = dict(
        title="О социальных гарантиях сотрудников ЦОН и социальных учреждений",
        addressee_position="Премьер-Министру\nРеспублики Казахстан",
        addressee_name="Бектенову О.А.", salutation="Уважаемый Олжас Абаевич!",
        signatories=SIGNATORIES, executor="Д. Сейтказина", executor_phone="+7 7172 74 00 00",
        language=language, finding_ids=[f.id for f in findings])
    return service.new_inquiry(profile, **(values | extra))


def test_the_draft_reads_like_a_deputy_inquiry_in_word_and_pdf(profile, three_visits, tmp_path):
    inquiry = _inquiry(profile, three_visits)
    docx = service.write_draft(profile, inquiry.id, tmp_path / "запрос.docx")
    pdf = service.write_draft(profile, inquiry.id, tmp_path / "запрос.pdf")
    word = [_plain(p.text) for p in Document(str(docx)).paragraphs if p.text.strip()]
    text = "\n".join(word)
    assert word[:3] == ["Премьер-Министру", "Республики Казахстан", "Бектенову О.А."]
    assert "ДЕПУТАТСКИЙ ЗАПРОС" in word and "Уважаемый Олжас Абаевич!" in word
    # The opening says what was visited, where and when.
    assert "с 05.10.2026 по 20.10.2026" in text and "3 учреждения" in text
    # The figures behind each finding, worded as the visit report words them.
    assert "Средняя начисленная месячная зарплата операторов: 156 000 тг — 39 % от средней по " \
           "региону" in text  # 156,000 of 400,000, as the visit report says it
    assert "[1]" not in text  # a letter has no footnotes to refer to
    assert "ЦОН Сарыаркинского района" in text and "Дом престарелых «Шапағат»" in text
    assert "На основании вышеизложенного, ответ просим дать письменно в установленный " \
           "законодательством срок." in text
    assert "С уважением," in word
    # Signatures grouped by faction, in the order the factions first appear.
    communists = word.index("депутаты фракции «Народные коммунисты»")
    assert word[communists + 1:communists + 3] == ["М. Магеррамов", "Ж. Ахметбеков"]
    assert word[communists + 3:communists + 5] == ["депутаты фракции «AMANAT»", "А. Иванова"]
    assert "Исп.: Д. Сейтказина" in word and "Тел.: +7 7172 74 00 00" in word
    # The requests come from the findings' recommendations when the inquiry lists none.
    assert "1. Повысить заработную плату операторов ЦОН." in word
    assert "Приложение: сводный отчёт о посещениях (3 учреждения)." in word
    # The PDF says the same.
    flat = all_text(pdf)
    for line in ("ДЕПУТАТСКИЙ ЗАПРОС", "Уважаемый Олжас Абаевич!", "156 000", "С уважением,",
                 "депутаты фракции «Народные коммунисты»", "Исп.: Д. Сейтказина"):
        assert line in flat


def test_a_kazakh_draft(profile, three_visits, tmp_path):
    inquiry = _inquiry(profile, three_visits, language="kk", salutation="Құрметті Олжас Абайұлы!")
    word = "\n".join(p.text for p in Document(str(service.write_draft(
        profile, inquiry.id, tmp_path / "сауал.docx"))).paragraphs)
    assert "ДЕПУТАТТЫҚ САУАЛ" in word and "Құрметті Олжас Абайұлы!" in word
    assert "жауапты заңнамада белгіленген мерзімде жазбаша түрде беруді сұраймыз" in word
    assert "«Народные коммунисты» фракциясының депутаттары" in word
    assert "Құрметпен," in word and "Орынд.: Д. Сейтказина" in word
    assert "Кадрлар." in word  # the theme's Kazakh name opens its paragraph


def test_due_date_and_overdue_follow_from_the_announcement_and_the_term(profile, three_visits):
    service.set_answer_term_days(profile, 15)
    inquiry = _inquiry(profile, three_visits)
    assert inquiry.due_date() is None and inquiry.state(date(2026, 12, 1)) == "draft"
    inquiry = service.announce(profile, inquiry.id, "2026-11-02", today=date(2026, 11, 2))
    assert inquiry.due_date() == date(2026, 11, 17)
    assert inquiry.state(date(2026, 11, 17)) == "announced"
    assert inquiry.days_left(date(2026, 11, 10)) == 7
    assert inquiry.state(date(2026, 11, 18)) == "overdue"
    assert inquiry.days_left(date(2026, 11, 20)) == -3
    # The term is kept with the inquiry: a later change of the setting moves no due date.
    service.set_answer_term_days(profile, 30)
    assert service.get_inquiry(profile, inquiry.id).due_date() == date(2026, 11, 17)
    rows = service.register(profile, today=date(2026, 11, 20))
    assert [(r.state, r.days_left) for r in rows] == [("overdue", -3)]
    assert rows[0].state_name("ru") == "Срок ответа истёк"


def test_an_answer_with_ratings_closes_the_overdue_count(profile, three_visits, tmp_path):
    inquiry = _inquiry(profile, three_visits, requests=["Повысить зарплату", "Обеспечить СИЗ"])
    service.announce(profile, inquiry.id, "2026-11-02", today=date(2026, 11, 2))
    letter = tmp_path / "ответ.pdf"
    letter.write_bytes(b"%PDF-1.4 answer")
    answered = service.record_answer(
        profile, inquiry.id, received_on="2026-11-25", answer_from="Министерство труда",
        document=letter, today=date(2026, 11, 26),
        ratings=[{"request": 1, "rating": "formal", "note": "общие слова"},
                 {"request": 2, "rating": "substantive"}])
    assert answered.state(date(2026, 12, 1)) == InquiryStatus.ANSWERED
    assert answered.days_left(date(2026, 12, 1)) is None
    assert answered.overall_rating() == "formal"
    assert service.answer_document(profile, answered).read_bytes() == b"%PDF-1.4 answer"


@pytest.mark.parametrize(("change", "problem"), [
    ({"finding_ids": []}, "no_findings"),
    ({"signatories": []}, "no_signatory"),
    ({"addressee_position": "", "addressee_name": ""}, "no_addressee"),
    ({"language": "en"}, "language"),
    ({"term_days": 0}, "term"),
    ({"status": "announced"}, "announce_date"),
    ({"status": "announced", "announced_on": "2099-01-01"}, "future"),
])
def test_an_inquiry_that_does_not_hold_together_is_not_saved(profile, three_visits, change,
                                                             problem):
    with pytest.raises(InquiryInvalid) as error:
        _inquiry(profile, three_visits, **change)
    assert error.value.problem == problem
    assert error.value.message("ru").startswith("Запрос не сохранён:")
    assert service.list_inquiries(profile) == []


def test_an_answer_before_the_announcement_or_to_a_request_not_made_is_refused(profile,
                                                                               three_visits):
    inquiry = _inquiry(profile, three_visits, requests=["Повысить зарплату"])
    service.announce(profile, inquiry.id, "2026-11-02", today=date(2026, 11, 2))
    with pytest.raises(InquiryInvalid, match="before the inquiry was announced"):
        service.record_answer(profile, inquiry.id, received_on="2026-11-01", answer_from="МТСЗН",
                              today=date(2026, 11, 26))
    with pytest.raises(InquiryInvalid, match="no request no. 2"):
        service.record_answer(profile, inquiry.id, received_on="2026-11-20", answer_from="МТСЗН",
                              ratings=[{"request": 2, "rating": "partial"}],
                              today=date(2026, 11, 26))
    assert service.get_inquiry(profile, inquiry.id).status == "announced"


def test_findings_to_choose_filter_as_the_summary_does(profile, three_visits):
    assert len(service.findings_to_choose(profile)) == 4
    pay = service.findings_to_choose(profile, theme="pay")
    assert [c.facility.name for c in pay] == ["ЦОН Сарыаркинского района", "Дом ребёнка № 2"]
    assert [c.facility.kind for c in service.findings_to_choose(profile, kind="elderly_home")] \
        == ["elderly_home", "elderly_home"]
    assert len(service.findings_to_choose(profile, date_from="2026-10-10",
                                          date_to="2026-10-15")) == 2


def test_the_pdf_letter_is_signed_with_the_deputys_key(profile, three_visits, tmp_path):
    from throwaway_ca import make_ca

    from inspector.services.signing import SigningKey, check_signatures

    ca = make_ca(tmp_path / "ca")
    inquiry = _inquiry(profile, three_visits)
    key = SigningKey(ca.key_p12, ca.password)
    pdf = service.write_draft(profile, inquiry.id, tmp_path / "запрос.pdf", sign=key)
    (check,) = check_signatures(pdf, [ca.root_pem])
    assert check.valid and check.trusted
    assert "ДЕПУТАТСКИЙ ЗАПРОС" in all_text(pdf)
    with pytest.raises(InquiryInvalid, match="signed as a PDF"):
        service.write_draft(profile, inquiry.id, tmp_path / "запрос.docx", sign=key)
