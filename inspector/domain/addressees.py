"""Whom a recommendation is addressed to, in the reader's language.

A finding stores its addressee as the text the deputy chose or typed. When that text is one of
the addressees the product knows in ru, kk and en (resources/findings.json: the ministries and
the akimats of each region), a report in another language names it in that language; a text
typed by hand stays as typed.
"""

from __future__ import annotations

import importlib.resources
import json
from functools import cache

from .text import LANGUAGES, Localized, pick


@cache
def known_addressees() -> tuple[Localized, ...]:
    """Every addressee the product has in each language; none when the data is not shipped."""
    path = importlib.resources.files("inspector.resources") / "findings.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return ()
    found = []
    for group in ("addressees", "akimats"):
        found += [v for v in (data.get(group) or {}).values()
                  if isinstance(v, dict) and all(isinstance(v.get(k), str) for k in LANGUAGES)]
    return tuple(found)


def _key(said: str) -> str:
    return " ".join(said.split()).casefold().rstrip(".")


@cache
def _index() -> dict[str, Localized]:
    return {_key(v[lang]): v for v in known_addressees() for lang in LANGUAGES}


def addressee_in(said: str, lang: str) -> str:
    """The addressee in `lang` if it is a known one, else the text as it was written."""
    known = _index().get(_key(said or ""))
    return pick(known, lang) if known else said
