"""The main window: the visit list, the visit editor, menus, and the status bar.

It wires parts that each live in their own module (list page, actions, task progress, dialogs,
the editor) and holds no logic of theirs. Store work runs on the runner's store lane.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from .actions import MainActions
from .backup_commands import BackupCommands
from .export_actions import ExportActions
from .list_page import VisitListPage
from .ops import pool_op, present_failure, store_op
from .qt_types import touch_qt_types
from .settings import Settings
from .sync_controller import SyncController
from .sync_panel import SyncStatusBar
from .task_progress import TaskProgress
from .tasks import TaskRunner
from .verify_action import VerifyActions

if TYPE_CHECKING:
    from ..domain.errors import InspectorError
    from ..domain.facility import Facility
    from ..domain.visit import Visit
    from ..services.recommendations import FacilityHistory
    from ..services.visits import DeletedVisit
    from .i18n import Translations
    from .new_visit_dialog import NewVisitDialog
    from .visit.editor import VisitEditor

# Dialogs, the editor and the store calls behind menu commands are imported when first used:
# every module imported here is paid for at each start, before the window appears.
log = logging.getLogger(__name__)
UNDO_OFFER_MS = 30_000  # how long the status bar offers to bring a deleted visit back


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner, settings: Settings, lang: str,
                 translations: Translations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        runner.lang, runner.default_parent = lang, self  # for failures outliving their widget
        self.settings = settings
        self.lang = lang
        self.translations = translations  # None: language fixed (tests)
        self.editor: VisitEditor | _EditorPlaceholder | None = None
        self._deleted: DeletedVisit | None = None
        self._warmed = False
        self._read_only_notice: InspectorError | None = None  # said in the status bar
        self._saved_at = ""  # when the editor last saved, as the status bar says it

        self.commands = MainActions(self)  # not `actions`: QWidget.actions() lists what is added
        self.list_page = VisitListPage(runner, lang)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.setCentralWidget(self.pages)
        self.commands.bind_to_list(self.list_page.table)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.task_progress = TaskProgress()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_OFFER_MS)
        self._undo_timer.timeout.connect(self._forget_deleted)
        # Sync and reports live in their own modules; the window places and connects them.
        self.sync = SyncController(runner, settings, self.task_progress, self, lambda: self.lang)
        self.exports = ExportActions(runner, settings, self.task_progress, self,
                                     self.current_visit_id, lambda: self.lang)
        self.backups = BackupCommands(runner, settings, self.task_progress, self,
                                      self._before_restore, self.show_error)
        self.verify = VerifyActions(runner, self, lambda: self.lang)
        self.sync_status = SyncStatusBar()
        self.commands.insert_file_commands([self.sync.action, self.sync.review_action],
                                          self.exports.actions() + [self.verify.action],
                                          self.backups.actions())
        self.commands.add_to_toolbar(self.sync.action)
        status = self.statusBar()
        status.addPermanentWidget(self.undo_button)
        status.addPermanentWidget(self.task_progress)
        status.addPermanentWidget(self.sync_status)
        status.addPermanentWidget(self.saved_label)
        status.messageChanged.connect(self._make_room_for)

        self._connect()
        self._restore_geometry()
        self.retranslate()
        self._visit_selected(False)
        self.list_page.reload()

    def _connect(self) -> None:
        a, page = self.commands, self.list_page
        a.new_visit.triggered.connect(self.new_visit)
        a.open_visit.triggered.connect(lambda: self.open_visit(page.selected_visit_id()))
        a.revisit.triggered.connect(self.revisit_selected)
        a.delete_visit.triggered.connect(self.delete_selected)
        a.undo.triggered.connect(self.undo_delete)
        a.find.triggered.connect(page.filters.focus_search)
        a.refresh.triggered.connect(lambda: page.reload())
        a.load_demo.triggered.connect(self.load_demo)
        a.settings.triggered.connect(self.open_settings)
        a.quit.triggered.connect(self.close)
        a.back_to_list.triggered.connect(self.show_list)
        a.about.triggered.connect(self.about)
        a.guide.triggered.connect(self.show_guide)
        a.inquiries.triggered.connect(self.show_inquiries)
        a.facility_history.triggered.connect(self.show_facility_history)
        # The unsynced count is read after the list: changes that reload the list change it too,
        # and at start-up the list comes first.
        page.loaded.connect(lambda _total: self.sync.refresh_status())
        page.loaded.connect(lambda _total: self._say_if_read_only())
        page.loaded.connect(self._warm_up)
        page.load_failed.connect(lambda _why: self.saved_label.clear())  # nothing can be saved
        page.open_requested.connect(self.open_visit)
        page.selection_changed.connect(self._visit_selected)
        page.create_visit_requested.connect(self.new_visit)
        page.load_demo_requested.connect(self.load_demo)
        sync = self.sync
        sync.status_changed.connect(self.sync_status.show_status)
        sync.synced.connect(lambda _: page.reload())
        sync.resolved.connect(lambda: page.reload())
        sync.about_to_sync.connect(self._flush_editor)
        sync.settings_requested.connect(self.open_settings)
        self.sync_status.review_requested.connect(sync.open_review)

    def _warm_up(self) -> None:
        """Once the list shows: the checklists parsed and the editor's code imported on the
        pool, so that opening the first visit costs its own work only (a tenth of a second
        less, while an export or a sync may be running). With a server set up, the sync
        engine too: imported when the sync starts, its 0.4 s of Python took the interpreter
        lock from the window just as the person, the sync started, opens a visit. And the
        code that reads the facts completing a visit seals: imported when the first checklist
        was built, it held the window's first paint of the visit (the pool thread and the GUI
        thread take turns for the interpreter lock). Then every Qt class, looked up in idle
        slices of the GUI thread (qt_types.py)."""
        if self._warmed:
            return
        self._warmed = True
        syncs = bool(self.settings.server_url.strip())

        def work(_job: object) -> None:
            import importlib

            from ..domain.templates import all_templates

            all_templates()
            importlib.import_module("inspector.ui.visit.editor")
            importlib.import_module("inspector.services.report_data")
            if syncs:
                importlib.import_module("inspector.services.sync")

        pool_op(self.runner, work, parent=self).success(lambda _: touch_qt_types(self)).run()

    def _say_if_read_only(self) -> None:
        """A profile nobody may write is shown, not refused: say so where "Saved" would stand,
        before the person types a change that cannot be kept."""
        from ..services.profiles import read_only_notice

        store_op(self.runner, lambda job: read_only_notice(job.profile), parent=self) \
            .success(self._show_read_only).run()

    def _show_read_only(self, notice: InspectorError | None) -> None:
        self._read_only_notice = notice
        if notice is not None:
            self.saved_label.setText(notice.message(self.lang))
            self.saved_label.setWordWrap(True)

    def _visit_selected(self, selected: bool) -> None:
        on_list = self.pages.currentWidget() is self.list_page
        self.commands.set_visit_actions_enabled(selected and on_list)
        self.commands.set_editing(not on_list)
        self.exports.visit_report.setEnabled(selected or not on_list)

    def _make_room_for(self, message: str) -> None:
        """A sync's result or «Сохранено: путь» was cut to a few words behind the status bar's
        permanent labels at 1366 px (all the more with an export's progress beside them): the
        sync state and «saved» step aside while a message shows, which says as much. The
        «need review» button stays: it is what the person has to act on."""
        for widget in (self.sync_status.label, self.saved_label):
            widget.setVisible(not message)

    def current_visit_id(self) -> str:
        """The visit open in the editor, else the one selected in the list."""
        return (self.editor.visit_id if self.editor is not None else "") \
            or self.list_page.selected_visit_id()

    # --- visits --------------------------------------------------------------------------

    def new_visit(self) -> NewVisitDialog:
        """Ask for the visit's details; the dialog creates it, then it opens in the editor.

        Dialogs are opened window-modal with open(), not exec(): no nested event loop, and the
        store lane's answers keep arriving while a dialog is up.
        """
        from .new_visit_dialog import NewVisitDialog

        dialog = NewVisitDialog(self.runner, self.lang, self.settings.deputy_name, self)
        dialog.accepted.connect(lambda: self._visit_created(dialog.visit_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _visit_created(self, visit_id: str) -> None:
        self.list_page.reload(select_id=visit_id)
        self.open_visit(visit_id)

    def open_visit(self, visit_id: str) -> None:
        if not visit_id:
            return
        self._close_editor()
        self.editor = editor = _make_editor(self.runner, visit_id, self.lang,
                                            self.settings.deputy_name,
                                            self.settings.section_list_width)
        editor.setParent(self)
        editor.saved.connect(self._saved)
        editor.saved.connect(self.sync.refresh_status)
        editor.completed.connect(self.list_page.reload)
        editor.section_width_changed.connect(self._remember_section_width)
        # On the next turn: the page the question sits on is shown only then.
        editor.ready.connect(lambda: QTimer.singleShot(0, editor, editor.focus_start))
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(self.editor)
        self._visit_selected(False)

    def show_list(self) -> None:
        self._close_editor()
        self.pages.setCurrentWidget(self.list_page)
        self._visit_selected(bool(self.list_page.selected_visit_id()))
        self.list_page.reload()
        self.list_page.table.setFocus()

    def _flush_editor(self) -> None:
        if self.editor is not None:
            self.editor.flush()

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        # Pending edits go to the store lane now, ahead of the list's reload; nothing waits for
        # the disk, and a write that fails later is still shown (ops.py).
        editor.flush()
        self.pages.removeWidget(editor)
        editor.deleteLater()

    def _before_restore(self) -> None:
        """The profile's folder is about to be replaced: write what is pending, close the store."""
        self._close_editor()
        self.runner.shutdown()

    def _remember_section_width(self, width: int) -> None:
        self.settings.section_list_width = width

    def _saved(self, when: str) -> None:
        self._saved_at = when
        self.saved_label.setText(self.tr("Saved %1").replace("%1", when))

    def revisit_selected(self) -> None:
        """The new-visit dialog, pre-filled from the selected visit: nothing is made unasked."""
        from ..services.visits import revisit_form

        visit_id = self.list_page.selected_visit_id()
        if visit_id:
            store_op(self.runner, lambda job: revisit_form(job.profile, visit_id), parent=self) \
                .success(lambda found: self._open_revisit(*found)).run()

    def _open_revisit(self, facility: Facility, earlier: Visit) -> NewVisitDialog:
        dialog = self.new_visit()
        dialog.prefill_revisit(facility, earlier)
        return dialog

    def delete_selected(self) -> None:
        from ..services.visits import delete_visit

        visit_id = self.list_page.selected_visit_id()
        if not visit_id:
            return
        row = self.list_page.model.summary(self.list_page.model.row_of(visit_id))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete visit"),
                          self.tr("Delete the visit to %1 with its answers, photos and "
                                  "findings?").replace("%1", row.facility_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter must not delete by accident
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: button is yes and store_op(
            self.runner, lambda job: delete_visit(job.profile, visit_id), parent=self)
            .success(self._visit_deleted).run())
        box.finished.connect(box.deleteLater)
        box.open()

    def _visit_deleted(self, deleted: DeletedVisit) -> None:
        self._deleted = deleted
        self.commands.undo.setEnabled(True)
        self.undo_button.show()
        self._undo_timer.start()
        self.statusBar().showMessage(self.tr("Visit deleted."), UNDO_OFFER_MS)
        self.list_page.reload()

    def undo_delete(self) -> None:
        from ..services.visits import restore_visit

        deleted = self._deleted
        if deleted is None:
            return
        self._forget_deleted()
        store_op(self.runner, lambda job: restore_visit(job.profile, deleted.visit_id),
                 parent=self).success(lambda visit_id: self.list_page.reload(select_id=visit_id)) \
            .run()
        self.statusBar().showMessage(self.tr("Visit restored."), 5000)

    def _forget_deleted(self) -> None:
        self._deleted = None
        self.commands.undo.setEnabled(False)
        self.undo_button.hide()

    def load_demo(self) -> None:
        def work(job):  # type: ignore[no-untyped-def]
            from ..services.demo import generate_demo

            # On the pool: many writes, each short, taking turns with the editor's.
            return generate_demo(job.profile, visits=12, on_progress=job.progress,
                                 is_cancelled=job.cancelled)

        # Cancel stops between two visits: those made are complete, and listed.
        pool_op(self.runner, work, parent=self) \
            .with_progress(self.task_progress, self.tr("Creating demo visits…")) \
            .success(lambda _: self.list_page.reload()) \
            .cancelled(lambda: self.list_page.reload()).run()

    def show_error(self, error: BaseException) -> None:
        present_failure(self, error, self.lang)

    # --- settings and language -----------------------------------------------------------

    def open_settings(self) -> QDialog:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, str(self.runner.data_dir))
        dialog.accepted.connect(lambda: self.set_language(dialog.chosen_language()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_language(self, lang: str) -> None:
        """Everything is retranslated in place; open visits and typed text stay as they are."""
        if lang == self.lang:
            return
        self.lang = self.runner.lang = lang
        if self.translations is not None:
            self.translations.set_language(lang)  # LanguageChange reaches every widget
        self.list_page.set_language(lang)
        if self.editor is not None:
            self.editor.set_language(lang)

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.setWindowTitle(self.tr("Inspector — %1").replace("%1", self.profile_name()))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Bring back the deleted visit"))
        # Said again in the new language: a switch must not leave «Сохранено 06:59» behind.
        if self._saved_at:
            self.saved_label.setText(self.tr("Saved %1").replace("%1", self._saved_at))
        elif self._read_only_notice is not None:
            self.saved_label.setText(self._read_only_notice.message(self.lang))
        else:
            self.saved_label.setText(self.tr("All changes are saved on this computer"))

    def profile_name(self) -> str:
        return Path(self.runner.data_dir).name

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about(self) -> None:
        from .help_dialog import about_text

        QMessageBox.about(self, self.tr("About Inspector"),
                          about_text(self.runner.data_dir))

    def show_inquiries(self) -> QDialog:
        """The register, one window however often it is asked for."""
        from .inquiry_register import InquiryRegister

        register = getattr(self, "_inquiries", None)
        if register is None:
            register = self._inquiries = InquiryRegister(self.runner, self.lang, self)
        else:
            register.reload()
        register.show()
        register.raise_()
        register.activateWindow()
        return register

    def show_facility_history(self) -> None:
        visit_id = self.list_page.selected_visit_id()
        if visit_id is None:
            return
        from ..services.recommendations import history_of_visits_facility

        store_op(self.runner, lambda job: history_of_visits_facility(job.profile, visit_id),
                 parent=self).success(self._show_history).run()

    def _show_history(self, history: FacilityHistory) -> None:
        from .facility_history import FacilityHistoryDialog

        dialog = FacilityHistoryDialog(history, self.lang, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_guide(self) -> None:
        from .help_dialog import GuideDialog

        dialog = GuideDialog(self.lang, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- window --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_editor()
        self.sync.cancel()  # a sync stops at its next step instead of holding the window open
        if self.exports.task is not None:
            self.exports.task.cancel()  # likewise an export; its half-written file goes too
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.sync()
        self.runner.wait(10_000)  # queued writes finish before the process ends
        super().closeEvent(event)


def _make_editor(runner: TaskRunner, visit_id: str, lang: str, person: str = "",
                 section_width: int = 0) -> VisitEditor | _EditorPlaceholder:
    """The visit editor, or a placeholder while that part is not installed."""
    try:
        from .visit.editor import VisitEditor
    except ImportError as exc:
        log.warning("visit editor unavailable: %s", exc)
        return _EditorPlaceholder(visit_id)
    return VisitEditor(runner, visit_id, lang, person=person, section_width=section_width)


class _EditorPlaceholder(QLabel):
    """Stands in for the editor with the same face the window uses (signals, flush, language)."""

    saved = Signal(str)
    completed = Signal()
    section_width_changed = Signal(int)
    ready = Signal()

    def __init__(self, visit_id: str) -> None:
        super().__init__()
        self.visit_id = visit_id
        self.setText(self.tr("The visit editor is not available in this build."))

    def flush(self) -> None:
        """Nothing typed here: nothing to write."""

    def set_language(self, lang: str) -> None:
        """The text follows LanguageChange through tr(); nothing else to switch."""

    def focus_start(self) -> None:
        """No question to put the cursor in."""

