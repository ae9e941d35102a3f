"""The photos tab: a thumbnail grid with import (buttons, drag and drop), and per-photo actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..confirm import ask
from ..ops import Op
from .photo_import import ImportOutcome, PhotoImporter
from .photo_viewer import PhotoViewer
from .photos_model import IMAGE_H, PhotoListModel, PhotoTileDelegate
from .pickers import QuestionPicker
from .session import VisitSession
from .thumbnails import ThumbnailCache

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff"


class CaptionDelegate(PhotoTileDelegate):
    """The caption is edited in place, under the thumbnail (F2 or double-click on the text)."""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        r = option.rect
        editor.setGeometry(QRect(r.left() + 6, r.top() + IMAGE_H + 12, r.width() - 12, 26))


class PhotosView(QWidget):
    import_finished = Signal(object)  # ImportOutcome, for the status line and the tests

    def __init__(self, session: VisitSession, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self.importer = PhotoImporter(session, self)
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.open_button = QToolButton(self)
        self.rotate_button = QToolButton(self)
        self.faces_button = QToolButton(self)
        self.faces_button.setCheckable(True)
        self.link_button = QToolButton(self)
        self.caption_button = QToolButton(self)
        self.delete_button = QToolButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.folder_button)
        bar.addSpacing(16)
        for b in (self.open_button, self.caption_button, self.rotate_button, self.faces_button,
                  self.link_button, self.delete_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(b)
        bar.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "secondary")
        bar.addWidget(self.count_label)

        # Import progress: shown while a batch runs, with a Cancel that is honoured per file.
        self.progress_panel = QFrame(self)
        self.progress_panel.setObjectName("infoPanel")
        self.progress_label = QLabel(self.progress_panel)
        self.progress_bar = QProgressBar(self.progress_panel)
        self.cancel_button = QPushButton(self.progress_panel)
        row = QHBoxLayout(self.progress_panel)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_panel.hide()

        # What the last import did: counts, and each refused file with its reason.
        self.result_panel = QFrame(self)
        self.result_panel.setObjectName("infoPanel")
        self.result_label = QLabel(self.result_panel)
        self.result_label.setWordWrap(True)
        self.rejected_list = QListWidget(self.result_panel)
        self.rejected_list.setMaximumHeight(110)
        self.add_skipped = QPushButton(self.result_panel)
        self.add_skipped.hide()
        self._skipped: list[Path] = []
        self._link_to = ""  # the question that asked for the photos being imported
        self.result_close = QToolButton(self.result_panel)
        self.result_close.setText("✕")
        self.result_close.setAutoRaise(True)
        top = QHBoxLayout()
        top.addWidget(self.result_label, 1)
        top.addWidget(self.result_close, 0, Qt.AlignmentFlag.AlignTop)
        result_column = QVBoxLayout(self.result_panel)
        result_column.addLayout(top)
        result_column.addWidget(self.rejected_list)
        result_column.addWidget(self.add_skipped, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_panel.hide()

        self.model = PhotoListModel(session, thumbnails, self)
        self.delegate = CaptionDelegate(session, self)
        self.grid = QListView(self)
        self.grid.setObjectName("photoGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(6)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.grid)
        self.pages.addWidget(self.empty)

        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.addLayout(bar)
        column.addWidget(self.progress_panel)
        column.addWidget(self.result_panel)
        column.addWidget(self.pages, 1)

        self.add_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.open_button.clicked.connect(self.open_current)
        self.rotate_button.clicked.connect(self.rotate_selected)
        self.faces_button.clicked.connect(self.mark_faces)
        self.link_button.clicked.connect(self.link_selected)
        self.caption_button.clicked.connect(self.edit_caption)
        self.delete_button.clicked.connect(self.delete_selected)
        self.cancel_button.clicked.connect(self.importer.cancel)
        self.result_close.clicked.connect(self.result_panel.hide)
        self.add_skipped.clicked.connect(self.import_skipped)
        self.grid.doubleClicked.connect(lambda _i: self.open_current())
        self.grid.activated.connect(lambda _i: self.open_current())
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.importer.progress.connect(self._progress)
        self.importer.finished.connect(self._import_done)
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.rotate_button.setShortcut(QKeySequence("Ctrl+R"))
        session.photos_changed.connect(self._update_actions)
        session.photo_changed.connect(lambda _id: self._update_actions())
        session.status_changed.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add photos…"))
        self.add_button.setToolTip(self.tr("Choose photo files to add to this visit"))
        self.folder_button.setText(self.tr("I&mport from a folder…"))
        self.folder_button.setToolTip(self.tr("Adds only the photos taken during the visit's "
                                              "dates (by the camera's clock)"))
        self.open_button.setText(self.tr("Open"))
        self.caption_button.setText(self.tr("Cap&tion"))
        self.rotate_button.setText(self.tr("Rotate &90°"))
        self.faces_button.setText(self.tr("Sho&ws faces"))
        self.faces_button.setToolTip(self.tr("Residents' or children's faces are visible: "
                                             "the photo is left out of reports or blurred"))
        self.link_button.setText(self.tr("Lin&k to question…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.empty.setText(self.tr("No photos yet.\n\nDrag photos or whole folders here, or use "
                                   "“Import from a folder…” to take the photos of the visit's "
                                   "days from a phone or camera card."))
        self.delegate.faces_text = self.tr("faces")
        self.delegate.linked_text = self.tr("evidence")
        self.delegate.outside_text = self.tr("outside visit dates")
        self.delegate.undated_text = self.tr("no date")
        self.add_skipped.setText(self.tr("Add these %n photo(s) anyway", "", len(self._skipped)))
        self._update_actions()

    def set_language(self, lang: str) -> None:
        self.grid.viewport().update()  # tooltips name questions in the checklist's language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- importing ------------------------------------------------------------------------

    def ask_files(self) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (%1)").replace("%1", PHOTO_FILTER))
        return [Path(f) for f in files]

    def choose_files(self) -> None:
        files = self.ask_files()
        if files:
            self.import_paths(files)

    def add_for_question(self, question_id: str) -> Op | None:
        """The file picker for photos of one question: they come in linked to it (a file
        already in the visit is linked too, not imported twice)."""
        files = self.ask_files()
        return self.import_paths(files, link_to=question_id) if files else None

    def import_skipped(self) -> None:
        """The photos a folder import left out as not taken during the visit, added anyway:
        the badge in the grid says what is doubtful about their date."""
        paths, self._skipped = self._skipped, []
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import photos from a folder"))
        if folder:
            self.import_paths([Path(folder)], only_during_visit=True)

    def import_paths(self, paths: list[Path], *, only_during_visit: bool = False,
                     link_to: str = "") -> Op | None:
        if self.session.read_only or self.importer.running():
            return None
        self._link_to = link_to
        self.result_panel.hide()
        self.progress_label.setText(self.tr("Checking photos…"))
        self.progress_bar.setRange(0, 0)
        self.progress_panel.show()
        self.cancel_button.setEnabled(True)
        return self.importer.start(paths, only_during_visit=only_during_visit)

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("Checking photos: %1 of %2")
                                    .replace("%1", str(done)).replace("%2", str(total)))

    def _import_done(self, outcome: ImportOutcome) -> None:
        self.progress_panel.hide()
        parts = [self.tr("Added: %1").replace("%1", str(len(outcome.imported)))]
        if outcome.duplicates:
            parts.append(self.tr("already in this visit: %1").replace(
                "%1", str(outcome.duplicates)))
        if outcome.skipped:
            parts.append(self.tr("left out, not taken during the visit (listed below): %1")
                         .replace("%1", str(outcome.skipped)))
        if outcome.rejected:
            parts.append(self.tr("refused: %1").replace("%1", str(len(outcome.rejected))))
        text = "; ".join(parts) + "."
        if outcome.cancelled:
            text = self.tr("Import stopped.") + " " + text
        if outcome.error:
            text = outcome.error
        self.result_label.setText(text)
        self.rejected_list.clear()
        for name, reason in outcome.rejected:
            self.rejected_list.addItem(reason or name)
        self.rejected_list.addItems(outcome.notes)
        self.rejected_list.addItems(outcome.skipped_lines)
        self.rejected_list.setVisible(bool(outcome.rejected or outcome.notes
                                           or outcome.skipped_lines))
        self._skipped = list(outcome.skipped_paths)
        self.add_skipped.setText(self.tr("Add these %n photo(s) anyway", "",
                                         len(self._skipped)))
        self.add_skipped.setVisible(bool(self._skipped) and not self.session.read_only)
        self._link(outcome)
        self.result_panel.show()
        self.import_finished.emit(outcome)

    def _link(self, outcome: ImportOutcome) -> None:
        question_id, self._link_to = self._link_to, ""
        if not question_id:
            return
        for photo in [*outcome.imported, *outcome.existing]:
            current = self.session.photo(photo.id)
            if current is not None and not current.supports(question_id):
                current.link(question_id, True)
                self.session.update_photo(current)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.session.read_only:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls() and not self.session.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)  # files and folders alike; folders are walked

    # --- acting on photos -----------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [p.id for r in rows if (p := self.model.photo(r)) is not None]

    def _update_actions(self) -> None:
        n = len(self.session.data.photos)
        self.pages.setCurrentWidget(self.grid if n else self.empty)
        self.count_label.setText(self.tr("%n photo(s)", "", n))
        chosen = self.selected_ids() if self.grid.selectionModel() else []
        editable = not self.session.read_only
        self.add_button.setEnabled(editable)
        self.folder_button.setEnabled(editable)
        self.open_button.setEnabled(bool(chosen))
        for b in (self.rotate_button, self.faces_button, self.link_button, self.delete_button):
            b.setEnabled(bool(chosen) and editable)
        self.caption_button.setEnabled(len(chosen) == 1 and editable)
        photos = [self.session.photo(i) for i in chosen]
        self.faces_button.setChecked(bool(photos) and all(p and p.shows_faces for p in photos))

    def open_current(self) -> None:
        index = self.grid.currentIndex()
        photo = self.model.photo(index.row()) if index.isValid() else None
        if photo is not None:
            viewer = PhotoViewer(self.session, [p.id for p in self.session.data.photos],
                                 photo.id, self)
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.open()

    def edit_caption(self) -> None:
        if self.grid.currentIndex().isValid():
            self.grid.edit(self.grid.currentIndex())

    def rotate_selected(self) -> None:
        for photo_id in self.selected_ids():
            photo = self.session.photo(photo_id)
            if photo is not None:
                photo.rotation = (photo.rotation + 90) % 360
                self.session.update_photo(photo)

    def mark_faces(self, on: bool) -> None:
        for photo_id in self.selected_ids():
            photo = self.session.photo(photo_id)
            if photo is not None and photo.shows_faces != on:
                photo.shows_faces = on
                self.session.update_photo(photo)

    def link_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        first = self.session.photo(ids[0])
        current = first.question_ids[-1] if first and first.question_ids else ""
        picker = QuestionPicker(self.session, current, self)
        chosen = picker.chosen() if picker.exec() == QuestionPicker.DialogCode.Accepted else None
        if chosen is None:
            return
        for photo_id in ids:
            photo = self.session.photo(photo_id)
            if photo is None:
                continue
            # A question is added to the photo's others; «not linked» takes them all away.
            before = list(photo.question_ids)
            if chosen:
                photo.link(chosen, True)
            else:
                photo.question_ids = []
            if photo.question_ids != before:
                self.session.update_photo(photo)

    def delete_selected(self, *, confirm: bool = True) -> None:
        ids = self.selected_ids()
        if not ids or self.session.read_only:
            return
        if confirm and not ask(self, self.tr("Delete photos"),
                   self.tr("Delete %n photo(s) from this visit? Findings that cite them lose "
                           "that evidence.", "", len(ids)),
                   self.tr("Delete"), self.tr("Keep")):
            return
        for photo_id in ids:
            self.session.delete_photo(photo_id)

    def _context_menu(self, pos) -> None:
        if not self.grid.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        for button in (self.open_button, self.caption_button, self.rotate_button,
                       self.faces_button, self.link_button, self.delete_button):
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
            if button.isCheckable():
                action.setCheckable(True)
                action.setChecked(button.isChecked())
        menu.exec(self.grid.viewport().mapToGlobal(pos))
