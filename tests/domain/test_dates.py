"""Typed dates are read as typed, day first, whatever separator a person uses."""

from __future__ import annotations

from datetime import date

import pytest

from inspector.domain.dates import NotADate, format_day, parse_day


@pytest.mark.parametrize("typed", ["28.11.2026", "28-11-2026", "28/11/2026", " 28.11.26 ",
                                   "2026-11-28", "28 . 11 . 2026"])
def test_every_separator_gives_the_typed_day(typed):
    assert parse_day(typed) == date(2026, 11, 28)


def test_single_digits_and_empty():
    assert parse_day("1.2.2026") == date(2026, 2, 1)
    assert parse_day("  ") is None


@pytest.mark.parametrize("typed", ["31.11.2026", "29.02.2027", "13.13.2026", "28.11", "завтра",
                                   "28112026"])
def test_an_impossible_day_is_refused_not_carried_into_the_next_month(typed):
    with pytest.raises(NotADate) as caught:
        parse_day(typed)
    assert "ДД.ММ.ГГГГ" in caught.value.message("ru")
    assert "КК.АА.ЖЖЖЖ" in caught.value.message("kk")


def test_format_reads_back():
    assert parse_day(format_day(date(2026, 1, 5))) == date(2026, 1, 5)
    assert format_day(None) == ""
