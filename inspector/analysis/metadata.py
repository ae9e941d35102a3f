"""Datasette's metadata.json for the analyst's database: titles, descriptions and column labels
with units in the chosen language, the views described, and the inquiry's question as a canned
query.

Datasette shows a column's description beside its name; the names stay the stable codes a
query uses, the labels say what they mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain.anonymity import aggregate_only
from ..domain.checklist import NUMERIC_TYPES, ChecklistTemplate, Question, QuestionType
from ..domain.evaluation import DERIVED
from ..domain.text import N_, Message, pick
from .schema import KEY_FIGURES, NURSES_BELOW_60, TABLES, TENGE, VIEWS, Column

WORDS: dict[str, Message] = {
    "title": N_("Visits to institutions: the team's data"),
    "description": N_("An Inspector export for analysis. Interviews are anonymous as in the "
                      "reports. No tables for inquiries yet: the app has no inquiries yet."),
    "pct": N_("{q}: percent of «{of}»"),
    "met": N_("{q}: norm «{norm}» met (1/0)"),
    "derived": N_("{q}: computed from other answers (1/0)"),
    "no_data": N_("{q}: no data — the institution did not give the figure (1/0)"),
    "yes_no": N_("1 yes, 0 no"),
    "nurses": N_("Elderly homes where nurses earn below 60 percent of the regional average, "
                 "since 2024"),
}


VIEW_COLUMNS: dict[str, Message] = {
    "institutions": N_("Institutions (that answered)"),
    "regional_answered": N_("Of those, how many gave the regional average"),
    "regions": N_("Regions among them"),
    "elderly_homes": N_("Elderly homes"),
    "ppe_available": N_("PPE available"),
    "ppe_stock_days": N_("PPE stock, days"),
}


def _label(label: str, unit: str | None) -> str:
    return f"{label}, {unit}" if unit else label


def column_text(column: Column, lang: str) -> str:
    return _label(pick(column.label, lang), pick(column.unit, lang) if column.unit else None)


def question_text(question: Question, lang: str) -> str:
    unit = pick(TENGE, lang) if question.type == QuestionType.MONEY else (
        pick(question.unit, lang) if question.unit else None)
    text = _label(pick(question.text, lang), unit)
    if question.type == QuestionType.YES_NO:
        text += f" ({pick(WORDS['yes_no'], lang)})"
    return text


def key_figure_columns(templates: Iterable[ChecklistTemplate], lang: str) -> dict[str, str]:
    """Labels of the columns a template's key figures make (rows.key_figure_row)."""
    found: dict[str, str] = {}
    for form in templates:
        for question in form.questions():
            if not question.key_figure:
                continue
            q = pick(question.text, lang)
            found.setdefault(question.id, question_text(question, lang))
            if question.offers_no_data:
                found.setdefault(f"{question.id}_no_data", pick(WORDS["no_data"], lang).format(q=q))
            if question.id in DERIVED:
                found.setdefault(f"{question.id}_derived",
                                 pick(WORDS["derived"], lang).format(q=q))
            for norm in form.norms:
                if norm.question != question.id:
                    continue
                if norm.of and (base := form.question(norm.of)) is not None:
                    found.setdefault(f"{question.id}_pct", pick(WORDS["pct"], lang).format(
                        q=q, of=pick(base.text, lang)))
                found.setdefault(f"{question.id}_meets_norm", pick(WORDS["met"], lang).format(
                    q=q, norm=pick(norm.text, lang)))
    return found


def key_figure_types(templates: Iterable[ChecklistTemplate]) -> dict[str, type]:
    """Column types for the key figures, so the table is typed before its first row."""
    found: dict[str, type] = {}
    for form in templates:
        for question in form.questions():
            if not question.key_figure:
                continue
            found.setdefault(question.id, float if question.type in NUMERIC_TYPES else (
                int if question.type == QuestionType.YES_NO else str))
            if question.offers_no_data:
                found.setdefault(f"{question.id}_no_data", int)
            if question.id in DERIVED:
                found.setdefault(f"{question.id}_derived", int)
            for norm in form.norms:
                if norm.question == question.id:
                    if norm.of:
                        found.setdefault(f"{question.id}_pct", float)
                    found.setdefault(f"{question.id}_meets_norm", int)
    return found


def interview_columns(forms: Iterable[ChecklistTemplate], skip: Iterable[str],
                      lang: str) -> dict[str, str]:
    skipped = set(skip)
    return {q.id: question_text(q, lang) for form in forms for q in form.questions()
            if q.id not in skipped and not aggregate_only(q)}


def datasette_metadata(database: str, lang: str, checklists: Iterable[ChecklistTemplate],
                       interview_forms: Iterable[ChecklistTemplate],
                       interview_skip: Iterable[str],
                       view_columns: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """`view_columns`: each view's column names, as the written database has them."""
    view_columns = view_columns or {}
    checklists, interview_forms = list(checklists), list(interview_forms)
    tables: dict[str, Any] = {}
    for spec in TABLES:
        columns = {c.name: column_text(c, lang) for c in spec.columns}
        if spec is KEY_FIGURES:
            columns |= key_figure_columns(checklists, lang)
        if spec.name == "interviews":
            columns |= interview_columns(interview_forms, interview_skip, lang)
        entry: dict[str, Any] = {"title": pick(spec.title, lang),
                                 "description": pick(spec.description, lang),
                                 "columns": columns}
        if spec.label_column:
            entry["label_column"] = spec.label_column
        tables[spec.name] = entry
    known: dict[str, str] = {}
    for entry in tables.values():
        for name, label in entry["columns"].items():
            known.setdefault(name, label)
    for view in VIEWS:
        # A view's columns are its tables' columns, or the summary's figures named as there.
        columns = {name: known.get(name) or pick(VIEW_COLUMNS[name], lang)
                   for name in view_columns.get(view.name, ())
                   if name in known or name in VIEW_COLUMNS}
        tables[view.name] = {"title": pick(view.title, lang),
                             "description": pick(view.description, lang), "columns": columns}
    return {"title": pick(WORDS["title"], lang), "description": pick(WORDS["description"], lang),
            "databases": {database: {
                "title": pick(WORDS["title"], lang), "tables": tables,
                "queries": {"elderly_homes_nurses_below_60_pct": {
                    "title": pick(WORDS["nurses"], lang), "sql": NURSES_BELOW_60}}}}}

