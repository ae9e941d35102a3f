"""Checklist templates: loading, validation with clear errors, conditions and problem rules."""

from __future__ import annotations

import pytest

from inspector.domain.checklist import QuestionType, parse_template


def t(ru: str) -> dict[str, str]:
    return {"ru": ru, "kk": ru + " (kk)", "en": ru + " (en)"}


def template_data(**extra_question) -> dict:
    return {
        "id": "probe", "version": 1, "kind": "psc", "title": t("Проба"),
        "sections": [{"id": "s", "title": t("Раздел"), "questions": [
            {"id": "has_queue", "type": "yes_no", "text": t("Есть очередь?"), "required": True,
             "problem_if": {"equals": "yes"}},
            {"id": "queue_kind", "type": "single_choice", "text": t("Какая?"),
             "show_if": {"question": "has_queue", "equals": "yes"},
             "options": [{"id": "live", "text": t("Живая")}, {"id": "el", "text": t("Электронная")}]},
            {"id": "queue_minutes", "type": "number", "unit": t("мин"), "text": t("Ожидание"),
             "required": True, "show_if": {"question": "queue_kind", "equals": "live"},
             "problem_if": {"above": 15}},
            {"id": "wage", "type": "money", "text": t("Зарплата"), "key_figure": True},
            {"id": "package", "type": "multiple_choice", "text": t("Соцпакет"),
             "options": [{"id": "insurance", "text": t("ОСМС")}, {"id": "none", "text": t("Нет")}],
             "problem_if": {"in": ["none"]}},
            {"id": "staff", "type": "count", "text": t("Сотрудников")},
            {"id": "rating", "type": "rating", "text": t("Оценка")},
            {"id": "checked_on", "type": "date", "text": t("Дата проверки")},
            {"id": "note", "type": "text", "text": t("Примечание"), **extra_question},
        ]}],
    }


def test_conditions_chain_and_required_follow_visibility():
    form = parse_template(template_data())
    minutes = form.question("queue_minutes")
    assert not form.is_visible(minutes, {})
    assert not form.is_visible(minutes, {"has_queue": "no", "queue_kind": "live"})
    assert form.is_visible(minutes, {"has_queue": "yes", "queue_kind": "live"})
    assert [q.id for q in form.missing_required({})] == ["has_queue"]
    assert [q.id for q in form.missing_required({"has_queue": "yes", "queue_kind": "live"})] == [
        "queue_minutes"]


def test_problem_rules_flag_answers_past_the_norm():
    form = parse_template(template_data())
    assert form.question("queue_minutes").is_problem(40)
    assert not form.question("queue_minutes").is_problem(10)
    assert form.question("has_queue").is_problem("yes")
    assert form.question("package").is_problem(["insurance", "none"])
    assert not form.question("package").is_problem(["insurance"])


def test_values_are_checked_against_their_type():
    form = parse_template(template_data())
    assert form.question("staff").validate_value("12") == 12
    assert form.question("wage").validate_value("185 000,5") == 185000.5
    assert form.question("package").validate_value(["none", "insurance"]) == ["insurance", "none"]
    assert form.question("checked_on").validate_value("2026-11-02") == "2026-11-02"
    for qid, bad in [("staff", "-1"), ("staff", "2.5"), ("rating", 6), ("has_queue", "maybe"),
                     ("queue_kind", "queue"), ("wage", "много"), ("checked_on", "02.11.2026")]:
        with pytest.raises(ValueError):
            form.question(qid).validate_value(bad)


def test_display_in_each_language():
    form = parse_template(template_data())
    assert form.question("has_queue").display("yes", "kk") == "Иә"
    assert form.question("wage").display(185000, "ru") == "185\u00a0000 тг"
    assert form.question("queue_minutes").display(20, "en") == "20 мин (en)"


@pytest.mark.parametrize("change, words", [
    (lambda d: d["sections"][0]["questions"][0].update(type="slider"), ["has_queue", "slider"]),
    (lambda d: d["sections"][0]["questions"][3]["text"].pop("kk"), ["wage", "kk"]),
    (lambda d: d["sections"][0]["questions"][1]["show_if"].update(question="nowhere"),
     ["queue_kind", "nowhere"]),
    (lambda d: d["sections"][0]["questions"][1]["show_if"].update(equals="perhaps"),
     ["queue_kind", "perhaps"]),
    (lambda d: d["sections"][0]["questions"][2].pop("unit"), ["queue_minutes", "unit"]),
    (lambda d: d["sections"][0]["questions"].append(dict(d["sections"][0]["questions"][0])),
     ["has_queue", "twice"]),
])
def test_a_broken_template_names_the_file_and_the_question(refusal, change, words):
    data = template_data()
    change(data)
    error = refusal(data)
    message = error.message("en")
    assert "broken.json" in message
    for word in words:
        assert word in message
    assert "broken.json" in error.message("kk")


def test_every_type_is_known():
    assert {q.type for q in parse_template(template_data()).questions()} == set(QuestionType)


def test_numbers_are_written_the_way_each_language_writes_them():
    form = parse_template(template_data())
    assert form.question("queue_minutes").display(41.9, "ru") == "41,9 мин"
    assert form.question("queue_minutes").display(41.9, "en") == "41.9 мин (en)"
    assert form.question("wage").display(1234567.5, "kk") == "1\u00a0234\u00a0567,5 тг"
