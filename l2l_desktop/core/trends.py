"""Everything the Trends tab and ``l2l-desktop stats --json`` show, from one pure function.

The store gathers a :class:`TrendInputs` (done days per practice, rest days, weekly counts, ...);
:func:`compute_trends` turns it into a :class:`Trends`; :func:`trends_to_dict` makes that
JSON-ready. No Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from l2l_desktop.core import records as r
from l2l_desktop.core.analytics import (
    FollowUpStats,
    WeekElements,
    WeekQuestions,
    balance_index,
    fill_weeks,
    follow_up_stats,
    heatmap,
    rolling_mean,
)
from l2l_desktop.core.dates import week_start
from l2l_desktop.core.streaks import (
    WEEKDAYS,
    Streak,
    counted_days,
    current_strength,
    day_streak,
    strength_series,
    week_count,
    week_streak,
    weekly_strength_series,
)
from l2l_desktop.core.support import SupportFigures, support_figures

PRACTICES: tuple[str, ...] = (
    "intention",
    "pause",
    "question",
    "gemba_visit",
    "daily_reflection",
    "weekly_review",
)
WEEKLY_PRACTICE = "weekly_review"
"""The practice done once a week: its streak is counted in weeks."""
ANY_PRACTICE = "any"
DAILY_PRACTICES: tuple[str, ...] = tuple(p for p in PRACTICES if p != WEEKLY_PRACTICE)
HEATMAP_WEEKS = 52
ROLLING_DAYS = 7


@dataclass(frozen=True)
class TrendInputs:
    """What the store hands over to compute the trends of ``first``..``as_of``."""

    as_of: date
    first: date
    done: Mapping[str, frozenset[date]]
    rest: frozenset[date]
    weekdays: Mapping[str, frozenset[int]]
    week_elements: Sequence[WeekElements]
    week_questions: Sequence[WeekQuestions]
    ratings: Sequence[tuple[date, int]]
    follow_ups: Sequence[tuple[date, date | None, date | None]]
    day_counts: Mapping[date, int]
    checker_choices: Sequence[tuple[str, str, int]] = ()
    """(the checker's suggested kind, the kind the user chose, how many) for the range's
    questions that have a suggestion."""
    journal_start: date | None = None
    """The day of the journal's first record: days before it are not practice days (None:
    the earliest done day)."""
    heatmap_weeks: int = HEATMAP_WEEKS
    week_people: Mapping[date, int] = field(default_factory=dict)
    """Per week (its Monday), how many different people the records named."""
    people: Sequence[r.Person] = ()
    contacts: Mapping[str, date] = field(default_factory=dict)
    """Each person's last contact up to ``as_of``, by uuid."""
    experiments: tuple[int, int] = (0, 0)
    """Coaching steps of the range judged, and how many went as expected."""


@dataclass(frozen=True)
class PracticeTrend:
    """Streak, strength and raw counts of one practice.

    ``done_in_range`` and ``practice_days_in_range`` are in the unit of the streak: practice
    days for a daily practice, weeks for the weekly review.
    """

    key: str  # one of PRACTICES, or ANY_PRACTICE (named in words.PRACTICE_NAMES)
    streak: Streak
    strength: float
    done_in_range: int
    practice_days_in_range: int
    strength_series: tuple[tuple[date, float], ...]

    @property
    def not_started(self) -> bool:
        """Never done yet: a beginning, not a failure (said so instead of a row of zeros)."""
        return self.streak.longest == 0 and self.done_in_range == 0


@dataclass(frozen=True)
class CheckerAgreement:
    """How often the user kept the question checker's verdict, and what they chose instead."""

    suggested: int
    agreed: int
    overruled: tuple[tuple[str, str, int], ...]
    """(suggested, chosen, how many), the most frequent first."""

    @property
    def agreement(self) -> float | None:
        """Agreed as a percentage of the questions with a suggestion (None without any)."""
        return self.agreed / self.suggested * 100 if self.suggested else None


def checker_agreement(choices: Sequence[tuple[str, str, int]]) -> CheckerAgreement:
    """Sum (suggested, chosen, count) rows into a :class:`CheckerAgreement`."""
    total = sum(n for _, _, n in choices)
    agreed = sum(n for suggested, chosen, n in choices if suggested == chosen)
    overruled = sorted(
        ((s, c, n) for s, c, n in choices if s != c and n > 0), key=lambda x: (-x[2], x[0], x[1])
    )
    return CheckerAgreement(total, agreed, tuple(overruled))


@dataclass(frozen=True)
class Trends:
    """All figures of the Trends tab for the range ``first``..``as_of``."""

    as_of: date
    first: date
    practices: tuple[PracticeTrend, ...]
    weeks: tuple[WeekElements, ...]
    questions: tuple[WeekQuestions, ...]
    ratings: tuple[tuple[date, float], ...]
    ratings_mean7: tuple[tuple[date, float], ...]
    follow_ups: FollowUpStats
    checker: CheckerAgreement
    heatmap_first: date
    heatmap: tuple[tuple[int | None, ...], ...]
    support: SupportFigures = field(default_factory=SupportFigures)

    @property
    def balance_now(self) -> float | None:
        """The balance index of the element counts summed over the range."""
        return balance_index(
            sum(w.direction for w in self.weeks),
            sum(w.support for w in self.weeks),
            sum(w.self_ for w in self.weeks),
        )

    def practice(self, key: str) -> PracticeTrend:
        """The trend of one practice (or of "any"); KeyError when there is none."""
        for trend in self.practices:
            if trend.key == key:
                return trend
        raise KeyError(key)


def trend_range(last: date, weeks: int | None, first_record: date | None) -> tuple[date, date]:
    """The range of a Trends view: ``weeks`` weeks ending on ``last`` (None or 0: the whole
    history, from ``first_record``, or the week of ``last`` when that lies ahead), widened to
    start on a Monday so weeks are whole. A negative ``weeks`` is a ValueError."""
    if weeks is not None and weeks < 0:
        raise ValueError(f"weeks must not be negative, not {weeks}")
    if weeks:
        first = last - timedelta(weeks=weeks) + timedelta(days=1)
    else:
        first = min(first_record or last, last)
    return week_start(first), last


def _in_range(
    series: Sequence[tuple[date, float]], first: date, last: date
) -> tuple[tuple[date, float], ...]:
    return tuple(p for p in series if first <= p[0] <= last)


@dataclass(frozen=True)
class _Days:
    """On which days a practice counts: ``weekdays`` always, ``extra`` when done."""

    weekdays: frozenset[int]
    extra: frozenset[int] = frozenset()


def _practice_trend(
    key: str,
    done: frozenset[date],
    days: _Days,
    start: date,
    workdays: frozenset[int],
    inputs: TrendInputs,
) -> PracticeTrend:
    """One practice's figures; ``start`` is the journal's first day (none before it count),
    ``workdays`` the weekdays of "any practice" (for the weekly review's weeks off)."""
    as_of, rest = inputs.as_of, inputs.rest
    first = max(inputs.first, start)  # the range's days before the journal began do not count
    if done and max(done) > as_of:  # rarely: most histories end on or before as_of
        done = frozenset(d for d in done if d <= as_of)
    if key == WEEKLY_PRACTICE:
        streak = week_streak(done, as_of, rest, first=start, workdays=workdays)
        series = weekly_strength_series(done, start, as_of, rest, workdays)
        done_count, day_count = week_count(done, first, as_of, rest, workdays)
    else:
        streak = day_streak(done, as_of, days.weekdays, rest, first=start, extra=days.extra)
        # Like the streak, today still open does not count as a miss until it is over.
        open_today = as_of not in done
        last = as_of - timedelta(days=1) if open_today else as_of
        series = strength_series(done, start, last, days.weekdays, rest, days.extra)
        counted = counted_days(first, last, days.weekdays, rest, done, days.extra)
        done_count, day_count = sum(1 for d in counted if d in done), len(counted)
    return PracticeTrend(
        key=key,
        streak=streak,
        strength=current_strength(series),
        done_in_range=done_count,
        practice_days_in_range=day_count,
        strength_series=_in_range(series, inputs.first, as_of),
    )


def _weekdays(inputs: TrendInputs, key: str) -> frozenset[int]:
    return inputs.weekdays.get(key, WEEKDAYS)


def _any_days(inputs: TrendInputs) -> _Days:
    """The days of "any practice": the weekdays most daily practices count (three of five or
    more) always count; on the other weekdays some practice counts, a day counts when done."""
    if ANY_PRACTICE in inputs.weekdays:
        return _Days(inputs.weekdays[ANY_PRACTICE])
    tally = [sum(day in _weekdays(inputs, k) for k in DAILY_PRACTICES) for day in range(7)]
    most = frozenset(day for day, n in enumerate(tally) if 2 * n > len(DAILY_PRACTICES))
    some = frozenset(day for day, n in enumerate(tally) if n) - most
    return _Days(most or some, some if most else frozenset())


def journal_start(inputs: TrendInputs) -> date:
    """The first day that counts: the journal's first record (or earliest done day), and
    never after ``as_of`` (a journal whose only record lies ahead begins on ``as_of``)."""
    start = inputs.journal_start
    if start is None:
        days = [min(v) for v in inputs.done.values() if v]
        start = min(days) if days else inputs.as_of
    return min(start, inputs.as_of)


def _kept_trend(
    memo: dict[str, Any] | None,
    key: str,
    done: frozenset[date],
    days: _Days,
    start: date,
    workdays: frozenset[int],
    inputs: TrendInputs,
) -> PracticeTrend:
    """:func:`_practice_trend`, or the one ``memo`` kept for the same arguments (a save that
    did not touch a practice leaves its streak and strength as they were)."""
    if memo is None:
        return _practice_trend(key, done, days, start, workdays, inputs)
    same = (done, days, start, workdays, inputs.first, inputs.as_of, inputs.rest)
    kept = memo.get(key)
    if kept is not None and kept[0] == same:
        trend: PracticeTrend = kept[1]
        return trend
    trend = _practice_trend(key, done, days, start, workdays, inputs)
    memo[key] = (same, trend)
    return trend


def _kept_ratings(
    memo: dict[str, Any] | None, inputs: TrendInputs
) -> tuple[tuple[tuple[date, float], ...], tuple[tuple[date, float], ...]]:
    """The range's ratings and their rolling mean (which leans on the ratings just before
    the range), or those ``memo`` kept for the same ratings and range."""
    first, as_of = inputs.first, inputs.as_of
    same = (inputs.ratings, first, as_of)
    kept = None if memo is None else memo.get("ratings")
    if kept is not None and kept[0] == same:
        figures: tuple[Any, Any] = kept[1]
        return figures
    history = sorted((d, float(r)) for d, r in inputs.ratings if d <= as_of)
    figures = (
        _in_range(history, first, as_of),
        _in_range(rolling_mean(history, ROLLING_DAYS), first, as_of),
    )
    if memo is not None:
        memo["ratings"] = (same, figures)
    return figures


def compute_trends(inputs: TrendInputs, memo: dict[str, Any] | None = None) -> Trends:
    """Every figure of the Trends tab for ``inputs.first``..``inputs.as_of``.

    Done days after ``as_of`` are ignored, and days before the journal's start are not
    practice days. "any" is done on a day when any of the five daily practices is; its days
    are :func:`_any_days` unless ``weekdays["any"]`` is set. Follow-up figures cover every
    follow-up agreed up to ``as_of``, as they stood on that day. ``memo``, kept by the caller
    from one call to the next, spares recomputing a practice whose inputs did not change.
    """
    as_of, first = inputs.as_of, inputs.first
    if first > as_of:
        raise ValueError(f"the range starts after it ends: {first} > {as_of}")
    start = journal_start(inputs)
    any_days = _any_days(inputs)
    trends = [
        _kept_trend(
            memo,
            key,
            inputs.done.get(key, frozenset()),
            _Days(_weekdays(inputs, key)),
            start,
            any_days.weekdays,
            inputs,
        )
        for key in PRACTICES
    ]
    any_done = frozenset[date]().union(*(inputs.done.get(k, frozenset()) for k in DAILY_PRACTICES))
    trends.append(
        _kept_trend(memo, ANY_PRACTICE, any_done, any_days, start, any_days.weekdays, inputs)
    )

    first_week, last_week = week_start(first), week_start(as_of)
    weeks = fill_weeks(
        [w for w in inputs.week_elements if first_week <= w.week <= last_week],
        first_week,
        last_week,
        lambda week: WeekElements(week, 0, 0, 0),
    )
    questions = fill_weeks(
        [q for q in inputs.week_questions if first_week <= q.week <= last_week],
        first_week,
        last_week,
        lambda week: WeekQuestions(week, 0, 0, 0, 0),
    )

    ratings, mean7 = _kept_ratings(memo, inputs)
    heatmap_first, grid = heatmap(
        inputs.day_counts, as_of, inputs.heatmap_weeks, start, inputs.rest, any_days.weekdays
    )
    return Trends(
        as_of=as_of,
        first=first,
        practices=tuple(trends),
        weeks=tuple(weeks),
        questions=tuple(questions),
        ratings=ratings,
        ratings_mean7=mean7,
        follow_ups=follow_up_stats(inputs.follow_ups, as_of),
        checker=checker_agreement(inputs.checker_choices),
        heatmap_first=heatmap_first,
        heatmap=tuple(tuple(row) for row in grid),
        support=support_figures(
            [w.week for w in weeks],
            inputs.week_people,
            inputs.people,
            inputs.contacts,
            as_of,
            inputs.experiments,
        ),
    )


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def trends_to_dict(trends: Trends, names: Mapping[str, str]) -> dict[str, Any]:
    """The trends as plain JSON-ready data: ISO dates, floats to 1 decimal, None kept; each
    practice with its name from ``names`` (by key)."""
    fu = trends.follow_ups
    return {
        "as_of": trends.as_of.isoformat(),
        "range": {"first": trends.first.isoformat(), "last": trends.as_of.isoformat()},
        "practices": [
            {
                "key": p.key,
                "label": names[p.key],
                "streak": {
                    "current": p.streak.current,
                    "longest": p.streak.longest,
                    "unit": p.streak.unit,
                },
                "strength": _r(p.strength),
                "done_in_range": p.done_in_range,
                "practice_days_in_range": p.practice_days_in_range,
            }
            for p in trends.practices
        ],
        "balance": {
            "index": _r(trends.balance_now),
            "weeks": [
                {
                    "week": w.week.isoformat(),
                    "direction": w.direction,
                    "support": w.support,
                    "self": w.self_,
                    "index": _r(w.balance),
                }
                for w in trends.weeks
            ],
        },
        "questions": {
            "weeks": [
                {
                    "week": q.week.isoformat(),
                    "open": q.open,
                    "closed": q.closed,
                    "leading": q.leading,
                    "tells": q.tells,
                    "asks": q.asks,
                    "open_share": _r(q.open_share),
                }
                for q in trends.questions
            ]
        },
        "alignment": {
            "ratings": [{"day": d.isoformat(), "rating": _r(v)} for d, v in trends.ratings],
            "mean7": [{"day": d.isoformat(), "mean": _r(v)} for d, v in trends.ratings_mean7],
        },
        "question_checker": {
            "suggested": trends.checker.suggested,
            "agreed": trends.checker.agreed,
            "agreement": _r(trends.checker.agreement),
            "overruled": [
                {"suggested": s, "chosen": c, "count": n} for s, c, n in trends.checker.overruled
            ],
        },
        "follow_ups": {
            "open": fu.open,
            "overdue": fu.overdue,
            "closed": fu.closed,
            "closure_rate": _r(fu.closure_rate),
            "median_days_to_close": _r(fu.median_days_to_close),
            "median_open_age": _r(fu.median_open_age),
        },
        "support": _support_json(trends.support),
    }


def _percent(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


def _support_json(s: SupportFigures) -> dict[str, Any]:
    return {
        "weeks": [{"week": w.week.isoformat(), "people": w.people} for w in s.weeks],
        "people_per_week": _r(s.people_per_week),
        "coverage": {"active": s.active, "seen": s.seen, "share": _percent(s.coverage)},
        "experiments": {
            "judged": s.judged,
            "as_expected": s.as_expected,
            "share": _percent(s.expected_share),
        },
    }
