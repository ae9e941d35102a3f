"""One checklist question as a card: its text, answer, comment, problem flag and photo evidence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import Question
from ...domain.text import pick
from .question_widgets import ONE_LINE_INPUTS, AnswerInput, make_input, set_inert
from .session import VisitSession
from .thumbnails import ThumbnailCache

THUMB = (40, 30)



class QuestionRow(QFrame):
    """Two Tab stops: the answer and the comment. Enter moves to the next question; the problem
    flag and the photos are buttons for the mouse and Ctrl+Shift+P / Ctrl+Shift+F for keys (the
    checklist's shortcuts, for the card that has the focus).

    A checklist has up to 85 cards, built while the person waits: what most cards never show
    (help, an error, a warning, the comment's clear button) is made when first needed."""

    photos_requested = Signal(str)  # question id
    advance = Signal(str)  # question id: Enter was pressed in it, go to the next question

    def __init__(self, session: VisitSession, question: Question, number: str,
                 parent: QWidget | None = None, thumbnails: ThumbnailCache | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self.question = question
        self.number = number
        self.setObjectName("questionCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        lang = session.lang

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setObjectName("questionTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self._help: QLabel | None = None
        self._error: QLabel | None = None
        self._warning: QLabel | None = None  # a soft check across answers (plausibility.py)
        self.input: AnswerInput = make_input(question, lang, self)

        self.comment = QLineEdit(self)
        self.flag = QToolButton(self)
        self.flag.setCheckable(True)
        self.flag.setObjectName("problemFlag")
        self.flag.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.photos = QToolButton(self)
        self.photos.setObjectName("photoLink")
        # The first photo that supports the answer, small, beside the count: the card shows
        # what backs it without a trip to the Photos tab.
        self.photos.setIconSize(QSize(*THUMB))
        self.photos.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        # A one-line answer (buttons, a number, a date, a drop-down) shares its line with the
        # comment and the buttons: a card takes as few lines as its content needs.
        one_line = isinstance(self.input, ONE_LINE_INPUTS)
        if one_line:
            footer.addWidget(self.input, 0)
            footer.addSpacing(8)
        footer.addWidget(self.comment, 100)
        footer.addStretch(1)  # keeps the buttons right when the comment is hidden
        footer.addWidget(self.flag)
        footer.addWidget(self.photos)

        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(6)
        column.addWidget(self.title)  # the help, when there is any, goes below
        if not one_line:
            column.addWidget(self.input)
        column.addLayout(footer)  # then the error and the warning, when there are any

        for button in (self.flag, self.photos):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # no Tab stop: fewer per card
        for widget in [*self.input.findChildren(QWidget), self.comment]:
            # A multi-line text keeps Enter for new lines; Ctrl+Enter (or Tab) leaves it.
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.installEventFilter(self)
            elif isinstance(widget, QPushButton):
                widget.installEventFilter(self)  # segment buttons off the Tab chain still move on

        self.input.edited.connect(self._edited)
        self.input.invalid.connect(self._show_error)
        self.comment.textEdited.connect(lambda text: session.set_comment(question.id, text))
        self.flag.clicked.connect(lambda on: session.set_flag(question.id, on))
        self.photos.clicked.connect(lambda: self.photos_requested.emit(question.id))
        self.retranslate()
        self.refresh()

    # --- showing --------------------------------------------------------------------------

    # --- what is made when first needed ---------------------------------------------------

    @property
    def help(self) -> QLabel:
        if self._help is None:
            self._help = self._note("secondary", 1)  # below the title
        return self._help

    @property
    def error(self) -> QLabel:
        if self._error is None:
            self._error = self._note("error", self._column.count() - (self._warning is not None))
        return self._error

    @property
    def warning(self) -> QLabel:
        if self._warning is None:
            self._warning = self._note("warning", self._column.count())
        return self._warning

    def _note(self, role: str, at: int) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", role)
        label.setWordWrap(True)
        label.hide()
        self._column.insertWidget(at, label)
        return label

    def has_error(self) -> bool:
        return self._error is not None and self._error.isVisible()

    def has_warning(self) -> bool:
        return self._warning is not None and self._warning.isVisible()

    def set_language(self, lang: str) -> None:
        self.input.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        lang, q = self.session.lang, self.question
        star = (' <span style="color:#c62828">*</span>' if q.required else "")
        self.title.setText(f'<span style="color:#7a7f87">{self.number}</span>&nbsp; '
                           f"{_escape(pick(q.text, lang))}{star}")
        help_text = pick(q.help, lang)
        if help_text or self._help is not None:
            self.help.setText(help_text)
            self.help.setVisible(bool(help_text))
        self.title.setToolTip(help_text)
        if q.required:
            self.title.setAccessibleDescription(self.tr("Required"))
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.flag.setText(self.tr("Problem"))
        self.flag.setToolTip(self.tr("Mark this answer as a problem; set automatically by the "
                                     "checklist's rule, and you can change it "
                                     "(Ctrl+Shift+P)"))
        self.photos.setToolTip(self.tr("Photos that show this (evidence) (Ctrl+Shift+F)"))
        self._show_photo_count()

    def refresh(self) -> None:
        """Show what the session holds (after loading, or after a change made elsewhere)."""
        answer = self.session.answer(self.question.id)
        value = answer.value if answer else None
        if self.input.value() != value and not self.has_error():
            self.input.set_value(value)
        comment = answer.comment if answer else ""
        if self.comment.text() != comment:
            self.comment.setText(comment)
        flagged = bool(answer and answer.flagged)
        self.flag.setChecked(flagged)
        if bool(self.property("problem")) != flagged:
            self.setProperty("problem", flagged)
            # Only a card already styled needs its style sheet matched again; a new one is
            # matched once when it is first shown, with the property as it is then.
            if self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                self.style().unpolish(self)
                self.style().polish(self)
        self._show_photo_count()
        self._show_footer()

    def _show_photo_count(self) -> None:
        photos = self.session.photos_of(self.question.id)
        count = len(photos)
        self.photos.setText(self.tr("Photos: %1").replace("%1", str(count)) if count
                            else self.tr("Add photo"))
        pixmap = self.thumbnails.pixmap(photos[0]) if photos and self.thumbnails else None
        self.photos.setIcon(QIcon(pixmap) if pixmap is not None else QIcon())

    def thumbnail_ready(self, photo_id: str) -> None:
        photos = self.session.photos_of(self.question.id)
        if photos and photos[0].id == photo_id:
            self._show_photo_count()

    def set_read_only(self, read_only: bool) -> None:
        """A completed visit reads in full contrast; what would change it is hidden or inert."""
        self._read_only = read_only
        self.input.set_read_only(read_only)
        self.comment.setReadOnly(read_only)
        if read_only and self.comment.isClearButtonEnabled():
            self.comment.setClearButtonEnabled(False)  # given back when the comment gets focus
        set_inert([self.flag], read_only)
        self._show_footer()

    def _show_footer(self) -> None:
        # On a completed visit an empty comment, an unset flag and "Add photo" say nothing.
        read_only = getattr(self, "_read_only", False)
        self.comment.setVisible(not read_only or bool(self.comment.text()))
        self.flag.setVisible(not read_only or self.flag.isChecked())
        self.photos.setVisible(not read_only or bool(self.session.photos_of(self.question.id)))

    def show_warning(self, text: str) -> None:
        if text or self._warning is not None:
            self.warning.setText(text)
            self.warning.setVisible(bool(text))

    def flash(self) -> None:
        """Draw the eye to this card after a jump from the "what is missing" list."""
        self.setProperty("highlight", True)
        self.style().unpolish(self)
        self.style().polish(self)

    def focus_input(self) -> None:
        # Styles draw the focus ring only once the window has seen a keyboard focus change, and
        # Qt marks one only inside a real Tab key press (a focus set from code clears the mark):
        # a person who opened the visit must see at once where their first key will go.
        widget = self.input.focus_widget()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        widget.update()

    # --- editing --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.comment and event.type() == QEvent.Type.FocusIn
                and not self.comment.isReadOnly() and not self.comment.isClearButtonEnabled()):
            self.comment.setClearButtonEnabled(True)
        # Ctrl+Enter moves on from a multi-line text too, where plain Enter starts a new line
        # (the walk-through found no key there that went to the next question).
        wanted = (Qt.KeyboardModifier.ControlModifier if isinstance(watched, QPlainTextEdit)
                  else Qt.KeyboardModifier.NoModifier)
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == wanted):
            if isinstance(watched, QLineEdit):
                watched.editingFinished.emit()  # tidy the number before the focus leaves
            self.advance.emit(self.question.id)
            return True
        return super().eventFilter(watched, event)

    def pick_photos(self) -> None:
        self.photos.click()

    def toggle_flag(self) -> None:
        if not getattr(self, "_read_only", False):
            self.flag.click()

    def _edited(self, value: object) -> None:
        if self.property("highlight"):
            self.setProperty("highlight", False)
        self.session.set_value(self.question.id, value)
        self._show_error("")

    def _show_error(self, message: str) -> None:
        if message or self._error is not None:
            self.error.setText(message)
            self.error.setVisible(bool(message))
        self.session.set_invalid(self.question.id, message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
