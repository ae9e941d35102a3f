"""Everything a report says about one visit, as one aggregate.

Reports are built from these plain objects, never from the database: services/report_data.py
reads them from the store in one short go (the desktop app runs it on the store thread), and the
slow part — photos and layout — runs on the background pool.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.answer import Answer
from ..domain.checklist import ChecklistTemplate, Question
from ..domain.evaluation import Evaluation
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.interview import (  # noqa: F401  (reports import them from here)
    EXPERIENCE_IDS,
    ROLE_IDS,
    Interview,
    interview_label_parts,
)
from ..domain.ordering import interview_numbers
from ..domain.photo import Photo
from ..domain.recommendation import RecommendationCheck
from ..domain.regional_wages import REGIONAL_WAGE, RegionalWage, references_for, regional_wage
from ..domain.visit import Visit


@dataclass(eq=False)  # compared by identity: a visit is itself, whatever its contents
class VisitData:
    visit: Visit
    facility: Facility
    template: ChecklistTemplate
    answers: dict[str, Answer]
    photos: list[Photo] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    photo_paths: dict[str, Path] = field(default_factory=dict)  # photo id -> original file
    # A revisit: the institution's previous visit, and the checks of earlier recommendations
    # with the findings they check («Изменения с прошлого посещения»).
    previous: VisitData | None = None
    checks: list[tuple[RecommendationCheck, Finding]] = field(default_factory=list)
    _applicable: tuple[tuple, dict[str, Any]] | None = field(default=None, repr=False)

    def value(self, question_id: str) -> Any:
        """The answer, if its question applies: a hidden question's answer is kept in the store
        (its condition may flip back) but reports and figures never read it."""
        return self.values().get(question_id)

    def values(self) -> dict[str, Any]:
        """Answers to the questions that apply (ChecklistTemplate.applicable)."""
        # Summaries ask this thousands of times per visit: recomputed only when a value changes.
        key = tuple((qid, id(a.value)) for qid, a in self.answers.items())
        if self._applicable is None or self._applicable[0] != key:
            raw = {qid: a.value for qid, a in self.answers.items()}
            self._applicable = (key, self.template.applicable(raw))
        return self._applicable[1]

    def applies(self, question_id: str) -> bool:
        return question_id in self.values()

    def is_answered(self, question_id: str) -> bool:
        return not _blank(self.value(question_id))

    @property
    def regional_wage(self) -> RegionalWage | None:
        """The Bureau's published average wage for the institution's region at the visit's date."""
        return regional_wage(self.facility.region, self.visit.started_on)

    def regional_wage_typed(self) -> bool:
        """Whether the deputies typed the regional average in (it then wins over the data)."""
        return self.is_answered(REGIONAL_WAGE)

    @property
    def evaluation(self) -> Evaluation:
        """The domain's verdict on these answers; every section of a report asks it."""
        return Evaluation(self.template, self.values(),
                          {qid: a.flagged for qid, a in self.answers.items()},
                          references=references_for(self.facility.region, self.visit.started_on))

    def is_problem(self, question: Question) -> bool:
        return self.applies(question.id) and self.evaluation.is_problem(question)

    def visible_questions(self) -> list[Question]:
        values = {qid: a.value for qid, a in self.answers.items()}
        return [q for q in self.template.questions() if self.template.is_visible(q, values)]

    def interview_numbers(self) -> dict[str, int]:
        return interview_numbers(self.interviews)

    def counts(self) -> tuple[int, int, int]:
        """(questions that apply, answered, problems)."""
        return self.evaluation.counts()




def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []
