"""Soft checks across answers: declared in the templates as data (validated when a template is
read, with an error naming the file and the rule), versions written before them borrow the
newest version's, and a part above its whole is caught in the person's language."""

from __future__ import annotations

import copy
import json

import pytest

from inspector.domain.checklist import NUMERIC_TYPES, TemplateError, parse_template
from inspector.domain.plausibility import governing_checks, implausible
from inspector.domain.templates import all_templates, shipped_contents, template


def test_every_current_template_declares_its_rules_on_its_own_numeric_questions():
    for kind in ("psc", "elderly_home", "baby_home", "adaptation_center", "staff_interview"):
        newest = template(kind)
        assert newest.plausibility, kind
        for check in newest.plausibility:
            assert newest.question(check.part).type in NUMERIC_TYPES
            assert newest.question(check.whole).type in NUMERIC_TYPES
            for lang in ("ru", "kk", "en"):
                assert "{whole}" in check.text[lang]


def test_older_versions_borrow_the_newest_rules_where_they_have_both_questions():
    for (tid, version), older in all_templates().items():
        newest = template(tid)
        if version < newest.version and not older.plausibility:
            assert governing_checks(older) == newest.plausibility
    v3 = template("elderly_home", 3)
    found = implausible(v3, {"capacity": 100, "occupancy": 130})
    assert "переполнено" in found["occupancy"][0].message(v3, "ru")


def test_a_part_above_its_whole_warns_and_equal_or_missing_does_not():
    psc = template("psc")
    values = {"staff_posts_total": 40, "staff_posts_filled": 45,
              "wage_avg_operator": 150_000, "wage_min_operator": 150_000}
    found = implausible(psc, values)
    assert list(found) == ["staff_posts_filled"]
    assert "40" in found["staff_posts_filled"][0].message(psc, "kk")
    assert "Штатных единиц" in found["staff_posts_filled"][0].message(psc, "ru")
    assert implausible(psc, {"staff_posts_filled": 45}) == {}


def test_take_home_pay_above_the_accrued_sum_warns_in_the_interview():
    interview = template("staff_interview")
    found = implausible(interview, {"wage_net_monthly": 180_000, "wage_gross_monthly": 150_000})
    assert "расчётному листку" in found["wage_net_monthly"][0].message(interview, "ru")
    assert "150\u00a0000" in found["wage_net_monthly"][0].message(interview, "kk")
    assert implausible(interview, {"wage_net_monthly": 130_000,
                                   "wage_gross_monthly": 150_000}) == {}


def test_no_data_is_no_figure_for_a_soft_check():
    psc = template("psc")
    assert implausible(psc, {"staff_posts_total": {"no_data": True},
                             "staff_posts_filled": 45}) == {}


def _with_rule(rule: dict) -> dict:
    data = copy.deepcopy(shipped_contents()[("psc", 4)])
    data["plausibility"]["not_above"].append(rule)
    return data


@pytest.mark.parametrize(("rule", "says"), [
    ({"part": "staff_posts_filled", "whole": "no_such_question"},
     "whole names a missing question 'no_such_question'"),
    ({"part": "works_weekends", "whole": "staff_posts_total"},
     "part 'works_weekends' is a yes_no question"),
    ({"part": "staff_posts_total", "whole": "staff_posts_total"}, "are the same question"),
    ({"part": "windows_staffed"}, "needs \"part\" and \"whole\""),
    ({"part": "staff_vacancies", "whole": "staff_posts_filled",
      "text": {"ru": "Больше {whole} и {total}", "kk": "{whole}", "en": "{whole}"}},
     "unknown placeholder {total}"),
])
def test_a_bad_rule_stops_the_template_with_a_message_naming_it(rule, says):
    with pytest.raises(TemplateError) as caught:
        parse_template(_with_rule(rule), source="psc.json")
    message = str(caught.value)
    assert "psc.json" in message and "plausibility rule" in message and says in message


def test_the_shipped_files_are_valid_json_with_the_block_before_the_sections():
    data = shipped_contents()[("psc", 4)]
    assert list(data).index("plausibility") < list(data).index("sections")
    json.dumps(data)
