"""compute_trends on a hand-made 30-day history whose answers were worked out beforehand.

The range is Thursday 2026-02-26 .. Friday 2026-03-27 (30 days, 22 weekdays); Wednesday
2026-03-11 is a rest day, so a Monday-Friday practice has 21 practice days in the range.
With m = 0.5 ** (1/13) = 0.948078 (daily) and m1 = 0.5 ** (sqrt(1/7)/13) = 0.980049 (weekly),
the expected strengths below were computed by hand from the closed forms given beside them.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import pytest

from l2l_desktop.core.analytics import WeekElements, WeekQuestions
from l2l_desktop.core.trends import (
    PRACTICES,
    TrendInputs,
    Trends,
    compute_trends,
    trends_to_dict,
)

FIRST = date(2026, 2, 26)  # a Thursday
NAMES = {key: f"name of {key}" for key in [*PRACTICES, "any"]}  # the practices' names
AS_OF = date(2026, 3, 27)  # a Friday, 29 days later
REST = frozenset({date(2026, 3, 11)})  # a Wednesday


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def weekdays_between(first: date, last: date) -> set[date]:
    days = {first + timedelta(days=i) for i in range((last - first).days + 1)}
    return {x for x in days if x.weekday() < 5}


# Intention: Mon 23 Feb .. Fri 27 Mar on every weekday, before the range too, plus a Saturday
# (counts for nothing); missed on Tue 17 Mar; the rest day is not a practice day.
INTENTION = frozenset((weekdays_between(d(2, 23), AS_OF) - {d(3, 17)} - REST) | {d(3, 7)})
QUESTION = frozenset(weekdays_between(d(3, 16), d(3, 19)) | weekdays_between(d(3, 23), d(3, 26)))
GEMBA = frozenset({d(2, 26), d(3, 3), d(3, 5), d(3, 10), d(3, 12), d(3, 19), d(3, 24), d(3, 26)})
REFLECTION = frozenset(
    {d(2, 25), d(2, 26), d(3, 19), d(3, 20), d(3, 23), d(3, 24), d(3, 25), d(3, 26)}
)
REVIEW = frozenset({d(2, 27), d(3, 6), d(3, 20)})
RATINGS = [
    (d(2, 25), 1),
    (d(2, 26), 5),
    (d(3, 19), 3),
    (d(3, 20), 4),
    (d(3, 23), 3),
    (d(3, 24), 4),
    (d(3, 25), 2),
    (d(3, 26), 5),
]


def inputs() -> TrendInputs:
    return TrendInputs(
        as_of=AS_OF,
        first=FIRST,
        done={
            "intention": INTENTION,
            "question": QUESTION,
            "gemba_visit": GEMBA,
            "daily_reflection": REFLECTION,
            "weekly_review": REVIEW | {d(4, 3)},  # after as_of: ignored
        },
        rest=REST,
        weekdays={"gemba_visit": frozenset({1, 3})},  # Tuesdays and Thursdays
        week_elements=[
            WeekElements(d(2, 16), 9, 0, 0),  # before the range: left out
            WeekElements(d(2, 23), 1, 1, 1),
            WeekElements(d(3, 2), 2, 1, 1),
            WeekElements(d(3, 16), 4, 0, 0),
            WeekElements(d(3, 23), 3, 2, 1),
        ],
        week_questions=[
            WeekQuestions(d(3, 2), open=3, closed=1, leading=0, tells=2),
            WeekQuestions(d(3, 16), open=1, closed=1, leading=1, tells=0),
            WeekQuestions(d(3, 23), open=2, closed=0, leading=0, tells=1),
        ],
        ratings=RATINGS,
        follow_ups=[
            (d(3, 2), d(3, 9), d(3, 6)),  # closed after 4 days
            (d(3, 5), d(3, 12), d(3, 16)),  # closed after 11 days
            (d(3, 10), d(3, 20), None),  # open 17 days, overdue
            (d(3, 19), d(3, 31), None),  # open 8 days
            (d(3, 24), None, None),  # open 3 days, no due day
        ],
        checker_choices=[
            ("closed", "closed", 4),
            ("leading", "leading", 3),
            ("closed", "open", 2),  # the user overruled it: they saw an open question
            ("leading", "closed", 1),
        ],
        day_counts={
            date(2025, 3, 30): 9,  # before the heatmap
            date(2025, 3, 31): 1,
            d(3, 26): 3,
            d(3, 27): 2,
        },
    )


@pytest.fixture(scope="module")
def trends() -> Trends:
    return compute_trends(inputs())


def test_practices_in_order_then_any(trends: Trends) -> None:
    assert [p.key for p in trends.practices] == [*PRACTICES, "any"]


@pytest.mark.parametrize(
    ("key", "current", "longest", "unit", "done", "days", "strength"),
    [
        # 15 done (23 Feb .. 16 Mar, rest day skipped), 1 miss, 8 done:
        # 100 * (1 - m**8 + m**9 - m**24) = 68.797
        ("intention", 8, 15, "days", 20, 21, 68.80),
        # Friday 27 Mar is still open for every practice not done on it: 20 days counted.
        ("pause", 0, 0, "days", 0, 20, 0.0),
        # 4 done, miss, 4 done, today (27 Mar) not done yet: open for the streak and for the
        # strength alike (no miss until the day is over):
        # 100 * ((1 - m**4) * m * m**4 + 1 - m**4) = 33.919
        ("question", 4, 4, "days", 8, 20, 33.92),
        # Tue/Thu practice: 5 done, miss on 17 Mar, 3 done: 33.689
        ("gemba_visit", 3, 5, "days", 8, 9, 33.69),
        # 2 done, 13 missed, 6 done, today open: 100 * ((1-m**2) m**19 + 1 - m**6) = 31.052
        ("daily_reflection", 6, 6, "days", 7, 20, 31.05),
        # weeks: done, done, missed, done, open (not counted); one step a day (see below)
        ("weekly_review", 1, 2, "weeks", 3, 4, 32.07),
        # every practice day from 23 Feb done: 24 in a row, 100 * (1 - m**24) = 72.187
        ("any", 24, 24, "days", 21, 21, 72.19),
    ],
)
def test_practice_figures(
    trends: Trends,
    key: str,
    current: int,
    longest: int,
    unit: str,
    done: int,
    days: int,
    strength: float,
) -> None:
    practice = trends.practice(key)
    assert (practice.streak.current, practice.streak.longest) == (current, longest)
    assert practice.streak.unit == unit
    assert (practice.done_in_range, practice.practice_days_in_range) == (done, days)
    assert round(practice.strength, 2) == strength
    assert round(practice.strength_series[-1][1], 2) == strength


def test_strength_series_is_cut_to_the_range_but_remembers_history(trends: Trends) -> None:
    series = trends.practice("intention").strength_series
    assert len(series) == 21  # one point per practice day of the range
    assert series[0][0] == FIRST
    assert series[-1][0] == AS_OF
    assert d(3, 11) not in {day for day, _ in series}  # the rest day
    # 23, 24, 25 Feb before the range and 26 Feb: 100 * (1 - m**4) = 19.207
    assert round(series[0][1], 2) == 19.21
    reflection = trends.practice("daily_reflection").strength_series
    # 25 and 26 Feb: 100 * (1 - m**2) = 10.115
    assert round(reflection[0][1], 2) == 10.11


def weekly_strength_by_hand(done: frozenset[date], first: date, last: date) -> dict[date, float]:
    """The oracle: one step per counted day (rest days do not exist for the habit), done when
    a review lies within the last seven counted days, ``score = score * m1 + done * (1 - m1)``;
    in the last week, still without a review, a miss waits (no step)."""
    m1 = 0.5 ** (math.sqrt(1 / 7) / 13)
    counted = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    counted = [x for x in counted if x not in REST]
    monday = last - timedelta(days=last.weekday())
    open_week = not any(monday <= x <= last for x in done)
    score, out = 0.0, {}
    for i, day in enumerate(counted):
        hit = any(x in done for x in counted[max(0, i - 6) : i + 1])
        if not hit and open_week and day >= monday:
            continue
        score = score * m1 + (1 - m1) * hit
        out[day] = 100 * score
    return out


def test_weekly_review_strength_steps_every_calendar_day(trends: Trends) -> None:
    series = trends.practice("weekly_review").strength_series
    # 30 days less the rest day, less 27 Mar: a miss in an open week waits.
    assert len(series) == 28
    values = dict(series)
    oracle = weekly_strength_by_hand(REVIEW, FIRST, AS_OF)
    assert set(values) == set(oracle)
    assert all(abs(values[day] - oracle[day]) < 1e-9 for day in oracle)
    # 26 Feb: no review yet
    assert values[FIRST] == 0.0
    # 27 Feb: 100 * (1 - m1) = 1.995
    assert round(values[d(2, 27)], 3) == 1.995
    # 27 Feb .. 13 Mar: 14 hits (the rest day of 11 Mar skipped, so 6 Mar's review still
    # reaches 13 Mar): 100 * (1 - m1**14) = 24.583
    assert round(values[d(3, 13)], 3) == 24.583
    # 14..19 Mar: six misses, 100 * (1 - m1**14) * m1**6 = 21.783
    assert round(values[d(3, 19)], 3) == 21.783
    # 20..26 Mar: seven hits, 100 * (1 - m1**7 + (1 - m1**14) * m1**13) = 32.074; 27 Mar
    # (no review within its last seven days, in a week still open) waits.
    assert round(values[d(3, 26)], 3) == 32.074
    assert AS_OF not in values


def test_balance_per_week(trends: Trends) -> None:
    assert [w.week for w in trends.weeks] == [d(2, 23), d(3, 2), d(3, 9), d(3, 16), d(3, 23)]
    assert trends.weeks[2] == WeekElements(d(3, 9), 0, 0, 0)  # the gap, filled
    indexes = [None if w.balance is None else round(w.balance, 2) for w in trends.weeks]
    # (1,1,1) 100; (2,1,1) 1.5 ln 2 / ln 3 = 94.64; none; (4,0,0) 0;
    # (3,2,1) (ln2/2 + ln3/3 + ln6/6) / ln 3 = 92.06
    assert indexes == [100.0, 94.64, None, 0.0, 92.06]
    # summed over the range (10, 4, 3): 87.264; the week before the range is left out
    assert trends.balance_now is not None
    assert round(trends.balance_now, 2) == 87.26


def test_questions_per_week(trends: Trends) -> None:
    assert [q.week for q in trends.questions] == [d(2, 23), d(3, 2), d(3, 9), d(3, 16), d(3, 23)]
    shares = [None if q.open_share is None else round(q.open_share, 1) for q in trends.questions]
    assert shares == [None, 75.0, None, 33.3, 100.0]
    assert [q.asks for q in trends.questions] == [0, 4, 0, 3, 2]
    assert [q.tells for q in trends.questions] == [0, 2, 0, 0, 1]


def test_ratings_and_their_rolling_mean(trends: Trends) -> None:
    assert trends.ratings == (
        (d(2, 26), 5.0),
        (d(3, 19), 3.0),
        (d(3, 20), 4.0),
        (d(3, 23), 3.0),
        (d(3, 24), 4.0),
        (d(3, 25), 2.0),
        (d(3, 26), 5.0),
    )
    means = [(day, round(v, 2)) for day, v in trends.ratings_mean7]
    assert means == [
        (d(2, 26), 3.0),  # (1 + 5) / 2: the rating of 25 Feb, before the range, still counts
        (d(3, 19), 3.0),
        (d(3, 20), 3.5),  # (3 + 4) / 2
        (d(3, 23), 3.33),  # (3 + 4 + 3) / 3
        (d(3, 24), 3.5),  # 14 / 4
        (d(3, 25), 3.2),  # 16 / 5
        (d(3, 26), 3.6),  # 19 Mar drops out: (4 + 3 + 4 + 2 + 5) / 5
    ]


def test_follow_ups(trends: Trends) -> None:
    fu = trends.follow_ups
    assert (fu.open, fu.overdue, fu.closed) == (3, 1, 2)
    assert fu.closure_rate == 40.0
    assert fu.median_days_to_close == 7.5  # (4 + 11) / 2
    assert fu.median_open_age == 8.0  # of 17, 8, 3


def test_heatmap(trends: Trends) -> None:
    assert trends.heatmap_first == date(2025, 3, 31)  # the Monday 51 weeks before 23 Mar
    assert len(trends.heatmap) == 7
    assert all(len(row) == 52 for row in trends.heatmap)
    assert trends.heatmap[0][0] == 1
    assert trends.heatmap[3][51] == 3  # Thursday 26 Mar
    assert trends.heatmap[4][51] == 2  # Friday 27 Mar
    assert trends.heatmap[5][51] is None
    assert trends.heatmap[6][51] is None
    assert sum(cell is None for row in trends.heatmap for cell in row) == 2


def test_dict_is_json_ready_with_the_documented_keys(trends: Trends) -> None:
    data = trends_to_dict(trends, NAMES)
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {
        "as_of",
        "range",
        "practices",
        "balance",
        "questions",
        "alignment",
        "question_checker",
        "follow_ups",
        "support",
    }
    # Nobody named and nobody on the team in this history: weeks of nobody, shares unknown.
    assert data["support"]["coverage"] == {"active": 0, "seen": 0, "share": None}
    assert data["support"]["experiments"] == {"judged": 0, "as_expected": 0, "share": None}
    assert {w["people"] for w in data["support"]["weeks"]} == {0}
    assert data["as_of"] == "2026-03-27"
    assert data["range"] == {"first": "2026-02-26", "last": "2026-03-27"}
    assert data["practices"][0] == {
        "key": "intention",
        "label": "name of intention",
        "streak": {"current": 8, "longest": 15, "unit": "days"},
        "strength": 68.8,
        "done_in_range": 20,
        "practice_days_in_range": 21,
    }
    assert data["practices"][5]["streak"] == {"current": 1, "longest": 2, "unit": "weeks"}
    assert data["practices"][6]["key"] == "any"
    assert data["balance"]["index"] == 87.3
    assert data["balance"]["weeks"][1] == {
        "week": "2026-03-02",
        "direction": 2,
        "support": 1,
        "self": 1,
        "index": 94.6,
    }
    assert data["balance"]["weeks"][2]["index"] is None
    assert data["questions"]["weeks"][3] == {
        "week": "2026-03-16",
        "open": 1,
        "closed": 1,
        "leading": 1,
        "tells": 0,
        "asks": 3,
        "open_share": 33.3,
    }
    assert data["alignment"]["ratings"][0] == {"day": "2026-02-26", "rating": 5.0}
    assert data["alignment"]["mean7"][3] == {"day": "2026-03-23", "mean": 3.3}
    assert data["follow_ups"] == {
        "open": 3,
        "overdue": 1,
        "closed": 2,
        "closure_rate": 40.0,
        "median_days_to_close": 7.5,
        "median_open_age": 8.0,
    }


def test_how_often_the_user_kept_the_checkers_verdict(trends: Trends) -> None:
    checker = trends.checker
    # 4 + 3 agreed of 4 + 3 + 2 + 1 = 10 suggestions: 70 %
    assert (checker.suggested, checker.agreed, checker.agreement) == (10, 7, 70.0)
    assert checker.overruled == (("closed", "open", 2), ("leading", "closed", 1))
    assert trends_to_dict(trends, NAMES)["question_checker"] == {
        "suggested": 10,
        "agreed": 7,
        "agreement": 70.0,
        "overruled": [
            {"suggested": "closed", "chosen": "open", "count": 2},
            {"suggested": "leading", "chosen": "closed", "count": 1},
        ],
    }


def test_empty_history() -> None:
    empty = TrendInputs(
        as_of=AS_OF,
        first=AS_OF,
        done={},
        rest=frozenset(),
        weekdays={},
        week_elements=[],
        week_questions=[],
        ratings=[],
        follow_ups=[],
        day_counts={},
    )
    trends = compute_trends(empty)
    for practice in trends.practices:
        assert (practice.streak.current, practice.streak.longest) == (0, 0)
        assert practice.strength == 0.0
        assert practice.done_in_range == 0
    assert trends.practice("intention").practice_days_in_range == 0  # today is still open
    assert trends.balance_now is None
    assert trends.ratings == () and trends.ratings_mean7 == ()
    assert trends.follow_ups.closure_rate is None
    data = trends_to_dict(trends, NAMES)
    assert json.loads(json.dumps(data)) == data
    assert data["balance"] == {
        "index": None,
        "weeks": [{"week": "2026-03-23", "direction": 0, "support": 0, "self": 0, "index": None}],
    }


def test_range_must_not_end_before_it_starts() -> None:
    bad = TrendInputs(
        as_of=FIRST,
        first=AS_OF,
        done={},
        rest=frozenset(),
        weekdays={},
        week_elements=[],
        week_questions=[],
        ratings=[],
        follow_ups=[],
        day_counts={},
    )
    with pytest.raises(ValueError):
        compute_trends(bad)


def test_unknown_practice_raises(trends: Trends) -> None:
    with pytest.raises(KeyError):
        trends.practice("nonsense")


def test_the_memo_gives_what_computing_afresh_gives_and_keeps_untouched_practices():
    from dataclasses import replace as changed

    from l2l_desktop.core.trends import TrendInputs, compute_trends

    as_of = date(2026, 11, 27)  # a Friday
    days = [as_of - timedelta(days=i) for i in range(60)]
    inputs = TrendInputs(
        as_of=as_of,
        first=as_of - timedelta(days=27),
        done={"intention": frozenset(days[::2]), "question": frozenset(days[1::3])},
        rest=frozenset(),
        weekdays={},
        week_elements=[],
        week_questions=[],
        ratings=[],
        follow_ups=[],
        day_counts={},
    )
    memo: dict = {}
    first = compute_trends(inputs, memo)
    assert first == compute_trends(inputs)
    # A question asked today: the question practice (and "any") change, the intention not.
    later = changed(inputs, done={**inputs.done, "question": inputs.done["question"] | {as_of}})
    second = compute_trends(later, memo)
    assert second == compute_trends(later)
    assert second.practice("question") != first.practice("question")
    assert second.practice("intention") is first.practice("intention")  # kept, not recomputed
