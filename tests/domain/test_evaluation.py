"""The one evaluator: problems, norms with their sources, red lines, derived figures."""

from __future__ import annotations

import pytest

from inspector.domain.checklist import TemplateError, parse_template
from inspector.domain.evaluation import Evaluation, depends_on
from inspector.domain.kinds import INSTITUTION_KINDS
from inspector.domain.templates import all_templates, template


def _t(text: str) -> dict[str, str]:
    return {"ru": text, "kk": text + " (kk)", "en": text + " (en)"}


def form(**extra) -> dict:
    return {"id": "t", "version": 1, "kind": "psc", "title": _t("Лист"), "sections": [
        {"id": "s", "title": _t("Раздел"), "questions": [
            {"id": "staff_posts_total", "type": "count", "text": _t("Штат"), "key_figure": True},
            {"id": "staff_posts_filled", "type": "count", "text": _t("Занято")},
            {"id": "staff_vacancies", "type": "count", "text": _t("Вакансий"),
             "key_figure": True, "problem_if": {"above": 0}},
            {"id": "regional_avg_wage", "type": "money", "text": _t("Средняя по региону")},
            {"id": "wage_avg_nurse", "type": "money", "text": _t("Зарплата"), "key_figure": True},
            {"id": "restraint_used", "type": "yes_no", "text": _t("Ограничения"),
             "red_line": {"equals": "yes"}},
        ]}],
        "norms": [{"id": "wage", "question": ["wage_avg_nurse"], "of": "regional_avg_wage",
                   "at_least": 100, "text": _t("не ниже средней"), "source": _t("БНС")}],
        **extra}


def test_a_wage_below_the_regional_average_is_a_problem_everywhere_it_is_counted():
    verdict = Evaluation(parse_template(form()), {"regional_avg_wage": 300_000,
                                                  "wage_avg_nurse": 150_000})
    wage = verdict.template.question("wage_avg_nurse")
    assert verdict.is_problem(wage) and not verdict.is_red_line(wage)
    assert verdict.comparison(wage).figure == pytest.approx(50)
    assert [q.id for q in verdict.problems()] == ["wage_avg_nurse"]
    assert verdict.counts() == (6, 2, 1)
    (figure,) = [f for f in verdict.key_figures() if f.question.id == "wage_avg_nurse"]
    assert figure.problem and figure.comparison.norm.source["ru"] == "БНС"
    fair = Evaluation(verdict.template, {"regional_avg_wage": 300_000, "wage_avg_nurse": 300_000})
    assert not fair.is_problem(wage)
    assert [q.id for q in depends_on(verdict.template, "regional_avg_wage")] == ["wage_avg_nurse"]


def test_vacancies_are_derived_from_posts_when_not_answered_and_count_as_no_answer():
    verdict = Evaluation(parse_template(form()), {"staff_posts_total": 40,
                                                  "staff_posts_filled": 30})
    assert verdict.figure("staff_vacancies") == (10, True)
    assert verdict.vacancy_rate() == pytest.approx(25)
    vacancies = verdict.template.question("staff_vacancies")
    assert not verdict.is_problem(vacancies)  # the problem count counts answers only
    answered = Evaluation(verdict.template, {"staff_posts_total": 40, "staff_vacancies": 4})
    assert answered.figure("staff_vacancies") == (4, False) and answered.is_problem(vacancies)


def test_a_red_line_is_urgent_and_a_problem_and_a_deputy_flag_counts_too():
    verdict = Evaluation(parse_template(form()), {"restraint_used": "yes",
                                                  "staff_posts_total": 10},
                         flags={"staff_posts_total": True})
    assert [q.id for q in verdict.red_lines()] == ["restraint_used"]
    assert {q.id for q in verdict.problems()} == {"restraint_used", "staff_posts_total"}


@pytest.mark.parametrize("change, message", [
    ({"norms": [{"id": "n", "question": "nope", "at_most": 1, "text": _t("x"),
                 "source": _t("y")}]}, "missing question 'nope'"),
    ({"norms": [{"id": "n", "question": "wage_avg_nurse", "text": _t("x"),
                 "source": _t("y")}]}, "needs a number in at_least or at_most"),
    ({"norms": [{"id": "n", "question": "wage_avg_nurse", "at_least": 1, "text": _t("x"),
                 "source": {"ru": "y"}}]}, "missing translation"),
    ({"norms": [{"id": "n", "question": "wage_avg_nurse", "of": "regional_avg_wage",
                 "at_least": 1, "text": _t("x"), "source": _t("y"),
                 "measure": _t("без процента")}]}, "{pct}"),
])
def test_a_norm_with_a_mistake_is_refused_by_name(change, message):
    with pytest.raises(TemplateError, match=message.replace("{", r"\{").replace("}", r"\}")):
        parse_template(form(**change))


def test_a_red_line_must_test_a_value_the_question_can_take():
    data = form()
    data["sections"][0]["questions"][-1]["red_line"] = {"equals": "maybe"}
    with pytest.raises(TemplateError, match="'maybe' is not yes, no or na"):
        parse_template(data)


def test_every_institution_checklist_states_its_norms_with_sources_and_red_lines():
    for kind in INSTITUTION_KINDS:
        current = template(kind)
        norms = {n.question: n for n in current.norms}
        assert norms, kind
        for norm in current.norms:
            assert all(norm.source[lang].strip() for lang in ("ru", "kk", "en")), norm.id
        assert norms["ppe_stock_days"].at_least == 14
        assert "WHO" in norms["ppe_stock_days"].source["en"]
        assert norms[next(q for q in norms if q.startswith("wage_avg_"))].of == "regional_avg_wage"
        red = {q.id for q in current.questions() if q.red_line is not None}
        assert "ppe_available" in red, kind
        if kind == "psc":
            assert norms["waiting_time_minutes"].at_most == 15
            assert "check the current standard" in norms["service_time_minutes"].source["en"]
        else:
            assert norms["living_space_per_resident"].at_least == 4
            assert norms["occupancy"].of == "capacity" and norms["occupancy"].red_line
            assert {"restraint_used", "restraint_log", "mistreatment_reported",
                    "isolation_room", "visitor_policy", "heating"} <= red, kind
        if kind in ("baby_home", "adaptation_center"):
            assert "deaths_last_year" in red, kind


def test_an_older_version_borrows_the_newest_rules_without_changing_its_own_content():
    old = template("elderly_home", 1)
    assert not old.norms and old.question("restraint_used").red_line is None
    verdict = Evaluation(old, {"restraint_used": "yes", "occupancy": 130, "capacity": 100,
                               "ppe_available": ["none"]})
    assert {q.id for q in verdict.red_lines()} == {"restraint_used", "occupancy",
                                                    "ppe_available"}
    versions = sorted(v for (tid, v) in all_templates() if tid == "elderly_home")
    assert versions == [1, 2, 3, 4]
