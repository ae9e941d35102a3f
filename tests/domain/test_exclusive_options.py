""""None of these" options: answered alone, declared in the template, kept apart from old versions.

A report reading "Transport, Sanatorium, No social package" is evidence a ministry rejects, so an
exclusive option cannot be stored together with another one. Templates gained the flag in a new
version; visits filled with the old one still open with the template they were filled with.
"""

from __future__ import annotations

import json

import pytest

from inspector.domain.checklist import parse_template
from inspector.domain.kinds import INSTITUTION_KINDS
from inspector.domain.templates import INTERVIEW_TEMPLATE_ID, template
from inspector.sync.templates import shipped_templates

SHIPPED_IDS = (*INSTITUTION_KINDS, INTERVIEW_TEMPLATE_ID)


def t(ru: str) -> dict[str, str]:
    return {"ru": ru, "kk": ru + " (kk)", "en": ru + " (en)"}


def template_data(none_option: dict | None = None, *, kind_question: dict | None = None) -> dict:
    none_option = none_option if none_option is not None else {"exclusive": True}
    return {
        "id": "probe", "version": 2, "kind": "psc", "title": t("Проба"),
        "sections": [{"id": "pay", "title": t("Оплата"), "questions": [
            {"id": "package", "type": "multiple_choice", "text": t("Соцпакет"),
             "options": [{"id": "transport", "text": t("Оплата проезда")},
                         {"id": "sanatorium", "text": t("Санаторно-курортное лечение")},
                         {"id": "none", "text": t("Социального пакета нет"), **none_option}],
             "problem_if": {"in": ["none"]}},
            kind_question or {"id": "note", "type": "text", "text": t("Примечание")},
        ]}],
    }


def test_the_loader_reads_which_option_is_exclusive():
    package = parse_template(template_data()).question("package")
    assert [(o.id, o.exclusive) for o in package.options] == [
        ("transport", False), ("sanatorium", False), ("none", True)]
    plain = parse_template(template_data({})).question("package")
    assert not any(o.exclusive for o in plain.options)


@pytest.mark.parametrize("data, words", [
    (template_data({"exclusive": "yes"}), ["package", "none", "exclusive", "'yes'"]),
    (template_data({"exclusive": 1}), ["package", "none", "exclusive"]),
    (template_data(kind_question={
        "id": "queue", "type": "single_choice", "text": t("Очередь"),
        "options": [{"id": "live", "text": t("Живая")},
                    {"id": "none", "text": t("Нет"), "exclusive": True}]}),
     ["queue", "none", "exclusive", "multiple_choice"]),
])
def test_a_wrong_exclusive_names_the_file_and_the_question(refusal, data, words):
    message = refusal(data).message("en")
    assert "broken.json" in message
    for word in words:
        assert word in message, message


def test_none_cannot_be_chosen_with_another_option():
    package = parse_template(template_data()).question("package")
    with pytest.raises(ValueError) as error:
        package.validate_value(["transport", "sanatorium", "none"])
    assert "'none'" in str(error.value) and "transport" in str(error.value)
    assert package.validate_value(["none"]) == ["none"]
    assert package.validate_value("none") == ["none"]
    assert package.validate_value(["none", "none"]) == ["none"]
    assert package.validate_value(["sanatorium", "transport"]) == ["transport", "sanatorium"]
    assert package.validate_value([]) is None


def test_without_the_flag_the_old_behaviour_stays():
    """A visit filled with a version that did not say so keeps the answers it was given."""
    package = parse_template(template_data({})).question("package")
    assert package.validate_value(["none", "transport"]) == ["transport", "none"]


@pytest.mark.parametrize("template_id", SHIPPED_IDS)
def test_every_none_option_shipped_today_is_exclusive(template_id):
    current = template(template_id)
    nones = [q for q in current.questions() if q.option("none")]
    assert nones, f"{template_id} has no 'none of these' option"
    for question in nones:
        assert question.option("none").exclusive, f"{template_id}: {question.id}"
        others = [o.id for o in question.options if o.id != "none"]
        with pytest.raises(ValueError):
            question.validate_value([others[0], "none"])


@pytest.mark.parametrize("template_id", SHIPPED_IDS)
def test_version_1_still_loads_for_the_visits_made_with_it(template_id):
    old, new = template(template_id, 1), template(template_id, 2)
    assert (old.version, new.version) == (1, 2)
    assert template(template_id).version >= 2  # a new visit never gets version 1
    assert [q.id for q in old.questions()] == [q.id for q in new.questions()]
    package = old.question("social_package")
    assert package.validate_value(["transport", "none"]) == ["transport", "none"]


@pytest.mark.parametrize("template_id", SHIPPED_IDS)
def test_version_2_only_adds_exclusive_to_none_options(template_id):
    """Nothing else changed between the versions: same questions, texts, rules and options."""
    old = json.loads(json.dumps(shipped_templates()[(template_id, 1)]))
    new = json.loads(json.dumps(shipped_templates()[(template_id, 2)]))
    flagged = []
    for section in new["sections"]:
        for question in section["questions"]:
            for option in question.get("options", ()):
                if option.pop("exclusive", False):
                    flagged.append(option["id"])
    assert flagged and set(flagged) == {"none"}
    new["version"] = 1
    assert new == old
