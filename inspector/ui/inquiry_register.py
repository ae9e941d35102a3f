"""«Запросы»: the team's deputy inquiries — status, due date, days left, the answer's rating.

An aide opens the draft (Word or PDF) and its evidence annex from here, marks an inquiry as
announced, records the Government's answer with a rating per request, and exports the register
for the faction's office. Overdue inquiries lead the list, in red, with the days counted. Reads
and writes run on the store thread; drafts and the workbook are written on the pool.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.inquiry import RATING_NAMES, STATUS_NAMES, Inquiry
from ..domain.text import pick
from ..services import inquiries as service
from .ops import pool_op, store_op
from .tasks import TaskRunner

OVERDUE_RED = QColor("#b3261e")
STATES = ("draft", "announced", "overdue", "answered", "closed")


class InquiryRegister(QDialog):
    """The register window (non-modal): one row per inquiry."""

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.lang = runner, lang
        self.rows: list[service.RegisterRow] = []
        self.setObjectName("inquiryRegister")
        self.resize(1100, 560)
        self.state_filter = QComboBox()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("inquiryTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.draft(".docx"))
        self.summary = QLabel()
        self.summary.setObjectName("registerSummary")
        self.buttons: dict[str, QPushButton] = {}
        for name, handler in (("new", self.new_inquiry), ("docx", lambda: self.draft(".docx")),
                              ("pdf", lambda: self.draft(".pdf")), ("annex", self.annex),
                              ("announce", self.announce), ("answer", self.answer),
                              ("document", self.open_answer), ("xlsx", self.export)):
            button = QPushButton()
            button.setObjectName(f"inquiry_{name}")
            button.clicked.connect(handler)
            self.buttons[name] = button
        self.buttons["docx"].setDefault(True)
        # A button's shortcut is replaced by its text's mnemonic on every setText, so Ctrl+N
        # lives in an action of this window (WindowShortcut: the main window's «new visit»
        # Ctrl+N answers only there, this one only here).
        self.new_action = QAction(self)
        self.new_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_inquiry)
        self.addAction(self.new_action)
        top = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.state_filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.state_filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        actions = QHBoxLayout()
        for name in ("new", "docx", "pdf", "annex", "announce", "answer", "document"):
            actions.addWidget(self.buttons[name])
        actions.addStretch(1)
        actions.addWidget(self.buttons["xlsx"])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.state_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.retranslate()
        self._selection_changed()
        self.reload()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inquiries"))
        self.filter_label.setText(self.tr("&Show:"))
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("All inquiries"), None)
        for state in STATES:
            self.state_filter.addItem(pick(STATUS_NAMES[state], self.lang), state)
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(current)))
        self.state_filter.blockSignals(False)
        self.table.setHorizontalHeaderLabels([
            self.tr("Inquiry"), self.tr("Status"), self.tr("Announced"), self.tr("Answer due"),
            self.tr("Days left"), self.tr("Answer rated")])
        for name, text in (("new", self.tr("&New inquiry…")), ("docx", self.tr("&Word draft")),
                           ("pdf", self.tr("&PDF draft")), ("annex", self.tr("Evidence &annex")),
                           ("announce", self.tr("&Mark as announced…")),
                           ("answer", self.tr("&Record the answer…")),
                           ("document", self.tr("Open the answer &document")),
                           ("xlsx", self.tr("&Export to Excel…"))):
            self.buttons[name].setText(text)
        self.buttons["new"].setToolTip(self.new_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText))

    # --- loading --------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self._store(lambda p: service.register(p), lambda rows: self._loaded(rows, select))

    def _loaded(self, rows: list[service.RegisterRow], select: str | None) -> None:
        self.rows = rows
        self._fill(select)

    def _fill(self, select: str | None = None) -> None:
        select = select or self.selected_id()
        wanted = self.state_filter.currentData()
        shown = [r for r in self.rows if wanted is None or r.state == wanted]
        self.table.setRowCount(len(shown))
        for n, row in enumerate(shown):
            for column, value in enumerate(self._cells(row)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.inquiry.id)
                if row.state == "overdue":
                    item.setForeground(QBrush(OVERDUE_RED))
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, column, item)
            if row.inquiry.id == select:
                self.table.selectRow(n)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        overdue = sum(r.state == "overdue" for r in self.rows)
        self.summary.setText(self.tr("Overdue: %n", "", overdue) if overdue else "")
        self._selection_changed()

    def _cells(self, row: service.RegisterRow) -> list[str]:
        inquiry = row.inquiry
        left = ""
        if row.days_left is not None:
            left = (self.tr("%n day(s) overdue", "", -row.days_left) if row.days_left < 0
                    else self.tr("%n day(s)", "", row.days_left))
        return [inquiry.title, row.state_name(self.lang), _day(inquiry.announced_on),
                row.due.strftime("%d.%m.%Y") if row.due else "", left,
                pick(RATING_NAMES.get(inquiry.overall_rating()), self.lang)]

    # --- selection ------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def selected(self) -> Inquiry | None:
        chosen = self.selected_id()
        return next((r.inquiry for r in self.rows if r.inquiry.id == chosen), None)

    def _selection_changed(self) -> None:
        inquiry = self.selected()
        for name in ("docx", "pdf", "annex", "announce", "answer"):
            self.buttons[name].setEnabled(inquiry is not None)
        if inquiry is not None:
            self.buttons["announce"].setEnabled(inquiry.status == "draft")
        self.buttons["document"].setEnabled(inquiry is not None and bool(inquiry.answer_sha256))

    # --- commands -------------------------------------------------------------------------

    def new_inquiry(self) -> None:
        from .inquiry_dialogs import NewInquiryDialog

        dialog = NewInquiryDialog(self.runner, self.lang, self)
        dialog.saved.connect(lambda inquiry_id: self.reload(select=inquiry_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def draft(self, suffix: str) -> None:
        inquiry = self.selected()
        if inquiry is None:
            return
        path = self.ask_file_name(inquiry.title or "inquiry", suffix)
        if path is None:
            return
        self._store(lambda p: service.load_inquiry_draft(p, inquiry.id),
                    lambda job: self._pool(lambda: job.render(path), self._written))

    def annex(self) -> None:
        inquiry = self.selected()
        if inquiry is None:
            return
        path = self.ask_file_name(f"{inquiry.title} — annex", ".pdf")
        if path is None:
            return
        from ..services.reports import load_summary_report

        self._store(lambda p: load_summary_report(
            p, visit_ids=service.annex_visit_ids(p, inquiry), lang=inquiry.language,
            include_drafts=True), lambda job: self._pool(lambda: job.render(path), self._written))

    def announce(self) -> None:
        inquiry = self.selected()
        if inquiry is None:
            return
        from .inquiry_dialogs import AnnounceDialog

        dialog = AnnounceDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.day()
        self._store(lambda p: service.announce(p, inquiry.id, day),
                    lambda saved: self.reload(select=saved.id))

    def answer(self) -> None:
        inquiry = self.selected()
        if inquiry is None:
            return
        from .inquiry_dialogs import AnswerDialog

        dialog = AnswerDialog(self.runner, inquiry, self.lang, self)
        dialog.saved.connect(lambda inquiry_id: self.reload(select=inquiry_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_answer(self) -> None:
        inquiry = self.selected()
        if inquiry is None:
            return
        self._store(lambda p: service.answer_document(p, inquiry), self._open_document)

    def _open_document(self, path: Path | None) -> None:
        if path is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "The answer document is not on this computer yet: it arrives with the next "
                "sync."))
            return
        self.open_url(path)

    def export(self) -> None:
        path = self.ask_file_name(self.tr("Inquiries"), ".xlsx")
        if path is None:
            return
        lang = self.lang
        self._store(lambda p: service.register(p),
                    lambda rows: self._pool(lambda: service.write_register(rows, path, lang=lang),
                                            self._written))

    # --- plumbing -------------------------------------------------------------------------

    def ask_file_name(self, stem: str, suffix: str) -> Path | None:
        """Where to write; None when the person cancels (replaced in tests)."""
        filters = {".docx": self.tr("Word document (*.docx)"), ".pdf": self.tr("PDF (*.pdf)"),
                   ".xlsx": self.tr("Excel workbook (*.xlsx)")}
        safe = "".join(c if c.isalnum() or c in " -_.,«»" else "_" for c in stem)[:80].strip()
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              str(Path.home() / f"{safe}{suffix}"),
                                              filters[suffix])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _written(self, path: Path) -> None:
        self.open_url(path)

    def open_url(self, path: Path) -> None:
        """Show a written file in the program the system opens it with (replaced in tests)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _store(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        store_op(self.runner, lambda job: work(job.profile), parent=self).success(done).run()

    def _pool(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        pool_op(self.runner, lambda _job: work(), parent=self).success(done).run()


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y") if iso else ""
    except ValueError:
        return iso

