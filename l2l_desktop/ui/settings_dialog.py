"""Edit › Settings… (Ctrl+,): the day's start, the reminders, the look, the window. Each
change applies at once (there is nothing to confirm), and each setting says in a line what
it does. A text field that cannot be read says so under itself and keeps its last good value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.reminders import Schedule
from l2l_desktop.services import Journal
from l2l_desktop.settings import Settings
from l2l_desktop.ui.forms import ErrorLabel
from l2l_desktop.ui.login_start import LoginStart
from l2l_desktop.ui.settings_fields import (
    Clock,
    clock_time,
    parse_times,
    qtime,
    rows,
    weekday_names,
)
from l2l_desktop.ui.style import tr
from l2l_desktop.ui.widgets import muted_label

if TYPE_CHECKING:
    from l2l_desktop.ui.main_window import MainWindow


class SettingsDialog(QDialog):
    """``schedule_changed`` after the reminders' times change (the runner reads again),
    ``theme_chosen`` with "system", "light" or "dark", ``practice_days_requested`` for the
    practice days dialog."""

    schedule_changed = Signal()
    theme_chosen = Signal(str)
    practice_days_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        tray_available: bool,
        parent: QWidget | None = None,
        notifications_unavailable: str = "",
        login_options: Sequence[str] | None = (),
    ) -> None:
        super().__init__(parent)
        self.journal, self.settings = journal, settings
        self.notifications_unavailable = notifications_unavailable
        # What a login start passes (the data folder when it is not the default one); None
        # where there is nothing to start at login (a demo's temporary folder).
        self.login_options = login_options
        self.setWindowTitle(tr("Settings"))
        self.schedule = settings.schedule(journal.day_start_hour)
        # Each column at a width of its own, so that its wrapped lines are measured at the
        # width they are shown at (and none is cut short).
        left, right = QWidget(), QWidget()
        for column, groups in (
            (left, (self._reminder_group(), self._day_group())),
            (
                right,
                (self._look_group(), self._window_group(tray_available), self._backup_group()),
            ),
        ):
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            for group in groups:
                stack.addWidget(group)
            stack.addStretch(1)
        for column, width in ((left, 460), (right, 380)):
            column.setFixedWidth(width)
            column.setMinimumHeight(column.heightForWidth(width))
        columns = QHBoxLayout()
        columns.addWidget(left)
        columns.addSpacing(8)
        columns.addWidget(right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        # Tall enough for every wrapped line of explanation at the width it is given.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    # --- the groups ---------------------------------------------------------------------

    def _day_group(self) -> QGroupBox:
        box = QGroupBox(tr("Your day"))
        form = rows(box)
        self.day_start = QComboBox()
        for hour in range(24):
            self.day_start.addItem(f"{hour:02d}:00", hour)
        self.day_start.setCurrentIndex(self.journal.day_start_hour)
        self.day_start.currentIndexChanged.connect(self._day_start_changed)
        form.addRow(tr("A &day starts at"), self.day_start)
        form.addRow(muted_label(tr("What you write after midnight and before this hour counts "
                                   "for the day before: a late hansei still counts.")))  # fmt: skip
        practice = QPushButton(tr("&Practice days…"))
        practice.setAutoDefault(False)  # Enter in a field must not open it
        practice.clicked.connect(self.practice_days_requested)
        form.addRow("", practice)
        form.addRow(
            muted_label(
                tr(
                    "The weekdays each practice counts on; there are no reminders on the "
                    "others, nor during rest periods."
                )
            )
        )
        return box

    def _reminder_group(self) -> QGroupBox:
        s = self.schedule
        box = QGroupBox(tr("Reminders"))
        form = rows(box)
        self.morning = Clock(tr("&Morning intention"), s.morning, time(8, 30))
        form.addRow(self.morning)
        form.addRow(muted_label(tr("Set the day's intention, with what yesterday carried over.")))
        form.addRow(self._pause_rows())
        form.addRow(muted_label(tr("A few seconds to check the moment against the day's "
                                   "intention; one click logs it.")))  # fmt: skip
        self.evening = Clock(tr("&Evening hansei"), s.evening, time(17, 30))
        form.addRow(self.evening)
        form.addRow(muted_label(tr("Look back on the day: what went well, what did not, what "
                                   "to adjust.")))  # fmt: skip
        weekly = QWidget()
        row = QHBoxLayout(weekly)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekly = Clock(tr("&Weekly review on"), s.weekly_at, time(15, 0))
        self.weekly_day = QComboBox()
        self.weekly_day.addItems(weekday_names())
        self.weekly_day.setCurrentIndex(s.weekly_day)
        self.weekly_day.setAccessibleName(tr("Weekly review: day"))
        row.addWidget(self.weekly.on)
        row.addWidget(self.weekly_day)
        row.addWidget(QLabel(tr("at")))
        row.addWidget(self.weekly.at)
        row.addStretch(1)
        form.addRow(weekly)
        form.addRow(muted_label(tr("A quarter of an hour with the week's trends.")))
        for clock in (self.morning, self.evening, self.weekly):
            clock.changed.connect(self._save_schedule)
        self.weekly_day.currentIndexChanged.connect(lambda _i: self._save_schedule())
        form.addRow(
            muted_label(
                tr(
                    "Each reminder comes once, only while its practice is still undone that "
                    "day; snooze it, or say not today."
                )
            )
        )
        if self.notifications_unavailable:
            self.notice = QLabel(
                tr(
                    "System notifications are unavailable here: {why}. Reminders show at the "
                    "top of the window."
                ).format(why=self.notifications_unavailable)
            )
            self.notice.setWordWrap(True)
            form.addRow(self.notice)
        return box

    def _pause_rows(self) -> QWidget:
        s = self.schedule
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.pause_at = QRadioButton(tr("Intention &pauses at"))
        self.pause_times = QLineEdit(", ".join(t.strftime("%H:%M") for t in s.pauses))
        self.pause_times.setPlaceholderText(tr("for example 11:00, 15:00"))
        self.pause_times.setAccessibleName(tr("Times of the intention pauses"))
        self.pause_error = ErrorLabel()
        self.hours_error = ErrorLabel()
        self.pause_every = QRadioButton(tr("Intention pauses e&very"))
        self.every = QSpinBox()
        self.every.setRange(1, 8)
        self.every.setSuffix(tr(" h"))
        self.every.setValue(s.pause_every or 2)
        self.work_start = QTimeEdit(qtime(s.work_start))
        self.work_end = QTimeEdit(qtime(s.work_end))
        for edit, name in ((self.work_start, tr("Working hours: start")),
                           (self.work_end, tr("Working hours: end"))):  # fmt: skip
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.pauses_off = QRadioButton(tr("No intention pauses"))
        group = QButtonGroup(self)
        for button in (self.pause_at, self.pause_every, self.pauses_off):
            group.addButton(button)
        if s.pause_every:
            self.pause_every.setChecked(True)
        elif s.pauses:
            self.pause_at.setChecked(True)
        else:
            self.pauses_off.setChecked(True)
        every = QWidget()
        row = QHBoxLayout(every)
        row.setContentsMargins(0, 0, 0, 0)
        for part in (self.every, QLabel(tr("between")), self.work_start, QLabel(tr("and")),
                     self.work_end):  # fmt: skip
            row.addWidget(part)
        row.addStretch(1)
        grid.addWidget(self.pause_at, 0, 0)
        grid.addWidget(self.pause_times, 0, 1)
        grid.addWidget(self.pause_error, 1, 1)
        grid.addWidget(self.pause_every, 2, 0)
        grid.addWidget(every, 2, 1)
        grid.addWidget(self.hours_error, 3, 1)
        grid.addWidget(self.pauses_off, 4, 0, 1, 2)
        group.buttonToggled.connect(lambda _b, on: on and self._save_schedule())
        self.pause_times.editingFinished.connect(self._save_schedule)
        self.every.editingFinished.connect(self._save_schedule)
        self.work_start.editingFinished.connect(self._save_schedule)
        self.work_end.editingFinished.connect(self._save_schedule)
        self._sync_pause_fields()
        return widget

    def _look_group(self) -> QGroupBox:
        box = QGroupBox(tr("Appearance"))
        form = rows(box)
        self.theme = QComboBox()
        for value, label in (("system", tr("As the system")), ("light", tr("Light")),
                             ("dark", tr("Dark"))):  # fmt: skip
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(self.theme.findData(self.settings.theme))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        form.addRow(tr("&Theme"), self.theme)
        form.addRow(muted_label(tr("Follows the system's light or dark look unless you "
                                   "choose one; the charts follow too.")))  # fmt: skip
        self.language = QComboBox()
        from l2l_desktop.ui.translations import offered

        names = {"de": "Deutsch"}  # each in its own language
        choices = [("system", tr("As the system")), ("en", "English")]
        choices += [(code, names.get(code, code)) for code in offered()]
        for value, label in choices:
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.currentIndexChanged.connect(
            lambda _i: setattr(self.settings, "language", self.language.currentData())
        )
        form.addRow(tr("&Language"), self.language)
        form.addRow(muted_label(tr("Used from the next start.")))
        return box

    def _window_group(self, tray_available: bool) -> QGroupBox:
        box = QGroupBox(tr("Window"))
        form = rows(box)
        self.close_to_tray = QCheckBox(tr("&Closing the window keeps the app in the tray"))
        self.close_to_tray.setChecked(self.settings.close_to_tray and tray_available)
        self.close_to_tray.setEnabled(tray_available)
        self.close_to_tray.toggled.connect(lambda on: setattr(self.settings, "close_to_tray", on))
        form.addRow(self.close_to_tray)
        form.addRow(muted_label(
            tr("Reminders keep coming, and the tray's menu logs a pause, a question or a tell.")
            if tray_available
            else tr("This desktop has no system tray, so closing the window quits the app.")
        ))  # fmt: skip
        self.start_minimised = QCheckBox(tr("Start &minimised"))
        self.start_minimised.setChecked(self.settings.start_minimised)
        self.start_minimised.toggled.connect(self._start_minimised_changed)
        form.addRow(self.start_minimised)
        self.start_at_login = QCheckBox(tr("Start when I lo&g in"))
        self.start_at_login.setChecked(self.settings.start_at_login)
        self.start_at_login.toggled.connect(self._start_at_login_changed)
        form.addRow(self.start_at_login)
        self.login_note = muted_label(
            tr("Opens with your desktop session, so the morning reminder finds you.")
            if self.login_options is not None
            else tr("Not for demo data: it is deleted when you quit.")
        )
        self.start_at_login.setEnabled(self.login_options is not None)
        form.addRow(self.login_note)
        self.login = LoginStart(self)  # an XDG entry, or the portal inside a Flatpak
        self.login.said.connect(self.login_note.setText)
        return box

    def _backup_group(self) -> QGroupBox:
        box = QGroupBox(tr("Backups"))
        form = rows(box)
        self.backup_months = QComboBox()
        for months, label in (
            (3, tr("3 months")),
            (12, tr("a year")),
            (36, tr("3 years")),
            (120, tr("10 years")),
        ):
            self.backup_months.addItem(label, months)
        self.backup_months.setCurrentIndex(
            self.backup_months.findData(self.journal.backup_months())
        )
        self.backup_months.currentIndexChanged.connect(
            lambda _i: self.journal.set_backup_months(self.backup_months.currentData())
        )
        form.addRow(tr("&Keep backups for"), self.backup_months)
        form.addRow(
            muted_label(
                tr(
                    "Every backup of the last day, then one a day for two weeks, one a week "
                    "for two months, one a month for this long. A backup made before an "
                    "upgrade is always kept."
                )
            )
        )
        return box

    # --- applying -------------------------------------------------------------------------

    def _day_start_changed(self, hour: int) -> None:
        self.journal.set_day_start_hour(hour)
        self.schedule_changed.emit()

    def _sync_pause_fields(self) -> None:
        at, every = self.pause_at.isChecked(), self.pause_every.isChecked()
        self.pause_times.setEnabled(at)
        for widget in (self.every, self.work_start, self.work_end):
            widget.setEnabled(every)

    def _pauses(self) -> dict[str, Any] | None:
        """The pause part of the schedule, or None when the times cannot be read (said
        under the field)."""
        self._sync_pause_fields()
        self.pause_error.set_error("")
        self.hours_error.set_error("")
        if self.pauses_off.isChecked():
            return {"pauses": (), "pause_every": None}
        if self.pause_every.isChecked():
            start, end = clock_time(self.work_start.time()), clock_time(self.work_end.time())
            if end <= start:
                self.hours_error.set_error(tr("Working hours end after they start."))
                return None
            return {"pause_every": self.every.value(), "work_start": start, "work_end": end}
        try:
            times = parse_times(self.pause_times.text())
        except ValueError as exc:
            self.pause_error.set_error(
                tr("{text!r} is not a time: write times as 11:00, 15:30.").format(text=str(exc))
            )
            return None
        if not times:
            self.pause_error.set_error(tr("Write at least one time, or choose no pauses."))
            return None
        self.pause_times.setText(", ".join(t.strftime("%H:%M") for t in times))
        return {"pauses": times, "pause_every": None}

    def _save_schedule(self) -> None:
        pauses = self._pauses()
        if pauses is None:
            return
        self.schedule = replace(
            self.schedule,
            morning=self.morning.value(),
            evening=self.evening.value(),
            weekly_at=self.weekly.value(),
            weekly_day=self.weekly_day.currentIndex(),
            **pauses,
        )
        self.settings.set_schedule(self.schedule)
        self.schedule_changed.emit()

    def current_schedule(self) -> Schedule:
        return self.schedule

    def _theme_changed(self, _index: int) -> None:
        self.settings.theme = self.theme.currentData()
        self.theme_chosen.emit(self.theme.currentData())

    def _start_minimised_changed(self, on: bool) -> None:
        self.settings.start_minimised = on
        if self.settings.start_at_login:
            self._start_at_login_changed(True)  # the login entry starts it minimised, or not

    def _start_at_login_changed(self, on: bool) -> None:
        if self.login.apply(on, self.settings.start_minimised, self.login_options or ()):
            self.settings.start_at_login = on


def open_settings(window: MainWindow) -> SettingsDialog:
    """Open the dialog for ``window``, wired to what applies its changes."""
    from PySide6.QtWidgets import QSystemTrayIcon

    notifier = window.reminders.notifier
    unavailable = notifier.reason if notifier is not None and not notifier.available else ""
    dialog = SettingsDialog(
        window.journal,
        window.settings,
        QSystemTrayIcon.isSystemTrayAvailable(),
        window,
        notifications_unavailable=unavailable,
        login_options=window.login_options,
    )
    dialog.schedule_changed.connect(window.reminders.check)
    dialog.theme_chosen.connect(window.theme_chosen)
    dialog.practice_days_requested.connect(window.edit_practice_days)
    dialog.finished.connect(lambda _r: window.settings.sync())
    dialog.open()
    return dialog
