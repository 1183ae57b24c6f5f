"""A full disk, a read-only database, a lock: told in plain words, nothing half-written,
the text still in the form."""

from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.store import queries, writes
from l2l_desktop.store.errors import StorageWriteError


def fill_the_disk(store):
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages + 1}")


def test_full_disk_rolls_back_and_says_so(store):
    fill_the_disk(store)
    visit = r.GembaVisit(
        date(2026, 11, 24),
        "Dock",
        "See it",
        observed="x" * 15_000,
        follow_ups=tuple(r.FollowUp("y" * 10_000) for _ in range(5)),
    )
    with pytest.raises(StorageWriteError, match="disk is full"):
        writes.save(store, visit)
    assert queries.visits_matching(store) == []
    assert queries.user_record_count(store) == 0


def test_read_only_database_says_so(store):
    store.db.execute_sql("PRAGMA query_only = 1")
    with pytest.raises(StorageWriteError, match="read-only"):
        writes.save(store, r.Tell(date(2026, 11, 24), datetime(2026, 11, 24, 12)))
    store.db.execute_sql("PRAGMA query_only = 0")
    assert queries.user_record_count(store) == 0


def test_the_form_keeps_its_text_when_the_disk_is_full(make_window, store, qtbot):
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(3)
    tab = window.reflection
    words = "What I learned today, " * 700
    tab.learned.setPlainText(words)
    tab.rating.buttons[3].setChecked(True)
    fill_the_disk(store)
    assert not tab.save()
    assert "disk is full" in tab.status.text()
    assert tab.learned.value() == words
    assert window.journal.daily_reflection(window.journal.today()) is None
    store.db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert tab.save()
    assert window.journal.daily_reflection(window.journal.today()).learned == words
