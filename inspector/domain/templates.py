"""The catalogue of checklist templates shipped with the app (and kept for old visits)."""

from __future__ import annotations

import importlib.resources
import json
from functools import cache
from typing import Any

from .checklist import ChecklistTemplate, load_template
from .errors import NotFound
from .text import LANGUAGES, N_, pick

INTERVIEW_TEMPLATE_ID = "staff_interview"


@cache
def all_templates() -> dict[tuple[str, int], ChecklistTemplate]:
    """Every template version shipped: current ones in checklists/, older ones in archive/.

    Versions are never reused, so a visit filled with version 1 still opens after version 2 ships.
    """
    root = importlib.resources.files("inspector.resources") / "checklists"
    found: dict[tuple[str, int], ChecklistTemplate] = {}
    folders = [root, root / "archive"]
    for folder in folders:
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".json"):
                with importlib.resources.as_file(entry) as path:
                    template = load_template(path)
                found[template.key] = template
    return found


@cache
def shipped_contents() -> dict[tuple[str, int], dict[str, Any]]:
    """(id, version) -> the template file's JSON as shipped, current and archived versions
    alike: what the app registers on the sync server, and what the server recognises as the
    app's own (the same folders as all_templates)."""
    root = importlib.resources.files("inspector.resources") / "checklists"
    found: dict[tuple[str, int], dict[str, Any]] = {}
    for folder in (root, root / "archive"):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if entry.name.endswith(".json"):
                content = json.loads(entry.read_text(encoding="utf-8"))
                found[(str(content.get("id")), int(content.get("version", 0)))] = content
    return found


def template(template_id: str, version: int | None = None) -> ChecklistTemplate:
    """A template by id, the newest version unless one is asked for."""
    versions = [t for (tid, _), t in all_templates().items() if tid == template_id]
    if version is not None:
        versions = [t for t in versions if t.version == version]
    if not versions:
        raise NotFound(what="template", id=f"{template_id} v{version}" if version else template_id)
    return max(versions, key=lambda t: t.version)


_UNKNOWN_TITLE = N_("Checklist {id} v{version} (not in this version of the app)")


def template_or_blank(template_id: str, version: int) -> ChecklistTemplate:
    """The template, or one without questions when this app does not have it (a visit made
    with a newer version, or a damaged record): a report still shows the rest of the visit."""
    try:
        return template(template_id, version)
    except NotFound:
        title = {lang: pick(_UNKNOWN_TITLE, lang).format(id=template_id, version=version)
                 for lang in LANGUAGES}
        return ChecklistTemplate(id=template_id, version=version, kind="", title=title,
                                 sections=())


def checklist_for(kind: str) -> ChecklistTemplate:
    return template(kind)


def interview_template() -> ChecklistTemplate:
    return template(INTERVIEW_TEMPLATE_ID)
