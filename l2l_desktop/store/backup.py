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
