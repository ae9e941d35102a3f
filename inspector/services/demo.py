"""A realistic demo data set: what a deputy's team would have after a season of trips.

Used by `inspector demo`, the screenshots, the sample reports and the benchmarks. Deterministic for
a seed, so a sample report made today looks the same tomorrow.
"""

from __future__ import annotations

import math
import random
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.checklist import YES_NO_VALUES, ChecklistTemplate, Question, QuestionType
from ..domain.interview import CONSENT_NAMED, CONSENT_RECORD, INTERVIEWEE_NAME, Interview
from ..domain.kinds import INSTITUTION_KINDS
from ..domain.proposals import Proposal
from ..domain.regions import regions
from ..domain.templates import interview_template
from ..store.profile import Profile
from . import visits as visit_service
from .findings import save_finding
from .interviews import save_interview
from .photos import import_photos
from .proposals import accept_proposal, dismiss_proposal, proposals_of

DEPUTIES = ["М. Магеррамов", "Г. Баймаханова", "С. Имашева", "Н. Микаелян", "А. Конуров"]
AIDES = ["Д. Утегенов", "А. Сейтказина", "Е. Жумабаев"]
FACILITY_NAMES = {
    "psc": ["ЦОН {district} района", "Филиал НАО «Правительство для граждан» — ЦОН №{n}"],
    "elderly_home": ["Медико-социальное учреждение для престарелых «Шапағат» №{n}",
                     "Дом-интернат для престарелых и лиц с инвалидностью №{n}"],
    "baby_home": ["Дом ребёнка «Бөбек» №{n}", "Специализированный дом ребёнка №{n}"],
    "adaptation_center": ["Центр адаптации и социализации «Үміт» №{n}",
                          "Центр социальной адаптации лиц без определённого места жительства №{n}"],
}
# Districts of each region, as the stems of their adjectives: «Есильский район», «ЦОН Есильского
# района». A district drawn from one list for all regions put Almaty's districts in the east.
DISTRICTS = {
    "astana": ("Есильск", "Сарыаркинск", "Алматинск", "Байконурск", "Нуринск"),
    "almaty_city": ("Алмалинск", "Ауэзовск", "Бостандыкск", "Медеуск", "Турксибск"),
    "shymkent": ("Абайск", "Аль-Фарабийск", "Енбекшинск", "Каратауск"),
    "abai": ("Бескарагайск", "Жарминск", "Аягозск"),
    "akmola": ("Целиноградск", "Бурабайск", "Аршалынск"),
    "aktobe": ("Мартукск", "Хромтауск", "Алгинск"),
    "almaty": ("Илийск", "Талгарск", "Карасайск"),
    "atyrau": ("Жылыойск", "Индерск", "Махамбетск"),
    "east_kazakhstan": ("Глубоковск", "Уланск", "Шемонаихинск"),
    "zhambyl": ("Байзакск", "Жамбылск", "Кордайск"),
    "zhetisu": ("Каратальск", "Кербулакск", "Ескельдинск"),
    "west_kazakhstan": ("Бурлинск", "Теректинск", "Акжаикск"),
    "karaganda": ("Бухар-Жырауск", "Абайск", "Осакаровск"),
    "kostanay": ("Костанайск", "Денисовск", "Карабалыкск"),
    "kyzylorda": ("Сырдарьинск", "Жалагашск", "Кармакшинск"),
    "mangystau": ("Мунайлинск", "Тупкараганск", "Бейнеуск"),
    "pavlodar": ("Павлодарск", "Иртышск", "Аксуск"),
    "north_kazakhstan": ("Кызылжарск", "Есильск", "Айыртауск"),
    "turkestan": ("Сайрамск", "Толебийск", "Ордабасинск"),
    "ulytau": ("Улытауск", "Жанааркинск"),
}
# Monthly gross wages in KZT by staff category, roughly as reported around the 2020 inquiry.
WAGES = {"operator": 160_000, "administrator": 210_000, "social_worker": 120_000,
         "nurse": 140_000, "caregiver": 110_000, "doctor": 240_000, "teacher": 150_000,
         "psychologist": 150_000, "cleaner": 90_000}
# The staff an interviewer meets at each kind of institution, with the post as written down.
POSTS = {
    "psc": {"operator": "Оператор ЦОН", "administrator": "Администратор зала"},
    "elderly_home": {"social_worker": "Социальный работник по уходу",
                     "nurse": "Медицинская сестра", "caregiver": "Санитарка", "doctor": "Врач"},
    "baby_home": {"nurse": "Медицинская сестра", "caregiver": "Няня", "teacher": "Воспитатель",
                  "doctor": "Врач-педиатр"},
    "adaptation_center": {"social_worker": "Социальный работник", "psychologist": "Психолог",
                          "caregiver": "Младший работник по уходу"},
}
# Figures whose template sets no bounds, in the ranges such institutions report: (low, high,
# decimals). Minutes, days and people are whole; a floor area has one decimal.
FIGURE_RANGES: dict[str, tuple[float, float, int]] = {
    "capacity": (40, 200, 0), "visitors_per_day": (80, 600, 0), "windows_total": (6, 30, 0),
    "queue_people_at_visit": (0, 40, 0), "waiting_time_minutes": (4, 24, 0),
    "service_time_minutes": (5, 18, 0), "egov_terminals_working": (1, 6, 0),
    "ppe_stock_days": (16, 60, 0), "living_space_per_resident": (4.1, 8.5, 1),
    "residents_per_room_max": (2, 6, 0), "workload_hours_per_week": (38, 48, 0),
    "hours_per_week": (38, 50, 0), "tenure_years": (0.5, 30, 1),
    "average_stay_days": (14, 180, 0), "group_size_max": (6, 10, 0),
    "family_placement_last_year": (0, 15, 0), "returned_to_parents_last_year": (0, 8, 0),
    "admissions_last_year": (20, 300, 0), "documents_restored_last_year": (0, 60, 0),
    "employed_last_year": (0, 40, 0), "complaints_last_year": (0, 30, 0),
    "staff_turnover_year": (0, 15, 0), "staff_infected_last_outbreak": (0, 10, 0),
    "visitors_interviewed": (3, 12, 0), "residents_interviewed": (3, 10, 0),
}
# Cost of a day's food per person, in whole tenge, by kind of institution.
FOOD_COST = {"elderly_home": (1_900, 3_600), "baby_home": (2_400, 4_200),
             "adaptation_center": (1_500, 2_800)}
MEALS = {"elderly_home": (4, 5), "baby_home": (5, 6), "adaptation_center": (3, 4)}
# Residents per care worker on a day shift: most institutions near their norm, some over it.
PER_SHIFT = {"elderly_home": (6, 11), "baby_home": (3, 6), "adaptation_center": (6, 12)}
# Longest plausible tenure (years) for the interviewee's age band.
TENURE_BY_AGE = {"under_25": 6, "25_34": 14, "35_44": 24, "45_54": 34, "55_plus": 45}
TEXTS = {
    "medicines_shortage": ["Нет инсулина короткого действия.",
                           "Перебои с противосудорожными препаратами."],
    "restraint_details": ["Со слов персонала, беспокойных проживающих запирают в комнате на ночь.",
                          "Фиксируют к кровати при возбуждении; решение принимает дежурная смена."],
    "suggestions": ["Поднять оклады младшему персоналу.", "Дать статус госслужащего.",
                    "Оплачивать переработки и ночные смены."],
}
COMMENTS = ["Требуется ремонт.", "Замечаний нет.", "Со слов сотрудников.",
            "Жалобы на задержку выплат."]
# How often an answer is a problem the template names, and how often a red line: a season of
# real visits finds a few grave matters, not one in every institution.
PROBLEM_ODDS = 0.14
RED_LINE_ODDS = 0.025
# Captions of photos taken of a question, by the question's theme.
CAPTIONS = {"staffing": "График смен", "pay": "Расчётный листок (копия)",
            "status": "Трудовой договор (копия)", "infection": "Склад СИЗ",
            "premises": "Жилая комната", "care": "Пищеблок", "rights": "Журнал обращений",
            "service": "Зал ожидания", "other": "Общий вид"}
FINDINGS_PER_VISIT = 4


def generate_demo(profile: Profile, *, visits: int = 12, seed: int = 1, photos_per_visit: int = 2,
                  on_progress: Callable[[int, int], None] | None = None,
                  is_cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Create `visits` visits across all four kinds and many regions; returns their ids.

    From eight visits on, two of them are revisits that check the earlier recommendations.
    A cancel stops between two visits: each one made is complete."""
    rng = random.Random(seed)
    revisits = 2 if visits >= 8 else 0
    region_ids = list(regions())
    made: list[str] = []
    from .demo_inquiries import generate_demo_inquiries, generate_demo_revisits

    with tempfile.TemporaryDirectory() as scratch:
        for n in range(visits):
            if is_cancelled is not None and is_cancelled():
                return made
            if n == visits - revisits:
                # The revisits (fewer when no earlier visit is old enough to revisit: ordinary
                # visits make up the count).
                made += generate_demo_revisits(profile, rng, count=revisits,
                                               write_findings=_write_findings)
            if len(made) >= visits:
                break
            kind = INSTITUTION_KINDS[n % len(INSTITUTION_KINDS)]
            made.append(_demo_visit(profile, rng, kind, region_ids[n % len(region_ids)], n + 1,
                                    Path(scratch), photos_per_visit))
            if on_progress:
                on_progress(len(made), visits)
    generate_demo_inquiries(profile, rng)
    return made


def _demo_visit(profile: Profile, rng: random.Random, kind: str, region: str, n: int,
                scratch: Path, photos: int) -> str:
    stems = DISTRICTS.get(region, DISTRICTS["astana"])
    # One draw from eight, as when all regions shared one list of eight: every later draw, and
    # so every sample and seeded test, stays as it was.
    district = stems[rng.randrange(8) % len(stems)]
    # Each kind's names in turn (the n-th visit of a kind takes the next one), so every sample
    # set has both official and everyday names — «Бөбек», «Шапағат» — whatever the seed.
    patterns = FACILITY_NAMES[kind]
    name = patterns[(n - 1) // len(INSTITUTION_KINDS) % len(patterns)].format(
        district=f"{district}ого", n=rng.randint(1, 40))
    facility = visit_service.add_facility(
        profile, kind=kind, name=name, region=region, district=f"{district}ий район",
        address=f"ул. Абая, {rng.randint(1, 200)}")
    day = date(2026, 3, 1) + timedelta(days=rng.randint(0, 240))
    visit = visit_service.start_visit(
        profile, facility.id, day.isoformat(), deputies=rng.sample(DEPUTIES, 2),
        participants=rng.sample(AIDES, 1), announced=rng.random() < 0.5)
    template = visit_service.visit_template(visit)
    values = _answers(template, rng, with_red_line=n == 2)
    with profile.database.transaction():
        for question_id, value in values.items():
            comment = "Со слов руководства учреждения." if rng.random() < 0.08 else None
            visit_service.answer_question(profile, visit.id, question_id, value, comment=comment)
        _interviews(profile, visit.id, rng, kind, values)
    _write_up(profile, visit.id, rng, day, scratch, n, photos)
    if rng.random() < 0.6:
        visit_service.complete_visit(profile, visit.id)
    return visit.id


def _write_up(profile: Profile, visit_id: str, rng: random.Random, day: date, scratch: Path,
              n: int, photos: int) -> None:
    """The chosen proposals written up as findings, with photos of what they found."""
    chosen = _chosen_proposals(proposals_of(profile, visit_id), rng)
    shots = [_photo(scratch, rng, day, n, i) for i in range(photos)]
    imported = [r.photo for r in import_photos(profile, visit_id, shots) if r.photo]
    # A photo is taken of what the deputies found, linked to the question it shows; first of
    # what no interview confirms, so each finding has a second kind of source where it can.
    needing = sorted(chosen, key=lambda p: bool(p.interviews))
    for i, photo in enumerate(imported):
        if needing and i < 2 * len(needing):
            proposal = needing[i % len(needing)]
            photo.question_ids = [proposal.questions[0]]
            photo.caption = CAPTIONS.get(proposal.theme, CAPTIONS["other"])
        else:
            photo.caption = "Общий вид учреждения"
        if i % 5 == 4:  # a resident in the picture: where the face is, as a person marks it
            photo.set_face_boxes([[0.42, 0.18, 0.16, 0.22]])
        profile.records.save(photo)
    _findings(profile, visit_id, rng, day, [p.key for p in chosen])


def _write_findings(profile: Profile, visit_id: str, rng: random.Random, day: date) -> None:
    """A revisit's own findings and photos, from what it found (as on a first visit)."""
    with tempfile.TemporaryDirectory() as scratch:
        # No interviews on a revisit here: a photo for each finding is its second source.
        _write_up(profile, visit_id, rng, day, Path(scratch), 99, FINDINGS_PER_VISIT)


def _chosen_proposals(proposals: list[Proposal], rng: random.Random) -> list[Proposal]:
    """What a deputy would write up: every red line, then the gravest of the rest."""
    red = [p for p in proposals if p.red_line]
    rest = [p for p in proposals if not p.red_line]
    return red + rest[:max(0, FINDINGS_PER_VISIT - len(red))]


def _findings(profile: Profile, visit_id: str, rng: random.Random, day: date,
              keys: list[str]) -> None:
    """The chosen proposals accepted, each with a deadline; now and then one more dismissed.

    Made by the proposal mechanism, so no demo finding says what its figures do not."""
    for key in keys:
        finding = accept_proposal(profile, visit_id, key, "ru")
        finding.due_date = (day + timedelta(days=30 if finding.severity == "critical"
                                            else 90)).isoformat()
        save_finding(profile, finding)
    left = [p for p in proposals_of(profile, visit_id) if p.severity == "minor"]
    if left and rng.random() < 0.4:
        dismiss_proposal(profile, visit_id, rng.choice(left).key)


def _answers(template: ChecklistTemplate, rng: random.Random, *,
             with_red_line: bool = False) -> dict[str, Any]:
    """Plausible answers; `with_red_line`: one red-line answer for certain (the demo's second
    visit), so every demo set and every sample shows the urgent-matters box."""
    kind = template.kind
    values: dict[str, Any] = {}
    posts = rng.randint(20, 90)
    filled = posts if rng.random() < 0.3 else posts - rng.randint(1, max(1, posts // 6))
    known = {"staff_posts_total": posts, "staff_posts_filled": filled,
             "staff_vacancies": posts - filled, "regional_avg_wage": rng.choice(
                 [230_000, 260_000, 290_000, 340_000, 410_000])}
    for question in template.questions():
        # A few optional questions stay blank, as on real visits; required ones never do, so a
        # demo visit can always be completed.
        if not template.is_visible(question, values) or (
                not question.required and rng.random() < 0.04):
            continue
        if question.id in known:
            values[question.id] = known[question.id]
        elif question.id in FIGURE_RANGES or question.id in TEXTS:
            values[question.id] = _plausible(question, rng)
        elif question.id.startswith("wage_avg_"):
            base = WAGES.get(question.id.split("_", 2)[2], 130_000)
            values[question.id] = round(base * rng.uniform(0.85, 1.2), -3)
        elif question.id.startswith("wage_min_"):
            average = values.get("wage_avg_" + question.id.split("_", 2)[2], 130_000)
            values[question.id] = round(average * rng.uniform(0.7, 0.9), -3)
        elif question.id == "food_daily_cost":
            values[question.id] = round(rng.uniform(*FOOD_COST.get(kind, (1_500, 3_500))), -1)
        elif question.id == "meals_per_day":
            values[question.id] = rng.randint(*MEALS.get(kind, (3, 5)))
        else:
            force = with_red_line and question.red_line is not None and question.type in (
                QuestionType.YES_NO, QuestionType.SINGLE_CHOICE)
            values[question.id] = _rule_aware(question, rng, force_red=force)
            with_red_line = with_red_line and not force
    _keep_consistent(values, rng, kind)
    return {k: v for k, v in values.items()
            if v is not None and template.question(k) is not None}


def _values_of(rule: Any) -> set[Any]:
    return set([rule.equals] if rule.equals is not None else list(rule.one_of or ()))


def _odds(question: Question) -> tuple[float, float]:
    """(odds of a red-line answer, of a problem that is not a red line): an answer that is both
    (no heating) is as rare as a red line."""
    red, problem = question.red_line, question.problem_if
    lesser = problem is not None and (red is None or bool(_values_of(problem) - _values_of(red))
                                      or problem.above is not None and red.above is None)
    return (RED_LINE_ODDS if red else 0.0, PROBLEM_ODDS if lesser else 0.0)


def _rule_aware(question: Question, rng: random.Random, *, force_red: bool = False) -> Any:
    """An answer that is a red line or a problem only as often as on real visits."""
    red, problem = question.red_line, question.problem_if
    if red is None and problem is None:
        return example_value(question, rng)
    red_odds, problem_odds = _odds(question)
    draw = rng.random()
    wanted = red if draw < red_odds else problem if draw < red_odds + problem_odds else None
    if force_red:
        wanted = red
    t = question.type
    either = red or problem
    if t == QuestionType.COUNT and either is not None and either.above is not None:
        return rng.randint(1, 3) if wanted else 0
    if t in (QuestionType.YES_NO, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        ids = list(YES_NO_VALUES[:2]) if t == QuestionType.YES_NO else [o.id for o in
                                                                            question.options]
        bad = {v for rule in (red, problem) if rule is not None for v in _values_of(rule)}
        if wanted is not None:
            spared = _values_of(red) if wanted is problem and red is not None else set()
            pool = [v for v in ids if v not in spared and wanted.matches(
                v if t != QuestionType.MULTIPLE_CHOICE else [v])]
            value = rng.choice(pool)
            return [value] if t == QuestionType.MULTIPLE_CHOICE else value
        if t == QuestionType.MULTIPLE_CHOICE:
            items = [o.id for o in question.options if not o.exclusive and o.id not in bad]
            return rng.sample(items, rng.randint(1, min(3, len(items))))
        return rng.choice([v for v in ids if v not in bad])
    return example_value(question, rng)


def _plausible(question: Question, rng: random.Random) -> Any:
    if question.id in TEXTS:
        return rng.choice(TEXTS[question.id])
    low, high, decimals = FIGURE_RANGES[question.id]
    rule = question.problem_if
    if rule is not None and rng.random() < PROBLEM_ODDS:
        # Past the template's limit, by as much as a real visit finds.
        if rule.below is not None:
            low, high = rule.below * 0.6, rule.below * 0.95
        elif rule.above is not None:
            low, high = rule.above * 1.1, rule.above * 2.5
    if question.type == QuestionType.COUNT or decimals == 0:
        return rng.randint(int(round(low)), max(int(round(low)), int(high)))
    return round(rng.uniform(low, high), decimals)


def _keep_consistent(values: dict[str, Any], rng: random.Random, kind: str = "") -> None:
    """Figures that agree with each other as a real institution's do: no more people than
    places allow (now and then more, which is a red line), staff on a shift that the filled posts
    can cover, a workload that follows from the visitors or residents and the staff on shift,
    no tenure longer than the interviewee's age allows."""
    if "capacity" in values and "occupancy" in values:
        crowded = rng.random() < 2 * RED_LINE_ODDS
        values["occupancy"] = int(values["capacity"] * (rng.uniform(1.03, 1.15) if crowded
                                                        else rng.uniform(0.75, 1.0)))
    people = values.get("occupancy")
    if kind == "psc" and "windows_total" in values:
        windows = values["windows_total"]
        staffed = windows - rng.randint(0, windows // 4)
        values["windows_staffed"] = staffed
        values["staff_per_shift"] = staffed
        visitors = values.get("visitors_per_day", staffed * 25)
        values["visitors_per_shift"] = visitors  # one shift a day
        values["workload_clients_per_day"] = max(1, round(visitors / max(1, staffed)))
        _enough_posts(values, staffed * 1.4)
    elif isinstance(people, int) and kind in PER_SHIFT:
        day_shift = max(1, math.ceil(people / rng.uniform(*PER_SHIFT[kind])))
        night = max(1, round(day_shift * rng.uniform(0.4, 0.7)))
        values["staff_per_shift"], values["staff_per_shift_night"] = day_shift, night
        values["residents_per_shift"] = round(people / day_shift)
        values["workload_clients_per_day"] = values["residents_per_shift"]
        _enough_posts(values, (day_shift + night) * 2.2)
        for figure, share in (("residents_with_disabilities", 0.6), ("residents_bedridden", 0.25),
                              ("children_with_disabilities", 0.5), ("children_with_parents", 0.3),
                              ("residents_interviewed", 0.2), ("family_contact_count", 0.7)):
            if figure in values:
                values[figure] = min(int(values[figure]), int(people * share))
        if "deaths_last_year" in values and kind == "elderly_home":
            values["deaths_last_year"] = round(people * rng.uniform(0.02, 0.08))
    filled = values.get("staff_posts_filled")
    if isinstance(filled, int):
        for figure, share in (("staff_under_35", 0.5), ("staff_turnover_year", 0.3)):
            if isinstance(values.get(figure), int):
                values[figure] = min(values[figure], int(filled * share))


def _enough_posts(values: dict[str, Any], needed: float) -> None:
    """Filled posts that cover the shifts: the staffing table grows, the vacancies stay."""
    filled = values.get("staff_posts_filled")
    if not isinstance(filled, int) or filled >= needed:
        return
    vacant = values.get("staff_posts_total", filled) - filled
    values["staff_posts_filled"] = math.ceil(needed)
    values["staff_posts_total"] = values["staff_posts_filled"] + vacant
    if "staff_vacancies" in values:
        values["staff_vacancies"] = vacant


def example_value(q: Question, rng: random.Random) -> Any:
    """A plausible answer of the question's type (demo data, self-test)."""
    t = q.type
    if t == QuestionType.YES_NO:
        return rng.choices(["yes", "no", "na"], weights=[6, 3, 1])[0]
    if t in (QuestionType.COUNT, QuestionType.NUMBER, QuestionType.MONEY):
        low, high = q.bounds()
        low = low if low is not None else 0
        high = high if high is not None else (500_000 if t == QuestionType.MONEY else 60)
        value = rng.uniform(low, min(high, low + 60 if t != QuestionType.MONEY else high))
        if t == QuestionType.MONEY:
            return round(value, -2)  # tenge are whole
        return int(value) if t == QuestionType.COUNT else round(value, 1)
    if t == QuestionType.RATING:
        return rng.randint(2, 5)
    if t == QuestionType.SINGLE_CHOICE:
        return rng.choice(q.options).id
    if t == QuestionType.MULTIPLE_CHOICE:
        # An exclusive option ("none of these") is answered alone, never ticked with an item.
        items = [o.id for o in q.options if not o.exclusive]
        alone = [o.id for o in q.options if o.exclusive]
        if alone and (not items or rng.random() < 0.2):
            # No draw for a lone exclusive option, so the demo data stays what it was.
            return [alone[0]] if len(alone) == 1 else [rng.choice(alone)]
        return rng.sample(items, rng.randint(1, min(3, len(items))))
    if t == QuestionType.DATE:
        return (date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))).isoformat()
    return rng.choice(COMMENTS)


def _interviews(profile: Profile, visit_id: str, rng: random.Random, kind: str,
                visit: dict[str, Any]) -> None:
    """Staff interviews that agree with what the institution's figures say about them: their
    category and post fit the kind of institution, their net pay is below the gross wage of their
    category, their hours and protective equipment are the institution's."""
    form = interview_template()
    for _ in range(rng.randint(1, 3)):
        answers = _answers(form, rng)
        answers[CONSENT_RECORD] = "yes"
        answers[CONSENT_NAMED] = "yes" if rng.random() < 0.2 else "no"
        if answers[CONSENT_NAMED] == "yes" and form.question(INTERVIEWEE_NAME):
            answers[INTERVIEWEE_NAME] = rng.choice(["Айгуль Сериковна", "Марат Ерланович"])
        else:
            answers.pop(INTERVIEWEE_NAME, None)
        category = rng.choice(list(POSTS.get(kind, {"other": "Сотрудник"})))
        answers["staff_category"] = category
        answers["post"] = POSTS.get(kind, {}).get(category, "Сотрудник")
        gross = visit.get(f"wage_avg_{category}") or WAGES.get(category, 130_000)
        # Net of the 10 % pension contribution and income tax, and below the category's average.
        own_gross = round(gross * rng.uniform(0.8, 0.98), -3)
        answers["wage_net_monthly"] = round(own_gross * 0.88, -3)
        if form.question("wage_gross_monthly"):  # the payslip's accrued sum (interview v3)
            answers["wage_gross_monthly"] = own_gross
        hours = int(visit.get("workload_hours_per_week", 40)) + rng.randint(-2, 4)
        answers["hours_per_week"] = hours
        answers["overtime"] = "yes" if hours > 40 else "no"
        if hours > 40:
            answers["overtime_paid"] = ("no" if visit.get("workload_unpaid_overtime") == "yes"
                                        else "yes")
        else:
            answers.pop("overtime_paid", None)
        if visit.get("staff_employment_status"):
            answers["employment_status"] = visit["staff_employment_status"]
        short = (visit.get("ppe_available") == ["none"]
                 or float(visit.get("ppe_stock_days", 30)) < 14)
        answers["ppe_sufficient"] = "no" if short or rng.random() < 0.1 else "yes"
        package = visit.get("social_package") or ["none"]
        answers["social_package"] = (["none"] if package == ["none"]
                                     else rng.sample(package, rng.randint(1, len(package))))
        if visit.get("wage_raised_last_rise") == "no":
            answers["wage_raised"] = "no"
        clients = visit.get("workload_clients_per_day")
        if isinstance(clients, int):
            answers["workload_clients_per_day"] = max(1, round(clients * rng.uniform(0.85, 1.15)))
        longest = TENURE_BY_AGE.get(answers.get("age_band", ""))
        if longest and isinstance(answers.get("tenure_years"), float):
            answers["tenure_years"] = min(answers["tenure_years"], float(longest))
        notes = ("Жалуется на переработки и низкую зарплату." if hours > 40
                 else "Говорит, что зарплаты на руки хватает только на самое необходимое.")
        save_interview(profile, Interview(visit_id=visit_id, template_id=form.id,
                                          template_version=form.version, answers=answers,
                                          notes=notes))


def _photo(scratch: Path, rng: random.Random, day: date, n: int, i: int) -> Path:
    from ..photos.fixtures import make_jpeg

    taken = datetime.combine(day, datetime.min.time()) + timedelta(hours=10, minutes=7 * i)
    path = scratch / f"IMG_{n:04d}_{i}.jpg"
    return make_jpeg(path, size=(960, 720), taken_at=taken, seed=n * 100 + i,
                     gps=(51.13 + rng.uniform(-3, 3), 71.43 + rng.uniform(-8, 8)),
                     label=f"#{n}-{i}")
