"""When to remind: the reminders due now, from the schedule, what the records say is done, and
the time. Pure: the caller passes the clock's reading, and asks again every few seconds, so a
machine that wakes from sleep, or a clock that jumps, is simply a new reading.

* A *slot* is one reminder of one day at a wall-clock time: the morning prompt, each intention
  pause, the evening hansei; the weekly review has one slot a week. A slot's moment is its
  wall-clock time on its day in the local zone, so a change to or from summer time moves it
  with the clocks; a time the clocks skip (02:30 when they go from 02:00 to 03:00) falls due
  at the first moment after the gap, and a time they pass twice is due the first time.
* The day is the journal's day, which starts at ``day_start_hour``: until then, the slots of
  the day before are still the ones that count (a late hansei still counts for its day).
* A slot is due once its moment has come, on a practice day of its practice that is not a rest
  day, while its practice is undone: no intention yet for the morning prompt; no pause since the
  slot before it (or the day's start) for a pause; no daily reflection for the evening; no
  weekly review that week for the weekly one.
* Each slot is shown once. ``handled`` holds what the user did: a key with None was shown or
  dismissed and never comes back; a key with a moment was snoozed until then. Dismissing a kind
  for the day is the key of the kind and the day (:func:`day_key`).
* Missed slots do not come as a burst: of each kind only the latest due slot counts, and when
  several kinds fall due at one reading (after a start, or a wake), only the newest is shown;
  the others are passed over (:class:`Check`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum

from l2l_desktop.core.dates import DEFAULT_DAY_START_HOUR, week_start
from l2l_desktop.core.streaks import WEEKDAYS as WORKDAYS  # a practice's days unless set


class ReminderKind(Enum):
    MORNING = "morning"
    PAUSE = "pause"
    EVENING = "evening"
    WEEKLY = "weekly"


# The practice (as core/trends.py names them) whose practice days each reminder keeps to.
PRACTICE_OF: dict[ReminderKind, str] = {
    ReminderKind.MORNING: "intention",
    ReminderKind.PAUSE: "pause",
    ReminderKind.EVENING: "daily_reflection",
    ReminderKind.WEEKLY: "weekly_review",
}


@dataclass(frozen=True)
class Schedule:
    """When each reminder comes; None for one that is off. The intention pauses come at
    ``pauses``, or, with ``pause_every`` hours, from ``work_start`` until before ``work_end``."""

    morning: time | None = time(8, 30)
    pauses: tuple[time, ...] = (time(11, 0), time(15, 0))
    pause_every: int | None = None
    work_start: time = time(9, 0)
    work_end: time = time(17, 0)
    evening: time | None = time(17, 30)
    weekly_day: int = 4  # Friday (Monday is 0)
    weekly_at: time | None = time(15, 0)
    day_start_hour: int = DEFAULT_DAY_START_HOUR

    def pause_times(self) -> tuple[time, ...]:
        """The times of the day's intention pauses, in order."""
        if self.pause_every is None:
            return tuple(sorted(set(self.pauses)))
        if self.pause_every < 1:
            raise ValueError("pause_every must be one hour or more")
        start = datetime.combine(date.min, self.work_start)
        end = datetime.combine(date.min, self.work_end)
        out = []
        moment = start + timedelta(hours=self.pause_every)  # the first after work starts
        while moment < end:
            out.append(moment.time())
            moment += timedelta(hours=self.pause_every)
        return tuple(out)


@dataclass(frozen=True)
class Done:
    """What the records say, around the day in question. Pause moments are naive UTC, as the
    store keeps them; ``review_weeks`` are the Mondays of weeks with a weekly review."""

    intention_days: frozenset[date] = frozenset()
    reflection_days: frozenset[date] = frozenset()
    pauses: tuple[datetime, ...] = ()
    review_weeks: frozenset[date] = frozenset()
    rest_days: frozenset[date] = frozenset()
    weekdays: Mapping[str, frozenset[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Reminder:
    """One slot: its kind, the journal day it belongs to, when it is due (aware; for a
    snoozed slot, the end of the snooze) and its key in ``handled``."""

    kind: ReminderKind
    day: date
    at: datetime
    key: str


@dataclass(frozen=True)
class Check:
    """What one reading of the clock asks for: the reminder to show (None: nothing new), and
    the ones passed over because a newer one is shown instead (to be marked handled)."""

    show: Reminder | None
    passed_over: tuple[Reminder, ...] = ()


Handled = Mapping[str, datetime | None]


def slot_key(kind: ReminderKind, day: date, at: time) -> str:
    return f"{kind.value}:{day.isoformat()}:{at.strftime('%H:%M')}"


def day_key(kind: ReminderKind, day: date) -> str:
    """The key that dismisses every slot of ``kind`` on ``day``."""
    return f"{kind.value}:{day.isoformat()}"


def journal_day(now: datetime, day_start_hour: int) -> date:
    """The journal's day at the aware moment ``now``, read on the local wall clock."""
    return (now.replace(tzinfo=None) - timedelta(hours=day_start_hour)).date()


def moment(day: date, at: time, day_start_hour: int, zone: tzinfo | None) -> datetime:
    """When the wall-clock time ``at`` of the journal day ``day`` comes, in UTC (aware). A
    time before the day's start hour falls on the next calendar date. With ``zone`` None, the
    system's own zone rules are used."""
    calendar_day = day + timedelta(days=1) if at.hour < day_start_hour else day
    local = datetime.combine(calendar_day, at)
    aware = local.astimezone() if zone is None else local.replace(tzinfo=zone)
    return aware.astimezone(UTC)


def slots(schedule: Schedule, day: date, zone: tzinfo | None = None) -> list[Reminder]:
    """Every slot of the journal day ``day`` (the weekly one when ``day`` is its weekday), in
    the order they come."""
    hour = schedule.day_start_hour
    times: list[tuple[ReminderKind, time]] = []
    if schedule.morning is not None:
        times.append((ReminderKind.MORNING, schedule.morning))
    times += [(ReminderKind.PAUSE, t) for t in schedule.pause_times()]
    if schedule.evening is not None:
        times.append((ReminderKind.EVENING, schedule.evening))
    if schedule.weekly_at is not None and day.weekday() == schedule.weekly_day:
        times.append((ReminderKind.WEEKLY, schedule.weekly_at))
    out = [
        Reminder(kind, day, moment(day, at, hour, zone), slot_key(kind, day, at))
        for kind, at in times
    ]
    return sorted(out, key=lambda s: (s.at, s.key))


def satisfied(
    reminder: Reminder, schedule: Schedule, done: Done, now: datetime, zone: tzinfo | None = None
) -> bool:
    """Whether the practice of ``reminder`` is done (so it must not be shown), or its day is
    not a practice day of that practice."""
    if not _practice_day(reminder, done):
        return True
    if reminder.kind is ReminderKind.MORNING:
        return reminder.day in done.intention_days
    if reminder.kind is ReminderKind.EVENING:
        return reminder.day in done.reflection_days
    if reminder.kind is ReminderKind.WEEKLY:
        return week_start(reminder.day) in done.review_weeks
    # A pause: one logged since the pause slot before this one (or since the day started).
    hour = schedule.day_start_hour
    since = moment(reminder.day, time(hour), hour, zone)
    for slot in slots(schedule, reminder.day, zone):
        if slot.kind is ReminderKind.PAUSE and slot.key == reminder.key:
            break
        if slot.kind is ReminderKind.PAUSE:
            since = slot.at
    until = now.astimezone(UTC)
    return any(since <= p.replace(tzinfo=UTC) <= until for p in done.pauses)


def _practice_day(reminder: Reminder, done: Done) -> bool:
    practice = PRACTICE_OF[reminder.kind]
    weekdays = done.weekdays.get(practice, WORKDAYS)
    return reminder.day not in done.rest_days and reminder.day.weekday() in weekdays


def check(
    schedule: Schedule,
    done: Done,
    now: datetime,
    handled: Handled,
    zone: tzinfo | None = None,
) -> Check:
    """What to show at the aware moment ``now`` (see the module's rules)."""
    due = due_now(schedule, done, now, handled, zone)
    if not due:
        return Check(None)
    return Check(due[0], tuple(due[1:]))


def _candidates(schedule: Schedule, today: date, zone: tzinfo | None) -> list[Reminder]:
    """Today's slots, and this week's weekly one once its day has come."""
    out = [s for s in slots(schedule, today, zone) if s.kind is not ReminderKind.WEEKLY]
    weekly_day = week_start(today) + timedelta(days=schedule.weekly_day)
    if weekly_day <= today:
        out += [s for s in slots(schedule, weekly_day, zone) if s.kind is ReminderKind.WEEKLY]
    return out


def due_now(
    schedule: Schedule,
    done: Done,
    now: datetime,
    handled: Handled,
    zone: tzinfo | None = None,
) -> list[Reminder]:
    """Every reminder due at ``now`` and not yet handled, newest first. Of each kind only its
    latest slot whose moment has come counts: an earlier one missed is not shown late."""
    today = journal_day(now if zone is None else now.astimezone(zone), schedule.day_start_hour)
    utc_now = now.astimezone(UTC)
    latest: dict[ReminderKind, Reminder] = {}
    for slot in _candidates(schedule, today, zone):  # in the order they come
        if slot.at <= utc_now:
            latest[slot.kind] = slot
    out = []
    for slot in latest.values():
        if day_key(slot.kind, slot.day) in handled:
            continue
        at = slot.at
        if slot.key in handled:
            until = handled[slot.key]
            if until is None or until.astimezone(UTC) > utc_now:
                continue
            at = until.astimezone(UTC)
        if not satisfied(slot, schedule, done, now, zone):
            out.append(Reminder(slot.kind, slot.day, at, slot.key))
    return sorted(out, key=lambda r: (r.at, r.key), reverse=True)


def next_due(
    schedule: Schedule,
    done: Done,
    now: datetime,
    handled: Handled,
    zone: tzinfo | None = None,
    days: int = 8,
) -> datetime | None:
    """When the next slot after ``now`` falls due (UTC, aware), looking ``days`` days ahead;
    for saying "next reminder at …", not for a timer (the caller asks :func:`check` again)."""
    today = journal_day(now if zone is None else now.astimezone(zone), schedule.day_start_hour)
    utc_now = now.astimezone(UTC)
    for offset in range(days):
        for slot in slots(schedule, today + timedelta(days=offset), zone):
            if slot.at <= utc_now or slot.key in handled:
                continue
            if day_key(slot.kind, slot.day) in handled:
                continue
            if _practice_day(slot, done):
                return slot.at
    return None
