"""A realistic demo data set: what a deputy's team would have after a season of trips.

Used by `inspector demo`, the screenshots, the sample reports and the benchmarks. Deterministic for
a seed, so a sample report made today looks the same tomorrow.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.checklist import ChecklistTemplate, Question, QuestionType
from ..domain.finding import Finding
from ..domain.interview import CONSENT_NAMED, CONSENT_RECORD, INTERVIEWEE_NAME, Interview
from ..domain.kinds import INSTITUTION_KINDS
from ..domain.regions import regions
from ..domain.templates import interview_template
from ..store.profile import Profile
from . import visits as visit_service
from .findings import save_finding
from .interviews import save_interview
from .photos import import_photos

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
DISTRICTS = ["Алмалинского", "Есильского", "Сарыаркинского", "Байконурского", "Ауэзовского",
             "Абайского", "Енбекшинского", "Казыбекбийского"]
# Monthly wages in KZT by staff category, roughly as reported around the 2020 inquiry.
WAGES = {"operator": 160_000, "administrator": 210_000, "social_worker": 120_000,
         "nurse": 140_000, "caregiver": 110_000, "doctor": 240_000, "teacher": 150_000,
         "psychologist": 150_000, "cleaner": 90_000}
# Figures whose template sets no bounds, in the ranges such institutions report.
FIGURE_RANGES: dict[str, tuple[float, float]] = {
    "capacity": (40, 200), "visitors_per_day": (80, 600), "visitors_per_shift": (40, 300),
    "windows_total": (6, 30), "queue_people_at_visit": (0, 40), "waiting_time_minutes": (5, 90),
    "service_time_minutes": (5, 40), "egov_terminals_working": (0, 6), "ppe_stock_days": (3, 60),
    "living_space_per_resident": (3.2, 9.0), "residents_per_room_max": (2, 6),
    "meals_per_day": (3, 5), "workload_hours_per_week": (36, 60), "hours_per_week": (36, 60),
    "tenure_years": (0.5, 30), "average_stay_days": (14, 180), "group_size_max": (6, 14),
    "family_placement_last_year": (0, 15), "returned_to_parents_last_year": (0, 8),
    "admissions_last_year": (20, 300), "documents_restored_last_year": (0, 60),
    "employed_last_year": (0, 40), "deaths_last_year": (0, 8), "complaints_last_year": (0, 30),
    "staff_turnover_year": (0, 15), "staff_infected_last_outbreak": (0, 10),
}
# A figure that cannot exceed another: (the other, how far past it a real visit may find it).
FIGURE_CAPS: dict[str, tuple[str, float]] = {
    "staff_under_35": ("staff_posts_filled", 0.6),
    "staff_per_shift": ("staff_posts_filled", 0.5), "staff_per_shift_night": ("staff_per_shift", 1.0),
    "windows_staffed": ("windows_total", 1.0), "residents_with_disabilities": ("occupancy", 1.0),
    "residents_bedridden": ("occupancy", 0.5), "children_with_disabilities": ("occupancy", 1.0),
    "children_with_parents": ("occupancy", 0.3), "residents_interviewed": ("occupancy", 0.3),
}
# Longest plausible tenure (years) for the interviewee's age band.
TENURE_BY_AGE = {"under_25": 6, "25_34": 14, "35_44": 24, "45_54": 34, "55_plus": 45}
TEXTS = {
    "post": ["Санитарка", "Медицинская сестра", "Социальный работник по уходу", "Оператор ЦОН",
             "Воспитатель", "Повар", "Психолог"],
    "medicines_shortage": ["Нет инсулина короткого действия.",
                           "Перебои с противосудорожными препаратами."],
    "restraint_details": ["Случаев не зафиксировано.",
                          "Журнал мер стеснения не ведётся."],
    "suggestions": ["Поднять оклады младшему персоналу.", "Дать статус госслужащего.",
                    "Оплачивать переработки и ночные смены."],
}
COMMENTS = ["Требуется ремонт.", "Замечаний нет.", "Со слов сотрудников.",
            "Жалобы на задержку выплат."]
FINDINGS = [
    ("pay", "major", "Средняя заработная плата {cat} ниже средней по региону на {pct}%.",
     "Пересмотреть должностные оклады социальных и медицинских работников.",
     "Министерство труда и социальной защиты населения РК"),
    ("pay", "major", "Социальный пакет сотрудникам не предоставляется.",
     "Предусмотреть социальный пакет (медицинское страхование, транспорт).",
     "Правительство Республики Казахстан"),
    ("staffing", "critical", "Вакантно {vac} штатных единиц; смены работают в неполном составе.",
     "Принять меры по привлечению молодых специалистов.", "Акимат области"),
    ("infection", "major", "Запас средств индивидуальной защиты менее чем на две недели.",
     "Обеспечить запас СИЗ не менее чем на 30 дней.", "Министерство здравоохранения РК"),
    ("status", "major", "Статус сотрудников не определён: не государственные служащие и не "
     "гражданские служащие.", "Определить статус сотрудников законодательно.",
     "Правительство Республики Казахстан"),
    ("premises", "minor", "Жилая площадь на одного проживающего ниже нормы 4 м².",
     "Провести капитальный ремонт и расширить жилые помещения.", "Акимат области"),
]


def generate_demo(profile: Profile, *, visits: int = 12, seed: int = 1, photos_per_visit: int = 2,
                  on_progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Create `visits` visits across all four kinds and many regions; returns their ids."""
    rng = random.Random(seed)
    region_ids = list(regions())
    made: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for n in range(visits):
            kind = INSTITUTION_KINDS[n % len(INSTITUTION_KINDS)]
            visit_id = _demo_visit(profile, rng, kind, region_ids[n % len(region_ids)], n + 1,
                                   Path(scratch), photos_per_visit)
            made.append(visit_id)
            if on_progress:
                on_progress(n + 1, visits)
    return made


def _demo_visit(profile: Profile, rng: random.Random, kind: str, region: str, n: int,
                scratch: Path, photos: int) -> str:
    district = rng.choice(DISTRICTS)
    name = rng.choice(FACILITY_NAMES[kind]).format(district=district, n=rng.randint(1, 40))
    facility = visit_service.add_facility(
        profile, kind=kind, name=name, region=region, district=f"{district} район",
        address=f"ул. Абая, {rng.randint(1, 200)}")
    day = date(2026, 3, 1) + timedelta(days=rng.randint(0, 240))
    visit = visit_service.start_visit(
        profile, facility.id, day.isoformat(), deputies=rng.sample(DEPUTIES, 2),
        participants=rng.sample(AIDES, 1), announced=rng.random() < 0.5)
    template = visit_service.visit_template(visit)
    values = _answers(template, rng)
    with profile.database.transaction():
        for question_id, value in values.items():
            comment = "Со слов руководства учреждения." if rng.random() < 0.08 else None
            visit_service.answer_question(profile, visit.id, question_id, value, comment=comment)
        _interviews(profile, visit.id, rng)
    shots = [_photo(scratch, rng, day, n, i) for i in range(photos)]
    imported = [r.photo for r in import_photos(profile, visit.id, shots) if r.photo]
    for i, photo in enumerate(imported):
        photo.caption = ["Зал ожидания", "Жилая комната", "Пост медсестры", "Склад СИЗ"][i % 4]
        if i % 5 == 4:  # a resident in the picture: where the face is, as a person marks it
            photo.set_face_boxes([[0.42, 0.18, 0.16, 0.22]])
        profile.records.save(photo)
    _findings(profile, visit.id, rng, values, imported)
    if rng.random() < 0.6:
        visit_service.complete_visit(profile, visit.id)
    return visit.id


def _answers(template: ChecklistTemplate, rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    posts = rng.randint(20, 90)
    filled = posts - rng.randint(0, max(1, posts // 5))
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
        elif question.id.startswith(("wage_avg_", "wage_min_")):
            base = WAGES.get(question.id.split("_", 2)[2], 130_000)
            factor = 1.0 if question.id.startswith("wage_avg_") else 0.8
            values[question.id] = round(base * factor * rng.uniform(0.85, 1.2), -3)
        else:
            values[question.id] = example_value(question, rng)
    _keep_consistent(values, rng)
    return {k: v for k, v in values.items() if v is not None}


def _plausible(question: Question, rng: random.Random) -> Any:
    if question.id in TEXTS:
        return rng.choice(TEXTS[question.id])
    low, high = FIGURE_RANGES[question.id]
    if question.type == QuestionType.COUNT:
        return rng.randint(int(low), int(high))
    return round(rng.uniform(low, high), 1)


def _keep_consistent(values: dict[str, Any], rng: random.Random) -> None:
    """No more children than places allow, no tenure longer than the interviewee's age allows."""
    if "capacity" in values and "occupancy" in values:
        values["occupancy"] = rng.randint(int(values["capacity"] * 0.7),
                                          int(values["capacity"] * 1.15))
    for figure, (bound, factor) in FIGURE_CAPS.items():
        if isinstance(values.get(figure), int) and isinstance(values.get(bound), int):
            values[figure] = min(values[figure], int(values[bound] * factor))
    longest = TENURE_BY_AGE.get(values.get("age_band", ""))
    if longest and isinstance(values.get("tenure_years"), float):
        values["tenure_years"] = min(values["tenure_years"], float(longest))


def example_value(q: Question, rng: random.Random) -> Any:
    """A plausible answer of the question's type (demo data, self-test)."""
    t = q.type
    if t == QuestionType.YES_NO:
        return rng.choices(["yes", "no", "na"], weights=[6, 3, 1])[0]
    if t in (QuestionType.COUNT, QuestionType.NUMBER, QuestionType.MONEY):
        low = q.min if q.min is not None else 0
        high = q.max if q.max is not None else (500_000 if t == QuestionType.MONEY else 60)
        value = rng.uniform(low, min(high, low + 60 if t != QuestionType.MONEY else high))
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


def _interviews(profile: Profile, visit_id: str, rng: random.Random) -> None:
    form = interview_template()
    for _ in range(rng.randint(1, 3)):
        answers = _answers(form, rng)
        answers[CONSENT_RECORD] = "yes"
        answers[CONSENT_NAMED] = "yes" if rng.random() < 0.2 else "no"
        if answers[CONSENT_NAMED] == "yes" and form.question(INTERVIEWEE_NAME):
            answers[INTERVIEWEE_NAME] = rng.choice(["Айгуль Сериковна", "Марат Ерланович"])
        else:
            answers.pop(INTERVIEWEE_NAME, None)
        save_interview(profile, Interview(visit_id=visit_id, template_id=form.id,
                                          template_version=form.version, answers=answers,
                                          notes="Жалуется на переработки и низкую зарплату."))


def _findings(profile: Profile, visit_id: str, rng: random.Random, values: dict[str, Any],
              photos: list) -> None:
    from ..domain.answer import answer_id

    for theme, severity, text, recommendation, addressee in rng.sample(FINDINGS, 3):
        evidence = [{"kind": "answer", "id": answer_id(visit_id, q)}
                    for q in ("staff_vacancies", "social_package", "regional_avg_wage")
                    if q in values][:1]
        if photos:
            evidence.append({"kind": "photo", "id": rng.choice(photos).id})
        save_finding(profile, Finding(
            visit_id=visit_id, theme=theme, severity=severity,
            text=text.format(cat="медсестёр", pct=rng.randint(20, 45),
                             vac=values.get("staff_vacancies", 3)),
            recommendation=recommendation, addressee=addressee, evidence=evidence))


def _photo(scratch: Path, rng: random.Random, day: date, n: int, i: int) -> Path:
    from ..photos.fixtures import make_jpeg

    taken = datetime.combine(day, datetime.min.time()) + timedelta(hours=10, minutes=7 * i)
    path = scratch / f"IMG_{n:04d}_{i}.jpg"
    return make_jpeg(path, size=(960, 720), taken_at=taken, seed=n * 100 + i,
                     gps=(51.13 + rng.uniform(-3, 3), 71.43 + rng.uniform(-8, 8)),
                     label=f"#{n}-{i}")
