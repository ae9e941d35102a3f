"""A finding's evidence in words a reader of a table can follow: the question and its answer,
the photo's caption or file name, the interview's number in the visit (never the interviewee's
name). The spreadsheet export and the analyst's database say it the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .answer import Answer
from .checklist import ChecklistTemplate
from .finding import Evidence
from .photo import Photo
from .text import pick

EVIDENCE_WORDS = {
    "answer": {"ru": "ответ", "kk": "жауап", "en": "answer"},
    "photo": {"ru": "фото", "kk": "фото", "en": "photo"},
    "interview": {"ru": "интервью", "kk": "сұхбат", "en": "interview"},
}


def evidence_describer(form: ChecklistTemplate, answers: Iterable[Answer],
                       applicable: Mapping[str, object], photos: Iterable[Photo],
                       interviews: Mapping[str, int], lang: str) -> Callable[[Evidence], str]:
    """`interviews`: interview id -> its number in the visit (domain/ordering.py)."""
    by_id = {a.id: a for a in answers if a.question_id in applicable}
    pictures = {p.id: p for p in photos}

    def describe(link: Evidence) -> str:
        word = pick(EVIDENCE_WORDS.get(link.kind), lang) or link.kind
        if link.kind == "answer" and link.id in by_id:
            answer = by_id[link.id]
            question = form.question(answer.question_id)
            if question is None:
                return ""
            return (f"{word} {form.number(question.id)}: {pick(question.text, lang)} — "
                    f"{question.display(answer.value, lang)}")
        if link.kind == "photo" and link.id in pictures:
            photo = pictures[link.id]
            return f"{word}: {photo.caption or photo.original_name or photo.sha256[:12]}"
        if link.kind == "interview" and link.id in interviews:
            return f"{word} {interviews[link.id]}"
        return ""

    return describe
