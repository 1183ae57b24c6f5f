"""Fill an empty database with the synthetic demo history from :mod:`l2l_desktop.core.demo`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from l2l_desktop.core import demo
from l2l_desktop.core.dates import local_day
from l2l_desktop.store import queries, writes
from l2l_desktop.store.database import Store
from l2l_desktop.store.errors import KnownStoreError


class NotEmptyError(KnownStoreError):
    """Demo data goes only into a database that holds no records yet."""


@dataclass(frozen=True)
class DemoSummary:
    records: int
    first: date
    last: date


def fill_with_demo(store: Store, days: int, seed: int = 1, end: date | None = None) -> DemoSummary:
    """Write ``days`` days of demo history ending on ``end`` (default today), all or nothing."""
    if queries.holds_user_records(store):
        raise NotEmptyError("demo.not_empty", store.path)
    last = end or local_day()
    records = demo.generate(days, seed=seed, end=last)
    count = writes.save_many(store, records)
    return DemoSummary(count, last - timedelta(days=days - 1), last)
