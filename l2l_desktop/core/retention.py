"""Which backups are kept: a history that reaches back months, not the last few quits.

The rule, as borg's ``prune`` counts it: every backup of the last 24 hours; then the newest
backup of each of the 14 most recent days that have one, of each of the 8 most recent weeks,
and of each of the 12 most recent months. A backup taken before a schema upgrade is always
kept. Damage that a check cannot see (a paragraph deleted by mistake, noticed a week later)
can then still be undone from a backup made before it, while a year of daily use keeps about
40 files. Periods with no backup (a holiday) do not count, so the history reaches further
back instead of thinning out.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Retention:
    hours: int = 24  # every backup this recent
    days: int = 14  # then the newest of each of this many days
    weeks: int = 8  # of each of this many ISO weeks
    months: int = 12  # of each of this many calendar months


# How far back the monthly backups reach, in months: the choices Settings offers.
HISTORY_MONTHS: tuple[int, ...] = (3, 12, 36, 120)
DEFAULT_HISTORY_MONTHS = 12


def reaching_back(months: int) -> Retention:
    """The rule, with the newest backup of each of ``months`` months kept."""
    if months not in HISTORY_MONTHS:
        raise ValueError(f"keep backups for one of {HISTORY_MONTHS} months")
    return Retention(months=months)


def _week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def to_keep(
    backups: Iterable[tuple[T, datetime, bool]],
    now: datetime,
    rule: Retention | None = None,
) -> set[T]:
    """The backups to keep, of ``(backup, made, pinned)``: a pinned one (before an upgrade)
    always; the newest always, whatever its age."""
    rule = rule or Retention()
    ordered = sorted(backups, key=lambda b: b[1], reverse=True)
    keep = {b for b, _, pinned in ordered if pinned}
    if ordered:
        keep.add(ordered[0][0])
    keep |= {b for b, made, _ in ordered if now - made <= timedelta(hours=rule.hours)}
    periods: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (rule.days, lambda m: m.date()),
        (rule.weeks, lambda m: _week(m.date())),
        (rule.months, lambda m: (m.year, m.month)),
    )
    for count, period in periods:
        seen: set[Hashable] = set()
        for backup, made, _ in ordered:  # newest first: the first of a period is its newest
            key = period(made)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(backup)
    return keep
