"""Putting a backup back: the current file is kept aside (renamed, never deleted).

The backup is copied with SQLite's backup API into ``<db>.restoring`` beside the database and
checked; only then is the current database (with its ``-wal`` and ``-shm``) renamed aside and
the copy renamed into place. A crash between those two renames leaves no database but a
checked ``.restoring`` file, which :func:`finish_interrupted_restore` puts in place at the next
open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from l2l_desktop.store.backup import (
    FILE_MODE,
    backup_connection,
    list_backups,
    made_at,
    open_read_only,
    quick_check,
)
from l2l_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    KnownStoreError,
    NotADatabaseError,
)
from l2l_desktop.store.inspect import soundness
from l2l_desktop.words import Condition

RESTORING_SUFFIX = ".restoring"
# Tables that hold no record of the user's (counted out of a backup's record count).
_NOT_RECORDS = {"draft", "preference", "deletion"}


# What is wrong with a backup, in a few words (the file's path is shown beside it anyway).
_SHORT: dict[type[KnownStoreError], str] = {
    NotADatabaseError: "backup.not_ours",
    ForeignDatabaseError: "backup.foreign",
    DatabaseTooNewError: "backup.too_new",
}


@dataclass(frozen=True)
class BackupSummary:
    """One backup file, looked at read-only: when, how big, sound or not, how many records."""

    path: Path
    made: datetime
    size: int
    problem: Condition | None = None  # what is wrong with it, if anything
    schema_version: int = 0
    records: int = 0

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def verdict(self) -> str:
        """'ok', or what is wrong, in English."""
        return "ok" if self.problem is None else str(self.problem)


def summarize(path: Path) -> BackupSummary:
    """What ``path`` holds; never raises for a bad file (its problem says what is wrong)."""
    made, size = made_at(path), path.stat().st_size
    try:
        info, verdict = soundness(path)
    except KnownStoreError as exc:
        return BackupSummary(path, made, size, Condition(_SHORT.get(type(exc), "backup.unusable")))
    if verdict != "ok":
        return BackupSummary(path, made, size, Condition("backup.damaged", detail=verdict))
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as exc:
        return BackupSummary(path, made, size, Condition("backup.unreadable", detail=exc))
    try:
        tables = [
            t
            for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if t not in _NOT_RECORDS and not t.startswith(("sqlite_", "search_"))
        ]
        records = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
        if "bank_question" in tables:
            (builtin,) = conn.execute("SELECT count(*) FROM bank_question WHERE builtin").fetchone()
            records -= builtin
    except sqlite3.DatabaseError as exc:
        return BackupSummary(path, made, size, Condition("backup.damaged", detail=exc))
    finally:
        conn.close()
    return BackupSummary(path, made, size, None, info.user_version, records)


def backups_of(backup_dir: Path) -> list[BackupSummary]:
    """Every backup in ``backup_dir``, newest first, each checked."""
    return [summarize(p) for p in list_backups(backup_dir)]


def newest_good_backup(backup_dir: Path) -> BackupSummary | None:
    for path in list_backups(backup_dir):
        summary = summarize(path)
        if summary.usable:
            return summary
    return None


def aside_path(db_path: Path, reason: str, when: datetime | None = None) -> Path:
    """A free name beside the database, e.g. ``l2l.sqlite3.replaced-20261124-101500``."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = db_path.with_name(f"{db_path.name}.{reason}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = db_path.with_name(f"{db_path.name}.{reason}-{stamp}-{n}")
    return candidate


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_backup(
    backup: Path,
    db_path: Path,
    reason: str = "replaced",
    before_swap: Callable[[], None] | None = None,
) -> Path | None:
    """Make ``backup`` the database at ``db_path``; returns where the old file went (or None
    when there was none). Raises a :class:`KnownStoreError` when the backup is unusable,
    before anything is moved. The database must be closed by the time the files are renamed:
    ``before_swap`` is called just before, once the checked copy is ready."""
    summary = summarize(backup)
    if not summary.usable:
        raise CorruptDatabaseError(
            "restore.unusable", backup, backup=backup, verdict=summary.problem
        )
    staging = db_path.with_name(db_path.name + RESTORING_SUFFIX)
    source = open_read_only(backup)
    try:
        backup_connection(source, staging)
    finally:
        source.close()
    verdict = quick_check(staging)
    if verdict != "ok":
        staging.unlink(missing_ok=True)
        raise CorruptDatabaseError("restore.copy_failed", backup, backup=backup, verdict=verdict)
    if before_swap is not None:
        before_swap()
    aside = None
    if db_path.exists():
        aside = aside_path(db_path, reason)
        for suffix in ("-wal", "-shm"):  # a WAL belongs with its database, under its new name
            companion = db_path.with_name(db_path.name + suffix)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + suffix))
        os.replace(db_path, aside)
    os.replace(staging, db_path)
    os.chmod(db_path, FILE_MODE)
    _fsync_dir(db_path.parent)
    return aside


def finish_interrupted_restore(db_path: Path) -> bool:
    """At open: a restore that stopped between its two renames is completed. True if it was."""
    staging = db_path.with_name(db_path.name + RESTORING_SUFFIX)
    if not staging.exists():
        return False
    if db_path.exists():
        # The restore stopped before its renames: the database in place is the one to keep,
        # and the leftover is only a copy of a backup that is still there.
        staging.unlink()
        return False
    if quick_check(staging) != "ok":
        return False  # left for a person to look at; nothing is deleted
    os.replace(staging, db_path)
    _fsync_dir(db_path.parent)
    return True
