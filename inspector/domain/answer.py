"""One answer to one checklist question in one visit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, ClassVar

from .record import Record

_ANSWER_NAMESPACE = uuid.UUID("7d3c1a52-3a55-4c1e-9a1d-1b7f0f3e8a10")


def answer_id(visit_id: str, question_id: str) -> str:
    """The same question of the same visit has the same id on every laptop.

    So two aides answering a question offline edit one record (a field conflict a person can
    settle) instead of creating two answers to one question.
    """
    return str(uuid.uuid5(_ANSWER_NAMESPACE, f"{visit_id}/{question_id}"))


@dataclass(kw_only=True)
class Answer(Record):
    entity: ClassVar[str] = "answer"
    visit_id: str
    question_id: str
    value: Any = None
    comment: str = ""
    flagged: bool = False  # a problem, set by the template's rule or by the deputy

    def __post_init__(self) -> None:
        self.id = answer_id(self.visit_id, self.question_id)
