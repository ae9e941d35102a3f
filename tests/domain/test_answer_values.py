"""One parser for what people type in number and money answers, one number per question."""

from __future__ import annotations

import pytest
from builders import text as _t

from inspector.domain.answer_values import (
    AboveMaximum,
    BelowMinimum,
    InvalidAnswer,
    NotANumber,
    format_number,
    parse_number,
)
from inspector.domain.checklist import TemplateError, parse_template


def template(**extra_money):
    return parse_template({
        "id": "t", "version": 1, "kind": "psc", "title": _t("T"), "sections": [
            {"id": "a", "title": _t("A"), "questions": [
                {"id": "queue", "type": "yes_no", "text": _t("Очередь есть?")},
                {"id": "queue_minutes", "type": "number", "text": _t("Сколько ждать"),
                 "unit": _t("мин"), "show_if": {"question": "queue", "equals": "yes"}},
                {"id": "wage", "type": "money", "text": _t("Зарплата"), **extra_money},
                {"id": "staff", "type": "count", "text": _t("Штат"), "max": 500},
            ]},
            {"id": "b", "title": _t("B"), "questions": [
                {"id": "ramp", "type": "yes_no", "text": _t("Пандус")},
            ]},
        ]})


@pytest.mark.parametrize(("typed", "value"), [
    ("85 тыс", 85_000), ("85 тыс.", 85_000), ("85тыс", 85_000), ("1,2 млн", 1_200_000),
    ("1.2 млн", 1_200_000), ("85 000", 85_000), ("85\u00a0000", 85_000), ("85000 тг", 85_000),
    ("85 000 тенге", 85_000), ("85 000,50", 85_000.5), ("85 мың", 85_000),
    ("1,5 млн теңге", 1_500_000), ("1 200 000 ₸", 1_200_000), ("12,5", 12.5), ("12.5", 12.5),
    ("1.200.000", 1_200_000), ("1,200.50", 1_200.5), ("85k", 85_000), (120000, 120_000),
])
def test_what_people_type_is_read_as_they_mean_it(typed, value):
    assert parse_number(typed) == value
    assert template().question("wage").validate_value(typed) == value


@pytest.mark.parametrize("typed", ["abc", "85 т", "8 5", "1.2.3", "12,5,1", "тыс", "--5", "1,2,3 млн"])
def test_what_is_not_a_number_is_refused(typed):
    assert parse_number(typed) is None
    with pytest.raises(NotANumber) as refused:
        template().question("wage").validate_value(typed)
    # A ValueError too, so every existing caller that refuses bad input still does.
    assert isinstance(refused.value, ValueError)
    assert "85 тыс" in refused.value.message("ru") and "85 мың" in refused.value.message("kk")
    assert "85k" in refused.value.message("en")


def test_the_unit_the_field_shows_may_be_typed_again():
    q = template().question("queue_minutes")
    assert q.validate_value("40 мин") == 40


def test_template_bounds_refuse_with_a_message_in_every_language():
    q = template(min=10_000, max=5_000_000).question("wage")
    with pytest.raises(AboveMaximum) as high:
        q.validate_value("85 млн")
    assert high.value.message("ru") == ("Число не может быть больше 5 000 000: проверьте, нет ли "
                                        "лишних цифр")
    assert "5 000 000" in high.value.message("kk") and "5 000 000" in high.value.message("en")
    with pytest.raises(BelowMinimum) as low:
        q.validate_value("85")
    assert "10 000" in low.value.message("ru")
    assert q.validate_value("85 тыс") == 85_000
    with pytest.raises(AboveMaximum):
        template().question("staff").validate_value("1 тыс")
    # Money and counts are never negative even without a bound in the template.
    with pytest.raises(BelowMinimum):
        template().question("wage").validate_value("-5")


@pytest.mark.parametrize("bad", [{"min": "10"}, {"min": 10, "max": 5}, {"max": True}])
def test_a_template_with_wrong_bounds_does_not_load(bad):
    with pytest.raises(TemplateError):
        template(**bad)


def test_one_formatter_round_trips_through_the_parser():
    for value in (85_000, 1_200_000, 85_000.5, 12.25, 0.5):
        for lang in ("ru", "kk", "en"):
            assert parse_number(format_number(value, lang)) == value
    assert format_number(85_000, "ru") == "85\u00a0000"
    assert format_number(85_000.5, "ru") == "85\u00a0000,5"


def test_question_numbers_are_fixed_by_the_template_and_hidden_answers_do_not_apply():
    form = template()
    assert [form.number(q.id) for q in form.questions()] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    answers = {"queue": "no", "queue_minutes": 40, "wage": 85_000}
    # The answer to the hidden question is kept by the caller but does not count.
    assert form.applicable(answers) == {"queue": "no", "wage": 85_000}
    assert form.applicable({**answers, "queue": "yes"})["queue_minutes"] == 40
    assert issubclass(NotANumber, InvalidAnswer)
