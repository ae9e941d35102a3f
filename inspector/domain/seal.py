"""A visit's seal: the SHA-256 of a canonical serialisation of what its report shows.

Completing a visit seals it; the seal is printed in the report's manifest and synced. Whoever
holds the report and the visit's records can recompute it: equal means every printed fact is as
it was when the visit was completed; different means something printed changed since, and the
digests of the parts (visit, answers, findings, interviews, photos) say which.

What goes in is exactly what a report prints, in the order it prints it, and nothing else: the
answers that apply (a hidden question's kept answer is no fact), findings with their evidence,
interviews as printed (anonymous unless the person agreed to be named; consent answers never),
every photo's sealed hash with its caption and turn, the checklist's id and version, deputies
and dates. Bookkeeping (record versions, edit times, the completion moment) stays out, so
syncing or completing again without a change keeps the seal.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .answer import Answer
from .checklist import ChecklistTemplate
from .errors import NotFound
from .facility import Facility
from .finding import Finding
from .interview import CONSENT_NAMED, CONSENT_RECORD, INTERVIEWEE_NAME, Interview
from .ordering import in_order, interview_numbers
from .photo import Photo
from .templates import template
from .visit import Visit

SEAL_FORMAT = "inspector-seal/1"
PARTS = ("visit", "answers", "findings", "interviews", "photos")
# Never printed as interview answers: consent is the premise, the name goes in the title.
_NOT_PRINTED = frozenset({CONSENT_RECORD, CONSENT_NAMED, INTERVIEWEE_NAME})


@dataclass(frozen=True)
class Seal:
    value: str  # hex SHA-256 of the canonical serialisation
    parts: dict[str, str]  # part name -> hex SHA-256 of that part alone

    def changed_parts(self, other: Mapping[str, str]) -> list[str]:
        """The parts whose digests differ from `other`'s (a manifest's), in PARTS order."""
        return [p for p in PARTS if self.parts.get(p) != other.get(p)]


def canonical(value: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8, no NaN."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _digest(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def printed_interview(interview: Interview) -> dict[str, Any]:
    """An interview as its report prints it: the name only with consent, no consent answers,
    only the answers to questions that apply."""
    try:
        form = template(interview.template_id, interview.template_version)
        answers = form.applicable(interview.answers)
    except NotFound:
        answers = dict(interview.answers)
    printed = {k: v for k, v in answers.items()
               if k not in _NOT_PRINTED and v not in (None, "", [])}
    name = interview.answers.get(INTERVIEWEE_NAME) if interview.may_be_named else None
    return {"name": str(name or "").strip(), "answers": printed, "notes": interview.notes,
            "template": [interview.template_id, interview.template_version]}


def seal_facts(visit: Visit, facility: Facility, form: ChecklistTemplate,
               answers: Mapping[str, Answer], findings: Iterable[Finding],
               interviews: Iterable[Interview], photos: Iterable[Photo]) -> dict[str, Any]:
    """The printed facts of a visit, part by part, as plain JSON values."""
    applies = form.applicable({qid: a.value for qid, a in answers.items()})
    numbers = interview_numbers(list(interviews))
    by_number = sorted((i for i in interviews if i.id in numbers), key=lambda i: numbers[i.id])
    return {
        "visit": {
            "id": visit.id, "started_on": visit.started_on, "ended_on": visit.ended_on,
            "deputies": list(visit.deputies), "participants": list(visit.participants),
            "announced": visit.announced, "notes": visit.notes,
            "template": [visit.template_id, visit.template_version],
            "facility": {"id": facility.id, "kind": facility.kind, "name": facility.name,
                         "region": facility.region, "district": facility.district,
                         "address": facility.address},
        },
        "answers": [{"question": qid, "value": applies[qid], "comment": answers[qid].comment,
                     "problem": answers[qid].flagged}
                    for qid in sorted(applies) if qid in answers
                    and (applies[qid] not in (None, "", []) or answers[qid].comment
                         or answers[qid].flagged)],
        "findings": [{"severity": f.severity, "theme": f.theme, "text": f.text,
                      "recommendation": f.recommendation, "addressee": f.addressee,
                      "due_date": f.due_date, "evidence": list(f.evidence)}
                     for f in in_order(findings)],
        "interviews": [printed_interview(i) for i in by_number],
        # The face boxes decide what of each photo a report shows.
        "photos": [{"sha256": p.sha256, "caption": p.caption, "questions": list(p.question_ids),
                    "rotation": p.rotation % 360, "shows_faces": p.shows_faces,
                    "face_boxes": [list(b) for b in p.face_boxes]}
                   for p in in_order(photos)],
    }


def seal_of(facts: Mapping[str, Any]) -> Seal:
    """The seal of seal_facts(): each part's digest, and the digest of the format and them."""
    parts = {name: _digest(facts[name]) for name in PARTS}
    return Seal(_digest({"format": SEAL_FORMAT, "parts": parts}), parts)


def seal_from_parts(parts: Mapping[str, str]) -> str:
    """The seal a manifest's part digests add up to: a manifest is checked against itself."""
    return _digest({"format": SEAL_FORMAT, "parts": {name: parts.get(name, "")
                                                     for name in PARTS}})
