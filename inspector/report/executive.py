"""What a minister's aide reads on page 1, and the conclusion the deputies sign.

The executive summary is five to ten lines: the red lines, the gravest findings with whom they
are addressed to, the key figures that miss their norm, and the totals. The conclusion says the
same in sentences — what was found, what is urgent, whom the recommendations go to — instead of
a count of questions answered.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.addressees import addressee_in
from ..domain.evaluation import KeyFigure
from ..domain.finding import SEVERITY_NAMES, Finding
from ..domain.kinds import KIND_NAMES
from ..domain.text import day, pick
from .model import VisitData
from .styles import ACCENT, styles, text
from .texts import percent, t
from .urgent import urgent_matters

MAX_LINES = 10
MAIN_FINDINGS = 3
MAIN_FIGURES = 2
_RANK = {s: i for i, s in enumerate(SEVERITY_NAMES)}


@dataclass(frozen=True)
class SummaryLine:
    text: str
    urgent: bool = False


def ranked_findings(data: VisitData) -> list[tuple[int, Finding]]:
    """(number in the report, finding), gravest first; ties keep the report's order."""
    numbered = list(enumerate(data.findings, 1))
    return sorted(numbered, key=lambda p: (_RANK.get(p[1].severity, len(_RANK)), p[0]))


def missed_norms(data: VisitData) -> list[KeyFigure]:
    """Key figures compared with a norm they do not meet (red lines first)."""
    verdict = data.evaluation
    missed = [f for f in verdict.key_figures()
              if f.comparison is not None and not f.comparison.met and f.value is not None]
    return sorted(missed, key=lambda f: not verdict.is_red_line(f.question))


def figure_against_norm(figure: KeyFigure, lang: str) -> str:
    """«Заполненность: 111 % (норма: не более проектной мощности (100 %))»."""
    assert figure.comparison is not None
    norm = figure.comparison.norm
    return f"{_figure_alone(figure, lang)} ({t('norm_is', lang, norm=pick(norm.text, lang))})"


def norms_missed_by(figures: list[KeyFigure], lang: str) -> list[str]:
    """One clause per norm, its figures together: «… социальных работников — 124 000 тг, 36 %
    от средней по региону, … врачей — 209 000 тг, 61 % … (норма: не ниже средней …)»."""
    by_norm: dict[tuple[str, str], list[KeyFigure]] = {}
    for figure in figures:
        assert figure.comparison is not None
        norm = figure.comparison.norm  # one norm written for several questions shares its text
        by_norm.setdefault((pick(norm.text, "en"), norm.source.get("en", "")), []).append(figure)
    clauses = []
    for group in by_norm.values():
        norm = group[0].comparison.norm  # type: ignore[union-attr]
        parts = [_figure_alone(f, lang) for f in group]
        clauses.append(f"{', '.join(parts)} ({t('norm_is', lang, norm=pick(norm.text, lang))})")
    return clauses


def _figure_alone(figure: KeyFigure, lang: str) -> str:
    comparison = figure.comparison
    assert comparison is not None
    said = f"{pick(figure.question.text, lang)} — {figure.question.display(figure.value, lang)}"
    if comparison.norm.of is not None:
        measure = pick(comparison.norm.measure, lang) if comparison.norm.measure else "{pct} %"
        said += ", " + measure.format(pct=percent(comparison.figure, lang))
    return said


def addressed(finding: Finding, lang: str, *, labelled: bool = False) -> str:
    """«Акимат области, срок — 01.03.2027», or what is missing said as missing; `labelled`:
    «Адресат: …» (or «Адресат не указан, …»)."""
    who = _short(addressee_in(finding.addressee, lang), 120)
    if not who:
        who = t("no_addressee", lang)
        who = who[:1].upper() + who[1:] if labelled else who
    elif labelled:
        who = f"{t('addressee', lang)}: {who}"
    due = t("due", lang, date=day(finding.due_date)) if finding.due_date else t("no_due", lang)
    return f"{who}, {due}"


def summary_lines(data: VisitData, lang: str) -> list[SummaryLine]:
    """At most MAX_LINES lines; whatever does not fit is counted in a last line."""
    lines: list[SummaryLine] = []
    urgent = urgent_matters(data, lang)
    if urgent:
        # Each is in full in the box just above: here, what they are about, briefly.
        lines.append(SummaryLine(t("exec_urgent", lang, n=len(urgent), items="; ".join(
            _short(m.question, 60) for m in urgent[:4])) + (
            " " + t("exec_more_urgent", lang, n=len(urgent) - 4) if len(urgent) > 4 else ""),
            urgent=True))
    else:
        lines.append(SummaryLine(t("exec_no_urgent", lang)))
    ranked = ranked_findings(data)
    for number, finding in ranked[:MAIN_FINDINGS]:
        severity = pick(SEVERITY_NAMES.get(finding.severity), lang).lower()
        said = t("exec_finding", lang, n=number, severity=severity, text=_short(finding.text))
        if finding.recommendation.strip():
            said += f" {addressed(finding, lang, labelled=True)}."
        lines.append(SummaryLine(said, urgent=finding.severity == "critical"))
    verdict = data.evaluation
    # A red-line figure is in the first line already.
    missed = [f for f in missed_norms(data) if not verdict.is_red_line(f.question)]
    for figure in missed[:MAIN_FIGURES]:
        lines.append(SummaryLine(_short(figure_against_norm(figure, lang), 240)))
    _, _, problems = data.counts()
    recommendations = sum(bool(f.recommendation.strip()) for f in data.findings)
    lines.append(SummaryLine(t("exec_totals", lang, p=problems, f=len(data.findings),
                               r=recommendations)))
    left = max(0, len(ranked) - MAIN_FINDINGS) + max(0, len(missed) - MAIN_FIGURES)
    if left:
        lines.insert(-1, SummaryLine(t("exec_more", lang, n=left)))
    return lines[:MAX_LINES]


def _short(said: str, limit: int = 180) -> str:
    said = " ".join(said.split())
    if len(said) <= limit:
        return said
    cut = said[:limit].rsplit(" ", 1)[0]  # never in the middle of a word
    return cut.rstrip(",;:") + "…"


def executive_flowables(data: VisitData, lang: str, width: float) -> list[Flowable]:
    """The framed summary for page 1."""
    s = styles()
    rows = [[Paragraph(f"<b>{text(t('exec_title', lang))}</b>", s.cell_bold)]]
    for line in summary_lines(data, lang):
        style = s.cell_problem if line.urgent else s.cell
        rows.append([Paragraph(text(line.text), style, bulletText="•")])
    box = Table(rows, colWidths=[width], hAlign="LEFT", splitInRow=1)
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, ACCENT),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [Spacer(1, 8), box]


def conclusion_paragraphs(data: VisitData, lang: str) -> list[str]:
    """The conclusion in sentences: the visit, the urgent matters, the figures that miss their
    norm, the findings and whom their recommendations go to, and what is still unanswered."""
    visit, facility = data.visit, data.facility
    kind = pick(KIND_NAMES.get(facility.kind), lang) or facility.kind
    said = [t("concl_visit", lang, mode=t("mode_announced" if visit.announced
                                          else "mode_unannounced", lang),
              name=facility.name, kind=kind.lower() if lang != "en" else kind,
              date=day(visit.started_on), deputies=", ".join(visit.deputies) or "—")]
    urgent = urgent_matters(data, lang)
    if urgent:
        said.append(t("concl_urgent", lang, n=len(urgent),
                      items="; ".join(m.line() for m in urgent)))
    else:
        said.append(t("concl_no_urgent", lang))
    verdict = data.evaluation
    missed = [f for f in missed_norms(data) if not verdict.is_red_line(f.question)]
    if missed:
        said.append(t("concl_norms", lang, items="; ".join(norms_missed_by(missed, lang))))
    elif any(f.comparison is not None for f in data.evaluation.key_figures()):
        said.append(t("concl_norms_met", lang))
    if data.findings:
        by_severity = Counter(f.severity for f in data.findings)
        counts = ", ".join(f"{pick(SEVERITY_NAMES[s], lang).lower()} — {by_severity[s]}"
                           for s in SEVERITY_NAMES if by_severity[s])
        said.append(t("concl_findings", lang, n=len(data.findings), counts=counts))
        to = Counter(addressee_in(f.addressee.strip(), lang) for f in data.findings
                     if f.recommendation.strip() and f.addressee.strip())
        if to:
            said.append(t("concl_addressees", lang, items="; ".join(
                f"{who} ({n})" for who, n in sorted(to.items(), key=lambda p: (-p[1], p[0])))))
        undated = [n for n, f in enumerate(data.findings, 1)
                   if f.recommendation.strip() and not f.due_date]
        if undated:
            said.append(t("concl_undated", lang, items=", ".join(map(str, undated))))
    else:
        said.append(t("concl_no_findings", lang))
    applies, answered, _ = data.counts()
    if answered < applies:
        said.append(t("concl_unanswered", lang, n=applies - answered))
    if not visit.is_completed:
        said.append(t("concl_draft", lang))
    return said
