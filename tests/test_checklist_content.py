"""The checklist data files themselves: complete translations, consistent ids, valid conditions.

Reports aggregate answers across visits by question id, so the ids shared by the four institution
checklists are pinned here with their types.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from inspector.domain.checklist import load_template

CHECKLISTS = Path(__file__).resolve().parents[1] / "resources" / "checklists"
LANGS = ("ru", "kk", "en")
TYPES = {"yes_no", "number", "money", "count", "single_choice", "multiple_choice", "text",
         "rating", "date"}
CHOICE = {"single_choice", "multiple_choice"}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
QUESTION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
OPTION_ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")

INSTITUTION_FILES = {"psc": "psc.json", "elderly_home": "elderly_home.json",
                     "baby_home": "baby_home.json", "adaptation_center": "adaptation_center.json"}
ALL_FILES = [*INSTITUTION_FILES.values(), "staff_interview.json"]

SHARED = {  # section -> {question id: type}; in all four institution checklists
    "staffing": {
        "staff_posts_total": "count", "staff_posts_filled": "count", "staff_vacancies": "count",
        "staff_turnover_year": "count", "staff_under_35": "count",
        "staff_shortage_shifts": "yes_no", "staff_per_shift": "count",
        "staff_employment_status": "single_choice",
    },
    "pay": {
        "regional_avg_wage": "money", "wage_extra_payments": "yes_no",
        "wage_extra_payments_kinds": "multiple_choice", "wage_raised_last_rise": "yes_no",
        "social_package": "multiple_choice", "wage_arrears": "yes_no",
    },
    "infection_safety": {
        "infection_focal_person": "yes_no", "ppe_available": "multiple_choice",
        "ppe_stock_days": "number", "hand_hygiene": "yes_no",
        "staff_infected_last_outbreak": "count", "ventilation": "yes_no",
        "disinfection_schedule": "yes_no",
    },
    "workload": {
        "workload_clients_per_day": "count", "workload_hours_per_week": "number",
        "workload_overtime": "yes_no", "workload_unpaid_overtime": "yes_no",
    },
}
RESIDENTIAL_SHARED = {  # not in the PSC checklist
    "isolation_room": "yes_no", "visitor_policy": "single_choice", "capacity": "count",
    "occupancy": "count", "waiting_list": "yes_no", "living_space_per_resident": "number",
    "state_of_repair": "single_choice", "residents_per_shift": "count",
}
WAGE_CATEGORIES = {
    "psc": ("operator", "administrator"),
    "elderly_home": ("social_worker", "nurse", "caregiver", "doctor"),
    "baby_home": ("nurse", "caregiver", "teacher", "doctor"),
    "adaptation_center": ("social_worker", "psychologist", "caregiver"),
}
KEY_FIGURES = {"staff_posts_total", "staff_posts_filled", "staff_vacancies", "regional_avg_wage",
               "social_package", "ppe_stock_days", "workload_clients_per_day"}
OPTION_SETS = {
    "staff_employment_status": {"civil_servant", "state_enterprise_employee", "contract",
                                "outsourced", "unclear"},
    "social_package": {"medical_insurance", "housing", "transport", "extra_leave", "meals",
                       "sanatorium", "none"},
    "ppe_available": {"masks", "gloves", "gowns", "eye_protection", "none"},
}


def load(name: str) -> dict:
    return json.loads((CHECKLISTS / name).read_text(encoding="utf-8"))


def questions(data: dict) -> list[dict]:
    return [q for s in data["sections"] for q in s["questions"]]


def by_id(data: dict) -> dict[str, dict]:
    return {q["id"]: q for q in questions(data)}


def texts(data: dict):
    """Every localized text in a template, with where it is."""
    yield "title", data["title"]
    for s in data["sections"]:
        yield f"section {s['id']}", s["title"]
        for q in s["questions"]:
            for key in ("text", "help", "unit"):
                if key in q:
                    yield f"{q['id']}.{key}", q[key]
            for o in q.get("options", ()):
                yield f"{q['id']}.option {o['id']}", o["text"]


def allowed_values(question: dict) -> set:
    if question["type"] == "yes_no":
        return {"yes", "no", "na"}
    if question["type"] in CHOICE:
        return {o["id"] for o in question["options"]}
    raise AssertionError(f"{question['id']}: a condition on a {question['type']} question")


@pytest.mark.parametrize("name", ALL_FILES)
def test_file_is_valid_json_with_header(name):
    data = load(name)
    assert data["version"] >= 1
    if name == "staff_interview.json":
        assert (data["id"], data["kind"]) == ("staff_interview", "interview")
    else:
        assert data["id"] == data["kind"] == name.removesuffix(".json")
    assert data["sections"]


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_text_in_every_language(name):
    for where, text in texts(load(name)):
        assert isinstance(text, dict), where
        for lang in LANGS:
            assert str(text.get(lang, "")).strip(), f"{name}: {where} has no {lang}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_kazakh_is_kazakh(name):
    kk = [text["kk"] for _, text in texts(load(name))]
    with_letters = [s for s in kk if KAZAKH_LETTERS & set(s)]
    assert len(with_letters) >= 0.5 * len(kk), "too few Kazakh texts use Kazakh letters"
    copied = [(where, text["kk"]) for where, text in texts(load(name))
              if len(text["kk"]) > 12 and text["kk"] == text["ru"]]
    assert not copied, f"Kazakh text identical to Russian: {copied}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_ids_unique_and_well_formed(name):
    data = load(name)
    section_ids = [s["id"] for s in data["sections"]]
    assert len(section_ids) == len(set(section_ids))
    ids = [q["id"] for q in questions(data)]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for q in questions(data):
        assert QUESTION_ID.match(q["id"]), q["id"]
        option_ids = [o["id"] for o in q.get("options", ())]
        assert len(option_ids) == len(set(option_ids)), q["id"]
        assert all(OPTION_ID.match(o) for o in option_ids), q["id"]


@pytest.mark.parametrize("name", ALL_FILES)
def test_question_shapes(name):
    for q in questions(load(name)):
        assert q["type"] in TYPES, q["id"]
        if q["type"] in CHOICE:
            assert len(q.get("options", ())) >= 2, q["id"]
        else:
            assert "options" not in q, q["id"]
        if q["type"] == "number":
            assert "unit" in q, q["id"]
        if "min" in q or "max" in q:
            assert q["type"] in {"number", "money", "count"}, q["id"]
            if "min" in q and "max" in q:
                assert q["min"] <= q["max"], q["id"]


@pytest.mark.parametrize("name", ALL_FILES)
def test_conditions_name_earlier_questions_and_valid_values(name):
    seen: dict[str, dict] = {}
    for q in questions(load(name)):
        rule = q.get("show_if")
        if rule:
            assert rule["question"] in seen, f"{q['id']}: show_if names a later or missing question"
            parent = seen[rule["question"]]
            values = [rule["equals"]] if "equals" in rule else rule["in"]
            assert set(values) <= allowed_values(parent), q["id"]
        problem = q.get("problem_if")
        if problem:
            tests = [k for k in ("equals", "in", "above", "below") if k in problem]
            assert len(tests) == 1, q["id"]
            if "above" in problem or "below" in problem:
                assert q["type"] in {"number", "money", "count", "rating"}, q["id"]
            else:
                values = [problem["equals"]] if "equals" in problem else problem["in"]
                assert set(values) <= allowed_values(q), q["id"]
        seen[q["id"]] = q


@pytest.mark.parametrize("name", ALL_FILES)
def test_loads_through_the_domain_loader(name):
    template = load_template(CHECKLISTS / name)
    assert len(list(template.questions())) == len(questions(load(name)))


@pytest.mark.parametrize("kind", INSTITUTION_FILES)
def test_shared_questions_present_with_same_type(kind):
    data = load(INSTITUTION_FILES[kind])
    sections = {q["id"]: s["id"] for s in data["sections"] for q in s["questions"]}
    qs = by_id(data)
    for section_id, shared in SHARED.items():
        for qid, qtype in shared.items():
            assert qid in qs, f"{kind}: missing {qid}"
            assert qs[qid]["type"] == qtype, f"{kind}: {qid} is {qs[qid]['type']}"
            assert sections[qid] == section_id, f"{kind}: {qid} is in {sections[qid]}"
    if kind != "psc":
        for qid, qtype in RESIDENTIAL_SHARED.items():
            assert qs[qid]["type"] == qtype, f"{kind}: {qid}"
    for cat in WAGE_CATEGORIES[kind]:
        assert qs[f"wage_avg_{cat}"]["type"] == "money"
        assert qs[f"wage_avg_{cat}"].get("key_figure") is True
        assert qs[f"wage_min_{cat}"]["type"] == "money"
    wage_ids = {i for i in qs if i.startswith(("wage_avg_", "wage_min_"))}
    assert wage_ids == {f"wage_{w}_{c}" for w in ("avg", "min") for c in WAGE_CATEGORIES[kind]}
    for qid in KEY_FIGURES:
        assert qs[qid].get("key_figure") is True, f"{kind}: {qid} should be a key figure"
    for qid, option_ids in OPTION_SETS.items():
        assert {o["id"] for o in qs[qid]["options"]} == option_ids, f"{kind}: {qid}"


def test_shared_questions_identical_options_and_rules_across_kinds():
    """Reports compare visits by these ids, so their options and problem rules must agree."""
    loaded = {kind: by_id(load(name)) for kind, name in INSTITUTION_FILES.items()}
    for shared in SHARED.values():
        for qid in shared:
            versions = {json.dumps({"options": [o["id"] for o in qs[qid].get("options", ())],
                                    "problem_if": qs[qid].get("problem_if"),
                                    "show_if": qs[qid].get("show_if"),
                                    "unit": qs[qid].get("unit")}, sort_keys=True)
                        for qs in loaded.values()}
            assert len(versions) == 1, f"{qid} differs between kinds: {versions}"


@pytest.mark.parametrize("kind", INSTITUTION_FILES)
def test_norms_are_in_the_data(kind):
    qs = by_id(load(INSTITUTION_FILES[kind]))
    assert qs["ppe_stock_days"]["problem_if"] == {"below": 14}
    assert qs["staff_vacancies"]["problem_if"] == {"above": 0}
    assert qs["social_package"]["problem_if"] == {"in": ["none"]}
    assert qs["wage_raised_last_rise"]["problem_if"] == {"equals": "no"}
    assert qs["workload_unpaid_overtime"]["show_if"] == {"question": "workload_overtime",
                                                         "equals": "yes"}
    if kind == "psc":
        assert qs["waiting_time_minutes"]["problem_if"] == {"above": 15}
        assert qs["service_time_minutes"]["problem_if"] == {"above": 15}
        assert qs["windows_staffed"].get("key_figure") is True
    else:
        assert qs["living_space_per_resident"]["problem_if"] == {"below": 4}
        assert set(qs["state_of_repair"]["problem_if"]["in"]) == {"poor", "emergency"}
        assert qs["capacity"].get("required") and qs["occupancy"].get("required")


@pytest.mark.parametrize("kind", INSTITUTION_FILES)
def test_size_and_structure(kind):
    data = load(INSTITUTION_FILES[kind])
    n = len(questions(data))
    assert 50 <= n <= 90, n
    assert 7 <= len(data["sections"]) <= 10
    assert sum(1 for q in questions(data) if "show_if" in q) >= 3
    assert any(q.get("required") for q in questions(data))
    order = [s["id"] for s in data["sections"]]
    assert order.index("staffing") < order.index("pay") < order.index("infection_safety") \
        < order.index("workload")
    assert order[0] == "profile" and order[-1] == "workload"


def test_interview_consent_first_and_name_only_with_consent():
    data = load("staff_interview.json")
    assert data["sections"][0]["id"] == "consent"
    first = [q["id"] for q in data["sections"][0]["questions"]]
    assert first[:2] == ["consent_record", "consent_named"]
    qs = by_id(data)
    assert qs["consent_record"]["type"] == "yes_no" and qs["consent_record"].get("required")
    assert qs["interviewee_name"]["show_if"] == {"question": "consent_named", "equals": "yes"}
    assert qs["post"].get("required")
    assert qs["tenure_years"]["unit"]["en"] == "years"
    assert qs["hours_per_week"]["unit"]["en"] == "hours"
    assert {o["id"] for o in qs["employment_status"]["options"]} == \
        OPTION_SETS["staff_employment_status"]
    assert {o["id"] for o in qs["social_package"]["options"]} == OPTION_SETS["social_package"]
    assert qs["social_package"]["problem_if"] == {"in": ["none"]}
    assert qs["ppe_sufficient"]["problem_if"] == {"equals": "no"}
    assert {o["id"] for o in qs["why_staff_leave"]["options"]} == {
        "low_wage", "workload", "no_social_package", "unclear_status", "conditions",
        "infection_risk", "other"}
    assert [o["id"] for o in qs["age_band"]["options"]] == [
        "under_25", "25_34", "35_44", "45_54", "55_plus"]
    categories = {o["id"] for o in qs["staff_category"]["options"]}
    assert {c for cats in WAGE_CATEGORIES.values() for c in cats} <= categories
