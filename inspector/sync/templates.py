"""The checklist template versions a sync registers on the server (design/sync.md point 17).

A visit or an interview names the template version it was filled with. The server refuses a
record naming a version it does not know, rather than registering a name without its content:
a version is immutable once used, and the server can only hold it to that if it has the content.
So before pushing, the app registers (once; a version is never changed) the versions its
pending records use, with the content of the template files it ships. The server accepts
those from any team member because it ships the same files and recognises their digests;
any other content needs an administrator.
"""

from __future__ import annotations

from typing import Any

from ..domain.templates import shipped_contents


def shipped_templates() -> dict[tuple[str, int], dict[str, Any]]:
    """(id, version) -> the template file's content, current and archived versions alike."""
    return shipped_contents()
