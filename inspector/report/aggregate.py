"""Figures across visits: wages against the regional average, vacancies, social package, PPE.

Each figure is computed only over the visits where the question was answered, and says over how
many: a share "of those who answered" is honest, a share of all visits would hide blanks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import mean

from ..domain import figures
from ..domain.evaluation import TOTAL_POSTS, VACANCIES
from ..domain.figures import PPE_SHORT_DAYS, STAFF_CATEGORIES
from ..domain.finding import SEVERITY_NAMES
from ..domain.kinds import INSTITUTION_KINDS
from ..domain.regional_wages import REGIONAL_WAGE
from ..domain.text import pick
from .key_figures import number
from .model import VisitData
from .texts import t


@dataclass(frozen=True)
class WageRow:
    """One staff category in one kind of institution, over the institutions that gave its
    average wage; the percentage is computed from the row's own printed averages."""

    kind: str
    category: str
    institutions: int
    average: float | None
    minimum: float | None
    regional: float | None
    pct_regional: float | None
    regional_answered: int = 0  # of `institutions`, how many gave the regional average
    regions: int = 0  # distinct regions among those: more than one means the average is mixed

    @property
    def mixed_regions(self) -> bool:
        return self.regions > 1


@dataclass(frozen=True)
class KindRow:
    kind: str
    institutions: int  # visits of this kind in the selection; each figure has its own count
    posts: int
    vacancies: int
    no_package: tuple[int, int]  # (institutions without, institutions that answered)
    ppe_short: tuple[int, int]
    waiting_minutes: float | None
    staffing_answered: int = 0  # institutions whose posts and vacancies are counted
    waiting_answered: int = 0
    # The figures' questions that this kind's checklists ask (KIND_FIGURES): a figure whose
    # question no checklist of the kind has is «not applicable», not «n/a» (no answer).
    asked: frozenset[str] = frozenset()

    @property
    def vacancy_rate(self) -> float | None:
        return 100 * self.vacancies / self.posts if self.posts else None


@dataclass
class FindingGroup:
    """One finding as seen at one or more institutions."""

    text: str
    theme: str
    severity: str
    places: list[VisitData] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)


def latest_per_institution(visits: list[VisitData]) -> list[VisitData]:
    """Each institution once, by its latest visit in the selection (the visits' order kept):
    an institution visited twice is one institution in a count, not two, and its posts and
    wages are those it has now, not the sum of two visits."""
    latest: dict[str, VisitData] = {}
    for v in visits:
        seen = latest.get(v.facility.id)
        if seen is None or _later(v, seen):
            latest[v.facility.id] = v
    chosen = {id(v) for v in latest.values()}
    return [v for v in visits if id(v) in chosen]


def _later(one: VisitData, other: VisitData) -> bool:
    """Whether `one` tells more of the institution now: a completed visit before a draft (an
    empty draft would blank a home's figures), then the later dates, then the later record."""
    def key(v: VisitData) -> tuple[bool, str, str, str, str, str]:
        return (v.visit.is_completed, v.visit.started_on, v.visit.last_day,
                v.visit.completed_at, v.visit.created_at, v.visit.id)
    return key(one) > key(other)


def kinds_present(visits: Iterable[VisitData]) -> list[str]:
    seen = {v.facility.kind for v in visits}
    return [k for k in INSTITUTION_KINDS if k in seen] + sorted(seen - set(INSTITUTION_KINDS))


def wage_categories(visits: list[VisitData]) -> list[str]:
    return list(STAFF_CATEGORIES) + sorted(
        {q.id[len("wage_avg_"):] for v in visits for q in v.template.questions()
         if q.id.startswith("wage_avg_")} - set(STAFF_CATEGORIES))


def wage_rows(visits: list[VisitData], *, by_kind: bool = True) -> list[WageRow]:
    """Without `by_kind`, one row per category over every kind (kind is "")."""
    groups: dict[str, list[VisitData]] = defaultdict(list)
    for v in visits:
        groups[v.facility.kind if by_kind else ""].append(v)
    order = kinds_present(visits) if by_kind else [""]
    rows = []
    for kind in order:
        for category in wage_categories(visits):
            row = _wage_row(kind, category, groups[kind])
            if row is not None:
                rows.append(row)
    return rows


def _wage_row(kind: str, category: str, visits: list[VisitData]) -> WageRow | None:
    averages, minimums, regionals, regions = [], [], [], set()
    for v in visits:
        low = number(v.value(f"wage_min_{category}"))
        if low is not None:
            minimums.append(low)
        avg = number(v.value(f"wage_avg_{category}"))
        if avg is None:
            continue
        averages.append(avg)
        regional = number(v.evaluation.figure(REGIONAL_WAGE)[0])  # typed in, or published
        if regional:
            regionals.append(regional)
            regions.add(v.facility.region)
    if not averages and not minimums:
        return None
    average = round(mean(averages)) if averages else None
    regional = round(mean(regionals)) if regionals else None
    # From the numbers as printed, so a reader's own division gives the same percentage.
    pct = 100 * average / regional if average is not None and regional else None
    return WageRow(kind, category, len(averages) or len(minimums), average,
                   min(minimums) if minimums else None, regional, pct,
                   len(regionals), len(regions))


# The question behind each column of the kind table.
KIND_FIGURES = (TOTAL_POSTS, "social_package", "ppe_available", "waiting_time_minutes")


def kind_rows(visits: list[VisitData]) -> list[KindRow]:
    rows = []
    for kind in kinds_present(visits):
        chosen = [v for v in visits if v.facility.kind == kind]
        asked = frozenset(q for q in KIND_FIGURES
                          if any(v.template.question(q) is not None for v in chosen))
        posts = vacancies = staffed = 0
        package, ppe, waiting = [0, 0], [0, 0], []
        for v in chosen:
            total = number(v.value(TOTAL_POSTS))
            vacant = number(v.evaluation.figure(VACANCIES)[0])
            if total and vacant is not None:
                posts += int(total)
                vacancies += int(vacant)
                staffed += 1
            without = figures.no_social_package(v.value("social_package"))
            if without is not None:
                package[1] += 1
                package[0] += without
            short = ppe_short(v)
            if short is not None:
                ppe[1] += 1
                ppe[0] += short
            minutes = number(v.value("waiting_time_minutes"))
            if minutes is not None:
                waiting.append(minutes)
        rows.append(KindRow(kind, len(chosen), posts, vacancies, (package[0], package[1]),
                            (ppe[0], ppe[1]),
                            mean(waiting) if waiting else None, staffed, len(waiting),
                            asked))
    return rows


def ppe_short(v: VisitData) -> bool | None:
    return figures.ppe_short(v.evaluation)


def ppe_norm_days(visits: list[VisitData]) -> float:
    """The stock the summary's footnote names: the first template norm found, else 14 days."""
    for v in visits:
        stock = v.template.question("ppe_stock_days")
        if stock is not None:
            comparison = v.evaluation.comparison(stock)
            if comparison is not None and comparison.norm.at_least is not None:
                return comparison.norm.at_least
    return PPE_SHORT_DAYS


_SEVERITY_ORDER = list(SEVERITY_NAMES)


def finding_groups(visits: list[VisitData]) -> dict[str, list[FindingGroup]]:
    """Theme -> findings, the same wording at several institutions counted as one finding."""
    groups: dict[tuple[str, str], FindingGroup] = {}
    for v in visits:
        for finding in v.findings:
            key = (finding.theme, _normal(finding.text))
            group = groups.get(key)
            if group is None:
                group = groups[key] = FindingGroup(finding.text.strip(), finding.theme,
                                                   finding.severity)
            elif _rank(finding.severity) < _rank(group.severity):
                group.severity = finding.severity
            earlier = next((p for p in group.places if p.facility.id == v.facility.id), None)
            if earlier is None:
                group.places.append(v)
            elif _later(v, earlier):
                # An institution is one place, seen at its latest visit that found it; the
                # places stay in the visits' order (oldest first).
                group.places = [p for p in group.places if p is not earlier] + [v]
            recommendation = finding.recommendation.strip()
            if recommendation and recommendation not in group.recommendations:
                group.recommendations.append(recommendation)
    by_theme: dict[str, list[FindingGroup]] = defaultdict(list)
    for group in groups.values():
        by_theme[group.theme].append(group)
    for items in by_theme.values():
        items.sort(key=lambda g: (_rank(g.severity), -len(g.places), g.text))
    counts = Counter({theme: sum(len(g.places) for g in items) for theme, items in by_theme.items()})
    return {theme: by_theme[theme] for theme, _ in counts.most_common()}


def _rank(severity: str) -> int:
    return _SEVERITY_ORDER.index(severity) if severity in _SEVERITY_ORDER else len(_SEVERITY_ORDER)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold().rstrip(".")


def regional_wage_periods(visits: list[VisitData], lang: str) -> tuple[str, list[str]]:
    """(the published figures' source, «II квартал 2026 г. (5), введено вручную (1)»): which
    regional averages the summary's wage rows compare with, over the visits that gave wages."""
    source = ""
    used: Counter[str] = Counter()
    for v in visits:
        if not any(q.id.startswith("wage_avg_") and v.is_answered(q.id)
                   for q in v.template.questions()):
            continue
        published = v.regional_wage
        if v.regional_wage_typed():
            used[t("wage_typed", lang)] += 1
        elif published is not None:
            source = pick(published.source, lang)
            used[pick(published.label, lang)] += 1
    return source, [f"{label} ({n})" for label, n in sorted(used.items())]


def no_data_counts(visits: Iterable[VisitData], lang: str) -> list[tuple[str, int]]:
    """(question text, visits that answered it «нет данных»), in the order first met: the
    summary says which figures its sums leave out because the institution did not give them."""
    counts: Counter[str] = Counter()
    for v in visits:
        for question in v.evaluation.unavailable_figures():
            counts[pick(question.text, lang)] += 1
    return list(counts.items())
