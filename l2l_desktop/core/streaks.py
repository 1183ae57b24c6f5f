"""Streaks and habit strength: which days count for a practice, runs of them, and a score
that rises on each one done and sinks on each one missed (DESIGN.md section 4).

Vocabulary:

* a *practice day* of a practice is a day whose weekday is one of the practice's weekdays
  (Monday=0 .. Sunday=6; default Monday to Friday) and that is not a rest day;
* a *rest day* (rest, leave, sick) neither counts toward a streak nor breaks it, and freezes the
  habit strength;
* the day ``as_of`` (usually today) is still *open*: not having done a practice yet today never
  breaks a streak.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from l2l_desktop.core.dates import days_between, week_start

WEEKDAYS: frozenset[int] = frozenset({0, 1, 2, 3, 4})
"""Monday=0 .. Friday=4: the default practice days."""

DAILY_MULTIPLIER = 0.5 ** (1 / 13)
"""The strength multiplier of a daily practice: a half-life of 13 practice days."""

_WEEK = timedelta(days=7)
ALL_DAYS: frozenset[int] = frozenset(range(7))


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
        if flag:
            run += 1
            if run > longest:
                longest = run
        else:
            run = 0
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
    only = extra - weekdays
    if not only:  # the common case: no weekday that counts only when done
        return list(days)
    bonus = [x for x in done if first <= x <= last and x.weekday() in only and x not in rest]
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
    if not rest:
        return False
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


def _strengths(steps: Iterable[tuple[date, bool]], m: float) -> list[tuple[date, float]]:
    """The score 0..100 after each (day, done) step of ``score * m + done * (1 - m)``, from 0.

    Written so rounding keeps it monotone: as a sum of two non-negative terms, a done step
    never comes out below ``score`` (nor, clamped, above 1). The step is written out, not
    called: thirty years are 11,000 steps for each of seven practices."""
    score = 0.0
    gain = 1.0 - m
    points: list[tuple[date, float]] = []
    add = points.append
    for day, done in steps:
        if done:
            score = score + (1.0 - score) * gain
            if score > 1.0:
                score = 1.0
        else:
            score = score * m
        add((day, score * 100))
    return points


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
    days = counted_days(first, last, weekdays, rest, done, extra)
    return _strengths(((day, day in done) for day in days), DAILY_MULTIPLIER)


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
    return _strengths(_weekly_steps(done, first, last, rest, workdays), multiplier(1))


def _weekly_steps(
    done: set[date] | frozenset[date],
    first: date,
    last: date,
    rest: frozenset[date],
    workdays: frozenset[int],
) -> Iterator[tuple[date, bool]]:
    """The steps of :func:`weekly_strength_series`: (day, done in the last seven counted)."""
    this_week = week_start(last)
    open_week = not any(this_week <= x <= last for x in done)
    counted = 0
    mark: int | None = None  # ``counted`` as it was on the latest done day
    skip_week = False  # whether the week of ``day`` is skipped, looked at on its first day
    for i, day in enumerate(days_between(first, last)):
        if i == 0 or day.weekday() == 0:
            skip_week = week_skipped(week_start(day), rest, workdays)
        if day in rest or skip_week:
            if day in done:
                mark = counted
            continue
        counted += 1
        if day in done:
            mark = counted
        hit = mark is not None and counted - mark < 7
        if not hit and open_week and day >= this_week:
            continue  # this week may still bring its review
        yield day, hit


def current_strength(series: Sequence[tuple[date, float]]) -> float:
    """The last value of a strength series, 0.0 for an empty one."""
    return series[-1][1] if series else 0.0
