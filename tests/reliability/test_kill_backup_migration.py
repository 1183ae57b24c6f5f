"""SIGKILL in the middle of a backup or of a schema upgrade loses nothing.

A child process backs up (or upgrades) a database and is killed at random moments; after each
kill the database is sound and complete, every file with a backup's name is a complete copy,
and the next start finishes the job.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from l2l_desktop.store import migrations, open_store, queries, versions
from l2l_desktop.store.backup import (
    BACKUP_GLOB,
    STALE_PART_SECONDS,
    backup_connection,
    checked_backup,
    list_backups,
)
from l2l_desktop.store.demo import fill_with_demo
from tests.conftest import PROJECT_ROOT, schema_tables
from tests.fixture_dbs import (
    copy_fixture,
    dump,
    expected_tables,
    fixture_path,
    integrity,
    missing_or_changed,
    read_only,
    table_names,
)

BACKUP_KILLS = 15
MIGRATION_KILLS = 16
RECORD_TABLES = schema_tables(records_only=True)
ENV = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}

BACKUP_CHILD = r"""
import sys
from pathlib import Path
from l2l_desktop.store import open_store
store = open_store(Path(sys.argv[1]))
while True:
    print(store.backup("auto").name, flush=True)   # printed once the checked copy is in place
"""


def _uuids(path: Path) -> dict[str, set[str]]:
    with read_only(path) as conn:
        return {t: {u for (u,) in conn.execute(f'SELECT uuid FROM "{t}"')} for t in RECORD_TABLES}


def _counts(path: Path) -> dict[str, int]:
    with read_only(path) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in RECORD_TABLES}


def _quick_check(path: Path) -> str:
    with read_only(path) as conn:
        return conn.execute("PRAGMA quick_check").fetchone()[0]


def _kill_at_random(child: subprocess.Popen[str], rng: random.Random, longest: float) -> str:
    """Wait for the child's first line, kill it a random moment later; all it printed."""
    first = child.stdout.readline() if child.stdout else ""
    if not first:
        child.kill()
        _, err = child.communicate(timeout=30)
        pytest.fail(f"the child printed nothing: {err}")
    time.sleep(rng.uniform(0.0, longest))
    child.send_signal(signal.SIGKILL)
    rest, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err
    return first + rest


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with a few thousand records: a backup of it takes some milliseconds."""
    path = tmp_path_factory.mktemp("big") / "l2l.sqlite3"
    store = open_store(path)
    try:
        fill_with_demo(store, 900, seed=7, end=date(2026, 11, 24))
        assert queries.user_record_count(store) > 3000
    finally:
        store.close()
    return path


def test_kill_during_backups_leaves_the_database_and_every_backup_whole(big_database, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "l2l.sqlite3"
    # The backup API gives a consistent copy of the big database to start from.
    source = sqlite3.connect(big_database)
    backup_connection(source, db)
    source.close()
    records = _uuids(db)
    counts = _counts(db)
    backups = data / "backups"
    rng = random.Random(20261125)
    made = 0
    copies_checked = 0
    kills_inside_a_copy = 0
    partial: set[str] = set()
    for run in range(BACKUP_KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", BACKUP_CHILD, str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=ENV,
            text=True,
        )
        # The first line means the store opened and one backup completed; then a random kill.
        printed = _kill_at_random(child, rng, 0.08)
        made += len(printed.split())

        assert integrity(db) == "ok", f"run {run}"
        assert _uuids(db) == records, f"run {run}: records lost"
        for copy in list_backups(backups):
            assert _quick_check(copy) == "ok", f"run {run}: {copy.name} is not a whole copy"
            assert _counts(copy) == counts, f"run {run}: {copy.name} is missing records"
            copies_checked += 1
        leftovers = {p.name for p in backups.iterdir() if not p.match(BACKUP_GLOB)}
        assert all(".part" in name for name in leftovers), leftovers
        kills_inside_a_copy += any(name.endswith(".part") for name in leftovers - partial)
        partial = leftovers

    # What a kill inside a copy left is ours to clear: the next backup removes it once stale.
    parts = [p for p in backups.iterdir() if ".part" in p.name]
    long_ago = time.time() - STALE_PART_SECONDS - 60
    for part in parts:
        os.utime(part, (long_ago, long_ago))
    store = open_store(db)
    try:
        newest = store.backup("auto")
    finally:
        store.close()
    assert _counts(newest) == counts
    assert [p.name for p in backups.iterdir() if ".part" in p.name] == []
    assert _uuids(db) == records
    print(
        f"\n{BACKUP_KILLS} kills during backups ({kills_inside_a_copy} inside a copy, "
        f"{len(parts)} partial files cleared afterwards), {made} backups acknowledged, "
        f"{copies_checked} backup files checked, {sum(counts.values())} records checked "
        f"after every kill, 0 lost"
    )


def test_a_stale_partial_backup_is_removed_and_a_fresh_one_is_left(store):
    folder = store.backup_dir
    folder.mkdir(mode=0o700)
    stale = [folder / "l2l-20260101-120000-auto.sqlite3.part"]
    stale.append(stale[0].with_name(stale[0].name + "-journal"))
    fresh = folder / "l2l-20260101-120001-auto.sqlite3.part"  # another process's, in progress
    for path in [*stale, fresh]:
        path.write_bytes(b"half a copy")
    long_ago = time.time() - STALE_PART_SECONDS - 1
    for path in stale:
        os.utime(path, (long_ago, long_ago))
    made = checked_backup(store.db.connection(), folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, fresh.name])


def test_a_failed_copy_leaves_no_partial_file(tmp_path):
    class Closed:
        def backup(self, target: sqlite3.Connection) -> None:
            target.execute("CREATE TABLE t (x)")  # some pages are written, then it fails
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(sqlite3.OperationalError):
        backup_connection(Closed(), tmp_path / "out" / "copy.sqlite3")  # type: ignore[arg-type]
    assert list((tmp_path / "out").iterdir()) == []


MIGRATION_CHILD = r"""
import random, sys, time
from pathlib import Path
from l2l_desktop.store import migrations, open_store

rng = random.Random(int(sys.argv[2]))
target = int(sys.argv[3])  # the step to be killed in (its sleep outlasts any delay), or 0

def slowed(version, step):
    def run(db):
        time.sleep(rng.uniform(0.0, 0.02))
        step(db)
        print(f"step {version} written", flush=True)  # inside the step's transaction
        time.sleep(30 if version == target else rng.uniform(0.05, 0.1))
    return run

migrations.STEPS = {v: slowed(v, s) for v, s in migrations.STEPS.items()}
print("start", flush=True)
store = open_store(Path(sys.argv[1]))
print("done", flush=True)
time.sleep(60)
"""


def _state(path: Path) -> tuple[int, set[str]]:
    with read_only(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0], table_names(conn)


def _expected_tables_at(version: int) -> set[str]:
    if version == versions.SCHEMA_VERSION:
        return set(schema_tables())
    index = {t for t in schema_tables() if t.startswith("search_")}  # from version 5 on
    return set(expected_tables(version)) | (index if version >= 5 else set())


def _bank_uuids(path: Path) -> set[str]:
    with read_only(path) as conn:
        return {u for (u,) in conn.execute("SELECT uuid FROM bank_question")}


# A kill at a random moment, or inside the transaction of each step from version 1.
TARGETS = (0, *range(2, versions.SCHEMA_VERSION + 1))


def test_kill_during_an_upgrade_leaves_a_whole_version_and_the_next_start_finishes(tmp_path):
    rng = random.Random(20261126)
    fixture = dump(fixture_path(1))
    v1_bank = _bank_uuids(fixture_path(1))
    landed: Counter[str] = Counter()
    checked = 0
    for run in range(MIGRATION_KILLS):
        data = tmp_path / f"run{run}"
        db = copy_fixture(1, data / "l2l.sqlite3")
        target = TARGETS[run % len(TARGETS)]  # 0: a random moment; n: inside step n
        child = subprocess.Popen(
            [sys.executable, "-c", MIGRATION_CHILD, str(db), str(run), str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=ENV,
            text=True,
        )
        assert child.stdout is not None
        if target == 0:
            printed = _kill_at_random(child, rng, 0.3)
        else:
            printed = ""
            while f"step {target} written" not in printed:
                line = child.stdout.readline()
                assert line, child.communicate(timeout=30)[1]
                printed += line
            time.sleep(rng.uniform(0.0, 0.03))
            child.send_signal(signal.SIGKILL)
            rest, err = child.communicate(timeout=30)
            assert child.returncode == -signal.SIGKILL, err
            printed += rest

        assert integrity(db) == "ok", f"run {run}"
        version, tables = _state(db)
        assert version in set(range(1, versions.SCHEMA_VERSION + 1)), f"run {run}"
        assert tables == _expected_tables_at(version), f"run {run}: half a step at {version}"
        bank = _bank_uuids(db)
        assert (bank == v1_bank) if version == 1 else (bank > v1_bank), f"run {run}: bank"
        assert missing_or_changed(db, 1) == [], f"run {run}"
        copies = list_backups(data / "backups")
        for copy in copies:  # a backup is the old version, whole
            assert dump(copy) == fixture, f"run {run}: {copy.name}"
        if target:
            assert version == target - 1, f"run {run}: the step's transaction was not undone"
        if "done" in printed:
            where = "after the upgrade"
        elif any(".part" in p.name for p in (data / "backups").glob("*")):
            where = "inside the backup"
        elif not copies:
            where = "before the backup"
        elif f"step {version + 1} written" in printed:
            where = f"inside step {version + 1}"
        else:
            where = f"between steps, at version {version}"
        landed[where] += 1

        # The next start finishes the upgrade with every record.
        store = open_store(db)
        try:
            assert migrations.user_version(store.db) == versions.SCHEMA_VERSION
        finally:
            store.close()
        assert integrity(db) == "ok"
        assert missing_or_changed(db, 1) == [], f"run {run}: after the next start"
        assert _state(db)[1] == set(schema_tables())
        checked += sum(len(rows) for rows in expected_tables(1).values())
    for step in TARGETS[1:]:
        assert landed[f"inside step {step}"] >= MIGRATION_KILLS // len(TARGETS)
    print(
        f"\n{MIGRATION_KILLS} kills during upgrades from version 1 "
        f"({dict(sorted(landed.items()))}), {checked} rows checked after the next start, 0 lost"
    )
