"""What to tell the deputy before a visit's report leaves the laptop: recommendations without a
deadline or an addressee, and free text that seems to name someone.

Nothing here blocks a report (the deputy decides), but each warning is shown before the file is
written. Interviewees who did not agree to be named are anonymous in every table; a name typed
into a note would undo that, so notes, comments and findings are searched for names
(domain/anonymity.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .anonymity import names_in
from .answer import Answer
from .checklist import ChecklistTemplate, QuestionType
from .finding import Finding
from .interview import INTERVIEWEE_NAME, Interview
from .ordering import interview_numbers
from .text import N_, Message, pick, pick_all
from .visit import Visit

TEXTS: dict[str, Message] = {
    "no_due": N_("Finding {n}: the recommendation has no deadline"),
    "no_addressee": N_("Finding {n}: the recommendation has no addressee"),
    "name_in_text": N_("{where}: looks like a person's name — «{names}»; check that nobody is "
                       "named without consent"),
}
WHERE: dict[str, Message] = {
    "visit_notes": N_("Notes on the visit"),
    "interview_notes": N_("Interview {n}, notes"),
    "interview_answer": N_("Interview {n}, answer «{q}»"),
    "answer": N_("Question {q}"),
    "finding": N_("Finding {n}"),
}


@dataclass(frozen=True)
class ReportWarning:
    code: str  # a key of TEXTS
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        params = dict(self.params)
        where = params.pop("where", None)
        if where is not None:
            key, values = where
            params["where"] = pick(WHERE[key], lang).format(**pick_all(values, lang))
        return pick(TEXTS[self.code], lang).format(**params)


def recommendation_warnings(findings: Iterable[Finding]) -> list[ReportWarning]:
    """A recommendation without a deadline or an addressee, by the finding's number."""
    found = []
    for n, finding in enumerate(findings, 1):
        if not finding.recommendation.strip():
            continue
        if not finding.addressee.strip():
            found.append(ReportWarning("no_addressee", {"n": n}))
        if not finding.due_date:
            found.append(ReportWarning("no_due", {"n": n}))
    return found


def name_warnings(visit: Visit, template: ChecklistTemplate, answers: Mapping[str, Answer],
                  interviews: list[Interview], findings: Iterable[Finding],
                  interview_form: Callable[[Interview], ChecklistTemplate | None] | None = None,
                  ) -> list[ReportWarning]:
    """Free text that looks like it names someone. The deputies and participants are public; a
    named interviewee may appear in their own interview."""
    public = [*visit.deputies, *visit.participants]
    named = {i.id: str(i.answers.get(INTERVIEWEE_NAME) or "") for i in interviews
             if i.may_be_named}
    known = [n for n in named.values() if n]
    texts: list[tuple[tuple[str, dict[str, Any]], str, list[str]]] = [
        (("visit_notes", {}), visit.notes, public)]
    numbers = interview_numbers(interviews)
    for interview in interviews:
        n = numbers.get(interview.id)
        if n is None:
            continue
        own = [*public, named.get(interview.id, "")]
        texts.append((("interview_notes", {"n": n}), interview.notes, own))
        form = interview_form(interview) if interview_form else None
        for qid, value in interview.answers.items():
            question = form.question(qid) if form is not None else None
            if qid == INTERVIEWEE_NAME or not isinstance(value, str) or (
                    question is not None and question.type != QuestionType.TEXT):
                continue
            label = question.text if question is not None else qid
            texts.append((("interview_answer", {"n": n, "q": label}), value, own))
    for answer in answers.values():
        question = template.question(answer.question_id)
        number = template.number(answer.question_id) if question is not None else "?"
        if question is not None and question.type == QuestionType.TEXT and isinstance(
                answer.value, str):
            texts.append((("answer", {"q": number}), answer.value, public))
        if answer.comment:
            texts.append((("answer", {"q": number}), answer.comment, public))
    for n, finding in enumerate(findings, 1):
        texts.append((("finding", {"n": n}),
                      f"{finding.text}\n{finding.recommendation}", public))
    found = []
    for where, said, allowed in texts:
        names = names_in(said, known_names=known, allowed=allowed)
        if names:
            found.append(ReportWarning("name_in_text", {"where": where,
                                                        "names": "», «".join(names)}))
    return found
