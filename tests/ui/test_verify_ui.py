"""Signing and verifying from the window: the key set in Settings, its password asked when
printing (a wrong one said plainly), and File → Verify a report… giving the verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from throwaway_ca import make_ca

from inspector.services.demo import generate_demo
from inspector.services.signing import check_signatures
from inspector.store.profile import Profile


@pytest.fixture
def demo(data_dir) -> list[str]:
    with Profile(data_dir) as profile:
        return generate_demo(profile, visits=1, photos_per_visit=1)


@pytest.fixture
def window(open_window, demo, tmp_path):
    window = open_window()
    window.exports.ask_file_name = lambda caption, name, filters: str(tmp_path / "report.pdf")
    window.exports.open_url = lambda url: None
    return window


def _print(qtbot, window, visit_id: str, signal) -> object:
    exports = window.exports
    assert window.list_page.select(visit_id)
    exports.visit_report.trigger()
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    with qtbot.waitSignal(signal, timeout=20_000) as done:
        qtbot.mouseClick(exports.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    return done.args[0]


def test_a_report_is_signed_with_the_key_from_settings_and_verified(qtbot, window, demo,
                                                                    tmp_path) -> None:
    ca = make_ca(tmp_path / "ca")
    window.settings.signing_key = str(ca.key_p12)
    asked: list[str] = []
    window.exports.ask_password = lambda name: (asked.append(name), ("не тот", True))[1]
    error = _print(qtbot, window, demo[0], window.exports.failed)
    assert asked == ["person.p12"] and "Wrong password" in error.message("en")
    qtbot.waitUntil(lambda: window.findChild(object, "exportFailed") is not None, timeout=4000)
    window.findChild(object, "exportFailed").close()

    window.exports.ask_password = lambda name: (ca.password, True)
    (path,) = _print(qtbot, window, demo[0], window.exports.exported)
    qtbot.waitUntil(lambda: window.exports.offer is not None, timeout=4000)
    window.exports.offer.close()
    (signature,) = check_signatures(path, [ca.root_pem])
    assert signature.valid and signature.trusted
    assert window.settings.signing_key == str(ca.key_p12)  # the key's place, never its password
    assert ca.password not in Path(window.settings.path).read_text(encoding="utf-8")

    verify = window.verify
    verify.ask_file_name = lambda: str(path)
    verify.action.trigger()
    qtbot.waitUntil(lambda: verify.box is not None and verify.box.isVisible(), timeout=15_000)
    assert verify.box.text().startswith("AUTHENTIC")
    assert "Signed by" in verify.box.informativeText()
    verify.box.close()


def test_cancelling_the_password_prints_nothing(qtbot, window, demo, tmp_path) -> None:
    window.settings.signing_key = str(tmp_path / "key.p12")
    window.exports.ask_password = lambda name: ("", False)
    assert window.list_page.select(demo[0])
    window.exports.visit_report.trigger()
    qtbot.waitUntil(lambda: window.exports.dialog is not None
                    and window.exports.dialog.isVisible(), timeout=4000)
    qtbot.mouseClick(window.exports.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert window.exports.task is None and not (tmp_path / "report.pdf").exists()
