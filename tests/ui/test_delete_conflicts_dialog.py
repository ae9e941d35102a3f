"""Needs review for a visit deleted on one laptop while work went on in it on another: both
laptops show one question about the whole visit (what it holds now, keep or delete), and the
choice made in the dialog settles it for the team. Real sync through a real server on loopback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_conflicts_dialog as shared
from builders import make_visit
from pg import PASSWORD, Accounts
from PySide6.QtCore import Qt

from inspector.domain.finding import Finding
from inspector.domain.visit import Visit
from inspector.services import visits as visit_service
from inspector.services.sync import list_conflicts, run_sync
from inspector.store.profile import Profile
from inspector.sync.tokens import MemoryTokenStore
from inspector.ui.i18n import Translations

QUESTION, visible_sides = shared.QUESTION, shared.visible_sides
server, open_dialog = shared.server, shared.open_dialog  # the fixtures, shared


class Team:
    """Two laptops (deputy, aide) of one team, each opened only for what it does."""

    def __init__(self, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
        accounts = Accounts(server)
        _, self.names = accounts.team(("deputy", "deputy"), ("aide", "aide"))
        accounts.close()
        self.url = server.url
        self.folders = [tmp_path / "deputy", tmp_path / "aide"]
        self.tokens = [MemoryTokenStore(), MemoryTokenStore()]

    def sync(self, *who: int) -> None:
        for n in who:
            with Profile(self.folders[n]) as profile:
                run_sync(profile, self.url, self.names[n], password=PASSWORD,
                         token_store=self.tokens[n])


@pytest.fixture
def raced(server, tmp_path) -> tuple[Team, str]:  # type: ignore[no-untyped-def]
    """The deputy deleted the visit; the aide, offline, added a finding to it; both synced."""
    team = Team(server, tmp_path)
    with Profile(team.folders[0]) as profile:
        visit_id = make_visit(profile, answers={QUESTION: "city"}).id
    team.sync(0, 1)
    with Profile(team.folders[0]) as profile:
        profile.records.delete(Visit, visit_id)
    with Profile(team.folders[1]) as profile:
        profile.records.save(Finding(visit_id=visit_id, text="Нет пандуса"))
    team.sync(0, 1, 0)
    return team, visit_id


def test_both_laptops_ask_about_the_whole_visit(raced, open_dialog):  # type: ignore[no-untyped-def]
    team, _ = raced
    deputy = open_dialog(team.folders[0])
    deputy_name, aide_name = team.names
    assert deputy.question.text().startswith(
        "ЦОН Байконырского района — 02.04.2026: this visit was deleted on this computer, while "
        f"work went on in it on {aide_name}'s computer. Nothing is deleted until someone decides.")
    assert "It now holds: answers: 1, findings: 1." in deputy.question.text()
    assert visible_sides(deputy) == [
        ("On this computer", "Delete the visit and everything in it", "Delete it"),
        ("On the other computer", "Keep the visit with everything in it", "Keep it")]
    aide = open_dialog(team.folders[1])
    assert (f"this visit was deleted on {deputy_name}'s computer, while work went on in it on "
            "this computer") in aide.question.text()
    assert visible_sides(aide) == [
        ("On this computer", "Keep the visit with everything in it", "Keep it"),
        ("On the other computer", "Delete the visit and everything in it", "Delete it")]


@pytest.mark.parametrize("button, alive", [("keepMine", True), ("keepTheirs", False)],
                         ids=["keep", "delete"])
def test_the_choice_in_the_dialog_travels(qtbot, raced, open_dialog, button, alive):  # type: ignore[no-untyped-def]
    team, visit_id = raced
    aide = open_dialog(team.folders[1])
    with qtbot.waitSignal(aide.resolved, timeout=4000):
        qtbot.mouseClick(getattr(aide, {"keepMine": "keep_mine", "keepTheirs": "keep_theirs"}[
            button]), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: aide.items == [] and aide.empty.isVisible(), timeout=4000)
    qtbot.waitUntil(lambda: not aide.runner.running(), timeout=4000)
    aide.close()
    aide.runner.shutdown()
    team.sync(1, 0, 1)
    for folder in team.folders:
        with Profile(folder) as profile:
            assert list_conflicts(profile) == []
            assert (profile.records.find(Visit, visit_id) is not None) == alive
            findings = profile.records.of_visit(Finding, visit_id)
            assert [f.text for f in findings] == (["Нет пандуса"] if alive else [])
            assert (QUESTION in visit_service.answer_values(profile, visit_id)) == alive


def test_in_russian_and_kazakh(qapp, raced, open_dialog):  # type: ignore[no-untyped-def]
    team, _ = raced
    translations = Translations()
    try:
        deputy = team.names[0]
        for lang, words, keep in (
                ("ru", f"этот визит удалён на компьютере пользователя {deputy}, а на этом "
                       "компьютере в нём продолжали работу", "Оставить визит со всем содержимым"),
                ("kk", f"бұл сапар {deputy} пайдаланушының компьютерінде жойылды, ал осы "
                       "компьютерде онымен жұмыс жалғасты", "Сапарды ішіндегісімен қалдыру")):
            translations.set_language(lang)
            dialog = open_dialog(team.folders[1], lang)
            assert words in dialog.question.text()
            assert visible_sides(dialog)[0][1] == keep
    finally:
        translations.set_language("en")
