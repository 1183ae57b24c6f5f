from datetime import date

import pytest

from l2l_desktop.store import queries
from l2l_desktop.store.demo import NotEmptyError, fill_with_demo


def test_fill_writes_every_kind_into_an_empty_store(store):
    summary = fill_with_demo(store, 90, seed=2, end=date(2026, 11, 24))
    assert summary.first == date(2026, 8, 27) and summary.last == date(2026, 11, 24)
    counts = queries.record_counts(store)
    assert sum(counts.values()) > summary.records  # child rows come on top
    for table in ("intention", "question", "tell", "gemba_visit", "reflection", "person"):
        assert counts[table] > 0, table


def test_fill_refuses_a_store_with_records(store):
    fill_with_demo(store, 10, end=date(2026, 11, 24))
    before = queries.record_counts(store)
    with pytest.raises(NotEmptyError, match="nothing was changed"):
        fill_with_demo(store, 10, seed=5, end=date(2026, 11, 24))
    assert queries.record_counts(store) == before
