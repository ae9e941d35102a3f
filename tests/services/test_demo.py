"""The demo data a ministry reader would believe: findings that follow from their figures, and
figures that agree with each other."""

from __future__ import annotations

import re

import pytest

from inspector.domain.finding_checks import check_finding
from inspector.domain.proposals import _percent
from inspector.services.demo import FOOD_COST, POSTS, generate_demo
from inspector.services.report_data import load_visit

VISITS = 12
NUMBER = re.compile(r"\d+(?:[\u00a0 ]\d{3})*(?:,\d+)?")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from inspector.store.profile import Profile

    with Profile(tmp_path_factory.mktemp("demo") / "profile") as profile:
        ids = generate_demo(profile, visits=VISITS, seed=2, photos_per_visit=4)  # as `make samples`
        yield [load_visit(profile, visit_id) for visit_id in ids]


def test_no_demo_finding_contradicts_its_data(demo):
    findings = 0
    for data in demo:
        evaluation = data.evaluation  # the report's own: with the published regional wage
        by_answer_id = {a.id: a.question_id for a in data.answers.values()}
        for finding in data.findings:
            findings += 1
            warnings = check_finding(finding, template=data.template, kind=data.facility.kind,
                                     values=data.values())
            # Not stale, related, for this kind of institution, and from two kinds of source.
            assert [w.code for w in warnings] == [], finding.text
            cited = [data.template.question(by_answer_id[e["id"]]) for e in finding.evidence
                     if e["kind"] == "answer"]
            assert cited and any(evaluation.is_problem(q) for q in cited), finding.text
            # Critical exactly when it rests on a red line: a rule written for a ban never
            # speaks for an answer that is a lesser problem («no rules» for family visits).
            assert (finding.severity == "critical") == any(
                evaluation.is_red_line(q) for q in cited), finding.text
            # Every figure the text states is one of its evidence's answers, their share of
            # the norm's base, the norm itself or a question's number.
            allowed = set()
            for question in cited:
                comparison = evaluation.comparison(question)
                base = comparison.norm.of if comparison is not None else None
                sources = [question.display(data.value(question.id), "ru"),
                           *([data.template.question(base).display(
                               evaluation.figure(base)[0], "ru")] if base else []),
                           data.template.number(question.id), question.text["ru"]]
                if comparison is not None:
                    sources += [_percent(comparison, "ru"), comparison.norm.text["ru"]]
                allowed |= {n for s in sources for n in NUMBER.findall(s)}
            stated = set(NUMBER.findall(finding.text))
            assert stated <= allowed, (finding.text, stated - allowed)
            for link in finding.evidence:
                if "quoted" in link:
                    assert link["quoted"] == data.value(by_answer_id[link["id"]])
    assert findings >= 2 * VISITS


def test_red_lines_now_and_then(demo):
    red = [q.id for data in demo for q in data.evaluation.red_lines()]
    assert 1 <= len(red) <= VISITS // 2, red
    # Each one is written up as a critical finding citing it, ahead of every other finding.
    from inspector.domain.answer import answer_id

    for data in demo:
        red_ids = {answer_id(data.visit.id, q.id) for q in data.evaluation.red_lines()}
        citing = [n for n, f in enumerate(data.findings)
                  if f.severity == "critical" and {e["id"] for e in f.evidence} & red_ids]
        assert len(citing) >= (1 if red_ids else 0)
        assert citing == list(range(len(citing)))


def test_demo_figures_agree_with_each_other(demo):
    for data in demo:
        v, kind = data.values(), data.facility.kind
        assert v["staff_posts_filled"] <= v["staff_posts_total"]
        if "staff_vacancies" in v:
            assert v["staff_vacancies"] == v["staff_posts_total"] - v["staff_posts_filled"]
        for qid, value in v.items():
            question = data.template.question(qid)
            if question.type == "money":
                assert value == int(value), (qid, value)  # no tenths of a tenge
            low, high = question.bounds()
            if isinstance(value, int | float):
                assert (low is None or value >= low) and (high is None or value <= high), qid
            if qid.startswith("wage_min_") and "wage_avg_" + qid[9:] in v:
                assert value <= v["wage_avg_" + qid[9:]]
        if kind in FOOD_COST:
            low, high = FOOD_COST[kind]
            assert "food_daily_cost" not in v or low <= v["food_daily_cost"] <= high
        on_shift = v.get("staff_per_shift")
        if kind == "psc":
            assert v["windows_staffed"] <= v["windows_total"] and on_shift == v["windows_staffed"]
            assert abs(v["workload_clients_per_day"] * on_shift - v["visitors_per_day"]) <= on_shift
        elif on_shift:
            assert abs(v["residents_per_shift"] * on_shift - v["occupancy"]) <= on_shift
            assert v["staff_per_shift_night"] <= on_shift
            assert on_shift + v["staff_per_shift_night"] <= v["staff_posts_filled"]
        for interview in data.interviews:
            a = interview.answers
            assert a["staff_category"] in POSTS[kind]
            assert a["post"] == POSTS[kind][a["staff_category"]]
            gross = v.get(f"wage_avg_{a['staff_category']}")
            assert gross is None or a["wage_net_monthly"] < gross
