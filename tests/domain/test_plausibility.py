"""Soft checks across answers: declared as data, every pair names numeric questions the shipped
checklists have, and a part above its whole is caught in the person's language."""

from __future__ import annotations

from inspector.domain.checklist import NUMERIC_TYPES
from inspector.domain.plausibility import implausible, shipped_checks
from inspector.domain.templates import all_templates


def test_every_pair_names_numeric_questions_of_a_shipped_checklist():
    templates = list(all_templates().values())
    for check in shipped_checks():
        having = [t for t in templates if t.question(check.part) and t.question(check.whole)]
        assert having, check
        for t in having:
            assert t.question(check.part).type in NUMERIC_TYPES
            assert t.question(check.whole).type in NUMERIC_TYPES
        for lang in ("ru", "kk", "en"):
            assert "{whole}" in check.text[lang]


def test_a_part_above_its_whole_warns_and_equal_or_missing_does_not():
    psc = max((t for t in all_templates().values() if t.id == "psc"), key=lambda t: t.version)
    values = {"staff_posts_total": 40, "staff_posts_filled": 45,
              "wage_avg_operator": 150_000, "wage_min_operator": 150_000}
    found = implausible(psc, values)
    assert list(found) == ["staff_posts_filled"]
    assert "40" in found["staff_posts_filled"][0].message(psc, "kk")
    assert "Штатных единиц" in found["staff_posts_filled"][0].message(psc, "ru")
    assert implausible(psc, {"staff_posts_filled": 45}) == {}


def test_occupancy_above_capacity_says_it_may_be_a_finding():
    home = max((t for t in all_templates().values() if t.id == "elderly_home"),
               key=lambda t: t.version)
    found = implausible(home, {"capacity": 100, "occupancy": 130})
    assert "переполнено" in found["occupancy"][0].message(home, "ru")
