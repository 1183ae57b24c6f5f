"""The figures of the Trends tab, as pure functions (DESIGN.md section 4): balance, weeks,
alignment, follow-ups, the calendar and date axes. Streaks and habit strength are in
:mod:`l2l_desktop.core.streaks`.

No Qt, no store: plain dates, sets and counts in, plain values out.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol, TypeVar

from l2l_desktop.core.dates import week_start
from l2l_desktop.core.streaks import WEEKDAYS

_WEEK = timedelta(days=7)

# The calendar's cells that show no practice done, besides 0 (a practice day missed) and
# None (a day still to come):
NOT_STARTED = -1
"""A day before the journal's first record."""
OFF_DAY = -2
"""A day that is no practice's practice day (a weekend, by default)."""
REST_DAY = -3
"""A rest, leave or sick day."""


# --------------------------------------------------------------------------- balance


@lru_cache(maxsize=4096)  # a few hundred triples recur over thirty years' weeks
def balance_index(direction: int, support: int, self_: int) -> float | None:
    """How evenly the three elements are present: normalised Shannon entropy x 100.

    100 when the three counts are equal, 0 when only one is non-zero, None when all are 0.
    """
    counts = sorted((direction, support, self_))  # sorted: exactly symmetric in its arguments
    if counts[0] < 0:
        raise ValueError(f"element counts must not be negative: {direction}, {support}, {self_}")
    total = sum(counts)
    if total == 0:
        return None
    if counts[0] == counts[2]:
        return 100.0
    entropy = -math.fsum(c / total * math.log(c / total) for c in counts if c > 0)
    return min(100.0, max(0.0, entropy / math.log(3) * 100))


@dataclass(frozen=True)
class WeekElements:
    """How often each element was served in one ISO week (``week`` is its Monday)."""

    week: date
    direction: int
    support: int
    self_: int

    @property
    def balance(self) -> float | None:
        """The week's balance index (None for a week without activity)."""
        return balance_index(self.direction, self.support, self.self_)


@dataclass(frozen=True)
class WeekQuestions:
    """The questions asked and the tells of one ISO week (``week`` is its Monday)."""

    week: date
    open: int
    closed: int
    leading: int
    tells: int

    @property
    def asks(self) -> int:
        """All questions asked, whatever their kind."""
        return self.open + self.closed + self.leading

    @property
    def open_share(self) -> float | None:
        """Open questions as a percentage of all asked, None when none were asked."""
        return self.open / self.asks * 100 if self.asks else None


class _Weekly(Protocol):
    @property
    def week(self) -> date: ...


T = TypeVar("T", bound=_Weekly)


def fill_weeks(
    rows: Sequence[T], first_week: date, last_week: date, empty: Callable[[date], T]
) -> list[T]:
    """One row for every Monday from ``first_week`` to ``last_week``, ``empty(week)`` for gaps.

    Both bounds are moved to their Monday; rows outside the span are left out, and two rows for
    the same week raise ValueError.
    """
    by_week: dict[date, T] = {}
    for row in rows:
        if row.week in by_week:
            raise ValueError(f"two rows for the week of {row.week.isoformat()}")
        by_week[row.week] = row
    filled: list[T] = []
    monday, last = week_start(first_week), week_start(last_week)
    while monday <= last:
        found = by_week.get(monday)
        filled.append(found if found is not None else empty(monday))
        monday += _WEEK
    return filled


# --------------------------------------------------------------------------- alignment


def rolling_mean(
    points: Sequence[tuple[date, float]], window_days: int = 7
) -> list[tuple[date, float]]:
    """For each point's date d, the mean of all values dated d - window_days + 1 .. d.

    ``points`` must be sorted by date; one output point per input point.
    """
    if window_days < 1:
        raise ValueError(f"window_days must be at least 1, not {window_days}")
    span = timedelta(days=window_days - 1)
    values = [v for _, v in points]
    out: list[tuple[date, float]] = []
    lo = hi = 0
    for day, _ in points:
        while hi < len(points) and points[hi][0] <= day:
            hi += 1
        while points[lo][0] < day - span:
            lo += 1
        out.append((day, math.fsum(values[lo:hi]) / (hi - lo)))
    return out


# --------------------------------------------------------------------------- follow-ups


@dataclass(frozen=True)
class FollowUpStats:
    """How gemba follow-ups are being closed. Ages and durations are in days."""

    open: int
    overdue: int
    closed: int
    closure_rate: float | None
    median_days_to_close: float | None
    median_open_age: float | None


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def follow_up_stats(
    items: Sequence[tuple[date, date | None, date | None]], as_of: date
) -> FollowUpStats:
    """Counts and medians of follow-ups given as (created_day, due_day, done_day).

    Only what was true on ``as_of`` counts: a follow-up done later was still open then. It is
    overdue when open with due_day < as_of.
    """
    items = [
        (c, due, done if done is not None and done <= as_of else None) for c, due, done in items
    ]
    open_ages = [(as_of - created).days for created, _, done in items if done is None]
    durations = [(done - created).days for created, _, done in items if done is not None]
    overdue = sum(1 for _, due, done in items if done is None and due is not None and due < as_of)
    total = len(open_ages) + len(durations)
    return FollowUpStats(
        open=len(open_ages),
        overdue=overdue,
        closed=len(durations),
        closure_rate=len(durations) / total * 100 if total else None,
        median_days_to_close=_median(durations),
        median_open_age=_median(open_ages),
    )


# --------------------------------------------------------------------------- heatmap


def heatmap(
    counts: Mapping[date, int],
    last: date,
    weeks: int = 52,
    start: date | None = None,
    rest: frozenset[date] = frozenset(),
    weekdays: frozenset[int] = WEEKDAYS,
) -> tuple[date, list[list[int | None]]]:
    """A calendar grid of ``weeks`` columns (oldest first) by 7 rows (Monday..Sunday).

    Returns (first_monday, grid): column 0 is the week ``weeks - 1`` weeks before the week of
    ``last``. A cell is the day's count when something was done; otherwise None for a day after
    ``last``, NOT_STARTED before ``start`` (the journal's first day), REST_DAY for a rest day,
    OFF_DAY for a day whose weekday is not in ``weekdays``, and 0 for a practice day missed.
    """
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, not {weeks}")
    first_monday = week_start(last) - _WEEK * (weeks - 1)
    grid: list[list[int | None]] = [[] for _ in range(7)]
    for column in range(weeks):
        for row in range(7):
            day = first_monday + timedelta(days=column * 7 + row)
            grid[row].append(_cell(day, counts.get(day, 0), last, start, rest, weekdays))
    return first_monday, grid


def _cell(
    day: date,
    count: int,
    last: date,
    start: date | None,
    rest: frozenset[date],
    weekdays: frozenset[int],
) -> int | None:
    if day > last:
        return None
    if count:
        return count
    if start is not None and day < start:
        return NOT_STARTED
    if day in rest:
        return REST_DAY
    return 0 if day.weekday() in weekdays else OFF_DAY


# --------------------------------------------------------------------------- date axes


def day_timestamp(day: date) -> float:
    """Unix seconds of local noon on ``day``; noon keeps a DST change from shifting the day."""
    return _local_noon(day, time.tzname)  # kept per time zone (a change of TZ is a new key)


@lru_cache(maxsize=1 << 16)  # a refresh of thirty years' charts asks for 11,000 days again
def _local_noon(day: date, _zone: tuple[str, str]) -> float:
    return float(time.mktime((day.year, day.month, day.day, 12, 0, 0, 0, 0, -1)))


def timestamp_day(ts: float) -> date:
    """The local calendar day holding the moment ``ts`` (inverts day_timestamp)."""
    return date.fromtimestamp(ts)
