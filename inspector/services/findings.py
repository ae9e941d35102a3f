"""Findings and recommendations, each linked to the evidence that supports it."""

from __future__ import annotations

from ..domain.answer import Answer
from ..domain.errors import InvalidInput
from ..domain.finding import SEVERITY_NAMES, THEMES, Finding
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..store.profile import Profile

_EVIDENCE_KINDS = {"answer": Answer, "photo": Photo, "interview": Interview}


def save_finding(profile: Profile, finding: Finding) -> Finding:
    """Store a finding after checking that its evidence belongs to the same visit."""
    if not finding.text.strip():
        raise InvalidInput(detail="finding text")
    if finding.severity not in SEVERITY_NAMES or finding.theme not in THEMES:
        raise InvalidInput(detail=f"severity {finding.severity!r} / theme {finding.theme!r}")
    for link in finding.evidence_links():
        cls = _EVIDENCE_KINDS.get(link.kind)
        record = profile.records.find(cls, link.id) if cls else None
        if record is None or record.visit_id != finding.visit_id:
            raise InvalidInput(detail=f"evidence {link.kind} {link.id}")
    if not finding.position and profile.records.find(Finding, finding.id) is None:
        finding.position = len(findings_of(profile, finding.visit_id)) + 1
    return profile.records.save(finding)


def findings_of(profile: Profile, visit_id: str) -> list[Finding]:
    return profile.records.of_visit(Finding, visit_id)


def delete_finding(profile: Profile, finding_id: str) -> str:
    profile.records.delete(Finding, finding_id)
    return finding_id


def reorder_findings(profile: Profile, ordered_ids: list[str]) -> list[Finding]:
    """Positions 1..n in the given order, in one transaction (the report follows this order)."""
    out = []
    with profile.database.transaction():
        for position, finding_id in enumerate(ordered_ids, start=1):
            finding = profile.records.get(Finding, finding_id)
            finding.position = position
            out.append(profile.records.save(finding))
    return out
