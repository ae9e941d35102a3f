"""The checklist tab: sections on the left with their progress, the questions of one on the right.

Pages are built when a section is first shown, so a long checklist opens at once; conditional
questions are shown or hidden as answers change (template.is_visible, chains included).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
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

from ...domain.checklist import Section, _is_blank
from ...domain.text import pick
from .question_row import QuestionRow
from .session import VisitSession
from .thumbnails import ThumbnailCache

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # (answered, visible)


def section_progress(session: VisitSession, section: Section) -> tuple[int, int]:
    """(answered, visible) questions of a section, given the answers so far; a field showing
    an error is not answered."""
    template, values = session.data.template, session.values()
    visible = [q for q in section.questions if template.is_visible(q, values)]
    counted = session.applicable_values()
    return sum(not _is_blank(counted.get(q.id)) for q in visible), len(visible)


class SectionDelegate(QStyledItemDelegate):
    """Title, "3 / 5" and a thin progress bar: how far each section is, at a glance."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width(), option.fontMetrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
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
        painter.drawText(QRect(r.left(), r.top(), r.width() - count_w, fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, r.width() - count_w))
        painter.setPen(pen if selected else QColor("#6b7280"))
        painter.drawText(QRect(r.right() - count_w, r.top(), count_w, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        bar = QRect(r.left(), r.top() + fm.height() + 6, r.width(), 4)
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

    def __init__(self, session: VisitSession, parent: QWidget | None = None,
                 thumbnails: ThumbnailCache | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)
        self.sections = list(session.data.template.sections)
        self.rows: dict[str, QuestionRow] = {}
        self._pages: dict[int, QScrollArea] = {}

        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sectionList")
        self.section_list.setItemDelegate(SectionDelegate(self.section_list))
        self.section_list.setMinimumWidth(250)
        self.section_list.setMaximumWidth(340)
        self.section_list.setUniformItemSizes(True)
        for _ in self.sections:
            self.section_list.addItem(QListWidgetItem())
        self.stack = QStackedWidget(self)
        for _ in self.sections:
            self.stack.addWidget(QWidget())  # placeholders until a section is first opened

        splitter = QSplitter(self)
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.section_list.currentRowChanged.connect(self.show_section)
        # Ctrl+PgUp/PgDn move between sections; the editor leaves Ctrl+Tab for its tabs.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step_section(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step_section(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.answer_changed.connect(self._answer_changed)
        session.photo_changed.connect(lambda _id: self._refresh_photo_counts())
        session.photos_changed.connect(self._refresh_photo_counts)
        session.status_changed.connect(self._apply_read_only)
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(0)
        self._recount_timer.timeout.connect(self.update_progress)
        self.retranslate()
        if self.sections:
            self.section_list.setCurrentRow(0)

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
        for row in self.rows.values():
            row.set_language(lang)
        for i, page in self._pages.items():
            header = page.widget().findChild(QLabel, "sectionTitle")
            if header is not None:
                header.setText(pick(self.sections[i].title, lang))

    def update_progress(self) -> None:
        for i, section in enumerate(self.sections):
            answered, visible = section_progress(self.session, section)
            item = self.section_list.item(i)
            item.setData(PROGRESS_ROLE, (answered, visible))
            # The list elides long titles; the tooltip gives the whole one.
            item.setToolTip(pick(section.title, self.session.lang) + "\n" +
                            self.tr("%1 of %2 answered").replace("%1", str(answered))
                            .replace("%2", str(visible)))

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.sections):
            return
        self._page(index)
        self.stack.setCurrentIndex(index)
        if self.section_list.currentRow() != index:
            self.section_list.setCurrentRow(index)

    def step_section(self, step: int) -> None:
        target = self.section_list.currentRow() + step
        if 0 <= target < len(self.sections):
            self.show_section(target)
            rows = [self.rows[q.id] for q in self.sections[target].questions
                    if not self.rows[q.id].isHidden()]
            if rows:
                rows[0].focus_input()

    def _page(self, index: int) -> QScrollArea:
        page = self._pages.get(index)
        if page is not None:
            return page
        section = self.sections[index]
        body = QWidget()
        body.setObjectName("sectionPage")
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 16, 20, 20)
        column.setSpacing(10)
        header = QLabel(pick(section.title, self.session.lang), body)
        header.setObjectName("sectionTitle")
        column.addWidget(header)
        for question in section.questions:
            row = QuestionRow(self.session, question, self.session.data.template.number(
                question.id), body, self.thumbnails)
            row.photos_requested.connect(self.photos_requested)
            row.set_read_only(self.session.read_only)
            self.rows[question.id] = row
            column.addWidget(row)
        column.addStretch(1)
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(body)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[index] = page
        self._apply_visibility(section)
        return page

    def build_all(self) -> None:
        """Build every page now (the tests and the benchmark want every row)."""
        for i in range(len(self.sections)):
            self._page(i)

    # --- reacting -----------------------------------------------------------------------

    def _apply_visibility(self, section: Section) -> None:
        template, values = self.session.data.template, self.session.values()
        for question in section.questions:
            row = self.rows.get(question.id)
            if row is not None:
                row.setHidden(not template.is_visible(question, values))

    def _answer_changed(self, question_id: str) -> None:
        row = self.rows.get(question_id)
        if row is not None:
            row.refresh()
        for i in self._pages:
            self._apply_visibility(self.sections[i])
        self._recount_timer.start()  # one recount per burst of edits
        self.section_list.viewport().update()

    def _thumbnail_ready(self, photo_id: str) -> None:
        for row in self.rows.values():
            row.thumbnail_ready(photo_id)

    def _refresh_photo_counts(self) -> None:
        for row in self.rows.values():
            row.refresh()

    def _apply_read_only(self) -> None:
        for row in self.rows.values():
            row.set_read_only(self.session.read_only)

    def jump_to(self, question_id: str) -> bool:
        """Open the question's section, scroll to it and put the cursor in its answer."""
        question = self.session.question(question_id)
        if question is None:
            return False
        index = next(i for i, s in enumerate(self.sections) if s.id == question.section_id)
        self.show_section(index)
        row = self.rows[question_id]
        page = self._pages[index]
        page.widget().layout().activate()
        page.ensureWidgetVisible(row, 0, 40)
        row.flash()
        row.focus_input()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
