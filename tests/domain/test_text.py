"""How dates are written for people: lists, the visit overview, reports, the review dialog."""

from __future__ import annotations

import pytest

from inspector.domain.text import day


@pytest.mark.parametrize(("iso", "written"), [
    ("2020-09-09", "09.09.2020"),
    ("2026-03-02T10:15:00+00:00", "02.03.2026"),  # a timestamp's date
    ("", ""),
    (None, ""),
    ("весной 2020", "весной 2020"),  # not a date: shown as it was typed
    ("2020-9-9", "2020-9-9"),
])
def test_dates_are_written_day_month_year(iso, written):
    assert day(iso) == written


def test_a_template_this_app_lacks_is_named_in_every_language():
    from inspector.domain.templates import template_or_blank

    title = template_or_blank("newer_psc", 7).title
    assert title["ru"].startswith("Лист проверки newer_psc v7")
    assert title["kk"].startswith("Тексеру парағы newer_psc v7")
    assert title["en"] == "Checklist newer_psc v7 (not in this version of the app)"


def test_a_fixed_text_is_said_in_the_language_asked_not_the_process_language():
    from inspector.domain.text import N_, pick

    assert [pick(N_("Date of visit"), lang) for lang in ("ru", "kk", "en", "xx")] == [
        "Дата визита", "Сапар күні", "Date of visit", "Дата визита"]
    assert pick({"ru": "да", "kk": "иә", "en": "yes"}, "kk") == "иә"  # content keeps its own
