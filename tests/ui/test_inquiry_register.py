"""«Запросы» in the window: the register, a new inquiry from chosen findings, drafts, the answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from inspector.services.demo import generate_demo
from inspector.store.profile import Profile
from inspector.ui.inquiry_dialogs import AnswerDialog, NewInquiryDialog


@pytest.fixture
def register(open_window, data_dir, tmp_path, qtbot):
    with Profile(data_dir) as profile:
        generate_demo(profile, visits=8, photos_per_visit=0)
    window = open_window()
    window.commands.inquiries.trigger()
    register = window._inquiries
    qtbot.waitUntil(lambda: register.table.rowCount() == 4, timeout=5000)
    register.written = []
    register.targets = iter([])
    register.ask_file_name = lambda stem, suffix: tmp_path / f"out{suffix}"
    register.open_url = register.written.append
    yield register
    register.close()


def column(register, n):
    return [register.table.item(r, n).text() for r in range(register.table.rowCount())]


def test_the_register_leads_with_overdue_inquiries_in_red(register):
    states = column(register, 1)
    assert states[0] == "Overdue" and set(states) == {"Overdue", "Answered", "Announced", "Draft"}
    overdue = register.table.item(0, 0)
    assert overdue.foreground().color().name() == "#b3261e"
    assert "overdue" in column(register, 4)[0] and register.summary.text() == "Overdue: 1"
    # Filtering by status keeps only those.
    register.state_filter.setCurrentIndex(register.state_filter.findData("answered"))
    assert column(register, 1) == ["Answered"]


def test_a_new_inquiry_from_chosen_findings_then_its_word_draft(register, qtbot):
    register.buttons["new"].click()
    dialog = register.findChild(NewInquiryDialog)
    qtbot.waitUntil(lambda: dialog.findings.count() > 3, timeout=5000)
    dialog.title.setText("О зарплатах в ЦОН")
    dialog.position.setPlainText("Премьер-Министру\nРеспублики Казахстан")
    dialog.addressee.setText("Сарсенбаеву А.К.")
    dialog.salutation.setText("Уважаемый Аскар Кайратович!")
    for row in (0, 2):
        dialog.findings.item(row).setCheckState(Qt.CheckState.Checked)
    # Nobody signs yet: refused, the form stays open with everything typed, and says why.
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=5000)
    assert "nobody signs" in dialog.problem.text() and dialog.isVisible()
    assert dialog.title.text() == "О зарплатах в ЦОН"
    dialog.signatories.setPlainText("А. Серикбаев / Ак жол")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: register.table.rowCount() == 5, timeout=5000)
    assert register.selected().title == "О зарплатах в ЦОН"
    assert len(register.selected().finding_ids) == 2
    register.buttons["docx"].click()
    qtbot.waitUntil(lambda: bool(register.written), timeout=10000)
    words = [p.text for p in Document(str(register.written[0])).paragraphs]
    assert "Уважаемый Аскар Кайратович!" in words and "депутаты фракции «Ак жол»" in words


def test_recording_and_rating_the_answer(register, qtbot, tmp_path):
    announced = column(register, 1).index("Announced")
    register.table.selectRow(announced)
    register.buttons["answer"].click()
    dialog = register.findChild(AnswerDialog)
    dialog.answer_from.setText("Министерство труда")
    document = tmp_path / "answer.pdf"
    document.write_bytes(b"%PDF-1.4 reply")
    dialog.document = str(document)
    rating, note = dialog.ratings[0]
    rating.setCurrentIndex(rating.findData("formal"))
    note.setText("общие слова")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Answered" in column(register, 1)[announced:announced + 1]
                    or column(register, 1).count("Answered") == 2, timeout=5000)
    chosen = register.selected()
    assert chosen.status == "answered" and chosen.overall_rating() == "formal"
    assert register.buttons["document"].isEnabled()
    register.buttons["document"].click()
    qtbot.waitUntil(lambda: bool(register.written), timeout=5000)
    assert Path(register.written[-1]).read_bytes() == b"%PDF-1.4 reply"


def test_an_answer_whose_document_is_gone_is_refused_and_keeps_what_was_typed(register, qtbot,
                                                                             tmp_path):
    announced = column(register, 1).index("Announced")
    register.table.selectRow(announced)
    register.buttons["answer"].click()
    dialog = register.findChild(AnswerDialog)
    dialog.answer_from.setText("Министерство труда")
    dialog.document = str(tmp_path / "moved away.pdf")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=5000)
    assert dialog.problem.text().startswith("The inquiry was not saved")
    assert dialog.isVisible() and save.isEnabled()
    assert dialog.answer_from.text() == "Министерство труда"
    assert column(register, 1).count("Answered") == 1  # nothing was recorded
    document = tmp_path / "answer.pdf"
    document.write_bytes(b"%PDF-1.4 reply")
    dialog.document = str(document)
    save.click()
    # The same form, corrected, saves: what was typed before the refusal is what is recorded.
    qtbot.waitUntil(lambda: column(register, 1).count("Answered") == 2, timeout=5000)
    assert "Министерство труда" in [r.inquiry.answer_from for r in register.rows]


def test_the_register_exports_to_excel(register, qtbot):
    register.buttons["xlsx"].click()
    qtbot.waitUntil(lambda: bool(register.written), timeout=10000)
    sheet = load_workbook(register.written[0]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Inquiry", "Addressee", "Signed by", "Status") and len(rows) == 5
    assert {r[3] for r in rows[1:]} == {"Overdue", "Answered", "Announced", "Draft"}


def test_the_institutions_history_from_the_visit_list(register, qtbot):
    from inspector.ui.facility_history import FacilityHistoryDialog

    window = register.parent()
    window.list_page.table.selectRow(0)
    qtbot.waitUntil(lambda: window.commands.facility_history.isEnabled(), timeout=3000)
    window.commands.facility_history.trigger()
    qtbot.waitUntil(lambda: window.findChild(FacilityHistoryDialog) is not None, timeout=5000)
    dialog = window.findChild(FacilityHistoryDialog)
    text = dialog.browser.toPlainText()
    assert dialog.history.facility.name in text
    assert "Visits: " in text and "open recommendations" in text
    findings = [f for v in dialog.history.visits for f in v.findings if f.recommendation]
    assert findings and findings[0].recommendation in text
    dialog.close()


def test_the_new_inquiry_form_filters_findings_by_region_and_period(register, qtbot):
    register.buttons["new"].click()
    dialog = register.findChild(NewInquiryDialog)
    qtbot.waitUntil(lambda: dialog.findings.count() > 3, timeout=5000)
    everything = dialog.findings.count()
    region = dialog.choices[0].facility.region
    dialog.region.setCurrentIndex(dialog.region.findData(region))
    qtbot.waitUntil(lambda: all(c.facility.region == region for c in dialog.choices), timeout=5000)
    assert 0 < dialog.findings.count() < everything
    dialog.region.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.findings.count() == everything, timeout=5000)
    day = max(c.visit.started_on for c in dialog.choices)
    qtbot.keyClicks(dialog.date_from, ".".join(reversed(day.split("-"))))  # as typed
    qtbot.waitUntil(lambda: all(c.visit.started_on >= day for c in dialog.choices)
                    and dialog.findings.count() < everything, timeout=5000)
    dialog.reject()


def test_ctrl_n_in_the_register_opens_a_new_inquiry_not_a_new_visit(register, qtbot):
    # The button's text sets its mnemonic and with it replaces any shortcut set before, so
    # Ctrl+N was silently lost in the register; the main window's Ctrl+N must not answer either.
    register.activateWindow()
    qtbot.waitUntil(register.isActiveWindow, timeout=5000)
    qtbot.keyClick(register.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: register.findChild(NewInquiryDialog) is not None, timeout=3000)
    assert register.findChild(NewInquiryDialog).isVisible()
    # After a language switch the texts are set again, and the key still works.
    register.findChild(NewInquiryDialog).reject()
    register.retranslate()
    assert QKeySequence(QKeySequence.StandardKey.New) in register.new_action.shortcuts()


def test_long_findings_wrap_in_the_new_inquiry_form_instead_of_scrolling_sideways(
        register, qtbot):
    register.buttons["new"].click()
    dialog = register.findChild(NewInquiryDialog)
    qtbot.waitUntil(lambda: dialog.findings.count() > 3, timeout=5000)
    view = dialog.findings
    long = view.item(1)
    long.setText(long.text() + " — " + "в группах нет воспитателя на смене, дети без присмотра; " * 4)
    line = view.fontMetrics().height()
    assert view.fontMetrics().horizontalAdvance(long.text()) > view.viewport().width()
    qtbot.waitUntil(lambda: view.visualItemRect(long).height() > 2.5 * line,
                    timeout=2000)  # on several lines, all of it readable
    assert view.horizontalScrollBar().maximum() == 0
    assert all(view.visualItemRect(view.item(r)).right() <= view.viewport().width()
               for r in range(view.count()))
    dialog.reject()
