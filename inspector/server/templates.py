"""Checklist template versions: one set per server, registered by the app or an administrator.

A version is immutable once registered (design/sync.md point 17), so whoever registers an
id + version first decides its content for everyone. That is not left to any user: a team
member may register only a version the app ships, with exactly the shipped content (the
server ships the same files and knows their digests); any other content needs the admin role,
and even an administrator cannot put other content under a version the app ships.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any

from sqlalchemy import Connection, insert, select

from ..domain.templates import shipped_contents
from ..sync.protocol import TemplateVersion, canonical_json
from .auth import Principal, now, require_member
from .errors import ApiError, forbidden
from .tables import templates

ID_PATTERN = r"^[A-Za-z0-9_.-]{1,200}$"


@cache
def shipped_digests() -> dict[tuple[str, int], str]:
    """(id, version) -> SHA-256 of the canonical JSON of the template file the app ships."""
    return {key: _digest(canonical_json(content)) for key, content in shipped_contents().items()}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def known(conn: Connection) -> list[TemplateVersion]:
    rows = conn.execute(select(templates.c.template_id, templates.c.version, templates.c.sha256)
                        .order_by(templates.c.template_id, templates.c.version))
    return [TemplateVersion(template_id=r[0], version=r[1], sha256=r[2]) for r in rows]


def register(conn: Connection, who: Principal, template_id: str, version: int,
             content: dict[str, Any]) -> TemplateVersion:
    """Store a template version, or confirm the same content is already stored."""
    require_member(who, or_admin=True)
    text = canonical_json(content)
    digest = _digest(text)
    stored = conn.execute(select(templates.c.sha256).where(
        templates.c.template_id == template_id, templates.c.version == version)).scalar()
    if stored != digest:  # the same content again changes nothing, whoever sends it
        _check_allowed(who, template_id, version, digest)
    if stored is None:
        conn.execute(insert(templates).values(template_id=template_id, version=version,
                                              sha256=digest, content=text, created_at=now()))
    elif stored != digest:
        raise ApiError(409, f"template {template_id} version {version} is already registered "
                            "with different content; versions are never reused", "immutable")
    return TemplateVersion(template_id=template_id, version=version, sha256=digest)


def _check_allowed(who: Principal, template_id: str, version: int, digest: str) -> None:
    shipped = shipped_digests().get((template_id, version))
    if shipped == digest:
        return
    if shipped is not None:
        raise ApiError(409, f"template {template_id} version {version} ships with the app with "
                            "other content; publish changed content under a new version",
                       "immutable")
    if not who.is_admin:
        raise forbidden(f"template {template_id} version {version} is not one this server "
                        "ships; only an administrator may register it (or update the server "
                        "to the app's version)")
