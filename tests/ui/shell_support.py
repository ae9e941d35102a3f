"""Helpers for the shell's tests: a small seeded profile, and typing any text like a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from inspector.domain.finding import Finding
from inspector.services import visits as visit_service
from inspector.services.findings import save_finding
from inspector.store.profile import Profile

SEEDED = [
    # kind, name, region, status, date
    ("psc", "ЦОН Есильского района", "astana", "completed", "2026-03-02"),
    ("psc", "ЦОН Алмалинского района", "almaty_city", "draft", "2026-04-10"),
    ("elderly_home", "Дом-интернат «Шапағат» №3", "akmola", "draft", "2026-05-05"),
    ("baby_home", "Дом ребёнка «Бөбек» №1", "astana", "draft", "2026-06-01"),
    ("adaptation_center", "Центр адаптации «Үміт»", "shymkent", "draft", "2026-06-20"),
]


def seed_profile(data_dir: Path, rows: list[tuple[str, str, str, str, str]] = SEEDED) -> list[str]:
    """A few visits made through the services, each with one finding: quick and deterministic."""
    ids = []
    with Profile(data_dir) as profile:
        for kind, name, region, status, day in rows:
            facility = visit_service.add_facility(profile, kind=kind, name=name, region=region)
            visit = visit_service.start_visit(profile, facility.id, day, deputies=["А. Конуров"])
            save_finding(profile, Finding(visit_id=visit.id, theme="pay", severity="major",
                                          text=f"Зарплата ниже средней по региону ({name})",
                                          recommendation="Пересмотреть оклады"))
            if status == "completed":
                visit.status = "completed"
                profile.records.save(visit)
            ids.append(visit.id)
    return ids


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character: QTest.keyClicks aborts on non-Latin letters."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
