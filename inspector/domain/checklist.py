"""Checklist templates: what a deputy is asked at an institution, as data.

A template is loaded from a JSON file and validated as a whole when loaded, so a mistake in the
data (an unknown question type, a missing translation, a condition naming a question that does not
exist) stops the program with a message naming the file and the question, instead of surfacing
later as a blank label in front of a deputy.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, overload

from .answer_values import (
    NO_DATA_TEXT,
    AboveMaximum,
    BelowMinimum,
    InvalidAnswer,
    MoneyBelowMinimum,
    NotANumber,
    NotWhole,
    format_bound,
    format_number,
    is_no_data,
    no_data,
    parse_number,
)
from .errors import InspectorError
from .norms import Norm, parse_norms
from .plausibility import NotAbove, parse_plausibility
from .text import LANGUAGES, N_, Localized, pick


class QuestionType(StrEnum):
    YES_NO = "yes_no"
    NUMBER = "number"
    MONEY = "money"
    COUNT = "count"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    TEXT = "text"
    RATING = "rating"
    DATE = "date"


NUMERIC_TYPES = frozenset({QuestionType.NUMBER, QuestionType.MONEY, QuestionType.COUNT,
                           QuestionType.RATING})
# Figures an institution may not give: a deputy marks «нет данных» instead of typing 0.
FIGURE_TYPES = frozenset({QuestionType.NUMBER, QuestionType.MONEY, QuestionType.COUNT})
CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})
YES_NO_VALUES = ("yes", "no", "na")


class TemplateError(InspectorError):
    texts = N_("Template {file}: {where}: {detail}")


@dataclass(frozen=True)
class Option:
    id: str
    text: Localized
    exclusive: bool = False  # "none of these": answered alone, never with another option


@dataclass(frozen=True)
class Rule:
    """A test on an answer: used both for "show this question if" and "flag as a problem if"."""

    question: str | None = None
    equals: Any = None
    one_of: tuple[Any, ...] | None = None
    above: float | None = None
    below: float | None = None

    def matches(self, value: Any) -> bool:
        if value is None or value == "" or value == []:
            return False
        values = value if isinstance(value, list) else [value]
        if self.equals is not None:
            return self.equals in values
        if self.one_of is not None:
            return any(v in self.one_of for v in values)
        number = _as_number(value)
        if number is None:
            return False
        if self.above is not None and number > self.above:
            return True
        return self.below is not None and number < self.below


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: Localized
    section_id: str
    help: Localized | None = None
    required: bool = False
    unit: Localized | None = None
    options: tuple[Option, ...] = ()
    show_if: Rule | None = None
    problem_if: Rule | None = None
    key_figure: bool = False
    min: float | None = None
    max: float | None = None
    red_line: Rule | None = None  # an answer so grave it leads the report (domain/evaluation.py)

    @property
    def offers_no_data(self) -> bool:
        """A required figure: the form offers «нет данных» beside the number field."""
        return self.required and self.type in FIGURE_TYPES

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def is_problem(self, value: Any) -> bool:
        return self.problem_if is not None and self.problem_if.matches(value)

    def validate_value(self, value: Any) -> Any:
        """The value in its stored form, or InvalidAnswer (a ValueError) saying why it is not an
        answer here, in the person's language."""
        return _validate_value(self, value)

    def bounds(self) -> tuple[float | None, float | None]:
        """(lowest, highest) number this question accepts: the template's, else the type's."""
        low = {QuestionType.COUNT: 0, QuestionType.MONEY: 0, QuestionType.RATING: 1}.get(self.type)
        high = 5 if self.type == QuestionType.RATING else None
        return (self.min if self.min is not None else low,
                self.max if self.max is not None else high)

    def display(self, value: Any, lang: str) -> str:
        """The answer as a person reads it: option texts, yes/no words, units."""
        return _display_value(self, value, lang)


@dataclass(frozen=True)
class Section:
    id: str
    title: Localized
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: int
    kind: str
    title: Localized
    sections: tuple[Section, ...]
    source: str = ""
    norms: tuple[Norm, ...] = ()
    plausibility: tuple[NotAbove, ...] = ()  # soft checks across answers (domain/plausibility.py)
    _by_id: Mapping[str, Question] = field(default_factory=dict, repr=False, compare=False)
    _numbers: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {q.id: q for s in self.sections for q in s.questions})
        object.__setattr__(self, "_numbers", {
            q.id: f"{s_index}.{q_index}" for s_index, s in enumerate(self.sections, 1)
            for q_index, q in enumerate(s.questions, 1)})

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    def questions(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def is_visible(self, question: Question, answers: Mapping[str, Any]) -> bool:
        """Whether a conditional question applies, given the answers so far (chains included)."""
        rule = question.show_if
        if rule is None:
            return True
        parent = self._by_id.get(rule.question or "")
        if parent is None or not self.is_visible(parent, answers):
            return False
        return rule.matches(answers.get(parent.id))

    def missing_required(self, answers: Mapping[str, Any]) -> list[Question]:
        """Required questions that apply and have no answer: what blocks completing a visit."""
        return [q for q in self.questions()
                if q.required and self.is_visible(q, answers) and _is_blank(answers.get(q.id))]

    def applicable(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """The answers to questions that apply now.

        An answer to a question its condition hides is kept in the store (the condition may flip
        back), but it is not an answer: counts, reports, exports and evidence use only these.
        """
        return {qid: value for qid, value in answers.items()
                if (q := self._by_id.get(qid)) is not None and self.is_visible(q, answers)}

    def number(self, question_id: str) -> str:
        """The question's number, «4.7»: fixed by the template, never by what is visible, so the
        editor, the report, the exports and an inquiry citing it all mean one question."""
        return self._numbers.get(question_id, "")

    def languages(self) -> tuple[str, ...]:
        return LANGUAGES


# --- values -------------------------------------------------------------------------------


YES_NO_TEXT = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "na": N_("Not applicable"),
}
CURRENCY = N_("KZT")


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _as_number(value: Any) -> float | None:
    return parse_number(value)


def _validate_value(q: Question, value: Any) -> Any:
    if _is_blank(value):
        return None
    t = q.type
    if is_no_data(value):
        # Any figure may be «нет данных» (a later version may make a question optional), but
        # nothing else: a yes/no or a text is answered, or left empty.
        if t not in FIGURE_TYPES:
            raise InvalidAnswer(detail=f"«no data» is only for a figure, not a {t.value} answer")
        return no_data()
    if t == QuestionType.YES_NO:
        if value not in YES_NO_VALUES:
            raise InvalidAnswer(detail=f"expected one of {YES_NO_VALUES}")
        return value
    if t in NUMERIC_TYPES:
        return _validate_number(q, value)
    if t == QuestionType.SINGLE_CHOICE:
        if q.option(str(value)) is None:
            raise InvalidAnswer(detail=f"unknown option {value!r}")
        return str(value)
    if t == QuestionType.MULTIPLE_CHOICE:
        chosen = [value] if isinstance(value, str) else list(value)
        unknown = [v for v in chosen if q.option(v) is None]
        if unknown:
            raise InvalidAnswer(detail=f"unknown options {unknown!r}")
        alone = next((v for v in chosen if getattr(q.option(v), "exclusive", False)), None)
        others = sorted({v for v in chosen if v != alone})
        if alone is not None and others:
            raise InvalidAnswer(detail=f"option {alone!r} cannot be chosen together with "
                                       f"{others!r}")
        return [o.id for o in q.options if o.id in chosen]
    if t == QuestionType.DATE:
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise InvalidAnswer(detail=f"expected a date YYYY-MM-DD, not {value!r}") from None
    return str(value)


def _validate_number(q: Question, value: Any) -> int | float:
    number = parse_number(value, suffixes=_suffixes(q))
    if number is None:
        raise NotANumber()
    whole = q.type in (QuestionType.COUNT, QuestionType.RATING)
    if whole and number != int(number):
        raise NotWhole()
    low, high = q.bounds()
    if low is not None and number < low:
        if q.type == QuestionType.MONEY and number > 0 and number * 1000 >= low:
            raise MoneyBelowMinimum(low=format_bound(low), typed=format_bound(number))
        raise BelowMinimum(low=format_bound(low))
    if high is not None and number > high:
        raise AboveMaximum(high=format_bound(high))
    return int(number) if whole else number


def _suffixes(q: Question) -> tuple[str, ...]:
    """What the field shows after the number, which a person may type again."""
    return tuple(q.unit.values()) if q.unit else ()


def _display_value(q: Question, value: Any, lang: str) -> str:
    if _is_blank(value):
        return ""
    if is_no_data(value):
        return pick(NO_DATA_TEXT, lang)
    t = q.type
    if t == QuestionType.YES_NO:
        return pick(YES_NO_TEXT.get(value), lang) or str(value)
    if t in CHOICE_TYPES:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(pick(o.text, lang) if (o := q.option(i)) else str(i) for i in ids)
    if t == QuestionType.MONEY:
        return f"{format_number(value, lang)} {pick(CURRENCY, lang)}"
    if t == QuestionType.NUMBER:
        unit = pick(q.unit, lang)
        return f"{format_number(value, lang)} {unit}".strip()
    if t == QuestionType.RATING:
        return f"{value} / 5"
    return str(value)


# --- loading and validation ------------------------------------------------------------------


def load_template(path: Path) -> ChecklistTemplate:
    """Read and validate one template file; TemplateError names the file and the question."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(file=Path(path).name, where="file", detail=str(exc)) from exc
    return parse_template(data, source=Path(path).name)


def parse_template(data: Mapping[str, Any], source: str = "<data>") -> ChecklistTemplate:
    return _TemplateParser(source).parse(data)


class _TemplateParser:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, detail: str) -> TemplateError:
        return TemplateError(file=self.source, where=where, detail=detail)

    @overload
    def text(self, raw: Any, where: str) -> Localized: ...

    @overload
    def text(self, raw: Any, where: str, *, optional: bool) -> Localized | None: ...

    def text(self, raw: Any, where: str, *, optional: bool = False) -> Localized | None:
        if raw is None and optional:
            return None
        if not isinstance(raw, Mapping):
            raise self.fail(where, "expected a text in " + ", ".join(LANGUAGES))
        missing = [lang for lang in LANGUAGES if not str(raw.get(lang, "")).strip()]
        if missing:
            raise self.fail(where, "missing translation: " + ", ".join(missing))
        return {lang: str(raw[lang]) for lang in LANGUAGES}

    def parse(self, data: Mapping[str, Any]) -> ChecklistTemplate:
        for key in ("id", "version", "kind", "title", "sections"):
            if key not in data:
                raise self.fail("template", f"missing {key!r}")
        if not isinstance(data["version"], int) or data["version"] < 1:
            raise self.fail("template", "version must be a positive whole number")
        sections = tuple(self.section(raw) for raw in data["sections"])
        seen: dict[str, Question] = {}
        for question in (q for s in sections for q in s.questions):
            if question.id in seen:
                raise self.fail(f"question {question.id}", "id used twice")
            self.check_rule_target(question, seen)
            seen[question.id] = question
        if not seen:
            raise self.fail("template", "has no questions")
        for question in seen.values():
            self.check_answer_rule(question, question.red_line, "red_line")
        return ChecklistTemplate(
            id=str(data["id"]), version=data["version"], kind=str(data["kind"]),
            title=self.text(data["title"], "title"), sections=sections, source=self.source,
            norms=parse_norms(data.get("norms"), seen, self.text, self.fail),
            plausibility=parse_plausibility(data.get("plausibility"), seen, self.text,
                                            self.fail),
        )

    def section(self, raw: Mapping[str, Any]) -> Section:
        sid = str(raw.get("id") or "")
        if not sid:
            raise self.fail("section", "missing id")
        title = self.text(raw.get("title"), f"section {sid}")
        questions = tuple(self.question(q, sid) for q in raw.get("questions") or ())
        return Section(id=sid, title=title, questions=questions)

    def question(self, raw: Mapping[str, Any], section_id: str) -> Question:
        qid = str(raw.get("id") or "")
        where = f"question {qid or '?'}"
        if not qid:
            raise self.fail(where, "missing id")
        try:
            qtype = QuestionType(str(raw.get("type")))
        except ValueError:
            raise self.fail(where, f"unknown type {raw.get('type')!r}") from None
        options = tuple(self.option(o, qtype, where) for o in raw.get("options") or ())
        if qtype in CHOICE_TYPES and len(options) < 2:
            raise self.fail(where, "a choice question needs at least two options")
        unit = self.text(raw.get("unit"), f"{where} unit", optional=qtype != QuestionType.NUMBER)
        return Question(
            id=qid, type=qtype, section_id=section_id,
            text=self.text(raw.get("text"), where),
            help=self.text(raw.get("help"), f"{where} help", optional=True),
            required=bool(raw.get("required", False)), unit=unit, options=options,
            show_if=self.rule(raw.get("show_if"), f"{where} show_if", needs_question=True),
            problem_if=self.rule(raw.get("problem_if"), f"{where} problem_if"),
            key_figure=bool(raw.get("key_figure", False)),
            min=self.bound(raw, "min", qtype, where), max=self.bound(raw, "max", qtype, where),
            red_line=self.rule(raw.get("red_line"), f"{where} red_line"),
        )

    def bound(self, raw: Mapping[str, Any], key: str, qtype: QuestionType,
              where: str) -> float | None:
        """min/max: numbers, only on numeric questions, and never crossing each other."""
        value = raw.get(key)
        if value is None:
            return None
        if qtype not in NUMERIC_TYPES:
            raise self.fail(where, f"{key} is only for numeric questions, not {qtype.value}")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"{key} must be a number, not {value!r}")
        low = raw.get("min")
        if key == "max" and isinstance(low, int | float) and value < low:
            raise self.fail(where, f"max {value} is below min {low}")
        return value

    def option(self, raw: Mapping[str, Any], qtype: QuestionType, where: str) -> Option:
        where = f"{where} option {raw.get('id')}"
        exclusive = raw.get("exclusive", False)
        if not isinstance(exclusive, bool):
            raise self.fail(where, f"exclusive must be true or false, not {exclusive!r}")
        if "exclusive" in raw and qtype != QuestionType.MULTIPLE_CHOICE:
            raise self.fail(where, f"exclusive is only for options of a multiple_choice question, "
                                   f"not {qtype.value}")
        return Option(id=str(raw["id"]), text=self.text(raw.get("text"), where),
                      exclusive=exclusive)

    def rule(self, raw: Any, where: str, *, needs_question: bool = False) -> Rule | None:
        if raw is None:
            return None
        if not isinstance(raw, Mapping):
            raise self.fail(where, "expected an object")
        tests = [k for k in ("equals", "in", "above", "below") if k in raw]
        if len(tests) != 1:
            raise self.fail(where, "needs exactly one of equals, in, above, below")
        if needs_question and not raw.get("question"):
            raise self.fail(where, "must name a question")
        one_of = raw.get("in")
        return Rule(question=raw.get("question"), equals=raw.get("equals"),
                    one_of=tuple(one_of) if one_of is not None else None,
                    above=raw.get("above"), below=raw.get("below"))

    def check_rule_target(self, question: Question, earlier: Mapping[str, Question]) -> None:
        """A condition must name an earlier question, with a value that question can take."""
        rule = question.show_if
        if rule is None:
            return
        parent = earlier.get(rule.question or "")
        where = f"question {question.id} show_if"
        if parent is None:
            raise self.fail(where, f"names a missing or later question {rule.question!r}")
        self.check_values(parent, rule, where)

    def check_answer_rule(self, question: Question, rule: Rule | None, name: str) -> None:
        """A rule on the question's own answer must test a value the question can take."""
        if rule is None:
            return
        where = f"question {question.id} {name}"
        if rule.question and rule.question != question.id:
            raise self.fail(where, "tests the question's own answer; it names no other question")
        self.check_values(question, rule, where)

    def check_values(self, target: Question, rule: Rule, where: str) -> None:
        values = [rule.equals] if rule.equals is not None else list(rule.one_of or ())
        for value in values:
            if target.type == QuestionType.YES_NO and value not in YES_NO_VALUES:
                raise self.fail(where, f"{value!r} is not yes, no or na")
            if target.type in CHOICE_TYPES and target.option(str(value)) is None:
                raise self.fail(where, f"{value!r} is not an option of {target.id}")
