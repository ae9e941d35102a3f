"""What a reader would object to in a finding, proposed or written by hand: one rule module.

Each check gives a visible warning (the editor's findings view and the check before export show
them); none of them blocks, because a deputy may know better, but none passes silently:

- a quoted figure no longer matches its answer (the answer was edited after the finding);
- evidence from a section unrelated to the finding's theme;
- a theme that does not apply to the kind of institution (a ЦОН has no living space);
- one kind of source only: the APT method cross-checks documents and observation (the checklist),
  people (interviews) and what was seen (photos).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .answer import answer_id
from .checklist import ChecklistTemplate, _is_blank
from .finding import THEMES, Finding
from .kinds import KIND_NAMES
from .proposals import related_sections, themes_for
from .text import N_, Localized, Message, pick, pick_all

SOURCE_KINDS = {"answer": "checklist", "photo": "photo", "interview": "interview"}

TEXTS: dict[str, Message] = {
    "stale_quote": N_("The finding quotes answer {number} as “{quoted}”, but the answer is now "
                      "“{now}”: update the finding or the answer."),
    "unrelated_evidence": N_("Evidence {number} from the section “{section}” is unrelated to "
                             "the theme “{theme}”."),
    "theme_not_for_kind": N_("The theme “{theme}” does not apply to this kind of institution "
                             "({kind})."),
    "no_evidence": N_("The finding has no evidence: link answers, photos or interviews."),
    "single_source": N_("The finding rests on one kind of source only ({source}); the APT "
                        "method asks for another: checklist answers, photos, interviews."),
}
SOURCE_NAMES: dict[str, Message] = {
    "checklist": N_("checklist answers"),
    "photo": N_("photos"),
    "interview": N_("interviews"),
}


@dataclass(frozen=True)
class FindingWarning:
    code: str
    finding_id: str
    params: Mapping[str, Any]
    question_id: str = ""

    def message(self, lang: str) -> str:
        return pick(TEXTS[self.code], lang).format(**pick_all(self.params, lang))


def same_value(a: Any, b: Any) -> bool:
    """Equal answers: 85000 quoted is 85000.0 stored."""
    numbers = [v for v in (a, b) if isinstance(v, int | float) and not isinstance(v, bool)]
    return float(a) == float(b) if len(numbers) == 2 else a == b


def check_finding(finding: Finding, *, template: ChecklistTemplate, kind: str,
                  values: Mapping[str, Any]) -> list[FindingWarning]:
    """The warnings of one finding. `values`: the answers that apply now (hidden ones left out)."""
    warnings: list[FindingWarning] = []
    by_answer = {answer_id(finding.visit_id, q.id): q for q in template.questions()}
    theme_name = THEMES.get(finding.theme, THEMES["other"])
    titles = {s.id: s.title for s in template.sections}

    def warn(code: str, question_id: str = "", **params: Any) -> None:
        warnings.append(FindingWarning(code, finding.id, params, question_id))

    for link in finding.evidence:
        question = by_answer.get(link.get("id", "")) if link.get("kind") == "answer" else None
        if question is None:
            continue
        number = template.number(question.id)
        if "quoted" in link:
            now = values.get(question.id)
            if not same_value(link["quoted"], now):
                warn("stale_quote", question.id, number=number,
                     quoted=_shown(question, link["quoted"]),
                     now=_shown(question, now) if not _is_blank(now) else _NO_ANSWER)
        if finding.theme != "other" and question.section_id not in related_sections(
                finding.theme):
            warn("unrelated_evidence", question.id, number=number,
                 section=titles.get(question.section_id, {}), theme=theme_name)
    if finding.theme not in themes_for(kind):
        warn("theme_not_for_kind", theme=theme_name, kind=KIND_NAMES.get(kind, {"ru": kind}))
    sources = sorted({SOURCE_KINDS[e["kind"]] for e in finding.evidence
                      if e.get("kind") in SOURCE_KINDS})
    if not sources:
        warn("no_evidence")
    elif len(sources) == 1:
        warn("single_source", source=SOURCE_NAMES[sources[0]])
    return warnings


def check_findings(findings: Iterable[Finding], *, template: ChecklistTemplate, kind: str,
                   values: Mapping[str, Any]) -> dict[str, list[FindingWarning]]:
    """Finding id -> its warnings, for every finding (an empty list when it has none)."""
    return {f.id: check_finding(f, template=template, kind=kind, values=values)
            for f in findings}


def stale_questions(finding: Finding, template: ChecklistTemplate,
                    values: Mapping[str, Any]) -> list[str]:
    """Question ids whose answer no longer reads as the finding quotes it."""
    return [w.question_id for w in check_finding(finding, template=template, kind="",
                                                 values=values) if w.code == "stale_quote"]


_NO_ANSWER = N_("no answer")


def _shown(question: Any, value: Any) -> Localized:
    return {lang: question.display(value, lang) for lang in ("ru", "kk", "en")}
