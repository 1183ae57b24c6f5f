import os
import sqlite3
import stat

import pytest

from l2l_desktop.store import (
    DatabaseTooNewError,
    ForeignDatabaseError,
    NotADatabaseError,
    open_store,
)
from l2l_desktop.store.inspect import inspect_file
from l2l_desktop.store.versions import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import schema_tables


def test_new_database_has_every_table_pragmas_and_mode(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    store = open_store(path)
    try:
        db = store.db
        assert set(schema_tables()) <= set(db.get_tables())
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        store.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    info = inspect_file(path)
    assert info.is_sqlite and info.user_version == SCHEMA_VERSION


def test_reopening_keeps_data_and_makes_no_backup(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    open_store(path).close()
    store = open_store(path)
    store.close()
    assert not (tmp_path / "backups").exists()


def test_zero_byte_file_is_a_fresh_start(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    path.touch()
    store = open_store(path)
    assert "question" in store.db.get_tables()
    store.close()


@pytest.mark.parametrize(
    "content",
    [
        b"hello, this is a text file\n" * 10,
        os.urandom(4096),
        b"SQLite format 3\x00" + b"\xff" * 200,
    ],
    ids=["text", "random", "bad-header"],
)
def test_not_a_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "l2l.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="untouched"):
        open_store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l2l.sqlite3"]


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_store(path)
    assert path.read_bytes() == before


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "l2l.sqlite3"
    store = open_store(path)
    store.db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before


def test_inspect_does_not_create_anything(tmp_path):
    path = tmp_path / "absent.sqlite3"
    assert not inspect_file(path).exists
    assert list(tmp_path.iterdir()) == []
