"""Kazakhstan's regions and cities of republican significance, as data in resources/."""

from __future__ import annotations

import importlib.resources
import json
from functools import cache

from .text import Localized, pick


@cache
def regions() -> dict[str, Localized]:
    """Region id -> name in each language, in the order the data lists them."""
    raw = (importlib.resources.files("inspector.resources") / "regions.json").read_text("utf-8")
    return {r["id"]: r["name"] for r in json.loads(raw)["regions"]}


def region_name(region_id: str, lang: str) -> str:
    """The region's name, or the stored text itself when it is not a known id."""
    return pick(regions().get(region_id), lang) or region_id
