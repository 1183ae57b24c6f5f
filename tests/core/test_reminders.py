"""The reminder schedule: what is due at a reading of the clock (core/reminders.py).

Every expected moment below is worked out by hand from the wall clock in Europe/Berlin
(CET is UTC+1, CEST from the last Sunday of March to the last Sunday of October is UTC+2).
"""

from __future__ import annotations

import time as time_module
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from l2l_desktop.core.reminders import (
    Done,
    ReminderKind,
    Schedule,
    check,
    day_key,
    due_now,
    next_due,
    slot_key,
    slots,
)

BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = frozenset(range(7))
ALL_DAYS = {p: EVERY_DAY for p in ("intention", "pause", "daily_reflection", "weekly_review")}
MORNING, PAUSE, EVENING, WEEKLY = (
    ReminderKind.MORNING,
    ReminderKind.PAUSE,
    ReminderKind.EVENING,
    ReminderKind.WEEKLY,
)
WED = date(2026, 12, 2)  # a Wednesday, in winter time


def berlin(day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN).replace(fold=fold)


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def kinds(found) -> list[tuple[ReminderKind, date]]:
    return [(r.kind, r.day) for r in found]


def due(schedule, done, now, handled=None):
    return due_now(schedule, done, now, handled or {}, BERLIN)


def test_the_day_has_its_slots_at_their_wall_clock_moments():
    found = slots(Schedule(), WED, BERLIN)
    # Winter: one hour behind UTC. Wednesday is no weekly review day (Friday is).
    assert [(s.kind, s.at) for s in found] == [
        (MORNING, utc(2026, 12, 2, 7, 30)),
        (PAUSE, utc(2026, 12, 2, 10, 0)),
        (PAUSE, utc(2026, 12, 2, 14, 0)),
        (EVENING, utc(2026, 12, 2, 16, 30)),
    ]
    friday = slots(Schedule(), date(2026, 12, 4), BERLIN)
    assert (WEEKLY, utc(2026, 12, 4, 14, 0)) in [(s.kind, s.at) for s in friday]


def test_pauses_every_n_hours_within_working_hours():
    schedule = Schedule(pause_every=2, work_start=time(9, 0), work_end=time(17, 0))
    assert schedule.pause_times() == (time(11, 0), time(13, 0), time(15, 0))
    assert Schedule(pause_every=3, work_start=time(8, 0), work_end=time(17, 0)).pause_times() == (
        time(11, 0),
        time(14, 0),
    )  # 17:00 is the end of work: no pause at it
    with pytest.raises(ValueError):
        Schedule(pause_every=0).pause_times()


def test_a_weekday_only_practice_skips_the_weekend():
    saturday, monday = date(2026, 12, 5), date(2026, 12, 7)
    daily = Schedule(weekly_at=None)  # (the weekly review has a test of its own)
    done = Done()  # no practice days set: Monday to Friday
    assert due(daily, done, berlin(saturday, 9, 0)) == []
    assert kinds(due(daily, done, berlin(monday, 9, 0))) == [(MORNING, monday)]
    # A practice set to the weekend too reminds on Saturday.
    weekend = Done(weekdays={"intention": EVERY_DAY})
    assert kinds(due(daily, weekend, berlin(saturday, 9, 0))) == [(MORNING, saturday)]


def test_nothing_during_a_rest_period():
    done = Done(rest_days=frozenset({WED}))
    assert due(Schedule(), done, berlin(WED, 18, 0)) == []
    assert kinds(due(Schedule(), Done(), berlin(WED, 18, 0))) == [
        (EVENING, WED),
        (PAUSE, WED),
        (MORNING, WED),
    ]


def test_a_reminder_whose_practice_is_done_does_not_fire():
    # The intention written at 08:00: no morning prompt at 08:30.
    assert due(Schedule(), Done(intention_days=frozenset({WED})), berlin(WED, 8, 31)) == []
    # A pause logged at 10:40 (09:40 UTC) satisfies the 11:00 pause, not the 15:00 one.
    paused = Done(intention_days=frozenset({WED}), pauses=(datetime(2026, 12, 2, 9, 40),))
    assert due(Schedule(), paused, berlin(WED, 11, 0)) == []
    assert kinds(due(Schedule(), paused, berlin(WED, 15, 0))) == [(PAUSE, WED)]
    # A pause logged after the slot, before the reminder is read, satisfies it too.
    late = Done(intention_days=frozenset({WED}), pauses=(datetime(2026, 12, 2, 10, 5),))
    assert due(Schedule(), late, berlin(WED, 11, 10)) == []
    # The evening hansei written; the weekly review done on Thursday of the same week.
    reflected = Done(intention_days=frozenset({WED}), reflection_days=frozenset({WED}),
                     pauses=(datetime(2026, 12, 2, 14, 10),))  # fmt: skip
    assert due(Schedule(), reflected, berlin(WED, 18, 0)) == []
    friday = date(2026, 12, 4)
    reviewed = Done(review_weeks=frozenset({date(2026, 11, 30)}), weekdays=ALL_DAYS,
                    intention_days=frozenset({friday}), reflection_days=frozenset({friday}),
                    pauses=(datetime(2026, 12, 4, 13, 0),))  # fmt: skip
    assert due(Schedule(), reviewed, berlin(friday, 15, 30)) == []


def test_summer_time_begins_the_morning_prompt_moves_with_the_clocks():
    # 29 March 2026: at 02:00 CET the clocks go to 03:00 CEST.
    saturday, sunday = date(2026, 3, 28), date(2026, 3, 29)
    morning = Schedule(pauses=(), evening=None, weekly_at=None)
    done = Done(weekdays=ALL_DAYS)
    assert [s.at for s in slots(morning, saturday, BERLIN)] == [utc(2026, 3, 28, 7, 30)]
    assert [s.at for s in slots(morning, sunday, BERLIN)] == [utc(2026, 3, 29, 6, 30)]
    assert due(morning, done, berlin(sunday, 8, 29)) == []
    assert kinds(due(morning, done, berlin(sunday, 8, 30))) == [(MORNING, sunday)]


def test_a_time_the_clocks_skip_is_due_at_the_first_moment_after_the_gap():
    sunday = date(2026, 3, 29)
    at_half_two = Schedule(morning=time(2, 30), pauses=(), evening=None, weekly_at=None,
                           day_start_hour=0)  # fmt: skip
    done = Done(weekdays=ALL_DAYS)
    # 02:30 does not exist that night; the first moment after the gap is 03:00 CEST (01:00
    # UTC), and 02:30 read with the winter offset is 01:30 UTC, i.e. 03:30 CEST.
    (slot,) = slots(at_half_two, sunday, BERLIN)
    assert slot.at == utc(2026, 3, 29, 1, 30)
    assert due(at_half_two, done, berlin(sunday, 3, 29)) == []
    found = due(at_half_two, done, berlin(sunday, 3, 30))
    assert kinds(found) == [(MORNING, sunday)]
    # Shown once: once handled, not again that day.
    assert due(at_half_two, done, berlin(sunday, 9, 0), {found[0].key: None}) == []


def test_summer_time_ends_a_time_passed_twice_is_due_once():
    # 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 comes twice.
    sunday = date(2026, 10, 25)
    at_half_two = Schedule(morning=time(2, 30), pauses=(), evening=None, weekly_at=None,
                           day_start_hour=0)  # fmt: skip
    done = Done(weekdays=ALL_DAYS)
    (slot,) = slots(at_half_two, sunday, BERLIN)
    assert slot.at == utc(2026, 10, 25, 0, 30)  # the first 02:30, still CEST
    first = due(at_half_two, done, berlin(sunday, 2, 30, fold=0))
    assert kinds(first) == [(MORNING, sunday)]
    second = berlin(sunday, 2, 30, fold=1)  # an hour later, 01:30 UTC
    assert second.astimezone(UTC) == utc(2026, 10, 25, 1, 30)
    assert due(at_half_two, done, second, {first[0].key: None}) == []
    # And the ordinary morning prompt that day comes at 08:30 CET, 07:30 UTC.
    assert slots(Schedule(), sunday, BERLIN)[0].at == utc(2026, 10, 25, 7, 30)


def test_a_wake_after_six_hours_of_sleep_shows_the_latest_reminder_once():
    # Asleep from 09:00 to 15:00: the morning prompt was shown at 08:30; both pauses (11:00
    # and 14:30) fell due while asleep. On waking only the 14:30 one is shown.
    schedule = Schedule(pauses=(time(11, 0), time(14, 30)))
    morning = slot_key(MORNING, WED, time(8, 30))
    result = check(schedule, Done(), berlin(WED, 15, 0), {morning: None}, BERLIN)
    assert result.show is not None
    assert (result.show.kind, result.show.key) == (PAUSE, slot_key(PAUSE, WED, time(14, 30)))
    assert result.passed_over == ()
    handled = {morning: None, result.show.key: None}
    assert check(schedule, Done(), berlin(WED, 15, 1), handled, BERLIN).show is None


def test_a_start_after_every_reminder_was_missed_is_not_a_burst():
    result = check(Schedule(), Done(), berlin(WED, 19, 0), {}, BERLIN)
    assert result.show is not None and result.show.kind is EVENING
    assert [(r.kind, r.key) for r in result.passed_over] == [
        (PAUSE, slot_key(PAUSE, WED, time(15, 0))),
        (MORNING, slot_key(MORNING, WED, time(8, 30))),
    ]
    handled = {r.key: None for r in (result.show, *result.passed_over)}
    assert check(Schedule(), Done(), berlin(WED, 19, 5), handled, BERLIN).show is None


def test_a_missed_morning_is_shown_once():
    found = due(Schedule(), Done(), berlin(WED, 10, 0))
    assert kinds(found) == [(MORNING, WED)]
    assert found[0].at == utc(2026, 12, 2, 7, 30)  # its own moment, 08:30
    assert due(Schedule(), Done(), berlin(WED, 10, 30), {found[0].key: None}) == []


def test_a_clock_jumped_back_an_hour_does_not_repeat_a_reminder():
    pause = slot_key(PAUSE, WED, time(11, 0))
    handled = {slot_key(MORNING, WED, time(8, 30)): None}
    shown = due(Schedule(), Done(), berlin(WED, 11, 5), handled)
    assert [r.key for r in shown] == [pause]
    handled[pause] = None
    # The clock is set back to 10:05, then runs past 11:00 again.
    for hour, minute in ((10, 5), (10, 59), (11, 0), (11, 30)):
        assert due(Schedule(), Done(), berlin(WED, hour, minute), handled) == []


def test_the_day_start_hour_decides_which_day_it_is():
    thursday_night = berlin(date(2026, 12, 3), 2, 0)
    # At 02:00 on Thursday, with days starting at 04:00, it is still Wednesday's evening: its
    # hansei is still to write.
    late = due(Schedule(day_start_hour=4), Done(), thursday_night,
               {slot_key(PAUSE, WED, time(15, 0)): None,
                slot_key(MORNING, WED, time(8, 30)): None})  # fmt: skip
    assert kinds(late) == [(EVENING, WED)]
    # With days starting at midnight it is Thursday, and nothing is due before 08:30.
    assert due(Schedule(day_start_hour=0), Done(), thursday_night) == []


def test_snooze_and_dismiss_for_the_day():
    pause = slot_key(PAUSE, WED, time(11, 0))
    handled: dict[str, datetime | None] = {slot_key(MORNING, WED, time(8, 30)): None}
    snoozed = {**handled, pause: berlin(WED, 11, 15)}
    assert due(Schedule(), Done(), berlin(WED, 11, 10), snoozed) == []
    again = due(Schedule(), Done(), berlin(WED, 11, 15), snoozed)
    assert [(r.key, r.at) for r in again] == [(pause, utc(2026, 12, 2, 10, 15))]
    # Dismissed for the day: neither the 11:00 pause nor the 15:00 one comes back today...
    dismissed = {**handled, day_key(PAUSE, WED): None}
    assert due(Schedule(), Done(), berlin(WED, 11, 0), dismissed) == []
    assert due(Schedule(), Done(), berlin(WED, 15, 0), dismissed) == []
    # ...but tomorrow's do.
    thursday = date(2026, 12, 3)
    tomorrow = {**dismissed, slot_key(MORNING, thursday, time(8, 30)): None}
    assert kinds(due(Schedule(), Done(), berlin(thursday, 11, 0), tomorrow)) == [(PAUSE, thursday)]


def test_a_weekly_review_missed_on_friday_is_shown_once_on_saturday():
    saturday = date(2026, 12, 5)
    done = Done(weekdays={"weekly_review": frozenset({4})})  # days of the others: Mon-Fri
    found = due(Schedule(), done, berlin(saturday, 10, 0))
    assert kinds(found) == [(WEEKLY, date(2026, 12, 4))]
    assert due(Schedule(), done, berlin(saturday, 10, 5), {found[0].key: None}) == []
    # Monday begins a new week: last week's review is not asked for any more.
    assert WEEKLY not in [r.kind for r in due(Schedule(), done, berlin(date(2026, 12, 7), 10))]


def test_next_due_skips_handled_slots_and_days_off():
    handled = {slot_key(PAUSE, WED, time(15, 0)): None}
    assert next_due(Schedule(), Done(), berlin(WED, 12, 0), handled, BERLIN) == utc(
        2026, 12, 2, 16, 30
    )  # the evening, 17:30
    friday_evening = berlin(date(2026, 12, 4), 18, 0)
    # After Friday's evening, the next slot is Monday's morning prompt (08:30 CET).
    assert next_due(Schedule(), Done(), friday_evening, {}, BERLIN) == utc(2026, 12, 7, 7, 30)


def test_the_system_zone_is_used_when_none_is_given(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time_module.tzset()
    try:
        sunday = date(2026, 3, 29)
        assert slots(Schedule(pauses=(), evening=None), sunday)[0].at == utc(2026, 3, 29, 6, 30)
        now = datetime(2026, 3, 29, 6, 30, tzinfo=UTC)
        daily = Schedule(weekly_at=None)
        found = due_now(daily, Done(weekdays=ALL_DAYS), now, {})
        assert kinds(found) == [(MORNING, sunday)]
        assert due_now(daily, Done(weekdays=ALL_DAYS), now - timedelta(minutes=1), {}) == []
    finally:
        monkeypatch.undo()
        time_module.tzset()
