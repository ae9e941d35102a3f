"""VisitEditor: the window onto one visit. The shell opens it; everything else is in the tabs.

Contract with the shell: VisitEditor(runner, visit_id, lang, parent); signals saved(str),
completed(), changed(); flush() before closing; set_language(lang).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import Question
from ...services.editing import VisitData, load_visit
from ..ops import error_text, store_op
from ..tasks import TaskRunner
from .checklist_view import ChecklistView
from .complete_dialog import MissingAnswersDialog
from .findings_view import FindingsView
from .interviews_view import InterviewsView
from .overview import OverviewView
from .photos_view import PhotosView
from .pickers import PhotoPicker
from .session import VisitSession
from .style import EDITOR_STYLE
from .thumbnails import ThumbnailCache


class VisitEditor(QWidget):
    saved = Signal(str)  # time of the last autosave, "14:32:05"
    completed = Signal()
    changed = Signal()
    ready = Signal()  # loaded and shown (tests, benchmark)

    def __init__(self, runner: TaskRunner, visit_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.visit_id = visit_id
        self.lang = lang
        self.session: VisitSession | None = None
        self.thumbnails: ThumbnailCache | None = None
        self._last_saved = ""
        self.setStyleSheet(EDITOR_STYLE)

        self.pages = QStackedWidget(self)
        self.loading = QWidget(self)
        loading_column = QVBoxLayout(self.loading)
        loading_column.addStretch(1)
        self.loading_label = QLabel(self.loading)
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_bar = QProgressBar(self.loading)
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setMaximumWidth(240)
        self.loading_bar.setTextVisible(False)
        loading_column.addWidget(self.loading_label)
        loading_column.addWidget(self.loading_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        loading_column.addStretch(2)
        self.pages.addWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()
        store_op(runner, lambda job: load_visit(job.profile, visit_id), parent=self) \
            .success(self._loaded).failure(self._load_failed).run()

    # --- loading --------------------------------------------------------------------------

    def _loaded(self, data: VisitData) -> None:
        if not shiboken6.isValid(self):
            return
        self.session = session = VisitSession(self.runner, data, self.lang, self)
        self.thumbnails = ThumbnailCache(self.runner, data.media_root, data.cache_dir, self)
        self.thumbnails.request(data.photos)  # start decoding before the tab is even shown

        content = QWidget(self)
        header = QFrame(content)
        header.setObjectName("editorHeader")
        self.title = QLabel(header)
        self.title.setObjectName("editorTitle")
        self.status_chip = QLabel(header)
        self.status_chip.setObjectName("statusChip")
        self.save_state = QLabel(header)
        self.save_state.setObjectName("saveState")
        self.complete_button = QPushButton(header)
        self.complete_button.setObjectName("primary")
        self.reopen_button = QPushButton(header)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.title, 1)
        row.addWidget(self.status_chip)
        row.addSpacing(12)
        row.addWidget(self.save_state)
        row.addSpacing(12)
        row.addWidget(self.complete_button)
        row.addWidget(self.reopen_button)
        self.read_only_banner = QLabel(content)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)

        self.tabs = QTabWidget(content)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewView(session, self.tabs)
        self.checklist = ChecklistView(session, self.tabs)
        self.photos = PhotosView(session, self.thumbnails, self.tabs)
        self.interviews = InterviewsView(session, self.tabs)
        self.findings = FindingsView(session, self.thumbnails, self.tabs)
        for view in (self.overview, self.checklist, self.photos, self.interviews, self.findings):
            self.tabs.addTab(view, "")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.tabs, 1)
        self.pages.addWidget(content)
        self.pages.setCurrentWidget(content)
        self.tabs.setCurrentWidget(self.checklist if not data.visit.is_completed
                                   else self.overview)

        self.complete_button.clicked.connect(self.complete)
        self.reopen_button.clicked.connect(self.reopen)
        self.checklist.photos_requested.connect(self.pick_photos)
        session.saved.connect(self._saved)
        session.busy_changed.connect(self._busy)
        session.failed.connect(self._failed)
        session.incomplete.connect(self._show_missing)
        session.status_changed.connect(self._status_changed)
        for signal in (session.answer_changed, session.photos_changed, session.photo_changed,
                       session.interviews_changed, session.findings_changed):
            signal.connect(lambda *_: self.changed.emit())
        for signal in (session.photos_changed, session.interviews_changed,
                       session.findings_changed):
            signal.connect(self._label_tabs)
        self.retranslate()
        self.ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.loading_bar.hide()
            self.loading_label.setText(self.tr("This visit cannot be opened:") + "\n" +
                                       error_text(exc, self.lang))

    def is_ready(self) -> bool:
        return self.session is not None

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.loading_label.setText(self.tr("Opening the visit…"))
        if self.session is None:
            return
        data = self.session.data
        self.title.setText(data.facility.name)
        self.complete_button.setText(self.tr("&Complete visit"))
        self.complete_button.setToolTip(self.tr("Checks that every required question is "
                                                "answered, then locks the visit"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.read_only_banner.setText(self.tr("This visit is completed and read-only. Press "
                                              "“Reopen” to change it."))
        self._label_tabs()
        self._status_changed(emit=False)
        self._show_save_state()

    def _label_tabs(self) -> None:
        if self.session is None:
            return
        data = self.session.data
        texts = [self.tr("&Overview"), self.tr("Check&list"),
                 self.tr("&Photos (%1)").replace("%1", str(len(data.photos))),
                 self.tr("&Interviews (%1)").replace("%1", str(len(data.interviews))),
                 self.tr("F&indings (%1)").replace("%1", str(len(data.findings)))]
        for i, text in enumerate(texts):
            self.tabs.setTabText(i, text)

    def set_language(self, lang: str) -> None:
        """Checklist texts follow `lang`; UI strings follow the translators the shell installs."""
        self.lang = lang
        if self.session is None:
            return
        self.session.lang = lang
        for view in (self.overview, self.checklist, self.photos, self.interviews, self.findings):
            view.set_language(lang)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- saving ---------------------------------------------------------------------------

    def _saved(self, when: str) -> None:
        self._last_saved = when
        self._show_save_state()
        self.saved.emit(when)

    def _busy(self, busy: bool) -> None:
        self._show_save_state(busy)

    def _show_save_state(self, busy: bool = False) -> None:
        if self.session is None:
            return
        if busy:
            self.save_state.setText(self.tr("Saving…"))
        elif self._last_saved:
            self.save_state.setText(self.tr("Saved at %1").replace("%1", self._last_saved))
        else:
            self.save_state.setText(self.tr("Changes are saved automatically"))

    def _failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved"))
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def flush(self) -> None:
        """Send any pending edit to the store thread now (without waiting for the disk)."""
        if self.session is not None:
            self.session.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self.thumbnails is not None:
            self.thumbnails.cancel()
        super().closeEvent(event)

    # --- completing -----------------------------------------------------------------------

    def complete(self) -> None:
        if self.session is not None and not self.session.read_only:
            self.complete_button.setEnabled(False)
            self.session.complete()

    def reopen(self) -> None:
        if self.session is not None and self.session.read_only:
            self.session.reopen()

    def _show_missing(self, missing: list[Question]) -> MissingAnswersDialog:
        self.complete_button.setEnabled(True)
        dialog = MissingAnswersDialog(self.session.data.template, missing, self.lang, self,
                                      invalid=self.session.invalid())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.jump.connect(self.jump_to_question)
        self.missing_dialog = dialog
        dialog.open()
        return dialog

    def jump_to_question(self, question_id: str) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.jump_to(question_id)

    def _status_changed(self, emit: bool = True) -> None:
        session = self.session
        if session is None:
            return
        done = session.read_only
        self.status_chip.setText(self.tr("Completed") if done else self.tr("Draft"))
        self.status_chip.setProperty("state", "completed" if done else "draft")
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.complete_button.setVisible(not done)
        self.complete_button.setEnabled(True)
        self.reopen_button.setVisible(done)
        self.read_only_banner.setVisible(done)
        if emit and done:
            self.completed.emit()
        if emit:
            self.changed.emit()

    # --- evidence photos for a question ---------------------------------------------------

    def pick_photos(self, question_id: str) -> None:
        if self.session is None or self.thumbnails is None:
            return
        picker = PhotoPicker(self.session, self.thumbnails, question_id, self)
        if self.session.read_only:
            picker.list.setEnabled(False)
        if picker.exec() == PhotoPicker.DialogCode.Accepted and not self.session.read_only:
            picker.apply()
