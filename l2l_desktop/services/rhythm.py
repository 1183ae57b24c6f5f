"""The daily rhythm: what the reminders need to know of the journal, and the one-click pause a
reminder logs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import to_utc, week_start
from l2l_desktop.core.reminders import Done

if TYPE_CHECKING:
    from l2l_desktop.services.journal import Journal


def reminder_facts(journal: Journal, day: date) -> Done:
    """What is done around the journal day ``day``: its intention, its hansei and its pauses,
    the week's review, the rest days of the week, and the practice days of each practice."""
    monday = week_start(day)
    sunday = monday + timedelta(days=6)
    reviewed = any(
        x.kind is r.ReflectionKind.WEEKLY for x in journal.reflections_between(monday, sunday)
    )
    return Done(
        intention_days=frozenset({day} if journal.intention_for_day(day) else ()),
        reflection_days=frozenset({day} if journal.daily_reflection(day) else ()),
        pauses=tuple(p.at for p in journal.pauses_for_day(day)),
        review_weeks=frozenset({monday} if reviewed else ()),
        rest_days=journal.rest_days(monday, sunday),
        weekdays=journal.practice_weekdays(),
    )


def log_pause(journal: Journal, alignment: r.Alignment, note: str = "") -> r.Pause:
    """The pause a reminder's button logs: now (by the journal's clock), on its day."""
    local = journal.now()
    return journal.save(r.Pause(journal.today(local), to_utc(local), alignment, note.strip()))
