"""The checklist template versions a sync registers on the server (design/sync.md point 17).

A visit or an interview names the template version it was filled with. The server refuses a
record naming a version it does not know, rather than registering a name without its content:
a version is immutable once used, and the server can only hold it to that if it has the content.
So before pushing, the app registers (once; a version is never changed) the versions its
pending records use, with the content of the template files it ships.
"""

from __future__ import annotations

import importlib.resources
import json
from functools import cache
from typing import Any


@cache
def shipped_templates() -> dict[tuple[str, int], dict[str, Any]]:
    """(id, version) -> the template file's content, current and archived versions alike (the
    same folders inspector.domain.templates reads)."""
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
