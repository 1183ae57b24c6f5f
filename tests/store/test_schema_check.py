"""A damaged schema (a table, a column or an index gone) is found by check, at the open, by a
backup and in the list of backups, never taken for a sound database (issue 10, item 3)."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.store import CorruptDatabaseError, open_store, writes
from l2l_desktop.store.backup import BackupCheckError, list_backups
from l2l_desktop.store.restore import summarize
from l2l_desktop.store.verify import schema_problems, verdict_of
from tests.conftest import run_cli

DAMAGE = {
    "a dropped table": ("DROP TABLE draft", "table draft is missing"),
    "another dropped table": ("DROP TABLE preference", "table preference is missing"),
    "a dropped record table": ("DROP TABLE question", "table question is missing"),
    # (a column the search triggers do not read: SQLite refuses to drop one they do)
    "a dropped column": ("ALTER TABLE question DROP COLUMN asked_at", "question.asked_at"),
    "a dropped index": ("DROP INDEX question_day", "index question_day is missing"),
    "a table of someone else's": ("CREATE TABLE notes (x)", "table notes is not one of the app's"),
}


def made(folder: Path) -> Path:
    """A database of today's schema with a record in it, closed."""
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / "l2l.sqlite3")
    writes.save(store, r.Reflection(date(2026, 11, 24), learned="kept", rating=4))
    store.close()
    return folder / "l2l.sqlite3"


def damage(path: Path, sql: str) -> str:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_database_has_the_declared_schema(tmp_path):
    path = made(tmp_path / "data")
    assert verdict_of(path) == "ok"
    conn = sqlite3.connect(path)
    try:
        assert schema_problems(conn) == []
    finally:
        conn.close()


@pytest.mark.parametrize("what", list(DAMAGE))
def test_damage_to_the_schema_is_found_and_the_file_left_as_it_was(tmp_path, what):
    sql, finding = DAMAGE[what]
    data = tmp_path / "data"
    path = made(data)
    before = damage(path, sql)
    assert finding in verdict_of(path)

    checked = run_cli(tmp_path, "check", "--data-dir", str(data))
    assert checked.returncode == 2 and finding in checked.stderr, checked
    with pytest.raises(CorruptDatabaseError, match="schema is not the app's"):
        open_store(path)
    backed = run_cli(tmp_path, "backup", "--data-dir", str(data))
    assert backed.returncode == 2 and "Traceback" not in backed.stderr, backed
    started = run_cli(tmp_path, "--data-dir", str(data))  # the app, with no screen to ask on
    assert started.returncode == 2, started
    assert finding in started.stderr and "Traceback" not in started.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert list_backups(data / "backups") == []  # nothing copied it into the backups


def test_a_backup_of_a_schema_damaged_while_open_is_not_kept(tmp_path):
    data = tmp_path / "data"
    path = made(data)
    store = open_store(path)
    try:
        kept = store.backup("before")
        other = sqlite3.connect(path)  # the damage comes from outside the app
        other.execute("DROP TABLE preference")
        other.commit()
        other.close()
        with pytest.raises(BackupCheckError, match="table preference is missing"):
            store.backup("after")
        assert list_backups(data / "backups") == [kept]
    finally:
        store.close()


def test_the_backup_list_marks_a_backup_whose_schema_is_damaged(tmp_path):
    data = tmp_path / "data"
    path = made(data)
    store = open_store(path)
    try:
        copy = store.backup("manual")
    finally:
        store.close()
    assert summarize(copy).usable
    damage(copy, "DROP TABLE draft")
    summary = summarize(copy)
    assert not summary.usable and "table draft is missing" in summary.verdict


def test_the_stored_structure_is_what_the_declarations_make():
    from l2l_desktop.store import declared_schema
    from l2l_desktop.store.verify import build_declared, declared, frozen_source
    from l2l_desktop.store.versions import SCHEMA_VERSION

    assert declared_schema.SCHEMA_VERSION == SCHEMA_VERSION
    assert declared() is declared_schema.STRUCTURE
    run = "run: python -m l2l_desktop.store.verify > l2l_desktop/store/declared_schema.py"
    assert build_declared() == declared_schema.STRUCTURE, run
    assert Path(declared_schema.__file__).read_text(encoding="utf-8") == frozen_source(), run
