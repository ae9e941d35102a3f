"""The one answer to "is this a problem?", "what is this figure compared with?" and "is it urgent?".

Every screen, report, summary and export asks this module, so a wage marked «!» in the key
figures is a problem in the checklist section and in the problem count too. It decides from the
template only: the question's `problem_if` and `red_line` rules and the template's norms.

Template versions are immutable once used (their content is registered with the server), so a
version made before norms and red lines were written down borrows them from the newest version
of the same template, for the questions both share with the same type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .answer_values import is_no_data
from .checklist import ChecklistTemplate, Question, Rule, _as_number, _is_blank
from .errors import NotFound
from .norms import Norm

TOTAL_POSTS = "staff_posts_total"
FILLED_POSTS = "staff_posts_filled"
VACANCIES = "staff_vacancies"
# A figure the deputies did not write down but that follows from two they did:
# figure -> (minuend, subtrahend).
DERIVED = {VACANCIES: (TOTAL_POSTS, FILLED_POSTS)}


@dataclass(frozen=True)
class Comparison:
    norm: Norm
    figure: float  # the compared number: a percentage of the norm's `of` when it has one
    met: bool


@dataclass(frozen=True)
class KeyFigure:
    question: Question
    value: Any  # None when neither answered nor derivable
    derived: bool  # computed (e.g. vacancies = posts - filled), not answered
    comparison: Comparison | None
    problem: bool


class Evaluation:
    """A visit's answers judged against its template. `flags`: the deputies' own «problem» marks.

    `references`: figures that come from data rather than from the visit (the regional average
    wage, domain/regional_wages.py), used for a question the deputies left blank; an answer typed
    in wins, and reports say which one was used.
    """

    def __init__(self, template: ChecklistTemplate, values: Mapping[str, Any],
                 flags: Mapping[str, bool] | None = None,
                 rules: ChecklistTemplate | None = None,
                 references: Mapping[str, Any] | None = None) -> None:
        self.template = template
        self.values = dict(values)
        self.flags = dict(flags or {})
        self.references = dict(references or {})
        rules = rules or governing(template)
        self._norms: dict[str, list[Norm]] = {}
        for norm in rules.norms:
            if _same(template, rules, norm.question) and (norm.of is None
                                                          or _same(template, rules, norm.of)):
                self._norms.setdefault(norm.question, []).append(norm)
        self._red: dict[str, Rule] = {q.id: r.red_line for q in template.questions()
                                      if (r := rules.question(q.id)) is not None
                                      and r.red_line is not None and r.type == q.type}

    def applies(self, question: Question) -> bool:
        return self.template.is_visible(question, self.values)

    def is_answered(self, question_id: str) -> bool:
        return not _is_blank(self.values.get(question_id))

    def unavailable(self, question_id: str) -> bool:
        """Answered «нет данных»: the institution did not give the figure. An answer, so it counts
        as answered; no number, so it is never a problem and never meets or fails a norm."""
        return is_no_data(self.values.get(question_id))

    def unavailable_figures(self) -> list[Question]:
        """The questions that apply and were answered «нет данных», in template order."""
        return [q for q in self.applicable() if self.unavailable(q.id)]

    def unchecked_norm(self, question: Question) -> Norm | None:
        """The norm this figure would be judged by, when the figure or the one it is a share of
        is «нет данных»: the report says the norm could not be checked, and why."""
        if self.comparison(question) is not None:
            return None
        for norm in self._norms.get(question.id, ()):
            if self.unavailable(question.id) or (norm.of and self.unavailable(norm.of)):
                return norm
        return None

    def figure(self, question_id: str) -> tuple[Any, bool]:
        """(the value, whether it was derived or taken from data rather than answered)."""
        if self.is_answered(question_id):
            return self.values[question_id], False
        if question_id in self.references:
            return self.references[question_id], True
        parts = DERIVED.get(question_id)
        if parts is None:
            return None, False
        high, low = (_as_number(self.values.get(p)) for p in parts)
        if high is None or low is None:
            return None, False
        return max(0, int(high - low)), True

    def vacancy_rate(self) -> float | None:
        """Vacant posts as a percentage of posts, answered or derived; None while unknown."""
        vacant = _as_number(self.figure(VACANCIES)[0])
        total = _as_number(self.values.get(TOTAL_POSTS))
        return 100 * vacant / total if vacant is not None and total else None

    def comparison(self, question: Question) -> Comparison | None:
        """The first norm of the question's that can be computed, and whether it is met."""
        value, _ = self.figure(question.id)
        number = _as_number(value)
        if number is None:
            return None
        for norm in self._norms.get(question.id, ()):
            figure = number
            if norm.of is not None:
                base = _as_number(self.figure(norm.of)[0])
                if not base:
                    continue
                figure = 100 * number / base
            return Comparison(norm, figure, norm.met_by(figure))
        return None

    def rule_says_problem(self, question: Question) -> bool:
        """What the template alone says of an answered question: its rule, norm or red line."""
        if not self.is_answered(question.id) or not self.applies(question):
            return False
        value = self.values[question.id]
        if question.is_problem(value) or self.is_red_line(question):
            return True
        comparison = self.comparison(question)
        return comparison is not None and not comparison.met

    def is_problem(self, question: Question) -> bool:
        """An answered question that applies and that the deputies or the template call a problem.

        A derived figure is never a problem by itself: the deputies answered the two it comes
        from, and the problem count counts answers.
        """
        if not self.is_answered(question.id) or not self.applies(question):
            return False
        return bool(self.flags.get(question.id)) or self.rule_says_problem(question)

    def is_red_line(self, question: Question) -> bool:
        if not self.is_answered(question.id) or not self.applies(question):
            return False
        rule = self._red.get(question.id)
        if rule is not None and rule.matches(self.values[question.id]):
            return True
        comparison = self.comparison(question)
        return comparison is not None and comparison.norm.red_line and not comparison.met

    def applicable(self) -> list[Question]:
        return [q for q in self.template.questions() if self.applies(q)]

    def problems(self) -> list[Question]:
        return [q for q in self.applicable() if self.is_problem(q)]

    def red_lines(self) -> list[Question]:
        return [q for q in self.applicable() if self.is_red_line(q)]

    def counts(self) -> tuple[int, int, int]:
        """(questions that apply, answered, problems)."""
        applicable = self.applicable()
        answered = [q for q in applicable if self.is_answered(q.id)]
        return len(applicable), len(answered), sum(self.is_problem(q) for q in answered)

    def key_figures(self) -> list[KeyFigure]:
        figures = []
        for question in self.applicable():
            if question.key_figure:
                value, derived = self.figure(question.id)
                figures.append(KeyFigure(question, value, derived, self.comparison(question),
                                         self.is_problem(question)))
        return figures


def governing(template: ChecklistTemplate) -> ChecklistTemplate:
    """The version whose norms and red lines judge this one: itself, or a newer one if it has none."""
    if template.norms or any(q.red_line for q in template.questions()):
        return template
    from .templates import template as catalogue  # the shipped files, read once

    try:
        newest = catalogue(template.id)
    except NotFound:
        return template
    return newest if newest.version > template.version else template


def _same(template: ChecklistTemplate, rules: ChecklistTemplate, question_id: str) -> bool:
    mine, theirs = template.question(question_id), rules.question(question_id)
    return mine is not None and theirs is not None and mine.type == theirs.type


def depends_on(template: ChecklistTemplate, question_id: str) -> list[Question]:
    """Questions whose verdict changes when this one's answer does (it is their norm's base)."""
    ids = {n.question for n in template.norms if n.of == question_id}
    ids |= {figure for figure, parts in DERIVED.items() if question_id in parts}
    return [q for q in template.questions() if q.id in ids]


def norms_cited(comparisons: Iterable[Comparison | None]) -> list[Norm]:
    """The distinct norms in the order first cited: the numbering of a report's source notes."""
    seen: dict[str, Norm] = {}
    for c in comparisons:
        if c is not None and c.norm.source["en"] not in seen:
            seen[c.norm.source["en"]] = c.norm
    return list(seen.values())
