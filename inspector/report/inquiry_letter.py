"""The text of a deputy inquiry, drafted from the findings it rests on.

The form follows the inquiries the Mazhilis sends (shared/domain/deputy-inquiry-2020.txt): the
addressee block, «ДЕПУТАТСКИЙ ЗАПРОС», the salutation, an opening on the visits made, one
paragraph per theme with the figures behind each finding, the numbered requests, the closing
sentence, «С уважением,», signatures grouped by faction and the executor line. The Word and PDF
writers lay out this one text, so the two documents never say different things.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..domain.finding import THEMES, Finding
from ..domain.inquiry import Inquiry, parse_day, signature_groups
from ..domain.kinds import KIND_NAMES
from ..domain.regions import region_name
from ..domain.text import pick
from .key_figures import key_figures
from .model import VisitData

_TEXTS = {
    "heading": {"ru": "ДЕПУТАТСКИЙ ЗАПРОС", "kk": "ДЕПУТАТТЫҚ САУАЛ"},
    "announced": {"ru": "Оглашён {day}", "kk": "{day} жарияланды"},
    "opening": {
        "ru": "В период {period} депутаты Мажилиса посетили {count} {institutions} "
              "({kinds}) в следующих регионах: {regions}. Ниже изложено то, что мы увидели и "
              "записали в ходе этих посещений.",
        "kk": "{period} аралығында Мәжіліс депутаттары {regions} өңірлеріндегі {count} мекемеге "
              "({kinds}) барды. Төменде осы сапарларда көргеніміз бен тіркегеніміз баяндалады.",
    },
    "period_one": {"ru": "{day}", "kk": "{day}"},
    "period_many": {"ru": "с {first} по {last}", "kk": "{first} – {last}"},
    "red_lines": {
        "ru": "Требуют неотложного внимания",
        "kk": "Кезек күттірмейтін мәселелер",
    },
    "requests": {
        "ru": "В связи с изложенным просим:",
        "kk": "Жоғарыда баяндалғанға байланысты сұраймыз:",
    },
    "closing": {
        "ru": "На основании вышеизложенного, ответ просим дать письменно в установленный "
              "законодательством срок.",
        "kk": "Жоғарыда айтылғандардың негізінде жауапты заңнамада белгіленген мерзімде жазбаша "
              "түрде беруді сұраймыз.",
    },
    "regards": {"ru": "С уважением,", "kk": "Құрметпен,"},
    "faction": {"ru": "депутаты фракции «{faction}»", "kk": "«{faction}» фракциясының депутаттары"},
    "no_faction": {"ru": "депутаты Мажилиса", "kk": "Мәжіліс депутаттары"},
    "executor": {"ru": "Исп.: {name}", "kk": "Орынд.: {name}"},
    "phone": {"ru": "Тел.: {phone}", "kk": "Тел.: {phone}"},
    "annex": {
        "ru": "Приложение: сводный отчёт о посещениях ({count} {institutions}).",
        "kk": "Қосымша: сапарлар туралы жиынтық есеп ({count} мекеме).",
    },
}

# Russian nouns agree with the number before them: 1 учреждение, 3 учреждения, 5 учреждений.
_INSTITUTIONS_RU = ("учреждение", "учреждения", "учреждений")


def _t(key: str, lang: str, **params: object) -> str:
    return _TEXTS[key][lang].format(**params)


def plural_ru(n: int, forms: tuple[str, str, str]) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def day_text(iso: str) -> str:
    day = parse_day(iso)
    return day.strftime("%d.%m.%Y") if day else iso


@dataclass(frozen=True)
class ChosenFinding:
    """A finding the inquiry rests on, with the visit it was made on."""

    finding: Finding
    visit: VisitData


@dataclass
class Letter:
    language: str
    announced: str  # «Оглашён 09.09.2020», empty for a draft not yet announced
    addressee: list[str]  # position lines, then the name
    heading: str
    salutation: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    requests_intro: str = ""
    requests: list[str] = field(default_factory=list)
    closing: str = ""
    regards: str = ""
    signatures: list[tuple[str, list[str]]] = field(default_factory=list)
    executor: list[str] = field(default_factory=list)
    annex: str = ""

    def text(self) -> str:
        """The whole letter as plain text (what a reader and a test see, line by line)."""
        lines = [self.announced, *self.addressee, self.heading, self.salutation, self.title,
                 *self.paragraphs, self.requests_intro,
                 *(f"{n}. {r}" for n, r in enumerate(self.requests, 1)), self.closing,
                 self.regards]
        for group, names in self.signatures:
            lines += [group, *names]
        lines += [self.annex, *self.executor]
        return "\n".join(line for line in lines if line)


def draft_letter(inquiry: Inquiry, chosen: list[ChosenFinding]) -> Letter:
    """The inquiry's text in its language, from the findings it rests on."""
    lang = inquiry.language if inquiry.language in ("ru", "kk") else "ru"
    visits = _visits_of(chosen)
    letter = Letter(
        language=lang,
        announced=_t("announced", lang, day=day_text(inquiry.announced_on))
        if inquiry.announced_on else "",
        addressee=[line for line in (*inquiry.addressee_position.splitlines(),
                                     inquiry.addressee_name) if line.strip()],
        heading=_t("heading", lang),
        salutation=inquiry.salutation,
        title=inquiry.title,
    )
    if visits:
        letter.paragraphs.append(_opening(visits, lang))
    letter.paragraphs += _theme_paragraphs(chosen, lang)
    urgent = _red_line_paragraph(visits, lang)
    if urgent:
        letter.paragraphs.append(urgent)
    letter.requests = [_sentence(r) for r in inquiry.requests if r.strip()] \
        or [_sentence(r) for r in _recommendations(chosen)]
    if letter.requests:
        letter.requests_intro = _t("requests", lang)
    letter.closing = _t("closing", lang)
    letter.regards = _t("regards", lang)
    letter.signatures = [(_t("faction", lang, faction=f) if f else _t("no_faction", lang), names)
                         for f, names in signature_groups(inquiry.signatories)]
    if inquiry.executor:
        letter.executor.append(_t("executor", lang, name=inquiry.executor))
    if inquiry.executor_phone:
        letter.executor.append(_t("phone", lang, phone=inquiry.executor_phone))
    if visits:
        letter.annex = _t("annex", lang, count=len(visits),
                          institutions=plural_ru(len(visits), _INSTITUTIONS_RU))
    return letter


def _visits_of(chosen: list[ChosenFinding]) -> list[VisitData]:
    seen: dict[str, VisitData] = {}
    for c in chosen:
        seen.setdefault(c.visit.visit.id, c.visit)
    return sorted(seen.values(), key=lambda v: (v.visit.started_on, v.facility.name, v.visit.id))


def _opening(visits: list[VisitData], lang: str) -> str:
    days = sorted(d for v in visits for d in (v.visit.started_on, v.visit.last_day))
    first, last = day_text(days[0]), day_text(days[-1])
    period = (_t("period_one", lang, day=first) if first == last
              else _t("period_many", lang, first=first, last=last))
    kinds = Counter(v.facility.kind for v in visits)
    kind_text = ", ".join(f"{pick(KIND_NAMES.get(k), lang) or k} — {n}"
                          for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    regions = ", ".join(dict.fromkeys(region_name(v.facility.region, lang)
                                      for v in visits if v.facility.region)) or "—"
    return _t("opening", lang, period=period, count=len(visits),
              institutions=plural_ru(len(visits), _INSTITUTIONS_RU), kinds=kind_text,
              regions=regions)


def _theme_paragraphs(chosen: list[ChosenFinding], lang: str) -> list[str]:
    """One paragraph per theme (in the themes' order), each finding with its place and figures."""
    by_theme: dict[str, list[ChosenFinding]] = {}
    for c in chosen:
        by_theme.setdefault(c.finding.theme if c.finding.theme in THEMES else "other",
                            []).append(c)
    paragraphs = []
    for theme in THEMES:
        items = by_theme.get(theme)
        if not items:
            continue
        sentences = [_finding_sentence(c, lang) for c in items]
        paragraphs.append(f"{pick(THEMES[theme], lang)}. " + " ".join(sentences))
    return paragraphs


def _finding_sentence(c: ChosenFinding, lang: str) -> str:
    visit = c.visit
    place = f"{visit.facility.name} ({_place(visit, lang)}, {day_text(visit.visit.started_on)})"
    text = c.finding.text.strip().rstrip(".")
    figures = _figures(c, lang)
    sentence = f"{place}: {text}"
    if figures:
        sentence += " (" + "; ".join(figures) + ")"
    return sentence + "."


def _place(visit: VisitData, lang: str) -> str:
    return region_name(visit.facility.region, lang) or "—"


def _figures(c: ChosenFinding, lang: str) -> list[str]:
    """The answers the finding cites, worded as the visit report words them (value, and its
    comparison with the norm where the template has one)."""
    visit = c.visit
    by_answer_id = {a.id: a for a in visit.answers.values()}
    figures_by_question = {f.question_id: f for f in _key_figures(visit, lang)}
    found = []
    for link in c.finding.evidence_links():
        answer = by_answer_id.get(link.id) if link.kind == "answer" else None
        if answer is None or not visit.applies(answer.question_id):
            continue
        figure = figures_by_question.get(answer.question_id)
        if figure is not None and figure.value:
            found.append(f"{figure.label}: {figure.value}"
                         + (f" — {figure.comparison}" if figure.comparison else ""))
            continue
        question = visit.template.question(answer.question_id)
        if question is not None and visit.is_answered(answer.question_id):
            found.append(f"{pick(question.text, lang)}: "
                         f"{question.display(visit.value(answer.question_id), lang)}")
    return found


@dataclass(frozen=True)
class _Figure:
    question_id: str
    label: str
    value: str
    comparison: str


def _key_figures(visit: VisitData, lang: str) -> list[_Figure]:
    evaluated = visit.evaluation.key_figures()
    worded = key_figures(visit, lang, references=False)
    return [_Figure(e.question.id, w.label, w.value, w.comparison)
            for e, w in zip(evaluated, worded, strict=True)]


def _red_line_paragraph(visits: list[VisitData], lang: str) -> str:
    """Red-line answers of the visits, whatever findings were chosen: the gravest facts lead."""
    lines = []
    for visit in visits:
        for question in visit.evaluation.red_lines():
            lines.append(f"{visit.facility.name}: {pick(question.text, lang)} — "
                         f"{question.display(visit.value(question.id), lang)}")
    if not lines:
        return ""
    return f"{_t('red_lines', lang)}: " + "; ".join(lines) + "."


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".;!?" else text + "."


def recommendations_of(findings: list[Finding]) -> list[str]:
    """The findings' recommendations, each once: what an inquiry asks unless told otherwise."""
    return list(dict.fromkeys(f.recommendation.strip() for f in findings
                              if f.recommendation.strip()))


def _recommendations(chosen: list[ChosenFinding]) -> list[str]:
    """The findings' recommendations as requests, when the inquiry lists none of its own."""
    return recommendations_of([c.finding for c in chosen])
