"""Report layouts as data: which sections, in what order, their headings, the letterhead.

Shipped layouts live in reports/ (installed as the package inspector.layouts). A person copies one
into PROFILE/reports/NAME.json and edits it; the profile's copy wins over a shipped one of the
same name. A copy may leave keys out: they come from the built-in defaults, so an old copy keeps
working when a new option appears.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import InspectorError
from ..domain.text import LANGUAGES, N_, Localized, pick
from .texts import T

DEFAULT_LAYOUT = "standard"
VISIT_SECTIONS = ("cover", "key_figures", "changes", "checklist", "interviews", "findings",
                  "conclusion", "photos")
SUMMARY_SECTIONS = ("cover", "institutions", "figures", "charts", "findings_by_theme")


class LayoutError(InspectorError):
    texts = N_("Report layout {name}: {detail}")


@dataclass(frozen=True)
class Layout:
    name: str
    letterhead: Localized = field(default_factory=dict)
    visit_sections: tuple[str, ...] = VISIT_SECTIONS
    summary_sections: tuple[str, ...] = SUMMARY_SECTIONS
    headings: Mapping[str, Localized] = field(default_factory=dict)
    show_unanswered: bool = True
    photo_longest_side: int = 1600
    photo_quality: int = 80
    photo_columns: int = 2

    def heading(self, section: str, lang: str) -> str:
        """The layout's heading for a section, else the built-in one."""
        return pick(self.headings.get(section), lang) or pick(T[section], lang)


def layout_names(profile_dir: Path | None = None) -> list[str]:
    """Every layout a person can pick: shipped ones and those in the profile."""
    names = {p.name[:-5] for p in _shipped().iterdir() if p.name.endswith(".json")}
    if profile_dir is not None and (Path(profile_dir) / "reports").is_dir():
        names |= {p.stem for p in (Path(profile_dir) / "reports").glob("*.json")}
    return sorted(names)


def load_layout(name: str | None = None, profile_dir: Path | None = None) -> Layout:
    """The layout called `name`: the profile's copy first, then the shipped one."""
    name = name or DEFAULT_LAYOUT
    if not name.replace("-", "").replace("_", "").isalnum():
        raise LayoutError(name=name, detail="a name has letters, digits, - and _ only")
    if profile_dir is not None:
        own = Path(profile_dir) / "reports" / f"{name}.json"
        if own.is_file():
            return parse_layout(_read(own, name), name)
    shipped = _shipped() / f"{name}.json"
    if not shipped.is_file():
        raise LayoutError(name=name, detail="not found (" + ", ".join(layout_names(profile_dir))
                          + ")")
    return parse_layout(_read(shipped, name), name)


def _shipped():
    return importlib.resources.files("inspector.layouts")


def _read(path: Any, name: str) -> Mapping[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LayoutError(name=name, detail=str(exc)) from exc
    if not isinstance(data, Mapping):
        raise LayoutError(name=name, detail="expected a JSON object")
    return data


def parse_layout(data: Mapping[str, Any], name: str = "<data>") -> Layout:
    """Check a layout as a whole, so a typo names itself instead of silently dropping a section."""
    visit = data.get("visit_report") or {}
    summary = data.get("summary") or {}
    headings: dict[str, Localized] = {}
    for part in (visit, summary):
        for section, text in (part.get("headings") or {}).items():
            if section not in T:
                raise LayoutError(name=name, detail=f"heading for unknown section {section!r}")
            if not isinstance(text, Mapping) or not all(isinstance(v, str) for v in text.values()):
                raise LayoutError(name=name, detail=f"heading {section!r}: expected "
                                  + ", ".join(LANGUAGES))
            headings[section] = dict(text)
    photos = data.get("photos") or {}
    letterhead = data.get("letterhead") or {}
    if not isinstance(letterhead, Mapping):
        raise LayoutError(name=name, detail="letterhead: expected a text per language")
    layout = Layout(
        name=str(data.get("name") or name),
        letterhead=dict(letterhead),
        visit_sections=_sections(visit, VISIT_SECTIONS, "visit_report", name),
        summary_sections=_sections(summary, SUMMARY_SECTIONS, "summary", name),
        headings=headings,
        show_unanswered=bool((data.get("checklist") or {}).get("show_unanswered", True)),
        photo_longest_side=_int(photos, "longest_side", 1600, 200, 1600, name),
        photo_quality=_int(photos, "quality", 80, 30, 95, name),
        photo_columns=_int(photos, "columns", 2, 1, 3, name),
    )
    return layout


def _sections(part: Mapping[str, Any], known: tuple[str, ...], where: str,
              name: str) -> tuple[str, ...]:
    raw = part.get("sections")
    if raw is None:
        return known
    sections = []
    for item in raw:
        section = item.get("id") if isinstance(item, Mapping) else item
        if section not in known:
            raise LayoutError(name=name, detail=f"{where}: unknown section {section!r}; known: "
                              + ", ".join(known))
        sections.append(section)
    return tuple(sections)


def _int(part: Mapping[str, Any], key: str, default: int, low: int, high: int, name: str) -> int:
    value = part.get(key, default)
    if not isinstance(value, int) or not low <= value <= high:
        raise LayoutError(name=name, detail=f"photos.{key} must be a whole number {low}–{high}")
    return value
