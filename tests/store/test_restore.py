"""Restoring a backup: the current file kept aside, a bad backup refused, a crash recovered."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.store import KnownStoreError, open_store, queries, restore, writes
from l2l_desktop.store.backup import list_backups
from l2l_desktop.store.versions import SCHEMA_VERSION


def learned_texts(store) -> list[str]:
    found = queries.reflections_between(store, date(2026, 1, 1), date(2026, 12, 31))
    return sorted(x.learned for x in found)


def make_history(data_dir: Path):
    """A database with one reflection, a backup of it, then a second reflection."""
    data_dir.mkdir()
    store = open_store(data_dir / "l2l.sqlite3")
    writes.save(store, r.Reflection(date(2026, 11, 20), learned="in the backup", rating=3))
    backup = store.backup("manual")
    writes.save(store, r.Reflection(date(2026, 11, 21), learned="only now", rating=4))
    return store, backup


def test_summary_counts_records_and_checks_the_file(tmp_path):
    store, backup = make_history(tmp_path / "d")
    store.close()
    summary = restore.summarize(backup)
    assert summary.usable and summary.verdict == "ok"
    assert summary.records == 1  # the reflection; the starter bank is not the user's
    assert summary.schema_version == SCHEMA_VERSION == 8
    assert abs((summary.made - datetime.now()).total_seconds()) < 120
    bad = backup.with_name("l2l-20260101-000000-auto.sqlite3")
    bad.write_bytes(os.urandom(8192))
    found = restore.summarize(bad)
    assert not found.usable and "not an L2L Desktop database" in found.verdict
    assert found.made == datetime(2026, 1, 1)
    assert [b.path for b in restore.backups_of(backup.parent)] == [backup, bad]
    assert restore.newest_good_backup(backup.parent).path == backup


def test_restore_keeps_the_current_file_aside(tmp_path):
    store, backup = make_history(tmp_path / "d")
    db = store.path
    store.close()
    assert db.with_name(db.name + "-wal").exists() is False  # closed cleanly: checkpointed
    before = db.read_bytes()
    aside = restore.restore_backup(backup, db)
    assert aside is not None and aside.name.startswith("l2l.sqlite3.replaced-")
    assert aside.read_bytes() == before  # the replaced database, byte for byte
    assert (db.stat().st_mode & 0o777) == 0o600
    reopened = open_store(db)
    try:
        assert learned_texts(reopened) == ["in the backup"]
    finally:
        reopened.close()
    kept = open_store(aside)
    try:
        assert learned_texts(kept) == ["in the backup", "only now"]
    finally:
        kept.close()
    assert list_backups(backup.parent)[-1] == backup  # the backup itself is still there


def test_wal_and_shm_of_the_replaced_database_move_with_it(tmp_path):
    store, backup = make_history(tmp_path / "d")
    db = store.path
    store.close()
    # As a crash would leave them: SQLite finds a WAL by the database's name plus "-wal".
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).write_bytes(b"left by a crash")
    aside = restore.restore_backup(backup, db)
    for suffix in ("-wal", "-shm"):
        assert not db.with_name(db.name + suffix).exists()
        assert aside.with_name(aside.name + suffix).read_bytes() == b"left by a crash"


def test_an_unusable_backup_is_refused_before_anything_moves(tmp_path):
    store, _ = make_history(tmp_path / "d")
    db = store.path
    store.close()
    before = db.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    with pytest.raises(KnownStoreError, match="cannot be restored"):
        restore.restore_backup(bad, db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["backups", "l2l.sqlite3"]


def test_a_restore_stopped_between_its_renames_is_finished_at_open(tmp_path):
    store, backup = make_history(tmp_path / "d")
    db = store.path
    store.close()
    staging = db.with_name(db.name + restore.RESTORING_SUFFIX)
    src = sqlite3.connect(backup)
    dst = sqlite3.connect(staging)
    src.backup(dst)
    src.close()
    dst.close()
    os.replace(db, restore.aside_path(db, "replaced"))  # the crash came after this rename
    reopened = open_store(db)
    try:
        assert learned_texts(reopened) == ["in the backup"]
    finally:
        reopened.close()
    assert not staging.exists()


def test_a_leftover_copy_beside_a_database_is_dropped(tmp_path):
    store, backup = make_history(tmp_path / "d")
    db = store.path
    store.close()
    staging = db.with_name(db.name + restore.RESTORING_SUFFIX)
    staging.write_bytes(backup.read_bytes())
    reopened = open_store(db)
    try:
        assert learned_texts(reopened) == ["in the backup", "only now"]
    finally:
        reopened.close()
    assert not staging.exists()


def test_aside_names_never_collide(tmp_path):
    db = tmp_path / "l2l.sqlite3"
    when = datetime(2026, 11, 24, 10, 15)
    first = restore.aside_path(db, "damaged", when)
    first.write_text("x")
    second = restore.aside_path(db, "damaged", when)
    assert first.name == "l2l.sqlite3.damaged-20261124-101500"
    assert second.name == "l2l.sqlite3.damaged-20261124-101500-2"
