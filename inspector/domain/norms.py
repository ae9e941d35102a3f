"""Norms a figure is compared with, as data: each template lists its own, with the source.

A norm is reviewable by a person who reads no code: the figure it applies to, the limit, a short
statement of the norm and the document (and article) it comes from, in ru, kk and en. Where the
figure is a planning benchmark rather than law, the source says so; the report prints it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .text import Localized


@dataclass(frozen=True)
class Norm:
    id: str
    question: str  # the figure compared
    text: Localized  # the norm as a reader states it, e.g. "не менее 4 м² на человека"
    source: Localized  # document and article
    at_least: float | None = None
    at_most: float | None = None
    of: str | None = None  # compared as a percentage of this question's answer
    measure: Localized | None = None  # how the percentage reads, with {pct}: "Заполненность: {pct} %"
    red_line: bool = False  # failing it goes to the report's urgent matters

    def met_by(self, figure: float) -> bool:
        if self.at_least is not None and figure < self.at_least:
            return False
        return self.at_most is None or figure <= self.at_most


TextParser = Callable[..., Localized | None]
Fail = Callable[[str, str], Exception]


def parse_norms(raw: Any, questions: Mapping[str, Any], text: TextParser,
                fail: Fail) -> tuple[Norm, ...]:
    """The template's "norms" list; `questions` are the template's questions by id.

    "question" may be a list: one norm per question (the same wage norm for every staff category).
    """
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("norms", "expected a list")
    norms: list[Norm] = []
    seen: set[str] = set()
    for entry in raw:
        for norm in _one(entry, questions, text, fail):
            if norm.id in seen:
                raise fail(f"norm {norm.id}", "id used twice")
            seen.add(norm.id)
            norms.append(norm)
    return tuple(norms)


def _one(raw: Any, questions: Mapping[str, Any], text: TextParser, fail: Fail) -> list[Norm]:
    if not isinstance(raw, Mapping) or not raw.get("id"):
        raise fail("norms", "each norm needs an id")
    where = f"norm {raw['id']}"
    targets = raw.get("question")
    targets = targets if isinstance(targets, list) else [targets]
    for qid in [*targets, *([raw["of"]] if raw.get("of") else [])]:
        if qid not in questions:
            raise fail(where, f"names a missing question {qid!r}")
    limits = [raw.get("at_least"), raw.get("at_most")]
    if all(v is None for v in limits) or any(
            v is not None and (isinstance(v, bool) or not isinstance(v, int | float))
            for v in limits):
        raise fail(where, "needs a number in at_least or at_most")
    measure = text(raw.get("measure"), f"{where} measure", optional=True)
    if measure is not None and any("{pct}" not in m for m in measure.values()):
        raise fail(f"{where} measure", "must show the percentage as {pct} in every language")
    if measure is not None and not raw.get("of"):
        raise fail(f"{where} measure", "only a norm with \"of\" has a percentage to show")
    common: dict[str, Any] = {"text": text(raw.get("text"), f"{where} text"), "measure": measure,
              "source": text(raw.get("source"), f"{where} source"),
              "at_least": raw.get("at_least"), "at_most": raw.get("at_most"),
              "of": raw.get("of"), "red_line": bool(raw.get("red_line", False))}
    if len(targets) == 1:
        return [Norm(id=str(raw["id"]), question=str(targets[0]), **common)]
    return [Norm(id=f"{raw['id']}.{qid}", question=str(qid), **common) for qid in targets]
