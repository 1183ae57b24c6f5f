"""The Trends figures on the days that used to go wrong: a past as-of day, a range that starts
after the history, an open week, a first day, a holiday week and custom weekdays.

Each history is small and written out here; every expected value is worked out by hand in the
comment beside it. m = 0.5 ** (1/13) (daily), m1 = 0.5 ** (sqrt(1/7)/13) (weekly).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta

import pytest

from l2l_desktop.core.analytics import NOT_STARTED, OFF_DAY, REST_DAY, follow_up_stats, heatmap
from l2l_desktop.core.trends import TrendInputs, compute_trends, trend_range
from l2l_desktop.ui.report_text import week_figures

M = 0.5 ** (1 / 13)
M1 = 0.5 ** (math.sqrt(1 / 7) / 13)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def span(first: date, last: date) -> frozenset[date]:
    return frozenset(first + timedelta(days=i) for i in range((last - first).days + 1))


def trends_of(
    as_of: date,
    first: date,
    done: Mapping[str, frozenset[date]],
    *,
    start: date | None = None,
    rest: frozenset[date] = frozenset(),
    weekdays: Mapping[str, frozenset[int]] | None = None,
    follow_ups: tuple[tuple[date, date | None, date | None], ...] = (),
    ratings: tuple[tuple[date, int], ...] = (),
):
    return compute_trends(
        TrendInputs(
            as_of=as_of,
            first=first,
            done=done,
            rest=rest,
            weekdays=weekdays or {},
            week_elements=[],
            week_questions=[],
            ratings=ratings,
            follow_ups=follow_ups,
            day_counts={},
            journal_start=start,
        )
    )


# --------------------------------------------------------------------------- defect 1


def test_follow_ups_as_of_a_past_day_use_what_was_true_then() -> None:
    as_of = d(3, 12)
    items = [
        (d(3, 2), d(3, 9), d(3, 20)),  # done on 20 Mar: still open on 12 Mar, and overdue
        (d(3, 3), None, d(3, 5)),  # done on 5 Mar: closed after 2 days
        (d(3, 4), d(3, 20), None),  # open, due later: not overdue
    ]
    stats = follow_up_stats(items, as_of)
    assert (stats.open, stats.overdue, stats.closed) == (2, 1, 1)
    assert stats.closure_rate is not None and round(stats.closure_rate, 1) == 33.3  # 1 of 3
    assert stats.median_days_to_close == 2.0
    assert stats.median_open_age == 9.0  # ages 10 (2..12 Mar) and 8 (4..12 Mar)
    # The same follow-ups as of 20 Mar: the first one closed after 18 days.
    later = follow_up_stats(items, d(3, 20))
    assert (later.open, later.overdue, later.closed) == (1, 0, 2)
    assert later.median_days_to_close == 10.0  # (2 + 18) / 2


# --------------------------------------------------------------------------- defect 2


def test_the_rolling_mean_leans_on_ratings_before_the_range() -> None:
    ratings = ((d(3, 1), 5), (d(3, 2), 1), (d(3, 3), 5), (d(3, 5), 4))
    trends = trends_of(d(3, 5), d(3, 5), {}, ratings=ratings)
    # 5 Mar: the window is 27 Feb .. 5 Mar, so (5 + 1 + 5 + 4) / 4 = 3.75
    assert trends.ratings == ((d(3, 5), 4.0),)
    assert [(day, round(v, 2)) for day, v in trends.ratings_mean7] == [(d(3, 5), 3.75)]


# --------------------------------------------------------------------------- defect 3


def test_an_open_week_is_not_a_miss_of_the_weekly_review() -> None:
    # One review on Monday 2 Mar; as of Tuesday 10 Mar the week of 9 Mar is still open.
    trends = trends_of(d(3, 10), d(3, 2), {"weekly_review": frozenset({d(3, 2)})}, start=d(3, 2))
    review = trends.practice("weekly_review")
    # 2..8 Mar: seven steps with a review in the last seven days; 9 and 10 Mar have none in
    # theirs, but their week is open: they wait. 100 * (1 - m1**7) = 13.157
    assert round(review.strength, 3) == round(100 * (1 - M1**7), 3) == 13.157
    assert (review.streak.current, review.streak.longest) == (1, 1)
    assert (review.done_in_range, review.practice_days_in_range) == (1, 1)  # open week left out
    # Once that week is over without a review, its days count as misses after all:
    over = trends_of(d(3, 16), d(3, 2), {"weekly_review": frozenset({d(3, 2)})}, start=d(3, 2))
    # 7 hits, then 9..15 Mar missed (7 steps), 16 Mar open: 100 (1 - m1**7) m1**7 = 11.426
    assert round(over.practice("weekly_review").strength, 3) == 11.426
    assert over.practice("weekly_review").practice_days_in_range == 2


# --------------------------------------------------------------------------- defect 4


def test_a_range_that_would_start_after_its_last_day_starts_on_that_week() -> None:
    # The only record: a visit planned for next week. "All" as of Wednesday 11 Mar.
    assert trend_range(d(3, 11), None, d(3, 18)) == (d(3, 9), d(3, 11))
    assert trend_range(d(3, 11), 0, d(3, 18)) == (d(3, 9), d(3, 11))
    first, last = trend_range(d(3, 11), None, d(3, 18))
    trends = trends_of(last, first, {}, start=d(3, 18))
    assert trends.practice("intention").practice_days_in_range == 0
    with pytest.raises(ValueError, match="weeks"):
        trend_range(d(3, 11), -3, None)


# --------------------------------------------------------------------------- defect 5


def test_weekly_review_summary_counts_each_practice_on_its_own_days() -> None:
    week = span(d(3, 16), d(3, 20))  # Monday .. Friday
    trends = trends_of(
        d(3, 20),
        d(3, 16),
        {
            "intention": week,
            "gemba_visit": frozenset({d(3, 17), d(3, 19)}),
            "question": frozenset({d(3, 16)}),
        },
        start=d(3, 2),
        weekdays={"gemba_visit": frozenset({1, 3})},  # Tuesdays and Thursdays
    )
    lines = week_figures(trends).splitlines()
    assert any(x.startswith("- Intention set: 5 of 5 days,") for x in lines)
    assert any(x.startswith("- Gemba visit: 2 of 2 days,") for x in lines)
    # Friday is still open for questions: 1 of Monday .. Thursday.
    assert any(x.startswith("- Question asked: 1 of 4 days,") for x in lines)


# --------------------------------------------------------------------------- rules


def test_a_week_off_from_monday_to_friday_is_skipped_by_the_weekly_review() -> None:
    reviews = frozenset({d(3, 6), d(3, 20)})  # the Fridays before and after the holiday
    holiday = span(d(3, 9), d(3, 13))
    trends = trends_of(d(3, 20), d(3, 2), {"weekly_review": reviews}, start=d(3, 2), rest=holiday)
    review = trends.practice("weekly_review")
    assert (review.streak.current, review.streak.longest) == (2, 2)  # 2 Mar and 16 Mar weeks
    assert (review.done_in_range, review.practice_days_in_range) == (2, 2)
    # Steps: 2..5 Mar missed (at 0), 6..8 Mar hit; the holiday week (9..15 Mar, its weekend
    # too) does not exist for the habit, so 16..19 Mar still have 6 Mar within their last
    # seven days; 20 Mar is a review. 8 hits from 0: 100 * (1 - m1**8) = 14.890
    assert round(review.strength, 3) == round(100 * (1 - M1**8), 3) == 14.890


def test_days_before_the_first_record_are_not_practice_days() -> None:
    first, as_of = trend_range(d(3, 18), 13, d(3, 18))
    assert first < d(3, 1)  # a quarter back
    day_one = trends_of(as_of, first, {"intention": frozenset({d(3, 18)})}, start=d(3, 18))
    intention = day_one.practice("intention")
    assert (intention.done_in_range, intention.practice_days_in_range) == (1, 1)
    assert round(intention.strength, 2) == round(100 * (1 - M), 2) == 5.19
    pause = day_one.practice("pause")
    assert (pause.done_in_range, pause.practice_days_in_range) == (0, 0)  # today still open
    assert day_one.practice("weekly_review").practice_days_in_range == 0
    assert day_one.practice("any").practice_days_in_range == 1
    day_two = trends_of(d(3, 19), first, {"intention": frozenset({d(3, 18)})}, start=d(3, 18))
    assert day_two.practice("intention").practice_days_in_range == 1  # 19 Mar still open
    assert day_two.practice("pause").practice_days_in_range == 1  # 18 Mar missed
    assert day_two.practice("pause").strength == 0.0


def test_any_practice_is_not_broken_by_a_day_only_one_practice_counts() -> None:
    saturdays = {"question": frozenset({0, 1, 2, 3, 4, 5})}  # questions Monday .. Saturday
    done = {"intention": frozenset({d(3, 6), d(3, 9)})}  # Friday, then Monday
    trends = trends_of(d(3, 9), d(3, 2), done, start=d(3, 6), weekdays=saturdays)
    any_ = trends.practice("any")
    assert (any_.streak.current, any_.streak.longest) == (2, 2)  # the empty Saturday waits
    assert (any_.done_in_range, any_.practice_days_in_range) == (2, 2)
    # A question on that Saturday counts: Friday, Saturday, Monday.
    busy = {**done, "question": frozenset({d(3, 7)})}
    more = trends_of(d(3, 9), d(3, 2), busy, start=d(3, 6), weekdays=saturdays).practice("any")
    assert (more.streak.current, more.done_in_range, more.practice_days_in_range) == (3, 3, 3)
    assert round(more.strength, 3) == round(100 * (1 - M**3), 3)
    # A Monday that four of the five practices count is a practice day of "any": missed, it
    # breaks the run, even when gemba visits count only on Tuesdays and Thursdays.
    tue_thu = {"gemba_visit": frozenset({1, 3})}
    gap = {"intention": frozenset({d(3, 6), d(3, 10)})}  # Friday, Tuesday
    broken = trends_of(d(3, 10), d(3, 2), gap, start=d(3, 6), weekdays=tue_thu).practice("any")
    assert (broken.streak.current, broken.streak.longest) == (1, 1)


def test_heatmap_tells_not_started_from_missed_rest_and_days_off() -> None:
    # Two weeks ending Sunday 15 Mar; the journal began on Wednesday 4 Mar; Tuesday 10 Mar
    # was leave; something was done on 4, 5 (twice), 7 (a Saturday) and 11 Mar.
    counts = {d(3, 4): 1, d(3, 5): 2, d(3, 7): 1, d(3, 11): 3}
    monday, grid = heatmap(counts, d(3, 13), weeks=2, start=d(3, 4), rest=frozenset({d(3, 10)}))
    assert monday == d(3, 2)
    week1 = [grid[row][0] for row in range(7)]
    week2 = [grid[row][1] for row in range(7)]
    assert week1 == [NOT_STARTED, NOT_STARTED, 1, 2, 0, 1, OFF_DAY]
    assert week2 == [0, REST_DAY, 3, 0, 0, None, None]  # 14 and 15 Mar are still to come
