"""The register of inquiries as a table (for the faction's office: XLSX), from given rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.inquiry import RATING_NAMES, STATUS_NAMES, Inquiry, signature_groups
from ..domain.text import N_, pick
from .tables import Table

_HEADERS = {
    "ru": ["Запрос", "Адресат", "Подписали", "Статус", "Оглашён", "Срок ответа",
           "Осталось дней (минус: просрочено)", "Ответ получен", "От кого", "Оценка ответа",
           "Просьб", "Выводов", "Язык", "Код"],
    "kk": ["Сауал", "Адресат", "Қол қойғандар", "Мәртебесі", "Жарияланды", "Жауап мерзімі",
           "Қалған күн (минус: мерзімі өткен)", "Жауап алынды", "Кімнен", "Жауап бағасы",
           "Өтініш", "Тұжырым", "Тілі", "Коды"],
    "en": ["Inquiry", "Addressee", "Signed by", "Status", "Announced", "Answer due",
           "Days left (minus: overdue)", "Answer received", "From", "Answer rated", "Requests",
           "Findings", "Language", "Id"],
}
_TITLE = N_("Inquiries")


@dataclass(frozen=True)
class RegisterLine:
    inquiry: Inquiry
    state: str
    due: date | None
    days_left: int | None


def register_table(lines: list[RegisterLine], lang: str) -> Table:
    rows = []
    for line in lines:
        i = line.inquiry
        signed = "; ".join(f"{faction}: {', '.join(names)}" if faction else ", ".join(names)
                           for faction, names in signature_groups(i.signatories))
        rows.append([i.title, " ".join([*i.addressee_position.split(), i.addressee_name]),
                     signed, pick(STATUS_NAMES[line.state], lang), i.announced_on,
                     line.due.isoformat() if line.due else "", line.days_left, i.answered_on,
                     i.answer_from, pick(RATING_NAMES.get(i.overall_rating()), lang),
                     len(i.requests), len(i.finding_ids), i.language, i.id])
    return Table(pick(_TITLE, lang), _HEADERS.get(lang, _HEADERS["en"]), rows)
