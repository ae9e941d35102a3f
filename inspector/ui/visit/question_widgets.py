"""One answer widget per question type, shared by the checklist and the interview form.

Every input emits `edited(value)` with a value already valid for its question (the form it is
stored in), and `invalid(message)` when what was typed cannot be an answer; the caller saves
only the former. set_value() never emits, so loading a visit does not write it back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.answer_values import (
    NO_DATA_HELP,
    NO_DATA_TEXT,
    InvalidAnswer,
    format_number,
    is_no_data,
    no_data,
)
from ...domain.checklist import CURRENCY, YES_NO_TEXT, Option, Question, QuestionType
from ...domain.interview import CONSENT_QUESTIONS
from ...domain.text import pick
from ..date_field import DateField

RADIO_LIMIT = 5  # more options than this read better as a drop-down list


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class AnswerInput(QWidget):
    edited = Signal(object)
    invalid = Signal(str)

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.value())

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def focus_widget(self) -> QWidget:
        """The widget to focus when jumping to this question."""
        return self

    def set_read_only(self, read_only: bool) -> None:
        """Shown in full contrast but not changeable (a completed visit): text fields become
        read-only, buttons, boxes and lists stop taking clicks and keys that would change them;
        Tab still walks through, so the answer can be read and copied."""
        self._read_only = read_only
        set_inert(self.findChildren(QWidget), read_only)

    def is_read_only(self) -> bool:
        return getattr(self, "_read_only", False)


class _ReadOnlyGuard(QObject):
    """Eats what would change an answer; lets focus and tooltips through."""

    PASSING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return,
                              Qt.Key.Key_Enter, Qt.Key.Key_Escape})
    EATEN = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                       QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EATEN:
            return True
        if isinstance(event, QKeyEvent):  # a key press or release
            return event.key() not in self.PASSING_KEYS
        return False


_guard: _ReadOnlyGuard | None = None


def _read_only_guard() -> _ReadOnlyGuard:
    """The one guard, made by the GUI thread when first needed. Made when this module was
    imported, it lived in the pool thread that imports the editor as the window warms up, and
    Qt refuses a filter from another thread: a completed visit's answers took clicks and keys."""
    global _guard
    if _guard is None:
        _guard = _ReadOnlyGuard()
    return _guard


def set_inert(widgets: list[QWidget], read_only: bool) -> None:
    """Read-only in full contrast (not disabled, which greys text out): text fields become
    read-only, every other control stops taking the clicks and keys that would change it."""
    for widget in widgets:
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setReadOnly(read_only)
        elif read_only:
            widget.installEventFilter(_read_only_guard())
        elif _guard is not None:
            widget.removeEventFilter(_guard)


class SegmentedInput(AnswerInput):
    """A row of checkable buttons, one per value: yes/no/n.a. and 1-5 ratings.

    The row is one Tab stop (the chosen button, else the first): arrows move along it and
    choose, a digit key chooses the n-th value, Space chooses the focused one. Clicking the
    chosen button again clears the answer, so a mis-click can be undone.
    """

    def __init__(self, question: Question, lang: str, values: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        self._values = values
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusivity by hand, so a second click can clear
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for i, _ in enumerate(values):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter moves to the next question, never "clicks"
            button.setProperty("segment", "first" if i == 0 else
                               "last" if i == len(values) - 1 else "middle")
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.installEventFilter(self)
            self._group.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self._group.buttonClicked.connect(self._clicked)
        self._label_buttons()
        self._rove()

    def _label_buttons(self) -> None:
        for i, value in enumerate(self._values):
            button = self._group.button(i)
            button.setText(self._text(value))
            if i < 9:
                button.setToolTip(translate("AnswerInput", "Key %1").replace("%1", str(i + 1)))

    def _text(self, value: Any) -> str:
        return str(value)

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        self._label_buttons()

    def _clicked(self, button: QAbstractButton) -> None:
        for other in self._group.buttons():
            if other is not button:
                other.setChecked(False)
        self._rove(button)
        self._emit()

    def _choose(self, index: int) -> None:
        """Choose the value at `index` from the keyboard (never clears, unlike a second click)."""
        button = self._group.button(index)
        if button is None or not button.isEnabled() or self.is_read_only():
            return
        for other in self._group.buttons():
            other.setChecked(other is button)
        self._rove(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        self._emit()

    def _rove(self, focus: QAbstractButton | None = None) -> None:
        # One Tab stop per row: only the chosen (or focused, or first) button takes Tab focus.
        focus = focus or self._group.checkedButton() or self._group.button(0)
        for button in self._group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is focus
                                  else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and isinstance(watched, QAbstractButton) and watched in self._group.buttons()):
            key = event.key()
            index = self._group.id(watched)
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
                step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
                self._choose(min(max(index + step, 0), len(self._values) - 1))
                return True
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self._choose(key - Qt.Key.Key_1)
                return True
            if key == Qt.Key.Key_Space and self.is_read_only():
                return True
        return super().eventFilter(watched, event)

    def value(self) -> Any:
        checked = self._group.checkedId()
        return self._values[checked] if checked >= 0 else None

    def _show(self, value: Any) -> None:
        for i, v in enumerate(self._values):
            self._group.button(i).setChecked(v == value)
        self._rove()

    def focus_widget(self) -> QWidget:
        return self._group.button(max(0, self._group.checkedId()))

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()


class YesNoInput(SegmentedInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        values = ["yes", "no"] if question.id in CONSENT_QUESTIONS else ["yes", "no", "na"]
        super().__init__(question, lang, values, parent)

    def _text(self, value: Any) -> str:
        return pick(YES_NO_TEXT[value], self.lang)


class RatingInput(SegmentedInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, [1, 2, 3, 4, 5], parent)
        for button in self.buttons():
            button.setMinimumWidth(36)


class NumberInput(AnswerInput):
    """Numbers, money and counts: typed freely («85 тыс», «1,2 млн»), checked as typed by the
    domain's one parser, explained when wrong.

    What the field shows as wrong is never stored: the answer goes back to what it was before
    this edit began, and `invalid` tells the caller, which counts the question as unanswered.
    """

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(180)
        self.suffix = QLabel(self)
        self.suffix.setProperty("role", "secondary")
        row.addWidget(self.edit)
        row.addWidget(self.suffix)
        # «Нет данных» beside a required figure: a deputy who cannot get the figure says so
        # instead of typing 0. A Tab stop of its own; Space toggles it.
        self.no_data: QPushButton | None = None
        if question.offers_no_data:
            self.no_data = QPushButton(self)
            self.no_data.setCheckable(True)
            self.no_data.setObjectName("noData")
            self.no_data.toggled.connect(self._no_data_toggled)
            row.addWidget(self.no_data)
        row.addStretch(1)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self._good: Any = None  # the value the field stands for now, handed to the session
        self._committed: Any = None  # the value before the current edit began
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        if self.question.type == QuestionType.MONEY:
            self.suffix.setText(pick(CURRENCY, lang))
        else:
            self.suffix.setText(pick(self.question.unit, lang))
        if self.no_data is not None:
            text = pick(NO_DATA_TEXT, lang)
            self.no_data.setText(text[:1].upper() + text[1:])
            self.no_data.setToolTip(pick(NO_DATA_HELP, lang))
        message = self.problem(self.edit.text())
        if message is not None:
            self.invalid.emit(message)

    def problem(self, text: str) -> str | None:
        """Why `text` is not an answer to this question, in the person's language; None if it is."""
        if not text.strip():
            return None
        try:
            self.question.validate_value(text.strip())
        except InvalidAnswer as exc:
            return exc.message(self.lang)
        return None

    def _typed(self, text: str) -> None:
        message = self.problem(text)
        self.edit.setProperty("invalid", message is not None)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        if message is not None:
            if self._good != self._committed:
                self._good = self._committed
                self._emit()
            self.invalid.emit(message)
            return
        self.invalid.emit("")
        self._good = self.question.validate_value(text.strip()) if text.strip() else None
        self._emit()

    def _tidy(self) -> None:
        # Group digits once the person leaves the field; never while typing (the cursor jumps).
        if self.problem(self.edit.text()) is None:
            self._committed = self._good
            if self._good is not None and not is_no_data(self._good):
                self.edit.setText(_for_field(self._good, self.lang))

    def value(self) -> Any:
        return self._good

    def _show(self, value: Any) -> None:
        self._good = self._committed = value
        unavailable = is_no_data(value)
        if self.no_data is not None:
            self.no_data.setChecked(unavailable)  # while loading: emits nothing
        self._lock_field(unavailable)
        self.edit.setText("" if value is None or unavailable else _for_field(value, self.lang))
        self.edit.setProperty("invalid", False)

    def _no_data_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self._lock_field(on)
        self.edit.clear()
        self.edit.setProperty("invalid", False)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.invalid.emit("")
        self._good = self._committed = no_data() if on else None
        self._emit()
        if not on:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lock_field(self, unavailable: bool) -> None:
        """No figure can be typed while «нет данных» is on: the field is empty and read-only."""
        self.edit.setReadOnly(unavailable or self.is_read_only())
        self.edit.setPlaceholderText(pick(NO_DATA_TEXT, self.lang) if unavailable else "")

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._lock_field(is_no_data(self._good))

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceRadioInput(AnswerInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self._group = QButtonGroup(self)
        for i, _ in enumerate(question.options):
            button = QRadioButton(self)
            self._group.addButton(button, i)
            column.addWidget(button)
        self._group.idClicked.connect(lambda _i: self._emit())
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        for i, option in enumerate(self.question.options):
            self._group.button(i).setText(pick(option.text, lang))

    def value(self) -> Any:
        checked = self._group.checkedId()
        return self.question.options[checked].id if checked >= 0 else None

    def _show(self, value: Any) -> None:
        self._group.setExclusive(False)  # an exclusive group cannot show "nothing chosen"
        for i, option in enumerate(self.question.options):
            self._group.button(i).setChecked(option.id == value)
        self._group.setExclusive(True)

    def focus_widget(self) -> QWidget:
        return self._group.button(max(0, self._group.checkedId()))


class ChoiceComboInput(AnswerInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        current = self.value() if self.combo.count() else None
        self._loading = True
        self.combo.clear()
        self.combo.addItem("—", None)
        for option in self.question.options:
            self.combo.addItem(pick(option.text, lang), option.id)
        self._loading = False
        self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def focus_widget(self) -> QWidget:
        return self.combo


class MultipleChoiceInput(AnswerInput):
    """One check box per option. An exclusive option ("none of these") is answered alone:
    ticking it unticks the others, ticking another unticks it, and one change is emitted."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.boxes = [QCheckBox(self) for _ in question.options]
        self._settling = False
        for box, option in zip(self.boxes, question.options, strict=True):
            column.addWidget(box)
            box.toggled.connect(lambda on, option=option: self._toggled(option, on))
        self.set_language(lang)

    def _toggled(self, option: Option, on: bool) -> None:
        if self._settling or self._loading:
            return
        if on:
            # Untick what cannot go with this option before anything is emitted, so the
            # contradictory "none of these, and transport" is never shown as an answer or saved.
            self._settling = True
            try:
                for box, other in zip(self.boxes, self.question.options, strict=True):
                    if other is not option and (option.exclusive or other.exclusive):
                        box.setChecked(False)
            finally:
                self._settling = False
        self._emit()

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        for box, option in zip(self.boxes, self.question.options, strict=True):
            box.setText(pick(option.text, lang))

    def value(self) -> Any:
        chosen = [o.id for o, b in zip(self.question.options, self.boxes, strict=True)
                  if b.isChecked()]
        return chosen or None

    def _show(self, value: Any) -> None:
        chosen = set(value or [])
        for box, option in zip(self.boxes, self.question.options, strict=True):
            box.setChecked(option.id in chosen)

    def focus_widget(self) -> QWidget:
        return self.boxes[0]


class TextInput(AnswerInput):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setFixedHeight(64)
        column.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def _show(self, value: Any) -> None:
        if (value or "") != self.edit.toPlainText():
            self.edit.setPlainText(value or "")

    def focus_widget(self) -> QWidget:
        return self.edit


class DateInput(AnswerInput):
    """A date, or none: typed as DD.MM.YYYY or chosen in the calendar; an empty field is no answer."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = DateField(self)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.edit.dateChanged.connect(lambda _d: self._emit())
        self.edit.textEdited.connect(lambda _t: self.invalid.emit(self.edit.problem() or ""))

    def value(self) -> Any:
        return self.edit.iso() or None

    def _show(self, value: Any) -> None:
        self.edit.set_iso(value or "")

    def focus_widget(self) -> QWidget:
        return self.edit


# Answers that need one line only; the card puts the comment beside them.
ONE_LINE_INPUTS = (SegmentedInput, NumberInput, DateInput, ChoiceComboInput)


def make_input(question: Question, lang: str, parent: QWidget | None = None) -> AnswerInput:
    """The answer widget for a question's type."""
    t = question.type
    if t == QuestionType.YES_NO:
        return YesNoInput(question, lang, parent)
    if t == QuestionType.RATING:
        return RatingInput(question, lang, parent)
    if t in (QuestionType.NUMBER, QuestionType.MONEY, QuestionType.COUNT):
        return NumberInput(question, lang, parent)
    if t == QuestionType.SINGLE_CHOICE:
        if len(question.options) <= RADIO_LIMIT:
            return ChoiceRadioInput(question, lang, parent)
        return ChoiceComboInput(question, lang, parent)
    if t == QuestionType.MULTIPLE_CHOICE:
        return MultipleChoiceInput(question, lang, parent)
    if t == QuestionType.DATE:
        return DateInput(question, lang, parent)
    return TextInput(question, lang, parent)


def _for_field(value: Any, lang: str) -> str:
    """The stored number as the field shows it: the report's formatting, with plain spaces so
    what a person sees is what they could have typed."""
    return format_number(value, lang).replace("\u00a0", " ")
