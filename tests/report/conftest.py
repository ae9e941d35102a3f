"""Report tests run against small checklist templates written here, so they do not depend on the
shipped checklists (written separately) and every key-figure rule is exercised on purpose."""

from __future__ import annotations

from typing import Any

import pytest

from inspector.domain import templates as catalogue
from inspector.domain.checklist import parse_template
from inspector.domain.kinds import INSTITUTION_KINDS


def _t(ru: str, kk: str, en: str) -> dict[str, str]:
    return {"ru": ru, "kk": kk, "en": en}


def _q(qid: str, qtype: str, ru: str, kk: str, en: str, **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "text": _t(ru, kk, en), **extra}


YES_NO_PROBLEM = {"equals": "no"}
CATEGORIES = ("nurse", "social_worker", "operator")


def _norm(nid: str, question: Any, source: str, **limits: Any) -> dict[str, Any]:
    return {"id": nid, "question": question, "text": _t(f"норма {nid}", f"{nid} нормасы",
                                                        f"norm {nid}"),
            "source": _t(f"Документ {source}", f"{source} құжаты", f"Document {source}"),
            **limits}


def norms(kind: str) -> list[dict[str, Any]]:
    """Norms as the shipped checklists state them, with sources a test can find in the PDF."""
    found = [
        _norm("vacancies", "staff_vacancies", "V-1", of="staff_posts_total", at_most=0,
              measure=_t("Доля вакантных должностей: {pct} %", "Бос лауазымдар үлесі: {pct} %",
                         "Vacancy rate: {pct} %")),
        _norm("wage", [f"wage_avg_{cat}" for cat in CATEGORIES], "W-2", of="regional_avg_wage",
              at_least=100, measure=_t("{pct} % от средней по региону", "өңірлік орташаның {pct} %",
                                       "{pct} % of the regional average")),
        _norm("ppe", "ppe_stock_days", "P-3", at_least=14),
    ]
    if kind != "psc":
        found.append(_norm("occupancy", "residents_current", "C-4", of="capacity_places",
                           at_most=100, red_line=True,
                           measure=_t("Заполненность: {pct} %", "Толымдылығы: {pct} %",
                                      "Occupancy: {pct} %")))
    return found


def checklist(kind: str) -> dict[str, Any]:
    wages = []
    for cat in CATEGORIES:
        wages.append(_q(f"wage_avg_{cat}", "money", f"Средняя зарплата ({cat})",
                        f"Орташа жалақы ({cat})", f"Average wage ({cat})", key_figure=True))
        wages.append(_q(f"wage_min_{cat}", "money", f"Минимальная зарплата ({cat})",
                        f"Ең төменгі жалақы ({cat})", f"Minimum wage ({cat})"))
    service = [
        _q("capacity_places", "count", "Проектная мощность, мест", "Жобалық қуаты, орын",
           "Capacity, places", key_figure=True),
        _q("residents_current", "count", "Проживает сейчас", "Қазір тұрады", "Residents now",
           key_figure=True),
    ]
    if kind == "psc":
        service = [
            _q("waiting_time_minutes", "number", "Время ожидания", "Күту уақыты",
               "Waiting time", unit=_t("мин", "мин", "min"), key_figure=True,
               problem_if={"above": 15}),
            _q("workload_clients_per_day", "count", "Посетителей в день на оператора",
               "Бір операторға күніне келушілер", "Clients per operator per day"),
        ]
    return {
        "id": kind, "version": 1, "kind": kind,
        "title": _t(f"Лист проверки ({kind})", f"Тексеру парағы ({kind})", f"Checklist ({kind})"),
        "norms": norms(kind),
        "sections": [
            {"id": "staffing", "title": _t("Кадры", "Кадрлар", "Staffing"), "questions": [
                _q("staff_posts_total", "count", "Штатных единиц", "Штат бірліктері",
                   "Posts in the staffing table", key_figure=True),
                _q("staff_posts_filled", "count", "Занято штатных единиц", "Толтырылған бірліктер",
                   "Posts filled", key_figure=True),
                _q("staff_vacancies", "count", "Вакансий", "Бос орындар", "Vacancies",
                   key_figure=True, problem_if={"above": 0}),
                _q("staff_under_35", "count", "Сотрудников до 35 лет", "35 жасқа дейінгілер",
                   "Staff under 35"),
                _q("staff_employment_status", "single_choice", "Статус сотрудников",
                   "Қызметкерлер мәртебесі", "Employment status", options=[
                       {"id": "civil", "text": _t("Гражданские служащие", "Азаматтық қызметшілер",
                                                  "Civil employees")},
                       {"id": "unclear", "text": _t("Не определён", "Анықталмаған",
                                                    "Unclear")}],
                   problem_if={"equals": "unclear"}),
            ]},
            {"id": "pay", "title": _t("Оплата труда", "Еңбекақы", "Pay"), "questions": [
                _q("regional_avg_wage", "money", "Средняя зарплата по региону",
                   "Өңір бойынша орташа жалақы", "Regional average wage", key_figure=True),
                *wages,
                _q("social_package", "multiple_choice", "Социальный пакет", "Әлеуметтік пакет",
                   "Social package", options=[
                       {"id": "medical", "text": _t("Медстраховка", "Медициналық сақтандыру",
                                                    "Medical insurance")},
                       {"id": "transport", "text": _t("Транспорт", "Көлік", "Transport")},
                       {"id": "none", "text": _t("Нет", "Жоқ", "None")}],
                   problem_if={"equals": "none"}),
            ]},
            {"id": "safety", "title": _t("Инфекционная безопасность", "Инфекциялық қауіпсіздік",
                                         "Infection safety"), "questions": [
                _q("ppe_available", "yes_no", "СИЗ в наличии", "ЖҚҚ бар", "PPE available",
                   problem_if=YES_NO_PROBLEM, red_line=YES_NO_PROBLEM),
                _q("ppe_stock_days", "number", "Запас СИЗ", "ЖҚҚ қоры", "PPE stock",
                   unit=_t("дней", "күн", "days"), key_figure=True, problem_if={"below": 14},
                   show_if={"question": "ppe_available", "equals": "yes"}),
            ]},
            {"id": "service", "title": _t("Условия и услуги", "Жағдайлар мен қызметтер",
                                          "Conditions and service"), "questions": [
                *service,
                _q("repairs_needed", "text", "Что требует ремонта", "Не жөндеуді қажет етеді",
                   "What needs repair"),
            ]},
            {"id": "rights", "title": _t("Права", "Құқықтар", "Rights"), "questions": [
                _q("restraint_used", "yes_no", "Применяются ли меры ограничения",
                   "Шектеу шаралары қолданыла ма", "Are restraints used",
                   problem_if={"equals": "yes"}, red_line={"equals": "yes"}),
                _q("deaths_last_year", "count", "Умерло за 12 месяцев",
                   "12 айда қайтыс болғандар", "Deaths in the last 12 months",
                   red_line={"above": 0}),
            ]},
        ],
    }


def interview_form() -> dict[str, Any]:
    return {
        "id": "staff_interview", "version": 1, "kind": "interview",
        "title": _t("Интервью с сотрудником", "Қызметкермен сұхбат", "Staff interview"),
        "sections": [{"id": "main", "title": _t("Интервью", "Сұхбат", "Interview"), "questions": [
            _q("consent_record", "yes_no", "Согласие на запись", "Жазуға келісім",
               "Consent to record"),
            _q("consent_named", "yes_no", "Согласие быть названным", "Аталуға келісім",
               "Consent to be named", show_if={"question": "consent_record", "equals": "yes"}),
            _q("interviewee_name", "text", "Имя", "Аты", "Name",
               show_if={"question": "consent_named", "equals": "yes"}),
            _q("interviewee_role", "single_choice", "Должность", "Лауазымы", "Role", options=[
                {"id": "nurse", "text": _t("Медсестра", "Мейірбике", "Nurse")},
                {"id": "operator", "text": _t("Оператор", "Оператор", "Operator")},
                {"id": "caregiver", "text": _t("Сиделка", "Күтуші", "Caregiver")}]),
            _q("experience_years", "number", "Стаж", "Еңбек өтілі", "Years of service",
               unit=_t("лет", "жыл", "years")),
            _q("wage_sufficient", "yes_no", "Зарплаты хватает", "Жалақы жетеді",
               "The wage is enough"),
            _q("main_problem", "text", "Главная проблема", "Басты мәселе", "Main problem"),
        ]}],
    }


@pytest.fixture(autouse=True)
def test_templates(monkeypatch):
    """The catalogue, replaced by the templates above for the duration of a test."""
    made = [parse_template(checklist(kind), source=f"{kind}.json") for kind in INSTITUTION_KINDS]
    made.append(parse_template(interview_form(), source="staff_interview.json"))
    found = {t.key: t for t in made}
    monkeypatch.setattr(catalogue, "all_templates", lambda: found)
    return found


# --- visits made to order -----------------------------------------------------------------------

KAZAKH_NAME = "Қарттар үйі «Әже» (ӘҒҚҢӨҰҮҺІ әғқңөұүһі)"


@pytest.fixture
def make_visit(profile, tmp_path):
    """make_visit(kind=..., answers={...}, photos=N, faces=K, interviews=[...], findings=[...],
    completed=True for a visit the summary counts by default)."""
    from datetime import datetime

    from inspector.domain.finding import Finding
    from inspector.domain.interview import Interview
    from inspector.photos.fixtures import make_jpeg
    from inspector.services import visits as visit_service
    from inspector.services.findings import save_finding
    from inspector.services.interviews import save_interview
    from inspector.services.photos import import_photos

    counter = iter(range(10_000))

    def make(*, kind: str = "elderly_home", name: str = KAZAKH_NAME, region: str = "",
             started_on: str = "2026-04-14", answers: dict | None = None, photos: int = 0,
             faces: int = 0, photo_size: tuple[int, int] = (320, 240),
             interviews: list[dict] | None = None, findings: list[dict] | None = None,
             deputies: tuple[str, ...] = ("М. Магеррамов", "С. Имашева"),
             completed: bool = False) -> str:
        n = next(counter)
        facility = visit_service.add_facility(profile, kind=kind, name=name, region=region,
                                              address="ул. Абая, 1")
        visit = visit_service.start_visit(profile, facility.id, started_on,
                                          deputies=list(deputies), announced=False)
        for qid, value in (answers or {}).items():
            comment = None
            if isinstance(value, tuple):
                value, comment = value
            visit_service.answer_question(profile, visit.id, qid, value, comment=comment)
        if photos:
            folder = tmp_path / f"shots-{n}"
            folder.mkdir()
            files = [make_jpeg(folder / f"IMG_{i:03d}.jpg", size=photo_size, seed=n * 1000 + i,
                               taken_at=datetime(2026, 4, 14, 10, i % 60),
                               gps=(43.25, 76.95)) for i in range(photos)]
            imported = [r.photo for r in import_photos(profile, visit.id, files) if r.photo]
            for i, photo in enumerate(imported):
                photo.caption = f"Снимок {i + 1}"
                photo.shows_faces = i < faces
                if i == faces:
                    photo.question_ids = ["ppe_available"]
                profile.records.save(photo)
        for raw in interviews or []:
            save_interview(profile, Interview(visit_id=visit.id, template_id="staff_interview",
                                              template_version=1, answers=dict(raw["answers"]),
                                              notes=raw.get("notes", "")))
        for raw in findings or []:
            save_finding(profile, Finding(visit_id=visit.id, **raw))
        if completed:
            visit_service.complete_visit(profile, visit.id)
        return visit.id

    return make
