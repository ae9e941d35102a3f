"""Findings the app proposes from what the evaluator calls a problem or a red line.

A proposal quotes the figures of the answers that raise it, links those answers (with the value
quoted, so a later edit shows the finding as out of date: domain/finding_checks.py), the photos
taken of those questions and the interviews whose answers agree, and suggests a recommendation
and its addressee. Texts, themes, recommendations and addressees are data in
resources/findings.json, reviewable by a person who reads no code.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .answer import answer_id
from .answer_values import format_number
from .checklist import Rule, _is_blank
from .evaluation import Comparison, Evaluation
from .finding import SEVERITY_NAMES, Finding
from .interview import Interview
from .ordering import in_order
from .photo import Photo
from .text import LANGUAGES, N_, Localized, Text, pick

SEVERITY_ORDER = tuple(SEVERITY_NAMES)  # critical first
CITIES = ("astana", "almaty_city", "shymkent")  # their akimat is the city's, not an oblast's


@cache
def rules_data() -> dict[str, Any]:
    raw = (importlib.resources.files("inspector.resources") / "findings.json").read_text("utf-8")
    return json.loads(raw)


def theme_of(question_id: str, section_id: str) -> str:
    data = rules_data()
    return data["themes_by_question"].get(question_id) or data["themes_by_section"].get(
        section_id, "other")


def themes_for(kind: str) -> list[str]:
    """The themes a finding about this kind of institution can have (all when it is unknown)."""
    from .finding import THEMES

    return list(rules_data()["themes_by_kind"].get(kind, THEMES))


def related_sections(theme: str) -> set[str]:
    """Sections whose answers can support a finding of this theme: its own and the neighbours
    named in the data ("other" has none, so it is never said to be unrelated)."""
    data = rules_data()
    own = {s for s, t in data["themes_by_section"].items() if t == theme}
    return own | set(data["related_sections"].get(theme, ()))


def addressee(theme: str, kind: str, region: str,
              override: Mapping[str, str] | None = None) -> Text:
    """Who a recommendation of this theme goes to: the ministry responsible for the kind of
    institution, or the local akimat (the city's for Astana, Almaty and Shymkent)."""
    data = rules_data()
    table = override or data["addressee_by_theme"].get(theme) or {"*": "akimat"}
    key = table.get(kind) or table.get("*", "akimat")
    if key == "akimat":
        return data["akimats"].get(region) or N_("Regional akimat")
    return data["addressees"][key]


def addressee_choices(kind: str, region: str) -> list[Text]:
    """Whom a recommendation may go to at this institution: the ministries that answer for this
    kind of institution first, then the local akimat, then the rest (one list, the data's)."""
    data = rules_data()
    keys: list[str] = []
    for table in data["addressee_by_theme"].values():
        key = table.get(kind) or table.get("*", "akimat")
        if key not in keys:
            keys.append(key)
    keys += [k for k in [*data["addressees"], "akimat"] if k not in keys]
    return [addressee("other", kind, region, {"*": k}) for k in keys]


@dataclass(frozen=True)
class Quote:
    """One answer a proposal's text quotes, with the value it quoted."""

    question_id: str
    value: Any


@dataclass(frozen=True)
class Proposal:
    key: str  # what a dismissal remembers: the rule's id, or "q:<question>" for a lone problem
    theme: str
    severity: str
    red_line: bool
    text: Localized
    recommendation: Localized
    addressee: Text
    questions: tuple[str, ...]  # the answers that raise it
    quotes: tuple[Quote, ...]  # every answer whose figure the text quotes
    photos: tuple[str, ...] = ()
    interviews: tuple[str, ...] = ()

    def evidence(self, visit_id: str) -> list[dict[str, Any]]:
        links: list[dict[str, Any]] = [
            {"kind": "answer", "id": answer_id(visit_id, q.question_id), "quoted": q.value}
            for q in self.quotes]
        links += [{"kind": "photo", "id": p} for p in self.photos]
        links += [{"kind": "interview", "id": i} for i in self.interviews]
        return links

    def finding(self, visit_id: str, lang: str, position: int = 0) -> Finding:
        """The proposal accepted as it stands, in the person's language."""
        return Finding(visit_id=visit_id, theme=self.theme, severity=self.severity,
                       text=pick(self.text, lang), recommendation=pick(self.recommendation, lang),
                       addressee=pick(self.addressee, lang), evidence=self.evidence(visit_id),
                       position=position)

    def covered_by(self, findings: Iterable[Finding], visit_id: str) -> Finding | None:
        """A finding already citing one of the answers that raise this proposal."""
        raising = {answer_id(visit_id, q) for q in self.questions}
        return next((f for f in findings
                     if any(e.get("kind") == "answer" and e.get("id") in raising
                            for e in f.evidence)), None)


def propose(evaluation: Evaluation, *, visit_id: str, kind: str, region: str,
            photos: Iterable[Photo] = (), interviews: Iterable[Interview] = ()) -> list[Proposal]:
    """Every proposal the visit's answers support: red lines first, then by severity, then in
    the checklist's order."""
    template = evaluation.template
    problems = evaluation.problems()
    red = {q.id for q in problems if evaluation.is_red_line(q)}
    order = {q.id: n for n, q in enumerate(template.questions())}
    photos = in_order(photos)
    interviews = [i for i in in_order(interviews) if i.consent_given]
    taken: set[str] = set()
    proposals: list[Proposal] = []
    for rule in rules_data()["rules"]:
        raising = [q for q in problems if q.id not in taken and _raises(rule, q, evaluation)]
        if raising:
            taken |= {q.id for q in raising}
            proposals.append(_from_rule(rule, raising, evaluation, red, kind, region))
    for question in problems:
        if question.id not in taken:
            proposals.append(_generic(question, evaluation, question.id in red, kind, region))
    unavailable = evaluation.unavailable_figures()
    if unavailable:
        proposals.append(_not_given(unavailable, evaluation, kind, region))
    proposals = [_with_sources(p, photos, interviews) for p in proposals]
    return sorted(proposals, key=lambda p: (not p.red_line, SEVERITY_ORDER.index(p.severity),
                                            min(order.get(q, 0) for q in p.questions)))


def _raises(rule: Mapping[str, Any], question: Any, evaluation: Evaluation) -> bool:
    if question.id in rule.get("questions", ()):
        when = rule.get("when", {}).get(question.id)
        return when is None or _rule(when).matches(evaluation.values.get(question.id))
    norm = rule.get("norm")
    if norm is None:
        return False
    comparison = evaluation.comparison(question)
    return (comparison is not None and not comparison.met
            and comparison.norm.id.split(".")[0] == norm)


def _severity(rule_severity: str, red_line: bool) -> str:
    return "critical" if red_line else rule_severity


def _from_rule(rule: Mapping[str, Any], raising: list, evaluation: Evaluation, red: set[str],
               kind: str, region: str) -> Proposal:
    template = evaluation.template
    first = raising[0]
    theme = theme_of(first.id, first.section_id)
    quoted = [q.id for q in raising] + [q for q in rule.get("quotes", ())
                                        if evaluation.is_answered(q)]
    for q in rule.get("questions", ()):  # the rule's other questions, if answered, are quoted too
        if q not in quoted and evaluation.is_answered(q):
            quoted.append(q)
    text = {}
    for lang in LANGUAGES:
        fields = _fields(first, evaluation, lang)
        if "item" in rule:
            fields["items"] = "; ".join(
                _format(pick(rule["item"], lang), _fields(q, evaluation, lang)) for q in raising)
        for qid in quoted:  # {restraint_log}: any quoted answer by its question id
            question = template.question(qid)
            if question is not None:
                fields[qid] = question.display(evaluation.values.get(qid), lang)
        text[lang] = _format(pick(rule["text"], lang), fields)
    theme_recommendation = rules_data()["recommendation_by_theme"][theme]
    return Proposal(
        key=rule["id"], theme=theme,
        severity=_severity(rule.get("severity", "major"), any(q.id in red for q in raising)),
        red_line=any(q.id in red for q in raising), text=text,
        recommendation=rule.get("recommendation") or theme_recommendation,
        addressee=addressee(theme, kind, region, rule.get("addressee")),
        questions=tuple(q.id for q in raising),
        quotes=tuple(Quote(q, evaluation.values.get(q)) for q in quoted))


def _generic(question: Any, evaluation: Evaluation, red_line: bool, kind: str,
             region: str) -> Proposal:
    data = rules_data()
    theme = theme_of(question.id, question.section_id)
    comparison = evaluation.comparison(question)
    severity = "major" if comparison is not None and not comparison.met else "minor"
    text = {}
    for lang in LANGUAGES:
        line = _format(pick(data["generic_text"], lang), _fields(question, evaluation, lang))
        if comparison is not None and not comparison.met:
            line = line.rstrip(".") + f" ({pick(comparison.norm.text, lang)})."
        text[lang] = line
    return Proposal(
        key=f"q:{question.id}", theme=theme, severity=_severity(severity, red_line),
        red_line=red_line, text=text, recommendation=data["recommendation_by_theme"][theme],
        addressee=addressee(theme, kind, region), questions=(question.id,),
        quotes=(Quote(question.id, evaluation.values.get(question.id)),))


def _not_given(questions: list, evaluation: Evaluation, kind: str, region: str) -> Proposal:
    """The figures answered «нет данных», named in one proposal: never a problem by itself,
    but what the institution could not give is worth asking for."""
    rule = rules_data()["no_data"]
    first = questions[0]
    theme = theme_of(first.id, first.section_id)
    text = {lang: _format(pick(rule["text"], lang), {"items": "; ".join(
        _format(pick(rule["item"], lang), _fields(q, evaluation, lang)) for q in questions)})
        for lang in LANGUAGES}
    return Proposal(
        key="no_data", theme=theme, severity="minor", red_line=False, text=text,
        recommendation=rule["recommendation"], addressee=addressee(theme, kind, region),
        questions=tuple(q.id for q in questions),
        quotes=tuple(Quote(q.id, evaluation.values.get(q.id)) for q in questions))


def _fields(question: Any, evaluation: Evaluation, lang: str) -> dict[str, str]:
    """The placeholders of a text about one question: its answer as read, its norm's base and
    percentage when it has a norm."""
    template = evaluation.template
    value = evaluation.values.get(question.id)
    text = pick(question.text, lang)
    fields = {"number": template.number(question.id), "question": text,
              "question_lower": text[:1].lower() + text[1:], "value": question.display(value, lang)}
    comparison = evaluation.comparison(question)
    if comparison is not None:
        fields["norm"] = pick(comparison.norm.text, lang)
        fields["pct"] = _percent(comparison, lang)
        base_id = comparison.norm.of
        base = template.question(base_id) if base_id else None
        if base is not None:
            # The base as compared: typed by the deputies, or the published regional figure.
            fields["base"] = base.display(evaluation.figure(base.id)[0], lang)
    return fields


def _percent(comparison: Comparison, lang: str) -> str:
    """A share as the report prints it: whole percent, one decimal below 10 («6,1»)."""
    figure = comparison.figure
    return format_number(round(figure, 1) if abs(figure) < 10 else round(figure), lang)


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "—"


def _format(text: str, fields: Mapping[str, str]) -> str:
    return text.format_map(_Fields(fields))


def _rule(raw: Mapping[str, Any]) -> Rule:
    """A test on an answer, written as in the templates: equals, in, above or below."""
    return Rule(question=raw.get("question"), equals=raw.get("equals"),
                one_of=tuple(raw["in"]) if "in" in raw else None, above=raw.get("above"),
                below=raw.get("below"))


def _interview_rules(theme: str) -> list[Rule]:
    return [_rule(r) for r in rules_data()["interviews_by_theme"].get(theme, ())]


def agreeing_interviews(theme: str, interviews: Iterable[Interview]) -> list[str]:
    """Interviews (with consent to record) in which the person says what the finding says."""
    rules = _interview_rules(theme)
    return [i.id for i in interviews if i.consent_given and any(
        not _is_blank(i.answers.get(r.question or "")) and r.matches(i.answers.get(r.question or ""))
        for r in rules)]


def _with_sources(proposal: Proposal, photos: list[Photo],
                  interviews: list[Interview]) -> Proposal:
    quoted = {q.question_id for q in proposal.quotes}
    return Proposal(**{**proposal.__dict__,
                       "photos": tuple(p.id for p in photos if set(p.question_ids) & set(quoted)),
                       "interviews": tuple(agreeing_interviews(proposal.theme, interviews))})
