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

from ..domain.finding import SEVERITY_NAMES
from ..domain.kinds import INSTITUTION_KINDS
from .key_figures import FILLED_POSTS, REGIONAL_WAGE, TOTAL_POSTS, VACANCIES, number
from .model import VisitData
from .texts import STAFF_CATEGORIES

PPE_SHORT_DAYS = 14  # used when a template gives ppe_stock_days no problem rule of its own


@dataclass(frozen=True)
class WageRow:
    kind: str
    category: str
    institutions: int
    average: float | None
    minimum: float | None
    regional: float | None
    pct_regional: float | None  # mean over institutions of their average / their region's


@dataclass(frozen=True)
class KindRow:
    kind: str
    institutions: int
    posts: int
    vacancies: int
    no_package: tuple[int, int]  # (institutions without, institutions that answered)
    ppe_short: tuple[int, int]
    waiting_minutes: float | None

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


def kinds_present(visits: Iterable[VisitData]) -> list[str]:
    seen = {v.facility.kind for v in visits}
    return [k for k in INSTITUTION_KINDS if k in seen] + sorted(seen - set(INSTITUTION_KINDS))


def wage_rows(visits: list[VisitData]) -> list[WageRow]:
    rows = []
    by_kind: dict[str, list[VisitData]] = defaultdict(list)
    for v in visits:
        by_kind[v.facility.kind].append(v)
    categories = list(STAFF_CATEGORIES) + sorted(
        {q.id[len("wage_avg_"):] for v in visits for q in v.template.questions()
         if q.id.startswith("wage_avg_")} - set(STAFF_CATEGORIES))
    for kind in kinds_present(visits):
        for category in categories:
            averages, minimums, regionals, shares = [], [], [], []
            for v in by_kind[kind]:
                avg = number(v.value(f"wage_avg_{category}"))
                low = number(v.value(f"wage_min_{category}"))
                regional = number(v.value(REGIONAL_WAGE))
                if low is not None:
                    minimums.append(low)
                if avg is None:
                    continue
                averages.append(avg)
                if regional:
                    regionals.append(regional)
                    shares.append(100 * avg / regional)
            if not averages and not minimums:
                continue
            rows.append(WageRow(kind, category, max(len(averages), len(minimums)),
                                mean(averages) if averages else None,
                                min(minimums) if minimums else None,
                                mean(regionals) if regionals else None,
                                mean(shares) if shares else None))
    return rows


def kind_rows(visits: list[VisitData]) -> list[KindRow]:
    rows = []
    for kind in kinds_present(visits):
        chosen = [v for v in visits if v.facility.kind == kind]
        posts = vacancies = 0
        package, ppe, waiting = [0, 0], [0, 0], []
        for v in chosen:
            total = number(v.value(TOTAL_POSTS))
            if total:
                vacant = number(v.value(VACANCIES))
                if vacant is None and number(v.value(FILLED_POSTS)) is not None:
                    vacant = total - number(v.value(FILLED_POSTS))
                if vacant is not None:
                    posts += int(total)
                    vacancies += int(vacant)
            social = v.value("social_package")
            if social not in (None, "", []):
                package[1] += 1
                chosen_options = social if isinstance(social, list) else [social]
                package[0] += any(o in ("none", "no") for o in chosen_options)
            short = ppe_short(v)
            if short is not None:
                ppe[1] += 1
                ppe[0] += short
            minutes = number(v.value("waiting_time_minutes"))
            if minutes is not None:
                waiting.append(minutes)
        rows.append(KindRow(kind, len(chosen), posts, vacancies, tuple(package), tuple(ppe),
                            mean(waiting) if waiting else None))
    return rows


def ppe_short(v: VisitData) -> bool | None:
    """Whether the institution is short of PPE; None when neither question was answered."""
    available = v.value("ppe_available")
    stock = v.template.question("ppe_stock_days")
    days = number(v.value("ppe_stock_days"))
    if available in (None, "") and days is None:
        return None
    if available == "no":
        return True
    if days is None or stock is None:
        return False
    return v.is_problem(stock) if stock.problem_if is not None else days < PPE_SHORT_DAYS


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
            if v not in group.places:
                group.places.append(v)
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
