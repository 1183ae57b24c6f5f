"""The reminders while the app runs: a short timer reads the clock and asks core/reminders.py
what is due; the banner shows it, and what the user does with it is kept in the settings, so a
reminder shown, snoozed or dismissed stays so after a restart.

The timer never counts down to a reminder: it asks again every few seconds, so a wake from
sleep, or a clock set forward or back, is a new reading like any other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from l2l_desktop.core.records import Alignment
from l2l_desktop.core.reminders import (
    Reminder,
    ReminderKind,
    check,
    day_key,
    journal_day,
    satisfied,
)
from l2l_desktop.core.today import due_by
from l2l_desktop.services import Change, Journal
from l2l_desktop.services.rhythm import log_pause, reminder_facts
from l2l_desktop.settings import Settings
from l2l_desktop.ui.changes import ChangeSignal
from l2l_desktop.ui.notify import DesktopNotifier
from l2l_desktop.ui.reminder_banner import ReminderBanner
from l2l_desktop.ui.style import curly_quotes, tr, trn

CHECK_MS = 20_000
KEEP_DAYS = 8  # what was done with older reminders is forgotten


def local_now() -> datetime:
    return datetime.now().astimezone()


class ReminderRunner(QObject):
    """Shows each reminder when it falls due, in ``banner``. ``steps`` maps a reminder kind
    to what its button does (open the Today tab for the intention, say)."""

    shown = Signal(object)  # the Reminder now in the banner
    said = Signal(str)  # a line for the status bar
    window_wanted = Signal()  # the notification itself was clicked

    def __init__(
        self,
        journal: Journal,
        settings: Settings,
        folder: str,
        banner: ReminderBanner,
        steps: dict[ReminderKind, Callable[[], Any]],
        clock: Callable[[], datetime] = local_now,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.settings, self.folder = journal, settings, folder
        self.banner, self.steps, self.clock, self.zone = banner, steps, clock, zone
        banner.acted.connect(self._act)
        banner.paused.connect(self._pause)
        banner.snoozed.connect(self.snooze)
        banner.dismissed.connect(self.dismiss_for_today)
        self.changes = ChangeSignal(journal.bus, self)
        self.changes.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.notifier: DesktopNotifier | None = None
        self._notification: int | None = None
        banner.cleared.connect(self._close_notification)

    def use_notifier(self, notifier: DesktopNotifier) -> None:
        """Send each reminder as a desktop notification too, where a service answers; a
        click on one of its buttons does what the banner's would."""
        self.notifier = notifier
        notifier.invoked.connect(self._invoked)

    def start(self) -> None:
        """Read the clock now (a reminder missed while the app was closed shows at once),
        then every few seconds."""
        self.check()
        self.timer.start()

    def _schedule_and_facts(self) -> tuple[Any, Any, datetime]:
        schedule = self.settings.schedule(self.journal.day_start_hour)
        now = self.clock()
        local = now if self.zone is None else now.astimezone(self.zone)
        day = journal_day(local, schedule.day_start_hour)
        return schedule, reminder_facts(self.journal, day), now

    def check(self) -> Reminder | None:
        """One reading of the clock: show what fell due since the last (the newest only)."""
        schedule, done, now = self._schedule_and_facts()
        handled = self.settings.handled(self.folder)
        result = check(schedule, done, now, handled, self.zone)
        if result.show is None:
            return None
        for reminder in (result.show, *result.passed_over):
            handled[reminder.key] = None  # shown (or passed over): once only
        self._keep(handled, journal_day(now, schedule.day_start_hour))
        self.show_reminder(result.show)
        return result.show

    def _keep(self, handled: dict[str, datetime | None], today: date) -> None:
        oldest = (today - timedelta(days=KEEP_DAYS)).isoformat()
        recent = {k: v for k, v in handled.items() if k.split(":")[1:2] >= [oldest]}
        self.settings.set_handled(self.folder, recent)

    def show_reminder(self, reminder: Reminder) -> None:
        """Put ``reminder`` in the banner, worded, and send it as a desktop notification."""
        title, detail, action = self.wording(reminder)
        self._close_notification()
        self.banner.show_reminder(reminder, title, detail, action)
        if self.notifier is not None and self.notifier.available:
            if reminder.kind is ReminderKind.PAUSE:
                buttons = [("aligned", tr("Aligned")), ("partly", tr("Partly")), ("off", tr("Off"))]
            else:
                buttons = [("open", action)]
            buttons += [("snooze", tr("Snooze 15 minutes")), ("default", tr("Open"))]
            self._notification = self.notifier.notify(title, detail, buttons)
        self.shown.emit(reminder)

    def _invoked(self, notification: int, key: str) -> None:
        """A button of the reminder's notification was clicked."""
        if notification != self._notification or self.banner.reminder is None:
            return
        if key in ("aligned", "partly", "off"):
            self._pause(Alignment(key), "")
        elif key == "open":
            self._act()
        elif key == "snooze":
            self.snooze(15)
        elif key == "default":
            self.window_wanted.emit()

    def _close_notification(self) -> None:
        if self._notification is not None and self.notifier is not None:
            self.notifier.close_notification(self._notification)
        self._notification = None

    def wording(self, reminder: Reminder) -> tuple[str, str, str]:
        """The banner's title, its line of detail, and its step's label."""
        day = reminder.day
        if reminder.kind is ReminderKind.PAUSE:
            intention = self.journal.intention_for_day(day)
            if intention is None:
                detail = tr("No intention for today yet: how is the day going?")
            else:
                detail = tr("Heart: {heart}\nDirection: {direction}").format(
                    heart=intention.heart or "…", direction=intention.direction or "…"
                )
            return tr("Intention pause: how does this moment fit your intention?"), detail, ""
        if reminder.kind is ReminderKind.MORNING:
            return (
                tr("Good morning: set today's intention"),
                self._carried(day),
                tr("Write today's intention"),
            )
        if reminder.kind is ReminderKind.EVENING:
            intention = self.journal.intention_for_day(day)
            actions = [a.text for a in intention.actions] if intention else []
            detail = (
                tr("Today's actions: {actions}").format(actions="; ".join(actions))
                if actions
                else tr("Five minutes: what went well, what did not, what you learned.")
            )
            return tr("Evening hansei"), detail, tr("Open the hansei")
        return (
            tr("Weekly review"),
            tr("A quarter of an hour with the week's trends."),
            tr("Start the review"),
        )

    def _carried(self, day: date) -> str:
        """What the morning carries over: yesterday's "adjust next", the follow-ups due."""
        parts = []
        adjust = self.journal.latest_adjust_next(day)
        if adjust is not None and adjust.adjust_next.strip():
            first = adjust.adjust_next.strip().splitlines()[0]
            parts.append(tr("Carried over: {text}").format(text=curly_quotes(f'"{first}"')))
        due = due_by(self.journal.open_follow_ups(), day)
        if due:
            parts.append(trn("%n follow-up due", "%n follow-ups due", len(due)))
        return "  ·  ".join(parts) or tr("Heart, direction and one to three actions.")

    def snooze(self, minutes: int) -> None:
        reminder = self.banner.reminder
        if reminder is None:
            return
        handled = self.settings.handled(self.folder)
        handled[reminder.key] = self.clock() + timedelta(minutes=minutes)
        self.settings.set_handled(self.folder, handled)
        self.banner.clear()
        self.said.emit(trn("Snoozed for %n minute.", "Snoozed for %n minutes.", minutes))

    def dismiss_for_today(self) -> None:
        reminder = self.banner.reminder
        if reminder is None:
            return
        handled = self.settings.handled(self.folder)
        handled[day_key(reminder.kind, reminder.day)] = None
        self.settings.set_handled(self.folder, handled)
        self.banner.clear()
        self.said.emit(tr("No more of this reminder today."))

    def _act(self) -> None:
        reminder = self.banner.reminder
        if reminder is None:
            return
        self.banner.clear()
        step = self.steps.get(reminder.kind)
        if step is not None:
            step()

    def _pause(self, alignment: Alignment, note: str) -> None:
        log_pause(self.journal, alignment, note)
        self.banner.clear()
        said = {
            Alignment.ALIGNED: tr("Pause logged: aligned with your intention."),
            Alignment.PARTLY: tr("Pause logged: partly aligned with your intention."),
            Alignment.OFF: tr("Pause logged: off your intention."),
        }
        self.said.emit(said[alignment])

    def _on_changed(self, _change: Change) -> None:
        """A write committed: a reminder whose practice it did goes away."""
        reminder = self.banner.reminder
        if reminder is None:
            return
        schedule, done, now = self._schedule_and_facts()
        if satisfied(reminder, schedule, done, now, self.zone):
            self.banner.clear()
