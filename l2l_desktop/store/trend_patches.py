"""Mending a kept Trends answer for one record added, edited or removed
(services/trend_cache.py): only the days it stood on, before and after, are read again, with
the same queries as ``trend_queries`` restricted to them. A patch that cannot be sure from
those days (a first day or a last contact after an edit or a removal, the checker's counts
after an edit) reads its answer whole."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, timedelta
from typing import Any

from l2l_desktop.core.dates import week_start
from l2l_desktop.store.database import Store
from l2l_desktop.store.queries import last_contacts
from l2l_desktop.store.trend_queries import (
    Touched,
    checker_choices,
    done_days_of,
    first_record_day,
    week_people,
)


def _weeks_touched(days: Collection[date], first: date, last: date) -> list[tuple[date, date]]:
    """The parts of first..last in the weeks of ``days``: (from, to) for each week."""
    mondays = sorted({week_start(d) for d in days if first <= d <= last})
    return [(max(m, first), min(m + timedelta(days=6), last)) for m in mondays]


def patch_weeks(
    query: Callable[[date, date], list[Any]], first: date, last: date
) -> Callable[[list[Any], Touched], list[Any]]:
    """Mend a list of weekly rows (each its week's Monday first, or ``.week``): the weeks of
    the change read again."""

    def week(row: Any) -> date:
        return row.week if hasattr(row, "week") else row[0]

    def patch(old: list[Any], change: Touched) -> list[Any]:
        spans = _weeks_touched(change.days, first, last)
        if not spans:
            return old
        again = {week_start(a) for a, _ in spans}
        fresh = [row for a, b in spans for row in query(a, b)]
        return sorted([row for row in old if week(row) not in again] + fresh, key=week)

    return patch


def patch_done(store: Store, sql: str, as_of: date) -> Callable[[frozenset[date], Touched], Any]:
    def patch(old: frozenset[date], change: Touched) -> frozenset[date]:
        days = [d for d in change.days if d <= as_of]
        if not days:
            return old
        return (old - set(days)) | done_days_of(store, sql, as_of, days)

    return patch


def patch_days(
    query: Callable[[date, date], Any], first: date, last: date
) -> Callable[[Any, Touched], Any]:
    """Mend a day's rows (a list of (day, value), or a mapping by day): its days read again."""

    def patch(old: Any, change: Touched) -> Any:
        days = sorted(d for d in change.days if first <= d <= last)
        if not days:
            return old
        if isinstance(old, dict):
            kept = {d: v for d, v in old.items() if d not in days}
            for d in days:
                kept.update(query(d, d))
            return kept
        rows = [row for row in old if row[0] not in days]
        return sorted(rows + [row for d in days for row in query(d, d)])

    return patch


def patch_start(store: Store) -> Callable[[date | None, Touched], date | None]:
    def patch(old: date | None, change: Touched) -> date | None:
        if change.records != 1:  # a removal may leave a later first day
            return first_record_day(store)
        return min([*change.days, *([old] if old else [])])

    return patch


def patch_contacts(store: Store, as_of: date) -> Callable[[dict[str, date], Touched], Any]:
    """Each person's last contact, with the contacts on the change's days read again. Only
    someone whose last contact lay on one of those days and is no longer there (a removal,
    a record moved earlier or naming someone else) needs them all: then all are read."""

    def patch(old: dict[str, date], change: Touched) -> dict[str, date]:
        days = [d for d in change.days if d <= as_of]
        there = last_contacts(store, days)  # the latest contact on those days, as they are now
        touched = set(days)
        mended = dict(old)
        if any(day in touched and there.get(u, date.min) < day for u, day in old.items()):
            return {u: d for u, d in last_contacts(store).items() if d <= as_of}
        for uuid, day in there.items():
            if uuid not in mended or day > mended[uuid]:
                mended[uuid] = day
        return mended

    return patch


def patch_week_people(
    store: Store, first: date, last: date
) -> Callable[[dict[date, int], Touched], dict[date, int]]:
    def patch(old: dict[date, int], change: Touched) -> dict[date, int]:
        spans = _weeks_touched(change.days, first, last)
        again = {week_start(a) for a, _ in spans}
        mended = {w: n for w, n in old.items() if w not in again}
        for a, b in spans:
            mended.update(week_people(store, a, b))
        return mended

    return patch


def patch_checker(
    store: Store, first: date, last: date
) -> Callable[[list[tuple[str, str, int]], Touched], list[tuple[str, str, int]]]:
    """The checker's counts, with the one new question's choice added (none if it is not a
    question in the range, or had no verdict); read whole after an edit or a removal."""

    def patch(old: list[tuple[str, str, int]], change: Touched) -> list[tuple[str, str, int]]:
        if change.records != 1:  # the question's choice as it was is not known
            return checker_choices(store, first, last)
        counts = {(s, k): n for s, k, n in old}
        for s, k, n in checker_choices(store, first, last, change.uuids):
            counts[(s, k)] = counts.get((s, k), 0) + n
        return [(s, k, n) for (s, k), n in counts.items()]

    return patch
