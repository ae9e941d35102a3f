"""The regional average wage a visit's wages are compared with: data, not a figure typed in.

The Bureau of National Statistics publishes the average monthly nominal wage per region each
quarter; resources/regional_wages.json holds those figures with their source (update it there
when a quarter is published). A visit uses the latest quarter published on or before its first
day — the figure the deputies could have known — for its institution's region.
"""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from .text import Localized

REGIONAL_WAGE = "regional_avg_wage"  # the checklist question the figure answers


@dataclass(frozen=True)
class RegionalWage:
    region: str
    period: str  # "2026-Q2"
    tenge: int
    label: Localized  # «II квартал 2026 г.»
    published: str  # ISO date of the Bureau's release
    source: Localized
    url: str


@cache
def _data() -> dict[str, Any]:
    raw = importlib.resources.files("inspector.resources") / "regional_wages.json"
    data = json.loads(raw.read_text("utf-8"))
    data["periods"].sort(key=lambda p: p["published"])
    return data


def regional_wage(region: str, on_date: str) -> RegionalWage | None:
    """The published figure for `region` that was the latest on `on_date` (ISO); None for a
    region the data does not know or a date before the first release."""
    data = _data()
    found = None
    for period in data["periods"]:
        if period["published"] > (on_date or "")[:10]:
            break
        if region in period["tenge"]:
            found = period
    if found is None:
        return None
    return RegionalWage(region, found["period"], int(found["tenge"][region]), found["label"],
                        found["published"], data["source"], data.get("url", ""))


def periods() -> list[str]:
    return [p["period"] for p in _data()["periods"]]


def references_for(region: str, on_date: str) -> dict[str, Any]:
    """The figures from data an Evaluation of a visit in `region` on `on_date` is given."""
    published = regional_wage(region, on_date)
    return {REGIONAL_WAGE: published.tenge} if published else {}
