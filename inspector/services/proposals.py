"""Proposed findings of a visit: what the answers support, and the deputy accepting or
dismissing each proposal. The rules are the domain's (domain/proposals.py); this module reads
the visit and writes what the deputy decides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..domain.checklist import ChecklistTemplate
from ..domain.errors import InvalidInput
from ..domain.evaluation import Evaluation
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.finding_checks import FindingWarning, check_findings
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.proposals import Proposal, propose
from ..domain.regional_wages import references_for
from ..domain.visit import Visit
from ..store.profile import Profile
from .findings import findings_of, save_finding
from .interviews import interviews_of
from .visits import answers_of, visit_template


def open_proposals(template: ChecklistTemplate, visit: Visit, facility: Facility,
                   answers: Mapping[str, Any], *, flags: Mapping[str, bool] | None = None,
                   photos: Iterable[Photo] = (), interviews: Iterable[Interview] = (),
                   findings: Iterable[Finding] = ()) -> list[Proposal]:
    """The proposals still waiting for the deputy: not dismissed and not already covered by a
    finding citing the answers they rest on. From plain data, so the editor asks it as the
    person types, without a trip to the store."""
    values = template.applicable(answers)
    # The published regional wage the report compares with, unless the deputies typed one.
    evaluation = Evaluation(template, values, flags,
                            references=references_for(facility.region, visit.started_on))
    findings = list(findings)
    dismissed = set(visit.dismissed_proposals)
    return [p for p in propose(evaluation, visit_id=visit.id, kind=facility.kind,
                               region=facility.region, photos=photos, interviews=interviews)
            if p.key not in dismissed and p.covered_by(findings, visit.id) is None]


def proposals_of(profile: Profile, visit_id: str) -> list[Proposal]:
    visit = profile.records.get(Visit, visit_id)
    answers = answers_of(profile, visit_id)
    return open_proposals(
        visit_template(visit), visit, profile.records.get(Facility, visit.facility_id),
        {qid: a.value for qid, a in answers.items()},
        flags={qid: a.flagged for qid, a in answers.items()},
        photos=profile.records.of_visit(Photo, visit_id),
        interviews=interviews_of(profile, visit_id), findings=findings_of(profile, visit_id))


def _proposal(profile: Profile, visit_id: str, key: str) -> Proposal:
    found = next((p for p in proposals_of(profile, visit_id) if p.key == key), None)
    if found is None:
        raise InvalidInput(detail=f"proposal {key!r}")
    return found


def accept_proposal(profile: Profile, visit_id: str, key: str, lang: str) -> Finding:
    """The proposal becomes a finding at the end of the list, in the person's language."""
    proposal = _proposal(profile, visit_id, key)
    return save_finding(profile, proposal.finding(visit_id, lang))


def dismiss_proposal(profile: Profile, visit_id: str, key: str) -> Visit:
    """Remembered on the visit (a synced field), so it does not come back on any laptop."""
    visit = profile.records.get(Visit, visit_id)
    if key not in visit.dismissed_proposals:
        visit.dismissed_proposals = [*visit.dismissed_proposals, key]
        visit = profile.records.save(visit)
    return visit


def restore_proposal(profile: Profile, visit_id: str, key: str) -> Visit:
    visit = profile.records.get(Visit, visit_id)
    if key in visit.dismissed_proposals:
        visit.dismissed_proposals = [k for k in visit.dismissed_proposals if k != key]
        visit = profile.records.save(visit)
    return visit


def finding_warnings(template: ChecklistTemplate, kind: str, answers: Mapping[str, Any],
                     findings: Iterable[Finding]) -> dict[str, list[FindingWarning]]:
    """Finding id -> what a reader would object to (domain/finding_checks.py)."""
    return check_findings(findings, template=template, kind=kind,
                          values=template.applicable(answers))
