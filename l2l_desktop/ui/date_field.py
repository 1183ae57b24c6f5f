"""A date field that reads like text: type 2026-12-03, or pick it from a calendar.

One Tab stop (Qt's date edit takes three, one per part of the date). Alt+Down or F4 opens the
calendar on the field's date, or on today when it has none. An optional date can be empty:
the field then says "no date", and its clear button empties it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.dates import local_day
from l2l_desktop.ui.style import tr


def format_hint() -> str:
    """How a date is typed, in the user's words for year, month and day."""
    return tr("YYYY-MM-DD")


def parse_day(text: str) -> date | None:
    """The day ``text`` names (2026-12-03, also with / or . between the parts), or None."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


class _CalendarPopup(QWidget):
    """The calendar under a date field; a click or Enter picks the day, Esc closes it."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(tr("Calendar"))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(day.toPython())

    def open_on(self, day: date, at: QPoint) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.move(at)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class DateField(QWidget):
    """A day as text (ISO, like everywhere in the app), with a calendar button.

    ``dateChanged(day)`` follows every change of :meth:`value` (a day, or None); ``committed``
    says the user finished: Enter, leaving the field, or a day picked in the calendar.
    """

    dateChanged = Signal(object)
    committed = Signal(object)

    def __init__(self, name: str, allow_none: bool = False, empty_text: str = "") -> None:
        """``empty_text``: what an empty optional field says ("no date" unless given: a
        filter without a label says which end it is, "From" or "To")."""
        super().__init__()
        self.allow_none = allow_none
        self._value: date | None = None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        empty = (empty_text or tr("no date")) if allow_none else format_hint()
        self.edit.setPlaceholderText(empty)
        self.edit.setToolTip(
            tr("Type a date as {hint}, or press Alt+Down for a calendar").format(hint=format_hint())
        )
        self.edit.setClearButtonEnabled(allow_none)
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 44
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 24)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("\u25be")
        self.button.setToolTip(tr("Pick from a calendar (Alt+Down)"))
        self.button.setAccessibleName(tr("Open the calendar for {name}").format(name=name))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.popup: _CalendarPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    # --- the value -----------------------------------------------------------------------

    def value(self) -> date | None:
        """The day the field holds; None when it is empty or its text is not a date."""
        return self._value

    def set_value(self, day: date | None) -> None:
        self.edit.setText("" if day is None else day.isoformat())

    def problem(self) -> str:
        """Why the text cannot be saved as this field's date ("" when it can)."""
        text = self.edit.text().strip()
        if not text:
            return "" if self.allow_none else tr("A date is required.")
        if self._value is None:
            return tr("Not a date: write it as {hint}, e.g. {example}.").format(
                hint=format_hint(), example=local_day().isoformat()
            )
        return ""

    def _typed(self, text: str) -> None:
        value = parse_day(text)
        invalid = bool(text.strip()) and value is None
        self.edit.setStyleSheet("QLineEdit { color: #d0453a; }" if invalid else "")
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _finished(self) -> None:
        if self._value is not None:
            self.edit.setText(self._value.isoformat())  # 2026/12/3 shows as 2026-12-03
            self.committed.emit(self._value)

    # --- the calendar --------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.open_on(self._value or local_day(), self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, day: date) -> None:
        self.set_value(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.committed.emit(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
