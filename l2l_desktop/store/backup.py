"""Copies of the database made with SQLite's online backup API (never a plain file copy)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

FILE_MODE = 0o600


def backup_connection(source: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of the open database ``source`` to ``dest`` (mode 0600)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(dest.name + ".part")
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
    return dest


def backup_name(reason: str, when: datetime | None = None) -> str:
    """A file name for a backup that sorts by time, e.g. ``l2l-20261124-221500-before-v2``."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"l2l-{stamp}-{reason}.sqlite3"


KEEP_BACKUPS = 14
BACKUP_GLOB = "l2l-*.sqlite3"


class BackupCheckError(Exception):
    """A backup copy failed its integrity check; it was removed and nothing was pruned."""


def quick_check(path: Path) -> str:
    """SQLite's ``PRAGMA quick_check`` on the file at ``path``, read-only: 'ok' when sound."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows[:5])


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups in ``backup_dir``, newest first (their names sort by time)."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(BACKUP_GLOB), key=lambda p: p.name, reverse=True)


def checked_backup(
    source: sqlite3.Connection,
    backup_dir: Path,
    reason: str = "auto",
    keep: int = KEEP_BACKUPS,
    dest: Path | None = None,
) -> Path:
    """A backup that passed ``quick_check``; then only the newest ``keep`` are kept.

    With ``dest`` the copy goes there instead and nothing is pruned.
    """
    target = dest or backup_dir / backup_name(reason)
    if dest is None and target.exists():  # two within one second: keep both
        target = target.with_name(target.stem + f"-{os.getpid()}" + target.suffix)
    backup_connection(source, target)
    verdict = quick_check(target)
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise BackupCheckError(f"The backup failed its check ({verdict}); older ones were kept.")
    if dest is None:
        for old in list_backups(backup_dir)[keep:]:
            old.unlink(missing_ok=True)
    return target


def last_backup_time(backup_dir: Path) -> datetime | None:
    """When the newest backup was written (local time), or None."""
    backups = list_backups(backup_dir)
    if not backups:
        return None
    return datetime.fromtimestamp(backups[0].stat().st_mtime)
