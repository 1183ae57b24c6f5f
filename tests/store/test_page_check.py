"""The check of every page begun early, on a thread of its own (store/page_check.py)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.store import CorruptDatabaseError, backup, open_store, writes
from l2l_desktop.store.errors import StorageConditionError
from l2l_desktop.store.page_check import PageCheck, early_check


def a_database(path):
    store = open_store(path)
    writes.save(store, r.Reflection(date(2026, 11, 20), learned="kept", rating=3))
    store.close()
    return path


def garble_a_table(path):
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 2] = os.urandom(4096)  # the second page: a table's root, not the schema
    path.write_bytes(bytes(data))


def test_a_sound_file_is_ok_and_a_damaged_one_is_not(tmp_path):
    db = a_database(tmp_path / "l2l.sqlite3")
    assert PageCheck(db).verdict() == "ok"
    garble_a_table(db)
    assert PageCheck(db).verdict() != "ok"


def test_open_waits_for_the_early_check_instead_of_checking_again(tmp_path, monkeypatch):
    db = a_database(tmp_path / "l2l.sqlite3")
    calls = []
    real = backup.quick_check
    monkeypatch.setattr(backup, "quick_check", lambda path: calls.append(path) or real(path))
    pages = PageCheck(db)
    open_store(db, pages=pages).close()
    assert calls == [db]  # once, on the early thread


def test_damage_found_early_stops_the_open_as_damage_found_then(tmp_path):
    db = a_database(tmp_path / "l2l.sqlite3")
    garble_a_table(db)
    with pytest.raises(CorruptDatabaseError):
        open_store(db, pages=PageCheck(db))


def test_a_check_of_another_file_is_not_taken_for_this_one(tmp_path):
    sound = a_database(tmp_path / "sound.sqlite3")
    damaged = a_database(tmp_path / "damaged.sqlite3")
    garble_a_table(damaged)
    with pytest.raises(CorruptDatabaseError):
        open_store(damaged, pages=PageCheck(sound))


def test_a_condition_of_the_machine_is_raised_where_the_verdict_is_asked(tmp_path, monkeypatch):
    db = a_database(tmp_path / "l2l.sqlite3")

    def full(path):
        raise StorageConditionError("open.condition", path, condition="the disk is full")

    monkeypatch.setattr(backup, "quick_check", full)
    pages = PageCheck(db)
    with pytest.raises(StorageConditionError):
        pages.verdict()


def test_nothing_to_check_before_the_first_start(tmp_path):
    assert early_check(tmp_path / "absent.sqlite3") is None
    (tmp_path / "empty.sqlite3").touch()
    assert early_check(tmp_path / "empty.sqlite3") is None
    assert early_check(a_database(tmp_path / "l2l.sqlite3")) is not None


def test_no_early_look_at_a_file_the_open_refuses_without_reading(tmp_path):
    import sqlite3

    foreign = tmp_path / "theirs.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
    assert early_check(foreign) is None  # another program's: refused from its header
    assert not list(tmp_path.glob("theirs.sqlite3-*"))  # not even opened: no -shm, no -wal
    # (A file the app may not write: tests/reliability/test_unprivileged.py, as another user.)
