"""Copies of the database made with SQLite's online backup API (never a plain file copy)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from l2l_desktop.core.retention import Retention, to_keep
from l2l_desktop.paths import make_private_dirs
from l2l_desktop.store.errors import raise_if_condition
from l2l_desktop.words import Worded

FILE_MODE = 0o600
PART_SUFFIX = ".part"
# A partial copy this old was left by a process killed midway (a backup takes well under a
# second), never one still being written.
STALE_PART_SECONDS = 600


def backup_connection(source: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of the open database ``source`` to ``dest`` (mode 0600).

    The copy is written to ``dest.part`` and renamed only when complete; a copy that fails
    (a full disk, say) removes its partial file.
    """
    make_private_dirs(dest.parent)
    tmp = dest.with_name(dest.name + PART_SUFFIX)
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        leftover.unlink(missing_ok=True)  # a killed copy's: its journal must not roll into this
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
        os.close(fd)
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, dest)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return dest


def remove_stale_parts(backup_dir: Path, older_than: float = STALE_PART_SECONDS) -> int:
    """Remove what copies killed midway left in ``backup_dir`` (``l2l-*.part`` and its
    ``-journal``), once ``older_than`` seconds old: a younger one may be another process's copy
    in progress. Returns how many files went."""
    if not backup_dir.is_dir():
        return 0
    removed = 0
    limit = time.time() - older_than
    for leftover in backup_dir.glob(f"{BACKUP_GLOB}{PART_SUFFIX}*"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
                removed += 1
        except FileNotFoundError:  # another process cleared it first
            continue
    return removed


def backup_name(reason: str, when: datetime | None = None) -> str:
    """A file name for a backup that sorts by time, e.g. ``l2l-20261124-221500-before-v2``."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"l2l-{stamp}-{reason}.sqlite3"


BACKUP_GLOB = "l2l-*.sqlite3"
PINNED = "before-v"  # a backup taken before a schema upgrade is always kept


class BackupCheckError(Worded, Exception):
    """A backup copy failed its integrity check; it was removed and nothing was pruned."""

    def __init__(self, verdict: str) -> None:
        super().__init__(verdict)
        self.code, self.values = "backup.check_failed", {"verdict": verdict}


class ReadOnlyWalError(Worded, sqlite3.OperationalError):
    """A WAL database in a folder that cannot be written, with changes still in its WAL."""

    def __init__(self, folder: Path, wal: str) -> None:
        super().__init__(wal)
        self.code, self.values = "read_only_wal", {"folder": folder, "wal": wal}


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path`` that also works in a read-only folder.

    ``mode=ro`` must create the ``-shm`` index of a WAL database, which a read-only folder
    forbids. With no WAL content left over, the file alone is the whole database and nothing
    can change it, so it is read as immutable. With WAL content, :class:`ReadOnlyWalError`.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise ReadOnlyWalError(path.parent, wal.name)
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def quick_check(path: Path) -> str:
    """SQLite's ``PRAGMA quick_check`` on the file at ``path``, read-only: 'ok' when sound,
    else what it found. A condition of the machine that keeps it from looking (a full disk)
    is raised as :class:`~l2l_desktop.store.errors.StorageConditionError`, not returned as a
    finding: it says nothing of the file."""
    try:
        conn = open_read_only(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise_if_condition(exc, path)
        return str(exc)
    return "; ".join(str(r[0]) for r in rows[:5])


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups in ``backup_dir``, newest first (their names sort by time)."""
    if not backup_dir.is_dir():
        return []

    def made(path: Path) -> tuple[str, int]:
        # The name's time to the second, then the file's own time within that second.
        try:
            return path.name[:19], path.stat().st_mtime_ns
        except FileNotFoundError:
            return path.name[:19], 0

    return sorted(backup_dir.glob(BACKUP_GLOB), key=made, reverse=True)


def made_at(path: Path) -> datetime:
    """When a backup was made: the time in its name (local), else the file's own time."""
    parts = path.stem.split("-")  # l2l-YYYYMMDD-HHMMSS-reason
    try:
        return datetime.strptime(f"{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S")
    except (IndexError, ValueError):
        return datetime.fromtimestamp(path.stat().st_mtime)


def _pinned(path: Path) -> bool:
    parts = path.stem.split("-", 3)  # l2l, day, time, reason
    return len(parts) == 4 and parts[3].startswith(PINNED)


def prune(
    backup_dir: Path, rule: Retention | None = None, now: datetime | None = None
) -> list[Path]:
    """Remove the backups the retention rule does not keep (core.retention); those removed."""
    backups = list_backups(backup_dir)
    dated = [(p, made_at(p), _pinned(p)) for p in backups]
    keep = to_keep(dated, now or datetime.now(), rule)
    removed = [p for p in backups if p not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def checked_backup(
    source: sqlite3.Connection,
    backup_dir: Path,
    reason: str = "auto",
    rule: Retention | None = None,
    dest: Path | None = None,
    check: Callable[[Path], str] | None = None,
) -> Path:
    """A backup that passed ``check`` (``quick_check``, or more: the store checks the schema
    too); then the backups the retention ``rule`` does not keep are removed. A copy that
    fails is removed, and nothing pruned.

    With ``dest`` the copy goes there instead and nothing is pruned.
    """
    if dest is None:
        remove_stale_parts(backup_dir)
    target = dest or backup_dir / backup_name(reason)
    n = 1
    while dest is None and target.exists():  # more than one within a second: keep them all
        n += 1
        target = backup_dir / backup_name(f"{reason}-{n}")
    backup_connection(source, target)
    verdict = (check or quick_check)(target)
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise BackupCheckError(verdict)
    if dest is None:
        prune(backup_dir, rule)
    return target


def last_backup_time(backup_dir: Path) -> datetime | None:
    """When the newest backup was written (local time), or None."""
    backups = list_backups(backup_dir)
    if not backups:
        return None
    return datetime.fromtimestamp(backups[0].stat().st_mtime)
