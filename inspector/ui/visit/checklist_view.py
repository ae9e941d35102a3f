"""The checklist tab: sections on the left with their progress, the questions of one on the right.

The first section's cards are built with the view, the other sections' a few cards at a time
while the window is idle (or at once when a section is asked for first), so a long checklist
opens at once and no building holds the GUI thread longer than a slice; conditional questions
are shown or hidden as answers change (template.is_visible, chains included).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import Question, Section, _is_blank
from ...domain.plausibility import implausible
from ...domain.text import pick
from .question_row import QuestionRow
from .session import VisitSession
from .thumbnails import ThumbnailCache

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (answered, visible)
# The longest the idle building of the other sections may hold the GUI thread in one go: well
# under what a typist notices (issue #14: no pause over 100 ms), a few cards a slice.
SLICE_S = 0.015


def section_progress(session: VisitSession, section: Section,
                     counted: dict[str, Any] | None = None) -> tuple[int, int]:
    """(answered, visible) questions of a section, given the answers so far; a field showing
    an error is not answered. `counted`: session.applicable_values(), when the caller already
    has it (it walks the whole checklist)."""
    template, values = session.data.template, session.values()
    visible = [q for q in section.questions if template.is_visible(q, values)]
    if counted is None:
        counted = session.applicable_values()
    return sum(not _is_blank(counted.get(q.id)) for q in visible), len(visible)


Index = QModelIndex | QPersistentModelIndex


class SectionPage(QScrollArea):
    """One section's page in the stack: its title, then its question cards above a stretch."""

    def __init__(self, section: Section, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.viewport())
        self.body.setObjectName("sectionPage")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(20, 16, 20, 20)
        self.column.setSpacing(10)
        self.header = QLabel(pick(section.title, lang), self.body)
        self.header.setObjectName("sectionTitle")
        self.column.addWidget(self.header)
        self.column.addStretch(1)
        self.setWidget(self.body)


class SectionDelegate(QStyledItemDelegate):
    """Title, "3 / 5" and a thin progress bar: how far each section is, at a glance."""

    # Long Kazakh titles wrap onto more lines instead of being cut.
    def _title_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect:
        fm = option.fontMetrics
        answered, visible = index.data(PROGRESS_ROLE) or (0, 0)
        count_w = fm.horizontalAdvance(f"{answered} / {visible}") + 8
        view = option.widget
        width = (view.viewport().width() if isinstance(view, QAbstractScrollArea)
                 else option.rect.width())
        return fm.boundingRect(QRect(0, 0, max(40, width - 20 - count_w), 10_000),
                               int(Qt.TextFlag.TextWordWrap), index.data() or "")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title = self._title_rect(option, index)
        # Width 0: the item takes the list's width and wraps, never scrolls sideways.
        return QSize(0, title.height() + option.fontMetrics.height() // 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        answered, visible = index.data(PROGRESS_ROLE) or (0, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        r = opt.rect.adjusted(10, 6, -10, -6)
        fm = opt.fontMetrics
        painter.save()
        painter.setPen(pen)
        count = f"{answered} / {visible}"
        count_w = fm.horizontalAdvance(count) + 8
        title = QRect(r.left(), r.top(), r.width() - count_w, r.height() - fm.height())
        used = painter.boundingRect(title, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                                    text)
        painter.drawText(title, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
        painter.setPen(pen if selected else QColor("#6b7280"))
        painter.drawText(QRect(r.right() - count_w, r.top(), count_w, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        bar = QRect(r.left(), used.bottom() + 6, r.width(), 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 90) if selected else QColor("#e5e7eb"))
        painter.drawRoundedRect(bar, 2, 2)
        if visible:
            done = QRect(bar)
            done.setWidth(round(bar.width() * answered / visible))
            painter.setBrush(QColor("#ffffff") if selected else
                             QColor("#2e7d32") if answered == visible else QColor("#1e6fd9"))
            painter.drawRoundedRect(done, 2, 2)
        painter.restore()


class ChecklistView(QWidget):
    photos_requested = Signal(str)  # question id: open the picker of evidence photos
    section_width_changed = Signal(int)
    cards_built = Signal()  # every section's cards are built: the idle building is over

    def __init__(self, session: VisitSession, parent: QWidget | None = None,
                 thumbnails: ThumbnailCache | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)
        self.sections = list(session.data.template.sections)
        self.rows: dict[str, QuestionRow] = {}
        self._pages: dict[int, SectionPage] = {}  # sections whose every card is built
        self._partial: dict[int, tuple[SectionPage, int]] = {}  # page, cards built so far
        self._warned: set[str] = set()  # questions whose card shows a soft warning

        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sectionList")
        self.section_list.setItemDelegate(SectionDelegate(self.section_list))
        self.section_list.setMinimumWidth(180)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setWordWrap(True)
        for _ in self.sections:
            self.section_list.addItem(QListWidgetItem())
        self.stack = QStackedWidget(self)  # the pages built so far, in no particular order

        self.splitter = splitter = QSplitter(self)
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(
            lambda *_: self.section_width_changed.emit(self.section_list.width()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.section_list.currentRowChanged.connect(self.show_section)
        # Ctrl+PgUp/PgDn move between sections; the editor leaves Ctrl+Tab for its tabs.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step_section(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step_section(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # The card's problem flag and photos, for the card with the focus: two shortcuts here
        # rather than two on each of 85 cards.
        for key, act in (("Ctrl+Shift+P", QuestionRow.toggle_flag),
                         ("Ctrl+Shift+F", QuestionRow.pick_photos)):
            QShortcut(QKeySequence(key), self, lambda act=act: self._on_focused_card(act),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.answer_changed.connect(self._answer_changed)
        session.photo_changed.connect(lambda _id: self._refresh_photo_counts())
        session.photos_changed.connect(self._refresh_photo_counts)
        session.status_changed.connect(self._apply_read_only)
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(0)
        self._recount_timer.timeout.connect(self.update_progress)
        self._idle = QTimer(self)  # builds the other sections' cards a slice at a time
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_slice)
        self.retranslate()
        if self.sections:
            # One card now, the rest of the screen in idle slices: with the view's own widgets
            # built in the same turn, a slice of cards held the visit's first paint past 100 ms.
            self.show_section(0, budget_s=0)

    def _on_focused_card(self, act: Callable[[QuestionRow], None]) -> None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QuestionRow):
            widget = widget.parentWidget()
        if widget is not None and self.isAncestorOf(widget):
            act(widget)

    # --- sections -----------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.session.lang
        for i, section in enumerate(self.sections):
            item = self.section_list.item(i)
            item.setText(f"{i + 1}. {pick(section.title, lang)}")
        self.section_list.setAccessibleName(self.tr("Checklist sections"))
        self.update_progress()

    def set_language(self, lang: str) -> None:
        self.retranslate()
        self._warned |= {q for q in self.rows if self.rows[q].has_warning()}
        self._show_warnings()
        for row in self.rows.values():
            row.set_language(lang)
        for i, page in self._built_pages().items():
            page.header.setText(pick(self.sections[i].title, lang))

    def update_progress(self) -> None:
        counted = self.session.applicable_values()  # once, not once a section
        for i, section in enumerate(self.sections):
            answered, visible = section_progress(self.session, section, counted)
            item = self.section_list.item(i)
            # The list elides long titles; the tooltip gives the whole one.
            tip = (pick(section.title, self.session.lang) + "\n" +
                   self.tr("%1 of %2 answered").replace("%1", str(answered))
                   .replace("%2", str(visible)))
            # Only what changed: each change has the list measure its items again, and this
            # runs after every keystroke.
            if item.data(PROGRESS_ROLE) != (answered, visible):
                item.setData(PROGRESS_ROLE, (answered, visible))
            if item.toolTip() != tip:
                item.setToolTip(tip)

    def set_section_width(self, width: int) -> None:
        """The side list's width the person chose last time (0: the default)."""
        width = width or 300
        self.splitter.setSizes([width, max(400, self.width() - width)])

    def show_section(self, index: int, budget_s: float = SLICE_S) -> None:
        """The section's page with the cards `budget_s` can build (a slice: a screenful), at
        least one; the rest follow in idle slices, this section's first. Built whole at once, a
        section of fourteen cards held the GUI thread past 100 ms when the visit opened."""
        if not 0 <= index < len(self.sections):
            return
        page = self._pages.get(index) or self._build_cards(
            index, until=time.perf_counter() + budget_s)
        self.stack.setCurrentWidget(page)
        if self.section_list.currentRow() != index:
            with QSignalBlocker(self.section_list):  # the list's signal would show it again
                self.section_list.setCurrentRow(index)
        if len(self._pages) < len(self.sections) and not self._idle.isActive():
            self._idle.start()

    def step_section(self, step: int) -> None:
        target = self.section_list.currentRow() + step
        if 0 <= target < len(self.sections):
            self.show_section(target)
            rows = self._shown_rows(target)
            if rows:
                rows[0].focus_input()

    def _shown_rows(self, index: int) -> list[QuestionRow]:
        """The section's cards built so far that are not hidden, in order (the first is always
        built: a slice makes at least one card)."""
        return [self.rows[q.id] for q in self.sections[index].questions
                if q.id in self.rows and not self.rows[q.id].isHidden()]

    def _row(self, index: int, question_id: str) -> tuple[QuestionRow, SectionPage]:
        """The question's card and its page, the section built through that card if need be."""
        if question_id not in self.rows:
            self._build_cards(index, until=None, through=question_id)
        return self.rows[question_id], self._built_pages()[index]

    def _page(self, index: int) -> SectionPage:
        """The section's page with every card built (the rest built now if need be)."""
        page = self._pages.get(index)
        if page is None:
            page = self._build_cards(index, until=None)
        return page

    def _build_cards(self, index: int, until: float | None,
                     through: str | None = None) -> SectionPage:
        """Build the section's cards that are not built yet: all of them, or until the
        perf_counter() deadline `until` (at least one card), or through the question `through`.
        The page is complete when `index` is in self._pages."""
        section = self.sections[index]
        page, built = self._partial.pop(index, (None, 0))
        if page is None:
            page = self._new_page(section)
        body, column = page.body, page.column
        made: list[Question] = []
        card_s = 0.0  # the last card's cost: a slice stops before the card that would overrun
        for question in section.questions[built:]:
            started = time.perf_counter()
            if made and until is not None and started + card_s > until:
                break
            row = QuestionRow(self.session, question, self.session.data.template.number(
                question.id), body, self.thumbnails)
            row.photos_requested.connect(self.photos_requested)
            row.advance.connect(self.focus_after)
            row.set_read_only(self.session.read_only)
            self.rows[question.id] = row
            column.insertWidget(column.count() - 1, row)  # before the closing stretch
            made.append(question)
            if until is not None:
                row.ensurePolished()  # its style sheet matched in this slice, not on first show
            card_s = time.perf_counter() - started
            if question.id == through:
                break
        built += len(made)
        self._apply_visibility(made)
        self._warned -= {q.id for q in made}  # new rows show nothing yet
        self._show_warnings()
        if built < len(section.questions):
            self._partial[index] = (page, built)
        else:
            self._pages[index] = page
        return page

    def _new_page(self, section: Section) -> SectionPage:
        # Every widget is made inside its final parent (the scroll area in the stack): moved
        # into the styled editor afterwards, each card's style sheet was matched again.
        page = SectionPage(section, self.session.lang, self.stack)
        self.stack.addWidget(page)
        return page

    def _built_pages(self) -> dict[int, SectionPage]:
        """Every page made so far, whole or with some of its cards."""
        return {**self._pages, **{i: page for i, (page, _) in self._partial.items()}}

    def _build_slice(self) -> None:
        """One idle slice: cards of the section shown if it is not whole yet, else of the next
        section not built yet, for about SLICE_S."""
        shown = self.section_list.currentRow()
        index = shown if 0 <= shown < len(self.sections) and shown not in self._pages else next(
            (i for i in range(len(self.sections)) if i not in self._pages), None)
        if index is None:
            self._idle.stop()
            self.cards_built.emit()
            return
        self._build_cards(index, until=time.perf_counter() + SLICE_S)

    def build_all(self) -> None:
        """Build every page now (the tests and the benchmark want every row)."""
        for i in range(len(self.sections)):
            self._page(i)

    # --- reacting -----------------------------------------------------------------------

    def _apply_visibility(self, questions: Sequence[Question]) -> None:
        template, values = self.session.data.template, self.session.values()
        for question in questions:
            row = self.rows.get(question.id)
            if row is not None:
                row.setHidden(not template.is_visible(question, values))

    def _answer_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is not None:
            row.refresh()
        self._show_warnings()
        for i in self._built_pages():
            self._apply_visibility(self.sections[i].questions)
        self._recount_timer.start()  # one recount per burst of edits
        self.section_list.viewport().update()

    def _show_warnings(self) -> None:
        """Soft checks across answers, on the card of the answer that looks wrong."""
        template = self.session.data.template
        found = implausible(template, self.session.applicable_values())
        for qid in set(found) | self._warned:
            row = self.rows.get(qid)
            if row is not None:
                row.show_warning(" ".join(i.message(template, self.session.lang)
                                          for i in found.get(qid, [])))
        self._warned = set(found)

    def _thumbnail_ready(self, photo_id: str) -> None:
        for row in self.rows.values():
            row.thumbnail_ready(photo_id)

    def _refresh_photo_counts(self) -> None:
        for row in self.rows.values():
            row.refresh()

    def _apply_read_only(self) -> None:
        for row in self.rows.values():
            row.set_read_only(self.session.read_only)

    def focus_after(self, question_id: str) -> bool:
        """Put the cursor in the next visible question's answer, in this section or the next;
        False after the last question of the checklist."""
        order = [q for s in self.sections for q in s.questions]
        values = self.session.values()
        template = self.session.data.template
        index = next(i for i, q in enumerate(order) if q.id == question_id)
        following = next((q for q in order[index + 1:] if template.is_visible(q, values)), None)
        if following is None:
            return False
        section = next(i for i, s in enumerate(self.sections) if s.id == following.section_id)
        self.show_section(section)
        row, page = self._row(section, following.id)
        page.column.activate()
        page.ensureWidgetVisible(row, 0, 40)
        row.focus_input()
        return True

    def focus_first(self) -> None:
        """The cursor in the first question on screen, as when the visit has just opened."""
        rows = self._shown_rows(max(0, self.section_list.currentRow()))
        if rows:
            rows[0].focus_input()

    def jump_to(self, question_id: str) -> bool:
        """Open the question's section, scroll to it and put the cursor in its answer."""
        question = self.session.question(question_id)
        if question is None:
            return False
        index = next(i for i, s in enumerate(self.sections) if s.id == question.section_id)
        self.show_section(index)
        row, page = self._row(index, question_id)
        page.column.activate()
        page.ensureWidgetVisible(row, 0, 40)
        row.flash()
        row.focus_input()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
