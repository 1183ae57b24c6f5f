"""The pure figures of the Trends tab: streaks, strength, balance, weeks, heatmap, axes."""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l2l_desktop.core.analytics import (
    OFF_DAY,
    FollowUpStats,
    WeekElements,
    WeekQuestions,
    balance_index,
    day_timestamp,
    fill_weeks,
    follow_up_stats,
    heatmap,
    rolling_mean,
    timestamp_day,
)
from l2l_desktop.core.streaks import (
    DAILY_MULTIPLIER,
    WEEKDAYS,
    Streak,
    current_strength,
    day_streak,
    multiplier,
    practice_days,
    strength_series,
    week_count,
    week_streak,
    weekly_strength_series,
)

MON = date(2026, 3, 2)  # a Monday
m = DAILY_MULTIPLIER


def day(offset: int) -> date:
    """The day ``offset`` days after Monday 2 March 2026."""
    return MON + timedelta(days=offset)


def span(first: int, last: int) -> set[date]:
    return {day(i) for i in range(first, last + 1)}


def test_practice_days_skip_weekends_and_rest() -> None:
    assert frozenset({0, 1, 2, 3, 4}) == WEEKDAYS
    assert practice_days(day(0), day(13)) == sorted(span(0, 4) | span(7, 11))
    rest = frozenset({day(2)})
    assert practice_days(day(0), day(6), rest=rest) == [day(0), day(1), day(3), day(4)]
    assert practice_days(day(0), day(6), weekdays=frozenset({5, 6})) == [day(5), day(6)]
    assert practice_days(day(3), day(2)) == []


def test_day_streak_without_data() -> None:
    assert day_streak(set(), day(4)) == Streak(0, 0, "days")
    assert day_streak(frozenset(), day(5)) == Streak(0, 0, "days")


def test_day_streak_single_day() -> None:
    assert day_streak({day(0)}, day(0)) == Streak(1, 1, "days")
    assert day_streak({day(0)}, day(1)) == Streak(1, 1, "days")  # Tuesday still open
    assert day_streak({day(0)}, day(2)) == Streak(0, 1, "days")  # Tuesday missed


def test_day_streak_with_a_gap() -> None:
    done = span(0, 2) | span(4, 4)  # Mon-Wed, Thursday missed, Friday
    assert day_streak(done, day(4)) == Streak(1, 3, "days")


def test_weekend_inside_a_weekday_streak() -> None:
    done = span(0, 4) | span(7, 8)  # Mon-Fri, then Mon-Tue the week after
    assert day_streak(done, day(8)) == Streak(7, 7, "days")
    # as of the Sunday, Friday was the last practice day
    assert day_streak(span(0, 4), day(6)) == Streak(5, 5, "days")


def test_done_on_a_non_practice_day_counts_for_nothing() -> None:
    assert day_streak({day(5), day(6)}, day(6)) == Streak(0, 0, "days")
    assert day_streak(span(3, 7), day(7)) == Streak(3, 3, "days")  # Thu, Fri, Mon


def test_rest_day_inside_a_streak_neither_breaks_nor_counts() -> None:
    done = span(0, 1) | span(3, 4)  # Wednesday is a rest day
    rest = frozenset({day(2)})
    assert day_streak(done, day(4), rest=rest) == Streak(4, 4, "days")
    # done on the rest day too: still not counted
    assert day_streak(span(0, 4), day(4), rest=rest) == Streak(4, 4, "days")
    # without the rest day, the gap breaks it
    assert day_streak(done, day(4)) == Streak(2, 2, "days")


def test_today_is_still_open() -> None:
    done = span(0, 3)  # Mon-Thu
    assert day_streak(done, day(4)) == Streak(4, 4, "days")  # Friday not done yet
    assert day_streak(done | {day(4)}, day(4)) == Streak(5, 5, "days")
    # the next Monday: Friday was missed, and Monday is open
    assert day_streak(done, day(7)) == Streak(0, 4, "days")


def test_days_after_as_of_are_ignored() -> None:
    assert day_streak(span(0, 11), day(2)) == Streak(3, 3, "days")


def test_first_bounds_both_runs() -> None:
    done = span(0, 4)
    assert day_streak(done, day(4), first=day(2)) == Streak(3, 3, "days")
    assert day_streak(done, day(4), first=day(5)) == Streak(0, 0, "days")


def test_custom_weekdays() -> None:
    tue_thu = frozenset({1, 3})
    done = {day(1), day(3), day(8), day(10)}
    assert day_streak(done, day(13), weekdays=tue_thu) == Streak(4, 4, "days")
    assert day_streak(done - {day(8)}, day(13), weekdays=tue_thu) == Streak(1, 2, "days")


def test_leap_day_2028() -> None:
    leap = date(2028, 2, 29)  # a Tuesday
    assert leap.weekday() == 1
    done = {date(2028, 2, 28), leap, date(2028, 3, 1)}
    assert day_streak(done, date(2028, 3, 1)) == Streak(3, 3, "days")
    week = [date(2028, 2, 28), leap, date(2028, 3, 1), date(2028, 3, 2)]
    assert practice_days(date(2028, 2, 26), date(2028, 3, 2)) == week
    assert week_streak({leap}, date(2028, 3, 5)) == Streak(1, 1, "weeks")


def test_week_streak_basics() -> None:
    assert week_streak(set(), day(4)) == Streak(0, 0, "weeks")
    done = {day(4), day(8), day(22)}  # weeks 0, 1, (2 missed), 3
    assert week_streak(done, day(22)) == Streak(1, 2, "weeks")
    assert week_streak(done, day(20)) == Streak(2, 2, "weeks")  # week 2 still open
    assert week_streak(done, day(29)) == Streak(1, 2, "weeks")  # week 4 still open
    assert week_streak(done, day(35)) == Streak(0, 2, "weeks")  # week 4 missed
    assert week_streak(done, day(3)) == Streak(0, 0, "weeks")  # nothing done yet


def test_week_streak_any_day_counts() -> None:
    done = {day(6), day(12)}  # a Sunday, then a Saturday
    assert week_streak(done, day(12)) == Streak(2, 2, "weeks")


def test_week_of_rest_is_skipped() -> None:
    rest = frozenset(span(7, 13))  # the whole second week
    done = {day(0), day(14)}
    assert week_streak(done, day(14), rest=rest) == Streak(2, 2, "weeks")
    assert week_streak(done, day(14)) == Streak(1, 1, "weeks")
    # the current week all rest: the week before stands
    assert week_streak({day(0)}, day(10), rest=rest) == Streak(1, 1, "weeks")
    # a week only partly at rest still has to be done
    assert week_streak(done, day(14), rest=frozenset(span(7, 12))) == Streak(1, 1, "weeks")


def test_week_count() -> None:
    done = {day(4), day(8), day(22)}
    assert week_count(done, day(0), day(27)) == (3, 4)
    assert week_count(done, day(0), day(27), rest=frozenset(span(14, 20))) == (3, 3)
    # Day 4 lies before the span; the week of day 20 is the last one and not done: still open.
    assert week_count(done, day(5), day(20)) == (1, 2)
    assert week_count(done, day(5), day(21)) == (1, 3)  # the week of day 14..20 was missed


def test_multiplier() -> None:
    assert multiplier(7) == DAILY_MULTIPLIER
    assert math.isclose(DAILY_MULTIPLIER**13, 0.5)
    assert math.isclose(multiplier(1), 0.5 ** (math.sqrt(1 / 7) / 13))
    assert multiplier(0) == 1.0
    with pytest.raises(ValueError):
        multiplier(-1)


def test_strength_of_22_done_days_from_zero() -> None:
    first, last = date(2026, 2, 26), date(2026, 3, 27)  # 30 days, 22 weekdays
    done = set(practice_days(first, last))
    series = strength_series(done, first, last)
    assert len(series) == 22
    # 100 * (1 - m**22) = 100 * (1 - 0.5 ** (22 / 13)) = 69.057
    assert round(current_strength(series), 2) == 69.06


def test_strength_missed_day_lowers_but_never_zeroes() -> None:
    series = strength_series(span(0, 3), day(0), day(4))
    values = [v for _, v in series]
    assert values[3] == pytest.approx(100 * (1 - m**4))
    assert values[4] == pytest.approx(100 * (1 - m**4) * m)
    assert values[4] > 0


def test_strength_freezes_on_rest_and_weekends() -> None:
    rest = frozenset({day(2)})
    series = strength_series(span(0, 11), day(0), day(11), rest=rest)
    assert [d for d, _ in series] == [day(i) for i in (0, 1, 3, 4, 7, 8, 9, 10, 11)]
    assert series[-1][1] == pytest.approx(100 * (1 - m**9))


def test_strength_without_data() -> None:
    assert strength_series(set(), day(5), day(6)) == []
    assert current_strength([]) == 0.0
    assert all(v == 0.0 for _, v in strength_series(set(), day(0), day(4)))


def test_weekly_strength_marks_the_seven_days_of_a_done_week() -> None:
    m1 = multiplier(1)
    series = weekly_strength_series({day(4)}, day(0), day(14))
    values = dict(series)
    # Day 14 begins a week without a review yet: its miss waits, so it has no point.
    assert len(series) == 14 and day(14) not in values
    assert values[day(3)] == 0.0
    # done on days 4..10 (seven steps), then sinking on 11..13
    assert values[day(10)] == pytest.approx(100 * (1 - m1**7))
    assert values[day(13)] == pytest.approx(100 * (1 - m1**7) * m1**3)
    # A rest day does not exist for the habit: the review of day 4 still lies within the last
    # seven counted days on day 11 (days 6..11 and 4 itself), so 7 hits, then misses 12, 13.
    rested = weekly_strength_series({day(4)}, day(0), day(14), rest=frozenset({day(5)}))
    assert len(rested) == 13
    assert dict(rested)[day(13)] == pytest.approx(100 * (1 - m1**7) * m1**2)


def test_weekly_strength_skips_a_week_of_rest_even_when_it_starts_mid_week() -> None:
    m1 = multiplier(1)
    # From a Wednesday; the second week's workdays (Monday to Friday) all rest: that week,
    # weekend included, does not exist for the review. The review of day 3 then counts
    # for seven counted days: 3, 4, 5, 6 and, after the gap, 14, 15, 16.
    rest = frozenset(day(i) for i in range(7, 12))
    series = weekly_strength_series({day(3)}, day(2), day(16), rest, workdays=frozenset(range(5)))
    assert [d for d, _ in series] == [day(i) for i in (2, 3, 4, 5, 6, 14, 15, 16)]
    assert series[0][1] == 0.0
    assert series[-1][1] == pytest.approx(100 * (1 - m1**7))


def _entropy_index(*counts: int) -> float:
    total = sum(counts)
    return -sum(c / total * math.log(c / total) for c in counts if c) / math.log(3) * 100


def test_balance_exact_values() -> None:
    assert balance_index(0, 0, 0) is None
    assert balance_index(3, 3, 3) == 100.0
    assert balance_index(1, 1, 1) == 100.0
    assert balance_index(5, 0, 0) == 0.0
    assert balance_index(0, 0, 1) == 0.0
    # p = 1/2, 1/4, 1/4: H = 1.5 ln 2, index = 1.5 ln 2 / ln 3 = 94.64
    expected = -(0.5 * math.log(0.5) + 2 * 0.25 * math.log(0.25)) / math.log(3) * 100
    assert balance_index(2, 1, 1) == pytest.approx(expected)
    assert round(expected, 1) == 94.6
    assert balance_index(1, 1, 0) == pytest.approx(math.log(2) / math.log(3) * 100)


def test_balance_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        balance_index(-1, 2, 3)


def test_week_rows() -> None:
    assert WeekElements(MON, 2, 1, 1).balance == pytest.approx(_entropy_index(2, 1, 1))
    assert WeekElements(MON, 0, 0, 0).balance is None
    week = WeekQuestions(MON, open=3, closed=1, leading=0, tells=5)
    assert week.asks == 4
    assert week.open_share == 75.0
    assert WeekQuestions(MON, 0, 0, 0, 2).open_share is None


def test_fill_weeks() -> None:
    rows = [WeekElements(day(7), 1, 2, 3), WeekElements(day(35), 4, 0, 0)]
    filled = fill_weeks(rows, day(3), day(20), lambda w: WeekElements(w, 0, 0, 0))
    assert filled == [
        WeekElements(day(0), 0, 0, 0),
        WeekElements(day(7), 1, 2, 3),
        WeekElements(day(14), 0, 0, 0),
    ]
    assert fill_weeks([], day(7), day(0), lambda w: WeekElements(w, 0, 0, 0)) == []
    with pytest.raises(ValueError):
        fill_weeks(rows + rows[:1], day(0), day(7), lambda w: WeekElements(w, 0, 0, 0))


def test_rolling_mean() -> None:
    assert rolling_mean([]) == []
    assert rolling_mean([(day(0), 4.0)]) == [(day(0), 4.0)]
    points = [(day(0), 1.0), (day(1), 3.0), (day(6), 5.0), (day(7), 2.0), (day(20), 4.0)]
    assert rolling_mean(points) == [
        (day(0), 1.0),
        (day(1), 2.0),
        (day(6), 3.0),
        (day(7), 10 / 3),  # day 0 has left the window
        (day(20), 4.0),
    ]
    assert rolling_mean(points, window_days=1) == points
    with pytest.raises(ValueError):
        rolling_mean(points, window_days=0)


def test_follow_up_stats() -> None:
    assert follow_up_stats([], day(10)) == FollowUpStats(0, 0, 0, None, None, None)
    items = [
        (day(0), day(5), day(3)),
        (day(1), None, None),
        (day(2), day(9), None),  # overdue
        (day(4), day(10), None),  # due today: not overdue
    ]
    stats = follow_up_stats(items, day(10))
    assert stats == FollowUpStats(
        open=3,
        overdue=1,
        closed=1,
        closure_rate=25.0,
        median_days_to_close=3.0,
        median_open_age=8.0,
    )


def test_heatmap_shape_and_future_days() -> None:
    last = day(9)  # a Wednesday
    first, grid = heatmap({day(9): 3, day(0): 1, day(-1): 7}, last, weeks=2)
    assert first == day(0)
    off = OFF_DAY  # Saturday and Sunday are no practice's days by default
    assert grid == [[1, 0], [0, 0], [0, 3], [0, None], [0, None], [off, None], [off, None]]
    first, grid = heatmap({}, date(2026, 3, 27))
    assert first == date(2025, 3, 31)
    assert len(grid) == 7 and all(len(row) == 52 for row in grid)
    with pytest.raises(ValueError):
        heatmap({}, last, weeks=0)


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    if time.localtime(time.mktime((2026, 7, 1, 12, 0, 0, 0, 0, -1))).tm_gmtoff != 7200:
        pytest.skip("no time zone data for Europe/Berlin")
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin")
def test_day_timestamp_round_trips_across_dst() -> None:
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    hour = 3600
    assert day_timestamp(spring) - day_timestamp(spring - timedelta(days=1)) == 23 * hour
    assert day_timestamp(autumn) - day_timestamp(autumn - timedelta(days=1)) == 25 * hour
    for around in (spring, autumn):
        for i in range(-3, 4):
            d = around + timedelta(days=i)
            assert timestamp_day(day_timestamp(d)) == d
    # noon is 11:00 UTC in winter, 10:00 UTC in summer
    assert day_timestamp(date(2026, 3, 28)) % 86400 == 11 * hour
    assert day_timestamp(spring) % 86400 == 10 * hour


def test_day_timestamp_round_trips_on_leap_day() -> None:
    leap = date(2028, 2, 29)
    assert timestamp_day(day_timestamp(leap)) == leap
    assert day_timestamp(date(2028, 3, 1)) - day_timestamp(leap) == pytest.approx(86400, abs=3600)


days_in_march = st.sets(st.integers(0, 41).map(day), max_size=42)
weekday_sets = st.frozensets(st.integers(0, 6), min_size=1)
offsets = st.integers(0, 41)


@settings(max_examples=200, deadline=None)
@given(days_in_march, days_in_march, weekday_sets, offsets)
def test_day_streak_bounds(
    done: set[date], rest: set[date], weekdays: frozenset[int], as_of_offset: int
) -> None:
    as_of = day(as_of_offset)
    streak = day_streak(done, as_of, weekdays, frozenset(rest), first=MON)
    possible = len(practice_days(MON, as_of, weekdays, frozenset(rest)))
    assert 0 <= streak.current <= streak.longest <= possible
    default_first = day_streak(done, as_of, weekdays, frozenset(rest))
    assert default_first.current <= default_first.longest <= possible


@settings(max_examples=200, deadline=None)
@given(days_in_march, days_in_march, offsets)
def test_week_streak_bounds(done: set[date], rest: set[date], as_of_offset: int) -> None:
    as_of = day(as_of_offset)
    streak = week_streak(done, as_of, frozenset(rest), first=MON)
    weeks = as_of_offset // 7 + 1
    assert 0 <= streak.current <= streak.longest <= weeks


@settings(max_examples=200, deadline=None)
@given(days_in_march, days_in_march, weekday_sets)
def test_strength_stays_in_range_and_moves_the_right_way(
    done: set[date], rest: set[date], weekdays: frozenset[int]
) -> None:
    series = strength_series(done, MON, day(41), weekdays, frozenset(rest))
    previous = 0.0
    for d, value in series:
        assert 0.0 <= value <= 100.0
        if d in done:
            assert value >= previous
        else:
            assert value <= previous
        previous = value


@settings(max_examples=100, deadline=None)
@given(days_in_march, days_in_march)
def test_weekly_strength_stays_in_range(done: set[date], rest: set[date]) -> None:
    for _, value in weekly_strength_series(done, MON, day(41), frozenset(rest)):
        assert 0.0 <= value <= 100.0


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000))
def test_balance_is_symmetric_and_bounded(a: int, b: int, c: int) -> None:
    values = {balance_index(*p) for p in itertools.permutations((a, b, c))}
    assert len(values) == 1
    (value,) = values
    if a == b == c == 0:
        assert value is None
    else:
        assert value is not None
        assert 0.0 <= value <= 100.0
        assert value == pytest.approx(_entropy_index(a, b, c), abs=1e-9)
