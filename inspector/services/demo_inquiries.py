"""Demo follow-ups: revisits that check the earlier recommendations (some done, some not), and
inquiries in every state a register shows — a draft, one announced and within its term, one
overdue and one answered and rated — built on the demo visits' own findings.

Names of officials and deputies are invented; positions and factions are real ones, so the
letters read as the Mazhilis writes them.
"""

from __future__ import annotations

import contextlib
import random
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from ..domain.errors import InspectorError
from ..domain.finding import Finding
from ..domain.inquiry import Inquiry
from ..domain.visit import Visit
from ..store.profile import Profile
from .inquiries import announce, new_inquiry, record_answer
from .recommendations import checks_of, record_check
from .visits import answer_question, answer_values, complete_visit, revisit

_SIGNATORIES = [
    {"name": "А. Серикбаев", "faction": "Народная партия Казахстана"},
    {"name": "Г. Нурланова", "faction": "Народная партия Казахстана"},
    {"name": "Е. Жумабеков", "faction": "Ак жол"},
]

# theme(s), title, addressee, salutation, state
_PLAN = [
    (("pay",), "О социальных гарантиях сотрудников ЦОН и социальных учреждений",
     "Премьер-Министру\nРеспублики Казахстан", "Сарсенбаеву А.К.",
     "Уважаемый Аскар Кайратович!", "draft"),
    (("staffing", "status"), "О дефиците кадров в медико-социальных учреждениях",
     "Министру труда и социальной защиты населения\nРеспублики Казахстан", "Ахметовой Д.С.",
     "Уважаемая Динара Сериковна!", "announced"),
    (("infection", "care", "premises"), "Об условиях проживания и инфекционной безопасности "
     "в домах-интернатах", "Министру здравоохранения\nРеспублики Казахстан", "Касымову Б.Т.",
     "Уважаемый Бауыржан Темирович!", "overdue"),
    (("rights", "service", "other"), "О соблюдении прав проживающих и качестве услуг",
     "Заместителю Премьер-Министра\nРеспублики Казахстан", "Омарову Н.Е.",
     "Уважаемый Нурлан Ерланович!", "answered"),
]


_CHECKS = [("implemented", "выполнено, подтверждено документами"),
           ("partly", "выполнено частично"), ("not_implemented", "изменений нет"),
           ("cannot_check", "руководство отсутствовало, документы не представлены")]
# Figures a revisit finds a little better, as after a recommendation was partly carried out.
_IMPROVED = {"staff_posts_filled": lambda v, posts: min(posts, v + 3) if posts else v,
             "ppe_stock_days": lambda v, _posts: max(v, 21)}


def generate_demo_revisits(profile: Profile, rng: random.Random, today: date | None = None,
                           count: int = 2,
                           write_findings: Callable[[Profile, str, random.Random, date], None]
                           | None = None) -> list[str]:
    """Revisits of the earliest completed visits with recommendations, answered as the earlier
    visit was (a few figures better), their checks answered, their own findings written by
    `write_findings`; completed when they can be."""
    today = today or date.today()
    made = []
    for earlier in _revisitable(profile, today)[:count]:
        first_day = date.fromisoformat(earlier.last_day) + timedelta(days=30)
        latest = today - timedelta(days=3)
        if first_day > latest:
            continue
        day = first_day + timedelta(days=rng.randint(0, (latest - first_day).days))
        follow_up = revisit(profile, earlier.id, day.isoformat())
        _answer_like(profile, earlier.id, follow_up.id)
        if write_findings is not None:
            write_findings(profile, follow_up.id, rng, day)
        for n, (check, _finding) in enumerate(checks_of(profile, follow_up.id)):
            result, comment = _CHECKS[(n + rng.randint(0, 1)) % len(_CHECKS)]
            record_check(profile, check.id, result, comment=comment,
                         by=", ".join(follow_up.deputies))
        with contextlib.suppress(InspectorError):  # else left a draft, and its report says so
            complete_visit(profile, follow_up.id)
        made.append(follow_up.id)
    return made


def _revisitable(profile: Profile, today: date) -> list[Visit]:
    with_recommendations = {f.visit_id for f in profile.records.list(Finding)
                            if f.recommendation.strip()}
    return [v for v in profile.records.list(Visit, order="started_on, created_at, id")
            if v.is_completed and v.id in with_recommendations
            and date.fromisoformat(v.last_day) < today - timedelta(days=40)]


def _answer_like(profile: Profile, earlier_id: str, follow_up_id: str) -> None:
    values = answer_values(profile, earlier_id)
    posts = values.get("staff_posts_total") or 0
    for question_id, improve in _IMPROVED.items():
        if isinstance(values.get(question_id), int | float):
            values[question_id] = improve(values[question_id], posts)
    if isinstance(values.get("staff_vacancies"), int) and isinstance(
            values.get("staff_posts_filled"), int) and posts:
        values["staff_vacancies"] = max(0, posts - values["staff_posts_filled"])
    for question_id, value in values.items():
        if value is None:
            continue
        try:
            answer_question(profile, follow_up_id, question_id, value)
        except InspectorError:
            continue  # a conditional question the new answers hide


def generate_demo_inquiries(profile: Profile, rng: random.Random,
                            today: date | None = None) -> list[str]:
    """Inquiries over the demo findings, one per planned state when findings allow."""
    today = today or date.today()
    visits = {v.id: v for v in profile.records.list(Visit)}
    findings = profile.records.list(Finding, order="created_at, id")
    made: list[str] = []
    used: set[str] = set()
    for themes, title, position, name, salutation, state in _PLAN:
        known = [f for f in findings if f.visit_id in visits]
        free = [f for f in known if f.id not in used]
        # Its own findings where there are enough; else the same facts asked again elsewhere.
        chosen = ([f for f in free if f.theme in themes] or free or known)[:6]
        if not chosen:
            continue
        used.update(f.id for f in chosen)
        inquiry = new_inquiry(
            profile, title=title, addressee_position=position, addressee_name=name,
            salutation=salutation, signatories=rng.sample(_SIGNATORIES, 2),
            executor="Д. Сейтказина", executor_phone="+7 7172 74 62 15",
            finding_ids=[f.id for f in chosen])
        last_visit = max(visits[f.visit_id].last_day for f in chosen)
        _advance(profile, inquiry, state, date.fromisoformat(last_visit), today, rng)
        made.append(inquiry.id)
    return made


def _advance(profile: Profile, inquiry: Inquiry, state: str, last_visit: date, today: date,
             rng: random.Random) -> None:
    if state == "draft":
        return
    term = inquiry.term_days
    # Announced after the visits it rests on, and at a date that makes the state true today.
    if state == "announced":
        announced = today - timedelta(days=rng.randint(1, term - 2))
    else:
        latest = today - timedelta(days=term + rng.randint(5, 20))
        announced = min(last_visit + timedelta(days=rng.randint(5, 10)), latest)
    if announced < last_visit:
        return  # the demo's visits are too recent for this state: leave it a draft
    announce(profile, inquiry.id, announced.isoformat(), today=today)
    if state != "answered":
        return
    received = min(today, announced + timedelta(days=term - 2))
    ratings = ["formal", "partial", "substantive", "formal"]
    with tempfile.TemporaryDirectory() as scratch:
        document = _answer_pdf(Path(scratch) / "ответ.pdf", inquiry, received)
        record_answer(profile, inquiry.id, received_on=received.isoformat(),
                      answer_from="Заместитель Премьер-Министра Республики Казахстан",
                      document=document, today=today,
                      ratings=[{"request": n, "rating": ratings[(n - 1) % len(ratings)],
                                "note": "общие слова, сроков и сумм нет" if
                                ratings[(n - 1) % len(ratings)] == "formal" else ""}
                               for n in range(1, len(inquiry.requests) + 1)])


def _answer_pdf(path: Path, inquiry: Inquiry, received: date) -> Path:
    """A one-page reply of the kind deputies call «отписка», as the scanned answer would be."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from ..report.fonts import SERIF, register_fonts

    register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(SERIF, 12)
    lines = [f"На депутатский запрос «{inquiry.title}»", "",
             "Сообщаем, что вопросы, поднятые в запросе, находятся на контроле.",
             "Соответствующим государственным органам дано поручение рассмотреть",
             "возможность принятия мер в пределах выделенных средств.",
             "", received.strftime("%d.%m.%Y")]
    for n, line in enumerate(lines):
        canvas.drawString(72, 760 - 18 * n, line)
    canvas.save()
    return path
