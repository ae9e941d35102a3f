"""VisitEditor: the window onto one visit. The shell opens it; everything else is in the tabs.

Contract with the shell: VisitEditor(runner, visit_id, lang, parent); signals saved(str),
completed(), changed(); flush() before closing; set_language(lang).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
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
from ...domain.text import day
from ...services.editing import VisitData, load_visit
from ..confirm import ask
from ..elided_label import ElidedLabel
from ..ops import error_text, store_op
from ..tasks import TaskRunner
from .checklist_view import ChecklistView
from .complete_dialog import CompletionSummaryDialog, MissingAnswersDialog
from .findings_view import FindingsView
from .interviews_view import InterviewsView
from .overview import OverviewView
from .photos_view import PhotosView
from .pickers import PhotoPicker
from .recommendations_view import RecommendationsView
from .session import VisitSession
from .style import EDITOR_STYLE
from .thumbnails import ThumbnailCache

TABS = ("overview", "checklist", "photos", "interviews", "findings")


class VisitEditor(QWidget):
    saved = Signal(str)  # time of the last autosave, "14:32:05"
    completed = Signal()
    changed = Signal()
    ready = Signal()  # loaded and shown (tests, benchmark)
    section_width_changed = Signal(int)  # the checklist's side list was resized (remembered)

    def __init__(self, runner: TaskRunner, visit_id: str, lang: str,
                 parent: QWidget | None = None, *, person: str = "",
                 section_width: int = 0) -> None:
        super().__init__(parent)
        self.runner = runner
        self.person = person  # who reopens a completed visit, for its record
        self._section_width = section_width
        # Why a sealed visit is reopened; replaced in tests (a modal dialog cannot be driven).
        self.ask_reason: Callable[[], tuple[str, bool]] = self._ask_reason
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

        content = QWidget(self)
        header = QFrame(content)
        header.setObjectName("editorHeader")
        self.title = ElidedLabel(header)  # official names run to 120 characters
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
        # A tab's view is built when it is first shown (or asked for): building all five at once
        # held the GUI thread for half a second, typing included, before anything could be done.
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        for name in TABS:
            self._placeholders[name] = QWidget(self.tabs)
            self.tabs.addTab(self._placeholders[name], "")
        # A revisit checks the earlier visits' open recommendations; the tab appears when it has
        # any (read after the visit, on the store thread).
        self.followup = RecommendationsView(
            self.runner, data.visit.id, self.lang, read_only=data.visit.is_completed,
            by=", ".join(data.visit.deputies), parent=self.tabs)
        self.followup.hide()
        self.followup.loaded.connect(self._followup_loaded)
        self.followup.failed.connect(self._failed)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.tabs, 1)
        self.pages.addWidget(content)
        self.pages.setCurrentWidget(content)
        self.tabs.setCurrentIndex(TABS.index("overview" if data.visit.is_completed
                                             else "checklist"))
        self.tabs.currentChanged.connect(
            lambda index: index < len(TABS) and self._view(TABS[index]))

        self.complete_button.clicked.connect(self.complete)
        self.reopen_button.clicked.connect(self.reopen)
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
        # The tab shown is built on a later turn of the event loop: the header is painted
        # first, and the GUI thread never holds both pieces of work in one go. A 1 ms timer,
        # not 0: a zero timer is a posted event, run in one stretch with the layout and paint
        # this turn posted, so input and timers waited for both.
        QTimer.singleShot(1, self, self._show_first_tab)

    def _show_first_tab(self) -> None:
        self._view(TABS[self.tabs.currentIndex()])
        self.ready.emit()
        # Decoded once the first screen is built: decoding a visit's photos beside it (on the
        # pool, and with a sync's uploads on the other core) held that build past 100 ms.
        if self.session is not None and self.thumbnails is not None:
            self.thumbnails.request(self.session.data.photos)

    def focus_start(self) -> None:
        """Where the keys go once the visit has opened: its first question when the checklist
        is shown, else the tabs. Nothing had the focus, so what a person typed went nowhere."""
        focus, view = QApplication.focusWidget(), self.tabs.currentWidget()
        if focus is not None and view is not None and view.isAncestorOf(focus):
            return  # the person got into the page first
        checklist = self._built.get("checklist")
        if isinstance(checklist, ChecklistView) and self.tabs.currentWidget() is checklist:
            checklist.focus_first()
        else:
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def _followup_loaded(self, count: int) -> None:
        # After the five tabs (their indices stay those of TABS).
        if count and shiboken6.isValid(self):
            self.tabs.addTab(self.followup, "")
            self._label_tabs()

    # --- the tabs' views, built on first use --------------------------------------------------

    def _view(self, name: str) -> QWidget:
        view = self._built.get(name)
        if view is not None:
            return view
        session, tabs = self.session, self.tabs
        assert session is not None and self.thumbnails is not None, "the visit is not loaded"
        placeholder = self._placeholders.pop(name)
        # Born where it will live, the tab widget's page stack: a widget tree moved into the
        # styled editor afterwards has every descendant's style sheet matched again, which
        # cost as much as building the cards.
        home = placeholder.parentWidget()
        assert home is not None, "a placeholder lives in the tabs' page stack"
        home.setUpdatesEnabled(False)  # one layout and paint when it is whole, not per card
        if name == "overview":
            view = OverviewView(session, home)
        elif name == "checklist":
            view = ChecklistView(session, home, self.thumbnails)
            view.photos_requested.connect(self.pick_photos)
            view.set_section_width(self._section_width)
            view.section_width_changed.connect(self.section_width_changed)
        elif name == "photos":
            view = PhotosView(session, self.thumbnails, home)
        elif name == "interviews":
            view = InterviewsView(session, home)
        else:
            view = FindingsView(session, self.thumbnails, home)
        self._built[name] = view
        # The view takes its placeholder's place, and the tab shown stays the one shown.
        index, current = tabs.indexOf(placeholder), tabs.currentIndex()
        tabs.blockSignals(True)
        text = tabs.tabText(index)
        tabs.removeTab(index)
        tabs.insertTab(index, view, text)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        home.setUpdatesEnabled(True)
        placeholder.deleteLater()
        return view

    @property
    def overview(self) -> OverviewView:
        return self._view("overview")  # type: ignore[return-value]

    @property
    def checklist(self) -> ChecklistView:
        return self._view("checklist")  # type: ignore[return-value]

    @property
    def photos(self) -> PhotosView:
        return self._view("photos")  # type: ignore[return-value]

    @property
    def interviews(self) -> InterviewsView:
        return self._view("interviews")  # type: ignore[return-value]

    @property
    def findings(self) -> FindingsView:
        return self._view("findings")  # type: ignore[return-value]

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
        self.reopen_button.setText(self.tr("&Reopen for correction…"))
        self.reopen_button.setToolTip(self.tr("Back to a draft to correct answers; recorded "
                                              "in the visit"))
        self.read_only_banner.setText(self.tr("This visit is completed and read-only. To "
                                              "correct it, press “Reopen for correction”."))
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
                 self.tr("Fi&ndings (%1)").replace("%1", str(len(data.findings)))]
        for i, text in enumerate(texts):
            self.tabs.setTabText(i, text)
        if self.tabs.indexOf(self.followup) >= 0:
            self.tabs.setTabText(self.tabs.indexOf(self.followup),
                                 self.tr("&Recommendations (%1)").replace(
                                     "%1", str(len(self.followup.rows))))

    def set_language(self, lang: str) -> None:
        """Checklist texts follow `lang`; UI strings follow the translators the shell installs."""
        self.lang = lang
        if self.session is None:
            return
        self.session.lang = lang
        for view in self._built.values():
            view.set_language(lang)  # type: ignore[attr-defined]
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
        """Refuse while anything blocks (the list of what, to jump to); else show the summary,
        and complete once the person confirms it."""
        session = self.session
        if session is None or session.read_only:
            return
        blocking = session.blocking()
        if blocking:
            self._show_missing(blocking)
            return
        dialog = CompletionSummaryDialog(session.completion_summary(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._confirmed_complete)
        self.summary_dialog = dialog
        dialog.open()

    def _confirmed_complete(self) -> None:
        if self.session is not None and not self.session.read_only:
            self.complete_button.setEnabled(False)
            self.session.complete()

    def reopen(self) -> None:
        """Reopening a completed visit is a deliberate, recorded correction, so it asks first:
        for a sealed one (its report may be out) why, which is kept as an amendment."""
        if self.session is None or not self.session.read_only:
            return
        reason = ""
        if self.session.data.visit.seal:
            reason, ok = self.ask_reason()
            if not ok or not reason.strip():
                return
        elif not ask(self, self.tr("Reopen the visit for correction?"),
                     self.tr("The visit goes back to a draft, so its answers can be changed, "
                             "and it must be completed again. The visit records when it was "
                             "reopened and by whom."),
                     self.tr("Reopen for correction"), self.tr("Keep it completed")):
            return
        self.session.reopen(reason, by=self.person)

    def _ask_reason(self) -> tuple[str, bool]:
        from PySide6.QtWidgets import QInputDialog

        return QInputDialog.getMultiLineText(
            self, self.tr("Correct a completed visit"),
            self.tr("The visit is sealed. Why is it being corrected? The reason, your name "
                    "and the time are kept with the visit."))

    def _show_missing(self, missing: list[Question]) -> MissingAnswersDialog:
        self.complete_button.setEnabled(True)
        session = self.session
        assert session is not None  # completing needs an open visit
        dialog = MissingAnswersDialog(session.data.template, missing, self.lang, self,
                                      invalid=session.invalid())
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
        self.save_state.setVisible(not done)  # nothing is being saved on a completed visit
        visit = session.data.visit
        if visit.reopened_at and not done:
            when = day(visit.reopened_at)
            note = (self.tr("Reopened for correction on %1 by %2").replace("%2", visit.reopened_by)
                    if visit.reopened_by else self.tr("Reopened for correction on %1"))
            self.status_chip.setToolTip(note.replace("%1", when))
        else:
            self.status_chip.setToolTip("")
        if emit and done:
            self.completed.emit()
        if emit:
            self.changed.emit()

    # --- evidence photos for a question ---------------------------------------------------

    def pick_photos(self, question_id: str) -> None:
        if self.session is None or self.thumbnails is None:
            return
        if not self.session.data.photos and not self.session.read_only:
            # A new visit has nothing to pick from: straight to the files, linked on arrival.
            self.photos.add_for_question(question_id)
            return
        picker = PhotoPicker(self.session, self.thumbnails, question_id, self)
        if self.session.read_only:
            picker.list.setEnabled(False)
            picker.from_files.hide()
        if picker.exec() == PhotoPicker.DialogCode.Accepted and not self.session.read_only:
            picker.apply()
            if picker.wants_files:
                self.photos.add_for_question(question_id)
