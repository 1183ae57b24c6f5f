"""Reading without peewee (store/reading.py): the look before a read-only command, in a time
that does not grow with the history, finds what open_store finds or hands over to it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.store import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotADatabaseError,
    open_store,
    writes,
)
from l2l_desktop.store.inspect import cut_short, inspect_file
from l2l_desktop.store.reading import open_for_reading, people, reading
from tests.fixture_dbs import copy_fixture

DAY = date(2026, 11, 2)
AT = datetime(2026, 11, 2, 9)


def closed_database(folder: Path, tells: int = 1) -> Path:
    """A database of today's schema holding ``tells`` tells, closed (no WAL left)."""
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / "l2l.sqlite3")
    writes.save_many(store, [r.Tell(DAY, AT, f"told them {n} " + "x" * 300) for n in range(tells)])
    store.close()
    path = folder / "l2l.sqlite3"
    assert not path.with_name("l2l.sqlite3-wal").exists()
    return path


def test_a_sound_database_is_opened_read_only(tmp_path):
    path = closed_database(tmp_path / "data")
    conn = open_for_reading(path)
    assert conn is not None
    with reading(conn, path):
        assert conn.execute("SELECT count(*) FROM tell").fetchone() == (1,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM tell")


def test_what_needs_more_than_a_look_is_left_to_open_store(tmp_path):
    older = copy_fixture(5, tmp_path / "v5" / "l2l.sqlite3")
    before = older.read_bytes()
    assert open_for_reading(older) is None  # an upgrade (with its backup) is open_store's
    assert older.read_bytes() == before
    assert open_for_reading(tmp_path / "none" / "l2l.sqlite3") is None
    empty = tmp_path / "empty" / "l2l.sqlite3"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    assert open_for_reading(empty) is None  # open_store tells a first start from damage
    restoring = closed_database(tmp_path / "restoring")
    restoring.with_name("l2l.sqlite3.restoring").write_bytes(b"a copy")
    assert open_for_reading(restoring) is None  # a restore left halfway is finished there


def test_files_that_must_not_be_opened_are_refused_as_open_store_refuses_them(tmp_path):
    text = tmp_path / "text.sqlite3"
    text.write_text("Monday: three open questions.\n" * 50, encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        open_for_reading(text)
    newer = closed_database(tmp_path / "newer")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNewError):
        open_for_reading(newer)
    dropped = closed_database(tmp_path / "dropped")
    conn = sqlite3.connect(dropped)
    conn.execute("DROP TABLE draft")
    conn.commit()
    conn.close()
    with pytest.raises(CorruptDatabaseError, match="table draft is missing"):
        open_for_reading(dropped)


def test_a_file_cut_short_is_damage_unless_a_wal_may_hold_its_end(tmp_path):
    path = closed_database(tmp_path / "data", tells=200)
    whole = path.stat().st_size
    page = 4096  # SQLite's default page size, the one the app uses
    assert inspect_file(path).header_size == whole
    path.write_bytes(path.read_bytes()[: whole - 3 * page])
    info = inspect_file(path)
    assert info.header_size == whole and info.size == whole - 3 * page
    assert cut_short(path, info) == (
        f"the file is {whole - 3 * page:,} bytes long, but its header counts {whole:,}: "
        f"its end is missing"
    )
    with pytest.raises(CorruptDatabaseError, match="its end is missing"):
        open_for_reading(path)
    with pytest.raises(CorruptDatabaseError, match="its end is missing"):
        open_store(path, every_page=False)
    # A WAL with frames beside it may still hold those pages (a checkpoint that stopped
    # halfway): the length alone is no verdict then.
    path.with_name("l2l.sqlite3-wal").write_bytes(b"\0" * 32)
    assert cut_short(path, inspect_file(path)) is None


def test_damage_met_while_reading_is_told_as_damage(tmp_path):
    path = closed_database(tmp_path / "data", tells=200)
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tell'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * 4096
    data[start : start + 4096] = b"\xa5" * 4096  # the tell table's root page, garbled
    path.write_bytes(bytes(data))
    conn = open_for_reading(path)  # the look reads the schema, not every page
    assert conn is not None
    with pytest.raises(CorruptDatabaseError, match="is damaged"), reading(conn, path):
        conn.execute("SELECT note FROM tell").fetchall()


def test_people_are_listed_as_the_journal_lists_them(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    store = open_store(folder / "l2l.sqlite3")
    made = [writes.save(store, r.Person(name)) for name in ("zoë", "Ana", "bruno", "ana")]
    store.close()
    conn = open_for_reading(folder / "l2l.sqlite3")
    assert conn is not None
    with reading(conn, folder / "l2l.sqlite3"):
        listed = people(conn)
    # By name whatever the case, the one stored first first among equals.
    zoe, ana, bruno, ana2 = made
    assert listed == [(ana.uuid, "Ana"), (ana2.uuid, "ana"), (bruno.uuid, "bruno"),
                      (zoe.uuid, "zoë")]  # fmt: skip
