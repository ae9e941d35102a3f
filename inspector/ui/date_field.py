"""A date field read as typed: one Tab stop, typed DD.MM.YYYY (also with «-» and «/»), a calendar.

QDateEdit edits a date section by section: Tab walks its three sections, and typing over a
filled field carries digits into the next section («28.11.2026» typed over 01.12.2026 became
28.12.2026). This field is a line edit parsed by the domain's one date parser, so what is typed
is what is stored, an empty field means "no date" (a deadline can be cleared), and the calendar
(the button, F4 or Alt+Down) opens on the field's date or on the day its owner names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import NotADate, format_day, parse_day


def ui_language() -> str:
    """The language the window speaks (the shell sets the default locale with it)."""
    name = QLocale().name()[:2]
    return name if name in ("ru", "kk") else "en"


class DateField(QLineEdit):
    dateChanged = Signal(QDate)  # a null QDate when the field was emptied

    def __init__(self, parent: QWidget | None = None, *, clearable: bool = True) -> None:
        super().__init__(parent)
        self._date = QDate()
        self._opens_on = QDate()
        self._read_only = False
        self.setClearButtonEnabled(clearable)
        self.setMaximumWidth(170)
        self.setMinimumWidth(130)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, "", self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)
        self._popup: QWidget | None = None
        self.retranslate()

    # --- the value ------------------------------------------------------------------------

    def date(self) -> QDate:
        """The date shown; a null QDate when the field is empty or what it holds is no date."""
        return QDate(self._date)

    def setDate(self, value: QDate | None) -> None:  # noqa: N802 (QDateEdit's name, on purpose)
        value = value if value is not None and value.isValid() else QDate()
        self.setText(format_day(_py(value)))
        self._mark(None)
        self._set(value)

    def iso(self) -> str:
        return self._date.toString("yyyy-MM-dd") if self._date.isValid() else ""

    def set_iso(self, iso: str) -> None:
        self.setDate(QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate())

    def problem(self) -> str | None:
        """Why the text is not a date, in the window's language; None when it is one or empty."""
        try:
            parse_day(self.text())
        except NotADate as exc:
            return exc.message(ui_language())
        return None

    def set_opens_on(self, day: QDate) -> None:
        """The month the calendar shows while the field is empty (the visit's date, today)."""
        self._opens_on = QDate(day)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        super().setReadOnly(read_only)
        self._read_only = read_only
        self.calendar_action.setVisible(not read_only)

    # --- typing ---------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        try:
            parsed = parse_day(text)
        except NotADate as exc:
            self._mark(exc.message(ui_language()))
            return
        self._mark(None)
        self._set(QDate(parsed.year, parsed.month, parsed.day) if parsed else QDate())

    def _tidy(self) -> None:
        # Show the date in the one form once the person leaves the field («1/2/26» → 01.02.2026).
        if self.problem() is None:
            self.setText(format_day(_py(self._date)))

    def _mark(self, message: str | None) -> None:
        self.setProperty("invalid", message is not None)
        self.setToolTip(message or "")
        self.style().unpolish(self)
        self.style().polish(self)

    def _set(self, value: QDate) -> None:
        if value != self._date:
            self._date = QDate(value)
            self.dateChanged.emit(QDate(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = (event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier))
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # --- the calendar ---------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self._read_only or not self.isEnabled():
            return
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        shown = self._date if self._date.isValid() else (
            self._opens_on if self._opens_on.isValid() else QDate.currentDate())
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        frame = QVBoxLayout(popup)
        frame.addWidget(calendar)
        frame.setContentsMargins(0, 0, 0, 0)

        def chosen(day: QDate) -> None:
            self.setDate(day)
            popup.close()
            self.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        popup.installEventFilter(_EscapeCloses(popup))
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()
        self._popup = popup

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.calendar_action.setToolTip(self.tr("Choose in the calendar (F4)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.property("invalid"):
                self._mark(self.problem())
        super().changeEvent(event)


class _EscapeCloses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and isinstance(watched, QWidget)):
            watched.close()
            return True
        return False


def _py(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None
