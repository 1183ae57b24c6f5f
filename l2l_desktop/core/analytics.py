"""The figures of the Trends tab, as pure functions (DESIGN.md section 4).

No Qt, no store: plain dates, sets and counts in, plain values out. Vocabulary:

* a *practice day* of a practice is a day whose weekday is one of the practice's weekdays
  (Monday=0 .. Sunday=6; default Monday to Friday) and that is not a rest day;
* a *rest day* (rest, leave, sick) neither counts toward a streak nor breaks it, and freezes the
  habit strength;
* the day ``as_of`` (usually today) is still *open*: not having done a practice yet today never
  breaks a streak.
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

from l2l_desktop.core.dates import days_between, week_start

WEEKDAYS: frozenset[int] = frozenset({0, 1, 2, 3, 4})
"""Monday=0 .. Friday=4: the default practice days."""

DAILY_MULTIPLIER = 0.5 ** (1 / 13)
"""The strength multiplier of a daily practice: a half-life of 13 practice days."""

_WEEK = timedelta(days=7)
ALL_DAYS: frozenset[int] = frozenset(range(7))

# The calendar's cells that show no practice done, besides 0 (a practice day missed) and
# None (a day still to come):
NOT_STARTED = -1
"""A day before the journal's first record."""
OFF_DAY = -2
"""A day that is no practice's practice day (a weekend, by default)."""
REST_DAY = -3
"""A rest, leave or sick day."""


# --------------------------------------------------------------------------- streaks


@dataclass(frozen=True)
class Streak:
    """The current and the longest run of a practice, in ``unit`` ("days" or "weeks")."""

    current: int
    longest: int
    unit: str


def practice_days(
    first: date,
    last: date,
    weekdays: frozenset[int] = WEEKDAYS,
    rest: frozenset[date] = frozenset(),
) -> list[date]:
    """The practice days from ``first`` to ``last`` inclusive (empty when last < first)."""
    return list(_practice_days(first, last, frozenset(weekdays), frozenset(rest)))


@lru_cache(maxsize=128)
def _practice_days(
    first: date, last: date, weekdays: frozenset[int], rest: frozenset[date]
) -> tuple[date, ...]:
    # One Trends refresh asks for the same spans many times (every practice, streak and
    # strength); ten years of days take a few milliseconds to list, so they are listed once.
    if last < first:
        return ()
    one = timedelta(days=1)
    days = []
    day = first
    while day <= last:
        if day.weekday() in weekdays and day not in rest:
            days.append(day)
        day += one
    return tuple(days)


def _runs(flags: Sequence[bool]) -> tuple[int, int]:
    """(trailing run, longest run) of True values in ``flags``."""
    run = longest = 0
    for flag in flags:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    return run, longest


def counted_days(
    first: date,
    last: date,
    weekdays: frozenset[int] = WEEKDAYS,
    rest: frozenset[date] = frozenset(),
    done: frozenset[date] | set[date] = frozenset(),
    extra: frozenset[int] = frozenset(),
) -> list[date]:
    """The practice days of first..last, and the ``done`` days that fall on an ``extra``
    weekday (a day that counts when something was done on it, and is skipped otherwise)."""
    days = _practice_days(first, last, frozenset(weekdays), frozenset(rest))
    bonus = [
        x for x in done if first <= x <= last and x.weekday() in extra - weekdays and x not in rest
    ]
    return sorted([*days, *bonus]) if bonus else list(days)


def day_streak(
    done: set[date] | frozenset[date],
    as_of: date,
    weekdays: frozenset[int] = WEEKDAYS,
    rest: frozenset[date] = frozenset(),
    first: date | None = None,
    extra: frozenset[int] = frozenset(),
) -> Streak:
    """Current and longest run of done practice days, counted within ``first``..``as_of``.

    Rest days and other non-practice days are skipped: they neither count nor break a run, and
    a done mark on one counts for nothing (except on an ``extra`` weekday, where a done day
    counts and an empty one is skipped). ``as_of`` itself, when it is a practice day not done
    yet, is still open and does not break the current run. ``first`` defaults to the earliest
    done day (or ``as_of`` when nothing is done); both runs are counted from ``first`` on, so
    ``longest >= current`` always holds.
    """
    if first is None:
        first = min(done) if done else as_of
    days = counted_days(first, as_of, weekdays, rest, done, extra)
    if days and days[-1] == as_of and as_of not in done:
        days.pop()  # today is still open
    current, longest = _runs([d in done for d in days])
    return Streak(current, longest, "days")


def week_skipped(monday: date, rest: frozenset[date], workdays: frozenset[int] = ALL_DAYS) -> bool:
    """Whether the week of ``monday`` does not exist for a weekly practice: every one of its
    ``workdays`` (the weekdays any practice counts; all seven when empty) is a rest day."""
    days = workdays or ALL_DAYS
    return all(monday + timedelta(days=i) in rest for i in range(7) if i in days)


def _week_flags(
    done: set[date] | frozenset[date],
    first: date,
    last: date,
    rest: frozenset[date],
    workdays: frozenset[int],
) -> list[bool]:
    """Done or not for each week of first..last that is not skipped; the week of ``last``,
    when not done, is still open and left out."""
    done_weeks = {week_start(d) for d in done if first <= d <= last}
    this_week = week_start(last)
    flags: list[bool] = []
    monday = week_start(first)
    while monday <= this_week:
        if not week_skipped(monday, rest, workdays):
            flags.append(monday in done_weeks)
        monday += _WEEK
    if flags and not flags[-1] and not week_skipped(this_week, rest, workdays):
        flags.pop()  # this week is still open
    return flags


def week_streak(
    done: set[date] | frozenset[date],
    as_of: date,
    rest: frozenset[date] = frozenset(),
    first: date | None = None,
    workdays: frozenset[int] = ALL_DAYS,
) -> Streak:
    """Current and longest run of done ISO weeks (Monday start), within ``first``..``as_of``.

    A week is done when any of its days up to ``as_of`` is done. A week whose ``workdays``
    are all rest days (see :func:`week_skipped`) neither counts nor breaks; the week of
    ``as_of``, when not done yet, is still open. ``first`` defaults to the earliest done day.
    """
    if first is None:
        first = min(done) if done else as_of
    current, longest = _runs(_week_flags(done, first, as_of, rest, workdays))
    return Streak(current, longest, "weeks")


def week_count(
    done: set[date] | frozenset[date],
    first: date,
    last: date,
    rest: frozenset[date] = frozenset(),
    workdays: frozenset[int] = ALL_DAYS,
) -> tuple[int, int]:
    """(done weeks, counted weeks) over the ISO weeks of ``first``..``last``.

    Skipped weeks (see :func:`week_skipped`) are not counted, nor is the week of ``last`` while
    it is open (not done yet); a week is done when any of its days within the span is done.
    """
    flags = _week_flags(done, first, last, rest, workdays)
    return sum(flags), len(flags)


# --------------------------------------------------------------------------- strength


def multiplier(times_per_week: float) -> float:
    """The strength multiplier of a practice targeted ``times_per_week`` times a week."""
    if times_per_week < 0:
        raise ValueError(f"times_per_week must not be negative, not {times_per_week}")
    return float(0.5 ** (math.sqrt(times_per_week / 7) / 13))


def _step(score: float, done: bool, m: float) -> float:
    """One step of ``score * m + done * (1 - m)``, written so rounding keeps it monotone."""
    # score + (1 - score) * (1 - m) equals score * m + (1 - m), but as a sum of two
    # non-negative terms it can never come out below ``score`` (nor above 1).
    return min(1.0, score + (1.0 - score) * (1.0 - m)) if done else score * m


def strength_series(
    done: set[date] | frozenset[date],
    first: date,
    last: date,
    weekdays: frozenset[int] = WEEKDAYS,
    rest: frozenset[date] = frozenset(),
    extra: frozenset[int] = frozenset(),
) -> list[tuple[date, float]]:
    """Habit strength 0..100 of a daily practice, one point per counted day of first..last.

    The score starts at 0 before ``first``; each practice day (and each done day on an
    ``extra`` weekday) it becomes ``score * m + done * (1 - m)`` with ``m = DAILY_MULTIPLIER``.
    Other days (weekends, rest days) are skipped, which freezes the score.
    """
    score = 0.0
    points: list[tuple[date, float]] = []
    for day in counted_days(first, last, weekdays, rest, done, extra):
        score = _step(score, day in done, DAILY_MULTIPLIER)
        points.append((day, score * 100))
    return points


def weekly_strength_series(
    done: set[date] | frozenset[date],
    first: date,
    last: date,
    rest: frozenset[date] = frozenset(),
    workdays: frozenset[int] = ALL_DAYS,
) -> list[tuple[date, float]]:
    """Habit strength 0..100 of a once-a-week practice, one point per counted day.

    The counted days are the days of first..last that are neither rest days nor in a skipped
    week (:func:`week_skipped`). Each is a step with ``m = multiplier(1)``, done when a done day
    lies within the last seven counted days (the day itself included), so one review a week
    keeps the score rising and a skipped week lets it sink; days off do not exist for it. The
    week of ``last`` is still open while it holds no done day: its misses wait (no point).
    """
    m = multiplier(1)
    this_week = week_start(last)
    open_week = not any(this_week <= x <= last for x in done)
    score = 0.0
    counted = 0
    mark: int | None = None  # ``counted`` as it was on the latest done day
    points: list[tuple[date, float]] = []
    for day in days_between(first, last):
        step = day not in rest and not week_skipped(week_start(day), rest, workdays)
        counted += step
        if day in done:
            mark = counted
        if not step:
            continue
        hit = mark is not None and counted - mark < 7
        if not hit and open_week and day >= this_week:
            continue  # this week may still bring its review
        score = _step(score, hit, m)
        points.append((day, score * 100))
    return points


def current_strength(series: Sequence[tuple[date, float]]) -> float:
    """The last value of a strength series, 0.0 for an empty one."""
    return series[-1][1] if series else 0.0


# --------------------------------------------------------------------------- balance


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
    return float(time.mktime((day.year, day.month, day.day, 12, 0, 0, 0, 0, -1)))


def timestamp_day(ts: float) -> date:
    """The local calendar day holding the moment ``ts`` (inverts day_timestamp)."""
    return date.fromtimestamp(ts)
