"""What the deputies concluded, with the evidence behind it and what they recommend."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from .record import Record


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    NOTE = "note"


SEVERITY_NAMES = {
    "critical": {"ru": "Критическое", "kk": "Аса маңызды", "en": "Critical"},
    "major": {"ru": "Существенное", "kk": "Елеулі", "en": "Major"},
    "minor": {"ru": "Незначительное", "kk": "Елеусіз", "en": "Minor"},
    "note": {"ru": "Замечание", "kk": "Ескерту", "en": "Note"},
}

THEMES = {
    "staffing": {"ru": "Кадры", "kk": "Кадрлар", "en": "Staffing"},
    "pay": {"ru": "Оплата труда и соцпакет", "kk": "Еңбекақы және әлеуметтік пакет",
            "en": "Pay and social package"},
    "status": {"ru": "Статус сотрудников", "kk": "Қызметкерлер мәртебесі", "en": "Staff status"},
    "infection": {"ru": "Инфекционная безопасность", "kk": "Инфекциялық қауіпсіздік",
                  "en": "Infection safety"},
    "premises": {"ru": "Помещения", "kk": "Үй-жайлар", "en": "Premises"},
    "care": {"ru": "Уход, питание, медицина", "kk": "Күтім, тамақ, медицина",
             "en": "Care, food, medicine"},
    "rights": {"ru": "Права и жалобы", "kk": "Құқықтар және шағымдар", "en": "Rights and complaints"},
    "service": {"ru": "Качество услуг", "kk": "Қызмет сапасы", "en": "Service quality"},
    "other": {"ru": "Прочее", "kk": "Басқа", "en": "Other"},
}


@dataclass(frozen=True)
class Evidence:
    """A link from a finding to what supports it: an answer, a photo or an interview."""

    kind: str  # "answer" | "photo" | "interview"
    id: str
    # An answer's value as the finding's text quotes it (domain/proposals.py): a later edit of
    # the answer makes the finding out of date (domain/finding_checks.py).
    quotes: bool = False
    quoted: Any = None

    def as_dict(self) -> dict[str, Any]:
        link: dict[str, Any] = {"kind": self.kind, "id": self.id}
        if self.quotes:
            link["quoted"] = self.quoted
        return link


@dataclass(kw_only=True)
class Finding(Record):
    entity: ClassVar[str] = "finding"
    BOOKKEEPING: ClassVar[frozenset[str]] = Record.SYNCED_BOOKKEEPING
    visit_id: str
    severity: str = Severity.MAJOR.value
    theme: str = "other"
    text: str = ""
    recommendation: str = ""
    addressee: str = ""
    due_date: str = ""
    evidence: list[dict[str, str]] = field(default_factory=list)
    position: int = 0  # order in the report

    def evidence_links(self) -> list[Evidence]:
        return [Evidence(kind=e["kind"], id=e["id"], quotes="quoted" in e, quoted=e.get("quoted"))
                for e in self.evidence]
