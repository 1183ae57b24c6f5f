import os
import sqlite3
import stat
from dataclasses import replace
from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.retention import Retention
from l2l_desktop.store import CorruptDatabaseError, open_store, writes
from l2l_desktop.store.backup import (
    BackupCheckError,
    checked_backup,
    last_backup_time,
    list_backups,
    quick_check,
)


def test_checked_backup_is_a_private_consistent_copy(store):
    writes.save(store, r.Reflection(date(2026, 11, 20), learned="kept", rating=3))
    path = store.backup("manual")
    assert path.parent == store.backup_dir and path.name.startswith("l2l-")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert quick_check(path) == "ok"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT learned FROM reflection").fetchone()[0] == "kept"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert last_backup_time(store.backup_dir) is not None


def test_a_backup_prunes_what_the_retention_rule_does_not_keep(store, tmp_path):
    folder = store.backup_dir
    for i in range(5):  # five within the same day: every one of the last day is kept
        checked_backup(store.db.connection(), folder, f"r{i}")
    assert len(list_backups(folder)) == 5
    only_newest = Retention(hours=0, days=0, weeks=0, months=0)
    newest = checked_backup(store.db.connection(), folder, "r5", only_newest)
    assert list_backups(folder) == [newest]


def test_a_backup_that_fails_its_check_prunes_nothing(store, monkeypatch):
    first = store.backup("one")
    monkeypatch.setattr("l2l_desktop.store.backup.quick_check", lambda path: "page 2: broken")
    with pytest.raises(BackupCheckError):
        checked_backup(store.db.connection(), store.backup_dir, "two", Retention(0, 0, 0, 0))
    assert list_backups(store.backup_dir) == [first]


def test_backup_to_a_chosen_path(store, tmp_path):
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    assert store.backup("manual", dest=target) == target
    assert quick_check(target) == "ok"
    assert list_backups(store.backup_dir) == []


def test_corrupt_database_is_refused_untouched(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    store = open_store(path)
    writes.save_many(
        store,
        [r.Tell(date(2026, 1, 1), __import__("datetime").datetime(2026, 1, 1)) for _ in range(300)],
    )
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the first
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_store(path)
    assert path.read_bytes() == before


def test_empty_file_with_backups_is_damage_not_a_first_start(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    store = open_store(path)
    store.backup("start")
    store.close()
    path.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError, match="empty"):
        open_store(path)
    assert path.read_bytes() == b""


def test_backups_within_one_second_are_all_kept_newest_first(store, monkeypatch):
    from datetime import datetime

    from l2l_desktop.store import backup as backup_module

    frozen = datetime(2026, 11, 24, 10, 15, 0)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return frozen

    monkeypatch.setattr(backup_module, "datetime", Frozen)
    made = [store.backup("manual") for _ in range(3)]
    assert len(set(made)) == 3
    assert [p.name for p in made] == [
        "l2l-20261124-101500-manual.sqlite3",
        "l2l-20261124-101500-manual-2.sqlite3",
        "l2l-20261124-101500-manual-3.sqlite3",
    ]
    assert backup_module.list_backups(store.backup_dir)[:3] == made[::-1]


def test_a_backup_is_owed_only_when_the_records_changed_since_the_newest(store):
    assert store.changed_since_backup()  # no backup yet
    store.backup("start")
    assert not store.changed_since_backup()
    from l2l_desktop.store import drafts, preferences

    drafts.save_draft(store, "question-form", {"fields": {"text": "half"}})
    assert not store.changed_since_backup()  # a draft is not a change of the records
    saved = writes.save(store, r.Tell(date(2026, 11, 24), datetime(2026, 11, 24, 9), "x"))
    assert store.changed_since_backup()
    store.backup("quit")
    assert not store.changed_since_backup()
    writes.save(store, replace(saved, note="edited"))  # same count, a newer updated_at
    assert store.changed_since_backup()
    store.backup("quit")
    writes.delete(store, "tell", saved.uuid)
    assert store.changed_since_backup()
    store.backup("quit")
    preferences.set_practice_weekdays(store, {"pause": frozenset({0})})
    assert store.changed_since_backup()


def test_how_far_back_the_backups_reach_is_the_journals_choice(store):
    from l2l_desktop.store import preferences
    from l2l_desktop.store.backup import backup_name

    folder = store.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    # One backup on the 15th of each of the last 30 months (the newest of its month each).
    months = []
    for back in range(1, 31):
        year, month = divmod(now.year * 12 + now.month - 1 - back, 12)
        months.append(datetime(year, month + 1, 15, 12, 0))
    for made in months:
        (folder / backup_name("auto", made)).write_bytes(b"SQLite format 3\x00")
    assert preferences.backup_months(store) == 12  # the default: a year
    store.backup("manual")
    kept = {made for made in months if (folder / backup_name("auto", made)).exists()}
    # The rule keeps the newest of each of the 14 latest days that have one (the new backup's
    # and 13 old ones), of 8 weeks and of 12 months (the new one's and 11 old ones): the 13
    # latest old ones, the days being the longest reach here.
    assert kept == set(months[:13])
    preferences.set_backup_months(store, 36)
    for made in months:
        (folder / backup_name("auto", made)).write_bytes(b"SQLite format 3\x00")
    store.backup("manual")
    kept = {made for made in months if (folder / backup_name("auto", made)).exists()}
    assert kept == set(months)  # all thirty within three years
    with pytest.raises(ValueError):
        preferences.set_backup_months(store, 5)
