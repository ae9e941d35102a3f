"""Reports from the main window: a visit's PDF, a summary, an Excel workbook, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from inspector.domain.visit import Visit
from inspector.services.demo import generate_demo
from inspector.services.exports import ExportCancelled
from inspector.store.profile import Profile


@pytest.fixture
def demo(data_dir) -> list[str]:
    with Profile(data_dir) as profile:
        return generate_demo(profile, visits=2, photos_per_visit=1)


@pytest.fixture
def window(open_window, demo, tmp_path):
    window = open_window()
    exports = window.exports
    exports.asked = []  # (caption, suggested name) of each file dialog that would have opened
    exports.opened = []

    def ask(caption: str, suggested: str, filters: str) -> str:
        exports.asked.append((caption, Path(suggested).name))
        return str(tmp_path / "out" / exports.target)

    exports.ask_file_name = ask
    exports.open_url = exports.opened.append
    return window


def progress_seen(window) -> list[int]:
    """Values the status bar's progress bar showed: proof that progress reached the widget."""
    seen: list[int] = []
    window.task_progress.bar.valueChanged.connect(seen.append)
    return seen


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def through_the_check(qtbot, exports, *, go: bool = True) -> list[str]:
    """Past the check before export: the warnings it showed (none: no box at all)."""
    qtbot.waitUntil(lambda: (exports.dialog is not None and exports.dialog.isVisible()) or (
        exports.offer is not None and exports.offer.objectName() == "beforeExport"
        and exports.offer.isVisible()), timeout=4000)
    box = exports.offer
    if box is None or box.objectName() != "beforeExport":
        return []
    shown = box.detailedText().splitlines()
    role = QMessageBox.ButtonRole.AcceptRole if go else QMessageBox.ButtonRole.RejectRole
    qtbot.mouseClick(next(b for b in box.buttons() if box.buttonRole(b) == role),
                     Qt.MouseButton.LeftButton)
    return shown


def test_visit_report_pdf(qtbot, window, demo, tmp_path):
    exports = window.exports
    exports.target = "report"  # no extension typed: .pdf is added
    assert window.list_page.select(demo[0])
    assert exports.visit_report.isEnabled()
    seen = progress_seen(window)
    exports.visit_report.trigger()
    through_the_check(qtbot, exports)
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    dialog = exports.dialog
    assert dialog.language.currentData() == "en"
    assert "standard" in [dialog.layout_name.itemData(i) for i in range(dialog.layout_name.count())]
    assert not dialog.with_faces.isChecked() and not dialog.warning.isVisible()
    dialog.with_faces.setChecked(True)
    assert dialog.warning.isVisible() and "consent" in dialog.warning.text()
    dialog.with_faces.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    with qtbot.waitSignal(exports.exported, timeout=15_000) as done:
        press_ok(qtbot, dialog)
    (path,) = done.args[0]
    assert path == tmp_path / "out" / "report.pdf"
    assert path.read_bytes()[:5] == b"%PDF-"
    assert exports.asked[0][1].endswith(".pdf")
    assert seen and max(seen) > 0
    qtbot.waitUntil(lambda: not window.task_progress.isVisible(), timeout=4000)

    offer = exports.offer
    assert offer is not None and offer.isVisible() and str(path) in offer.text()
    open_button = next(b for b in offer.buttons() if b.text() == "Open")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert exports.opened == [QUrl.fromLocalFile(str(path))]


def test_summary_pdf(qtbot, window):
    exports = window.exports
    exports.target = "summary.pdf"
    exports.summary.trigger()
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    dialog = exports.dialog
    assert dialog.kind.currentText() == "All kinds" and dialog.region.count() > 10
    dialog.limit_dates.setChecked(True)
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()  # the period ends before it starts
    dialog.limit_dates.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.waitSignal(exports.exported, timeout=15_000) as done:
        press_ok(qtbot, dialog)
    (path,) = done.args[0]
    assert path.read_bytes()[:5] == b"%PDF-"
    exports.offer.close()


def test_excel_workbook(qtbot, window):
    import openpyxl

    exports = window.exports
    exports.target = "visits.xlsx"
    with qtbot.waitSignal(exports.exported, timeout=15_000) as done:
        exports.workbook.trigger()
    (path,) = done.args[0]
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        assert len(book.sheetnames) >= 3
    finally:
        book.close()
    assert exports.offer.isVisible()
    exports.offer.close()


def test_cancel_leaves_no_file(qtbot, window, demo, tmp_path):
    exports = window.exports
    exports.target = "cancelled.pdf"
    window.list_page.select(demo[1])
    # Cancel as soon as the first progress reaches the status bar, as a person would.
    window.task_progress.bar.valueChanged.connect(lambda _: window.task_progress.cancel_current())
    exports.visit_report.trigger()
    through_the_check(qtbot, exports)
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    with qtbot.waitSignal(exports.failed, timeout=15_000) as failed:
        press_ok(qtbot, exports.dialog)
    assert isinstance(failed.args[0], ExportCancelled)
    assert not (tmp_path / "out" / "cancelled.pdf").exists()
    assert not list((tmp_path / "out").glob("*partial*"))  # nor a half-written one beside it
    assert "cancelled" in window.statusBar().currentMessage()
    assert exports.offer is None and window.findChild(QMessageBox, "exportFailed") is None


def test_check_before_export_shows_what_a_reader_would_object_to(qtbot, window, demo,
                                                               data_dir):
    from inspector.domain.answer import answer_id
    from inspector.domain.finding import Finding
    from inspector.services.findings import findings_of, save_finding

    with Profile(data_dir) as profile:
        # Written by hand: a staffing answer behind an infection finding, and nothing else.
        save_finding(profile, Finding(
            visit_id=demo[0], theme="infection", text="Маски выдают не всем.",
            evidence=[{"kind": "answer", "id": answer_id(demo[0], "staff_posts_total")}]))
        number = len(findings_of(profile, demo[0]))
    window.lang = "en"
    exports = window.exports
    exports.target = "checked.pdf"
    assert window.list_page.select(demo[0])
    exports.visit_report.trigger()
    shown = through_the_check(qtbot, exports, go=False)
    ours = [w for w in shown if w.startswith(f"Finding {number}:")]
    assert any("unrelated to the theme" in w for w in ours)
    assert any("one kind of source only" in w for w in ours)
    qtbot.wait(100)
    assert exports.dialog is None  # gone back: no file is asked for

    exports.visit_report.trigger()
    through_the_check(qtbot, exports, go=True)
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    exports.dialog.reject()


def test_no_visit_selected(qtbot, window):
    window.list_page.table.clearSelection()
    window.exports.export_visit_report()
    assert window.exports.dialog is None


def _summary_text(qtbot, window, *, include_drafts: bool) -> str:
    from pypdf import PdfReader

    exports = window.exports
    exports.target = f"summary-{include_drafts}.pdf"
    exports.summary.trigger()
    qtbot.waitUntil(lambda: exports.dialog is not None and exports.dialog.isVisible(),
                    timeout=4000)
    dialog = exports.dialog
    assert not dialog.include_drafts.isChecked()  # completed visits only unless asked
    dialog.include_drafts.setChecked(include_drafts)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.waitSignal(exports.exported, timeout=15_000) as done:
        press_ok(qtbot, dialog)
    (path,) = done.args[0]
    exports.offer.close()
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_summary_takes_drafts_only_when_the_box_is_ticked(qtbot, window, data_dir, demo):
    from inspector.services.visit_list import visit_summaries
    from inspector.services.visits import complete_visit, reopen_visit

    with Profile(data_dir) as profile:
        # One visit completed, one a draft, whatever the demo's seed made of them.
        first, second = (s.id for s in visit_summaries(profile))
        if profile.records.get(Visit, first).is_completed:
            reopen_visit(profile, first, "снова черновик для проверки")
        if not profile.records.get(Visit, second).is_completed:
            complete_visit(profile, second)
        statuses = [s.status for s in visit_summaries(profile)]
    completed = statuses.count("completed")
    assert 0 < completed < len(demo)
    assert f"Визитов {completed} " in _summary_text(qtbot, window, include_drafts=False)
    with_drafts = _summary_text(qtbot, window, include_drafts=True)
    assert f"Визитов {len(demo)} " in with_drafts
    assert with_drafts.count("(черновик)") >= len(demo) - completed


def test_an_export_finishing_while_typing_does_not_take_the_keys(qtbot, window, tmp_path):
    # The «Saved» notice was window-modal with «Open» as default: a comment being typed when a
    # long export finished went into the notice, and the next Enter opened Excel.
    from PySide6.QtWidgets import QApplication, QLineEdit

    window.activateWindow()
    from inspector.services import visits as visit_service

    with Profile(window.runner.data_dir) as profile:
        facility = visit_service.add_facility(profile, kind="psc", name="ЦОН", region="astana")
        draft = visit_service.start_visit(profile, facility.id, "2026-11-20", deputies=["А. К."])
    window.open_visit(draft.id)
    qtbot.waitUntil(window.editor.is_ready, timeout=5000)
    window.editor.tabs.setCurrentWidget(window.editor.checklist)
    comment = next(e for e in window.editor.checklist.findChildren(QLineEdit)
                   if e.isVisible() and e.isEnabled() and not e.isReadOnly())
    comment.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is comment, timeout=3000)
    window.exports._done(tmp_path / "visits.xlsx")
    offer = window.exports.offer
    qtbot.waitUntil(offer.isVisible, timeout=3000)
    qtbot.wait(100)
    try:
        assert QApplication.focusWidget() is comment
        qtbot.keyClicks(QApplication.focusWidget(), "ok")
        assert comment.text().endswith("ok")
        assert not offer.isModal() and offer.windowModality() == Qt.WindowModality.NonModal
    finally:
        offer.close()
