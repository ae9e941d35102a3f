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
