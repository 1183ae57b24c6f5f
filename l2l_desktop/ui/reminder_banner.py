"""The reminder shown inside the window: a calm band above the tabs, never a modal dialog.

It says what the reminder is about and offers its one step (write the intention, open the
hansei, start the review; for a pause, the three answers that log it in one click, with an
optional note beside them), then snooze (15 minutes, an hour) and "not today"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.records import Alignment
from l2l_desktop.core.reminders import Reminder, ReminderKind
from l2l_desktop.ui.style import tr


class ReminderBanner(QFrame):
    """One reminder at a time. ``acted`` asks for the reminder's step (opening a tab),
    ``paused`` logs a pause (alignment, note), ``snoozed`` (minutes) and ``dismissed`` (for
    the day) put it off; the runner does each and hides the banner."""

    acted = Signal()
    paused = Signal(object, str)
    snoozed = Signal(int)
    dismissed = Signal()
    cleared = Signal()  # the reminder is done with, however

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "QFrame#reminderBanner { background: palette(alternate-base); border: none; "
            "border-bottom: 1px solid palette(mid); }"
        )
        self.setAccessibleName(tr("Reminder"))
        self.reminder: Reminder | None = None
        self.title = QLabel()
        self.title.setObjectName("reminderTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.act_button = QPushButton()
        self.act_button.clicked.connect(self.acted)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("A note (optional)"))
        self.note.setAccessibleName(tr("Note for the pause"))
        self.note.setMinimumWidth(260)  # a sentence, not a word
        self.answers: dict[Alignment, QPushButton] = {}
        for alignment, label in (
            (Alignment.ALIGNED, tr("&Aligned")),
            (Alignment.PARTLY, tr("&Partly")),
            (Alignment.OFF, tr("&Off")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, a=alignment: self._pause(a))
            self.answers[alignment] = button
        self.snooze_button = QPushButton(tr("Snooze"))
        menu = QMenu(self.snooze_button)
        for minutes, label in ((15, tr("For 15 minutes")), (60, tr("For an hour"))):
            menu.addAction(label, lambda m=minutes: self.snoozed.emit(m))
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(tr("Not today"))
        self.dismiss_button.setToolTip(tr("No more of this reminder today (Esc)"))
        self.dismiss_button.clicked.connect(self.dismissed)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(text, 1)
        row.addWidget(self.note)
        for button in self.answers.values():
            row.addWidget(button)
        row.addWidget(self.act_button)
        row.addSpacing(12)
        row.addWidget(self.snooze_button)
        row.addWidget(self.dismiss_button)
        # Esc in the band is "not today": taken before the form's own Esc (which throws an
        # edit away) can claim it as a shortcut.
        for child in (self.act_button, self.note, *self.answers.values(), self.snooze_button,
                      self.dismiss_button):  # fmt: skip
            child.installEventFilter(self)
        self.hide()

    def show_reminder(self, reminder: Reminder, title: str, detail: str, action: str) -> None:
        """Show ``reminder``: its title, a line of what it is about, and the label of its
        step (empty for a pause, whose step is its three answers)."""
        self.reminder = reminder
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        pause = reminder.kind is ReminderKind.PAUSE
        self.note.clear()
        self.note.setVisible(pause)
        for button in self.answers.values():
            button.setVisible(pause)
        self.act_button.setVisible(not pause)
        self.act_button.setText(action)
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # a key press for the band, not a shortcut of the window's
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.dismissed.emit()
                return True
        return super().eventFilter(watched, event)

    def above(self, content: QWidget) -> QWidget:
        """A widget holding the band across the top of ``content``."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self)
        column.addWidget(content, 1)
        return holder

    def clear(self) -> None:
        self.reminder = None
        self.hide()
        self.cleared.emit()

    def _pause(self, alignment: Alignment) -> None:
        self.paused.emit(alignment, self.note.text())

    def focus_first(self) -> None:
        """Where the keyboard goes: the note of a pause, else the reminder's step."""
        if self.note.isVisible():
            self.note.setFocus()
        else:
            self.act_button.setFocus()
