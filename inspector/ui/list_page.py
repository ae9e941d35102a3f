"""The visit list page: filters bar, the table, and the empty state for a new user.

Loading and searching run on the store lane; the table is refreshed when the answers arrive.
The first load reads the newest visits that fill a screen, then all of them: with 10,000 visits
the window shows its list in the time of a few rows' read, not of the whole list's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.visit_list import visit_summaries
from .filters_bar import FiltersBar
from .ops import error_detail, store_op
from .tasks import TaskRunner
from .visit_list import INSTITUTION, VisitFilter, VisitListModel

if TYPE_CHECKING:
    from .empty_state import EmptyState

FIT_ROWS = 40  # a maximised laptop window's screenful of rows
CELL_PADDING = 18  # the cell's own margins and some air between columns
SORT_ARROW = 16  # the header leaves room for the sort indicator
MAX_FITTED_WIDTH = 190  # long texts are elided rather than pushing the institution off screen


class VisitListPage(QWidget):
    open_requested = Signal(str)  # visit id
    selection_changed = Signal(bool)  # whether a visit is selected
    loaded = Signal(int)  # number of visits in the store, after each (re)load
    first_rows_shown = Signal()  # the newest visits are on screen; the rest are being read
    load_failed = Signal(str)  # the store could not read the visits; the text says why
    create_visit_requested = Signal()  # from the empty state's buttons
    load_demo_requested = Signal()

    FIRST_ROWS = 100  # more than a maximised window shows

    def __init__(self, runner: TaskRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.filters = FiltersBar(lang)
        self.model = VisitListModel(lang, self)
        self.table = QTableView()
        self.table.setObjectName("visitTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()  # row numbers mean nothing to a deputy
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(INSTITUTION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)  # Enter and double-click
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(lambda: self.selection_changed.emit(False))

        self._empty: EmptyState | None = None
        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setObjectName("listProblem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.views = QStackedWidget()
        for widget in (self.table, self.no_match, self.problem):
            self.views.addWidget(widget)
        # How many visits the search found, and where the words stand in the selected one.
        self.search_result = QLabel()
        self.search_result.setObjectName("searchResult")
        self.search_result.setWordWrap(True)
        self.search_result.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.search_result)
        layout.addWidget(self.views, 1)

        self.filters.filter_changed.connect(self._filter_changed)
        self.filters.search_requested.connect(self._search)
        # The cursor starts in the search box; Down from there goes to the visits found.
        self.filters.search.installEventFilter(self)
        self._search_text = ""
        self.has_loaded = False
        self.retranslate()

    @property
    def empty(self) -> EmptyState:
        """What a new user sees instead of the table, made when first needed: a profile with
        visits never shows it, and building it was a few milliseconds of every start."""
        if self._empty is None:
            from .empty_state import EmptyState

            self._empty = EmptyState()
            self._empty.create_visit.connect(self.create_visit_requested)
            self._empty.load_demo.connect(self.load_demo_requested)
            self.views.addWidget(self._empty)
        return self._empty

    # --- loading -------------------------------------------------------------------------

    def reload(self, select_id: str = "") -> None:
        if self.has_loaded:
            self._load_all(select_id)
        else:
            first = self.FIRST_ROWS
            store_op(self.runner, lambda job: visit_summaries(job.profile, limit=first),
                     parent=self).success(lambda rows: self._first_rows(rows, select_id)) \
                .failure(self._failed).run()
        if self._search_text:  # the search results may have changed too
            self._search(self._search_text)

    def _first_rows(self, rows: list, select_id: str) -> None:
        self._show(rows)
        self.first_rows_shown.emit()
        # The rest is read once these are painted: read at once, its Python work on the store
        # thread held the interpreter lock while the table was filling and painting its first rows.
        QTimer.singleShot(0, self, lambda: self._load_all(select_id))

    def _load_all(self, select_id: str) -> None:
        store_op(self.runner, lambda job: visit_summaries(job.profile), parent=self) \
            .failure(self._failed) \
            .success(lambda rows: self._loaded(rows, select_id or self.selected_visit_id())).run()

    def _failed(self, error: BaseException) -> None:
        """Say in place of the list why the visits could not be read (a damaged or unreadable
        database, say); nothing was written, so the file is as it was for whoever repairs it."""
        detail = error_detail(error, self.model.lang)
        self.problem.setText(self.tr("The visits could not be read. Nothing was changed: restore a "
                                     "backup, or choose another data folder in Settings.")
                             + "\n\n" + detail)
        self.views.setCurrentWidget(self.problem)
        self.filters.setVisible(False)
        self.load_failed.emit(detail)

    def _loaded(self, rows: list, select_id: str) -> None:
        self._show(rows)
        self.has_loaded = True
        if select_id:
            self.select(select_id)
        self.loaded.emit(self.model.total)

    def _show(self, rows: list) -> None:
        fit = self.model.total == 0
        self.model.set_summaries(rows)
        if fit:  # sized once, on the first rows there are, then left to the person
            self._fit_columns()
        self._show_right_view()

    def _fit_columns(self) -> None:
        """Columns as wide as the first screenful's texts; then they are left to the person.

        The texts are measured directly: Qt's resizeColumnToContents asks the model for ten roles
        of every cell it measures, which took 25 ms of the start for 60 rows.
        """
        header = self.table.horizontalHeader()
        cells, heads = self.table.fontMetrics(), header.fontMetrics()
        rows = [self.model.texts(row) for row in range(min(FIT_ROWS, self.model.rowCount()))]
        for column in range(self.model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max([cells.horizontalAdvance(str(texts[column])) for texts in rows]
                         + [heads.horizontalAdvance(title) + SORT_ARROW])
            header.resizeSection(column, min(widest + CELL_PADDING, MAX_FITTED_WIDTH))

    def _show_right_view(self) -> None:
        if self.model.total == 0:
            self.views.setCurrentWidget(self.empty)
        elif self.model.rowCount() == 0:
            self.views.setCurrentWidget(self.no_match)
        else:
            self.views.setCurrentWidget(self.table)
        # Filters mean nothing before the first visit; hiding them keeps the first screen calm.
        self.filters.setVisible(self.model.total > 0)

    # --- filters and search --------------------------------------------------------------

    def _filter_changed(self, visit_filter: VisitFilter) -> None:
        self.apply_filter(visit_filter.with_search(self.model.filter.visit_ids))

    def apply_filter(self, visit_filter: VisitFilter) -> None:
        keep = self.selected_visit_id()
        self.model.set_filter(visit_filter)
        self._show_right_view()
        if keep:
            self.select(keep)
        self._show_search_result()

    def _search(self, text: str) -> None:
        self._search_text = text
        if not text:
            self.model.snippets = {}
            self.search_result.hide()
            self.apply_filter(self.model.filter.with_search(None))
            return
        from ..services.search import search_visits  # the stemmer, imported on first search

        store_op(self.runner, lambda job: search_visits(job.profile, text), parent=self) \
            .success(self._found).run()

    def _found(self, result) -> None:  # type: ignore[no-untyped-def]
        if result.text != self._search_text:  # an answer to older words arrives late: ignore it
            return
        self.model.snippets = result.snippets
        self.apply_filter(self.model.filter.with_search(result.visit_ids))
        self._show_search_result()

    def _show_search_result(self) -> None:
        if not self._search_text:
            return
        text = self.tr("Found: %n visit(s)", "", self.model.rowCount())
        found = self.model.snippets.get(self.selected_visit_id(), "")
        self.search_result.setText(f"{text} · {found}" if found else text)
        self.search_result.show()

    def _selection_changed(self, *_: object) -> None:
        self._show_search_result()
        self.selection_changed.emit(bool(self.selected_visit_id()))

    # --- selection -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filters.search and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and self.model.rowCount() > 0):
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def selected_visit_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ids[rows[0].row()] if rows else ""

    def select(self, visit_id: str) -> bool:
        row = self.model.row_of(visit_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _activated(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.ids[index.row()])

    # --- language ------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)
        self.filters.set_language(lang)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Visits"))
        self.no_match.setText(self.tr("No visits match the filters."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
