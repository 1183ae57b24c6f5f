"""The queries behind the Trends tab and ``l2l-desktop stats``: aggregated in SQL, as tuples."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Mapping
from datetime import date, timedelta
from typing import Any, Protocol

from l2l_desktop.core.analytics import WeekElements, WeekQuestions
from l2l_desktop.core.dates import week_start
from l2l_desktop.core.trends import ROLLING_DAYS, TrendInputs
from l2l_desktop.store.database import Store
from l2l_desktop.store.preferences import practice_weekdays
from l2l_desktop.store.queries import last_contacts, naming_days, people

# A week is keyed by its Monday; SQLite's 'weekday 0' moves on to Sunday (or stays on one).
WEEK = "date(day, 'weekday 0', '-6 days')"

DONE_DAYS_SQL: dict[str, str] = {
    "intention": "SELECT DISTINCT day FROM intention WHERE day <= ?",
    "pause": "SELECT DISTINCT day FROM intention_pause WHERE day <= ?",
    # A coaching session is a practice of asking questions too (the coaching questions).
    "question": "SELECT DISTINCT day FROM (SELECT day FROM question UNION ALL "
    "SELECT day FROM coaching_session) WHERE day <= ?",
    "gemba_visit": "SELECT DISTINCT day FROM gemba_visit WHERE status = 'done' AND day <= ?",
    "daily_reflection": "SELECT DISTINCT day FROM reflection WHERE kind = 'daily' AND day <= ?",
    "weekly_review": "SELECT DISTINCT day FROM reflection WHERE kind = 'weekly' AND day <= ?",
}

# The kinds of records each practice's done days are read from.
DONE_KINDS: dict[str, frozenset[str]] = {
    "intention": frozenset({"intention"}),
    "pause": frozenset({"pause"}),
    "question": frozenset({"question", "coaching_session"}),
    "gemba_visit": frozenset({"gemba_visit"}),
    "daily_reflection": frozenset({"reflection"}),
    "weekly_review": frozenset({"reflection"}),
}

# Activity that carries elements: each action, pause, question, visit, reflection and coaching
# session once; by the kind of record each is read from.
ELEMENT_ROWS: dict[str, str] = {
    "intention": "SELECT day, elements FROM intention_action",
    "pause": "SELECT day, elements FROM intention_pause",
    "question": "SELECT day, elements FROM question",
    "gemba_visit": "SELECT day, elements FROM gemba_visit WHERE status = 'done'",
    "reflection": "SELECT day, elements FROM reflection",
    "coaching_session": "SELECT day, elements FROM coaching_session",
}
_ELEMENT_ROWS = " UNION ALL ".join(ELEMENT_ROWS.values())

# What a query of the people named reads: every kind that names someone, and the people.
NAMING_KINDS = frozenset(
    {"person", "question", "tell", "gemba_visit", "follow_up", "coaching_session"}
)
RECORD_KINDS = frozenset(
    {"intention", "pause", "question", "tell", "gemba_visit", "reflection", "coaching_session"}
)
PREFERENCE = "preference"  # the kind announced for a change of the journal's preferences

# ``cache(key, kinds, load, patch)``: load()'s answer, or the one kept since no change to
# ``kinds``, mended by ``patch`` for a change of one record (services/trend_cache.py).
Cache = Callable[..., Any]


class Touched(Protocol):
    """What a patch is told of a change: one record added (1), edited (0) or removed (-1),
    on ``days`` (those it stood on before the write, and after)."""

    days: frozenset[date]
    records: int | None
    uuids: frozenset[str]


def _rows(store: Store, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return store.db.execute_sql(sql, params).fetchall()


def _day(text: object) -> date | None:
    """A stored day, or None for one that cannot be read (the row is then left out: it
    cannot be placed in time)."""
    try:
        return date.fromisoformat(str(text)) if text is not None else None
    except ValueError:
        return None


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def done_days(store: Store, as_of: date) -> dict[str, frozenset[date]]:
    """For each practice, every day it was done, up to ``as_of``."""
    return {key: done_days_of(store, sql, as_of) for key, sql in DONE_DAYS_SQL.items()}


def done_days_of(
    store: Store, sql: str, as_of: date, only: Collection[date] = ()
) -> frozenset[date]:
    """The done days of ``sql`` up to ``as_of`` (of the days ``only``, when given)."""
    params: tuple[str, ...] = (as_of.isoformat(),)
    if only:
        sql += f" AND day IN ({', '.join('?' * len(only))})"
        params += tuple(d.isoformat() for d in only)
    return frozenset(d for row in _rows(store, sql, params) if (d := _day(row[0])))


def rest_days(store: Store, first: date, last: date) -> frozenset[date]:
    """Every day from ``first`` to ``last`` inside a rest, leave or sick period."""
    periods = _rows(
        store,
        "SELECT first_day, last_day FROM rest_period WHERE first_day <= ? AND last_day >= ?",
        (last.isoformat(), first.isoformat()),
    )
    days: set[date] = set()
    for start, end in periods:
        start_day, end_day = _day(start), _day(end)
        if start_day is None or end_day is None:
            continue
        day, stop = max(start_day, first), min(end_day, last)
        while day <= stop:
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def week_elements(
    store: Store, first: date, last: date, rows: str = _ELEMENT_ROWS
) -> list[tuple[date, int, int, int]]:
    """Per week (its Monday): how many records served direction, support and self (of the
    ``rows``: every kind's, or one kind's of :data:`ELEMENT_ROWS`)."""
    sql = f"""
        SELECT {WEEK} AS week,
               SUM((elements & 1) > 0), SUM((elements & 2) > 0), SUM((elements & 4) > 0)
        FROM ({rows}) WHERE day BETWEEN ? AND ?
        GROUP BY week ORDER BY week
    """
    found = _rows(store, sql, (first.isoformat(), last.isoformat()))
    return [(w_, int(d), int(s), int(x)) for w, d, s, x in found if (w_ := _day(w))]


def week_questions(store: Store, first: date, last: date) -> list[tuple[date, int, int, int, int]]:
    """Per week: open, closed and leading questions asked, and times told instead."""
    sql = f"""
        SELECT week, SUM(open), SUM(closed), SUM(leading), SUM(tells) FROM (
            SELECT {WEEK} AS week, kind = 'open' AS open, kind = 'closed' AS closed,
                   kind = 'leading' AS leading, 0 AS tells
            FROM question WHERE day BETWEEN ? AND ?
            UNION ALL
            SELECT {WEEK}, 0, 0, 0, 1 FROM tell WHERE day BETWEEN ? AND ?
        ) GROUP BY week ORDER BY week
    """
    span = (first.isoformat(), last.isoformat())
    rows = _rows(store, sql, span + span)
    return [(w_, int(o), int(c), int(lead), int(t)) for w, o, c, lead, t in rows if (w_ := _day(w))]


def daily_ratings(store: Store, first: date, last: date) -> list[tuple[date, int]]:
    """The evening alignment rating of each day that has one."""
    rows = _rows(
        store,
        "SELECT day, rating FROM reflection WHERE kind = 'daily' AND rating IS NOT NULL "
        "AND day BETWEEN ? AND ? ORDER BY day",
        (first.isoformat(), last.isoformat()),
    )
    return [
        (day, value)
        for d, rating in rows
        if (day := _day(d)) and (value := _whole(rating)) is not None
    ]


def follow_up_dates(store: Store, as_of: date) -> list[tuple[date, date | None, date | None]]:
    """(created, due, done) of every follow-up agreed up to ``as_of``."""
    rows = _rows(
        store, "SELECT day, due_day, done_day FROM follow_up WHERE day <= ?", (as_of.isoformat(),)
    )
    return [(day, _day(due), _day(done)) for d, due, done in rows if (day := _day(d))]


def checker_choices(
    store: Store, first: date, last: date, uuids: Collection[str] = ()
) -> list[tuple[str, str, int]]:
    """(suggested kind, chosen kind, how many) of the questions of first..last that the
    checker gave a verdict on (of the questions ``uuids`` alone, when given)."""
    only = f" AND uuid IN ({', '.join('?' * len(uuids))})" if uuids else ""
    rows = _rows(
        store,
        "SELECT suggested_kind, kind, COUNT(*) FROM question WHERE suggested_kind IS NOT NULL "
        f"AND day BETWEEN ? AND ?{only} GROUP BY suggested_kind, kind",
        (first.isoformat(), last.isoformat(), *uuids),
    )
    return [(str(s), str(k), int(n)) for s, k, n in rows]


def day_counts(store: Store, first: date, last: date) -> dict[date, int]:
    """How many different practices were done each day (for the calendar heatmap)."""
    parts = " UNION ".join(
        f"SELECT day, '{key}' FROM ({sql.replace('<= ?', 'BETWEEN ? AND ?')})"
        for key, sql in DONE_DAYS_SQL.items()
    )
    sql = f"SELECT day, COUNT(*) FROM ({parts}) GROUP BY day"
    span = (first.isoformat(), last.isoformat())
    rows = _rows(store, sql, span * len(DONE_DAYS_SQL))
    return {day: int(n) for d, n in rows if (day := _day(d))}


def first_record_day(store: Store) -> date | None:
    """The day of the journal's first record (a practice, a tell, a visit even if only
    planned), or None for an empty journal."""
    parts = " UNION ALL ".join(  # days that are not days (garbled) left out
        f"SELECT MIN(day) AS d FROM {table} WHERE date(day) IS day"
        for table in (
            "intention",
            "intention_pause",
            "question",
            "tell",
            "gemba_visit",
            "reflection",
            "coaching_session",
        )
    )
    row = _rows(store, f"SELECT MIN(d) FROM ({parts})")
    return _day(row[0][0]) if row else None


def _elements_of(
    store: Store, span: tuple[date, date], rows: str
) -> Callable[[], list[tuple[date, int, int, int]]]:
    return lambda: week_elements(store, span[0], span[1], rows)


def _elements_between(store: Store, rows: str) -> Callable[[date, date], list[Any]]:
    return lambda a, b: week_elements(store, a, b, rows)


def _done_of(store: Store, sql: str, as_of: date) -> Callable[[], frozenset[date]]:
    return lambda: done_days_of(store, sql, as_of)


def _read(
    _key: Hashable, _kinds: frozenset[str], load: Callable[[], Any], _patch: Any = None
) -> Any:
    return load()


def load_trend_inputs(
    store: Store,
    first: date,
    as_of: date,
    weekdays: Mapping[str, frozenset[int]] | None = None,
    cache: Cache | None = None,
) -> TrendInputs:
    """Everything :func:`~l2l_desktop.core.trends.compute_trends` needs, in a few queries.

    With a ``cache``, each answer is asked of it with the kinds of records it reads, so that
    a refresh after a save reads again only what the save's kinds feed."""
    from l2l_desktop.store.trend_patches import (
        patch_checker,
        patch_contacts,
        patch_days,
        patch_done,
        patch_start,
        patch_week_people,
        patch_weeks,
    )

    kept: Cache = cache or _read
    start = kept(("start",), RECORD_KINDS, lambda: first_record_day(store), patch_start(store))
    history_start = start or first
    heat_first = as_of - timedelta(weeks=53)
    monday = week_start(first)  # whole weeks: a range that starts mid-week shows it complete
    span = (monday, as_of)
    elements: dict[date, list[int]] = {}
    for kind, rows in ELEMENT_ROWS.items():
        part = kept(
            ("elements", kind, *span), frozenset({kind}), _elements_of(store, span, rows),
            patch_weeks(_elements_between(store, rows), *span),
        )  # fmt: skip
        for week, d, s, x in part:
            total = elements.setdefault(week, [0, 0, 0])
            total[0] += d
            total[1] += s
            total[2] += x
    rest_first = min(history_start, first)
    # The rolling mean of the range's first days leans on the ratings just before it.
    ratings_first = first - timedelta(days=ROLLING_DAYS - 1)
    return TrendInputs(
        as_of=as_of,
        first=first,
        done={
            key: kept(
                ("done", key, as_of), DONE_KINDS[key], _done_of(store, sql, as_of),
                patch_done(store, sql, as_of),
            )
            for key, sql in DONE_DAYS_SQL.items()
        },
        rest=kept(
            ("rest", rest_first, as_of), frozenset({"rest_period"}),
            lambda: rest_days(store, rest_first, as_of),
        ),
        weekdays=dict(
            kept(("weekdays",), frozenset({PREFERENCE}), lambda: practice_weekdays(store))
            if weekdays is None
            else weekdays
        ),
        week_elements=[WeekElements(w, *elements[w]) for w in sorted(elements)],
        week_questions=kept(
            ("questions", *span), frozenset({"question", "tell"}),
            lambda: _questions(store, *span),
            patch_weeks(lambda a, b: _questions(store, a, b), *span),
        ),
        ratings=kept(
            ("ratings", first, as_of), frozenset({"reflection"}),
            lambda: daily_ratings(store, ratings_first, as_of),
            patch_days(lambda a, b: daily_ratings(store, a, b), ratings_first, as_of),
        ),
        follow_ups=kept(
            ("follow ups", as_of), frozenset({"gemba_visit", "follow_up"}),
            lambda: follow_up_dates(store, as_of),
        ),
        checker_choices=kept(
            ("checker", first, as_of), frozenset({"question"}),
            lambda: checker_choices(store, first, as_of), patch_checker(store, first, as_of),
        ),
        day_counts=kept(
            ("day counts", heat_first, as_of), RECORD_KINDS,
            lambda: day_counts(store, heat_first, as_of),
            patch_days(lambda a, b: day_counts(store, a, b), heat_first, as_of),
        ),
        journal_start=start,
        week_people=kept(
            ("week people", *span), NAMING_KINDS, lambda: week_people(store, monday, as_of),
            patch_week_people(store, *span),
        ),
        people=kept(("people",), frozenset({"person"}), lambda: people(store)),
        contacts=kept(
            ("contacts", as_of), NAMING_KINDS,
            lambda: {u: d for u, d in last_contacts(store).items() if d <= as_of},
            patch_contacts(store, as_of),
        ),
        experiments=kept(
            ("experiments", first, as_of), frozenset({"coaching_session"}),
            lambda: experiments(store, first, as_of),
        ),
    )  # fmt: skip


def _questions(store: Store, first: date, last: date) -> list[WeekQuestions]:
    return [WeekQuestions(*row) for row in week_questions(store, first, last)]


def week_people(store: Store, first: date, last: date) -> dict[date, int]:
    """Per week (its Monday): how many different people the records of first..last named
    (asked, told, talked with at gemba, coached)."""
    named = " UNION ALL ".join(naming_days(store))
    sql = (
        f"SELECT {WEEK} AS week, COUNT(DISTINCT pid) FROM ({named}) "
        "WHERE pid IS NOT NULL AND day BETWEEN ? AND ? GROUP BY week"
    )
    rows = _rows(store, sql, (first.isoformat(), last.isoformat()))
    return {week: int(n) for w, n in rows if (week := _day(w))}


def experiments(store: Store, first: date, last: date) -> tuple[int, int]:
    """(coaching steps judged, of them as expected) in the sessions of first..last."""
    row = _rows(
        store,
        "SELECT COUNT(*), COALESCE(SUM(outcome = 'as_expected'), 0) FROM coaching_session "
        "WHERE outcome IS NOT NULL AND day BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    )[0]
    return int(row[0]), int(row[1])
