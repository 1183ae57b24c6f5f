"""Opening the database: look first without touching, then open with pragmas and migrate."""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError, SqliteDatabase

from l2l_desktop.store import migrations
from l2l_desktop.store.backup import ReadOnlyWalError, open_read_only, quick_check
from l2l_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    NotADatabaseError,
    ReadOnlyFolderError,
    known_write_error,
)
from l2l_desktop.store.models import MODELS

SQLITE_MAGIC = b"SQLite format 3\x00"
FILE_MODE = 0o600
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed save survives a power cut
    "busy_timeout": 5000,
}


@dataclass(frozen=True)
class FileInfo:
    """What the database file is, read without changing anything."""

    exists: bool
    size: int = 0
    is_sqlite: bool = False
    user_version: int = 0
    application_id: int = 0
    table_count: int = 0


def inspect_file(path: Path) -> FileInfo:
    """Read the header (and, if needed, the schema through a read-only connection)."""
    if not path.exists():
        return FileInfo(exists=False)
    size = path.stat().st_size
    if size == 0:
        return FileInfo(exists=True, size=0)
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return FileInfo(exists=True, size=size)
    (version,) = struct.unpack(">I", header[60:64])
    (app_id,) = struct.unpack(">I", header[68:72])
    try:
        # A read-only look: sees what a crash left in the WAL, and counts the tables.
        conn = open_read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            conn.close()
    except ReadOnlyWalError as exc:
        raise ReadOnlyFolderError(
            f"The database {path} cannot be read: {exc}. It was left untouched; make the "
            f"folder writable and try again.",
            path,
        ) from exc
    except sqlite3.DatabaseError:
        return FileInfo(exists=True, size=size)  # the header looks right, the content does not
    return FileInfo(True, size, True, int(version), int(app_id), int(tables))


class Store:
    """An open database. Store functions take it as their first argument."""

    def __init__(self, db: SqliteDatabase, path: Path) -> None:
        self.db = db
        self.path = path

    def atomic(self):
        """One transaction (nested calls become savepoints)."""
        return self.db.atomic()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction. A full disk, a read-only folder or a lock becomes a
        :class:`~l2l_desktop.store.errors.StorageWriteError`, the transaction rolled back."""
        try:
            with self.db.atomic():
                yield
        except (OperationalError, PeeweeDatabaseError, sqlite3.OperationalError) as exc:
            # When SQLite gives up on a full disk it rolls back by itself, and peewee's own
            # ROLLBACK then fails: the cause is further down the chain.
            cause: BaseException | None = exc
            known = None
            while cause is not None and known is None:
                known = known_write_error(cause)  # type: ignore[arg-type]
                cause = cause.__context__
            if known is None:
                raise
            raise known from exc

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, reason: str = "auto", dest: Path | None = None) -> Path:
        """A checked backup made with SQLite's backup API (the newest 14 are kept)."""
        from l2l_desktop.store.backup import checked_backup

        return checked_backup(self.db.connection(), self.backup_dir, reason, dest=dest)

    def quick_check(self) -> str:
        """'ok' when SQLite finds the open database sound, else what it found."""
        rows = self.db.execute_sql("PRAGMA quick_check").fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])


def check_openable(path: Path) -> FileInfo:
    """Raise a known error when ``path`` must not be opened; touches nothing."""
    info = inspect_file(path)
    if info.exists and info.size and not info.is_sqlite:
        raise NotADatabaseError(
            f"{path} is not an L2L Desktop database (it is not an SQLite file, or it is "
            f"damaged). It was left untouched.",
            path,
        )
    ours = info.application_id == migrations.APPLICATION_ID
    if info.is_sqlite and not ours and (info.application_id != 0 or info.table_count):
        raise ForeignDatabaseError(
            f"{path} is an SQLite database of another program, not of L2L Desktop. "
            f"It was left untouched.",
            path,
        )
    if info.is_sqlite and info.user_version > migrations.SCHEMA_VERSION:
        raise DatabaseTooNewError(
            f"{path} was written by a newer version of L2L Desktop (schema version "
            f"{info.user_version}; this version knows up to {migrations.SCHEMA_VERSION}). "
            f"It was left untouched; please update the app.",
            path,
        )
    return info


def soundness(path: Path) -> tuple[FileInfo, str]:
    """What an existing file is, and SQLite's verdict on it ('ok' when sound); a known error
    when it must not be opened at all. Touches nothing."""
    info = check_openable(path)
    return info, quick_check(path) if info.size else "the file is empty"


def open_store(path: Path, backup_dir: Path | None = None) -> Store:
    """Open (creating if absent) the database at ``path`` and bring its schema up to date.

    The file is created with mode 0600. An existing file that is not ours, or is newer than this
    app, raises a :class:`~l2l_desktop.store.errors.KnownStoreError` before anything is written.
    """
    from l2l_desktop.store.restore import finish_interrupted_restore

    finish_interrupted_restore(path)
    info = check_openable(path)
    if not info.exists:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
        os.close(fd)
    backups = path.parent / "backups"
    if info.exists and info.size == 0 and backups.is_dir() and any(backups.iterdir()):
        # An empty file where backups show earlier use is damage, not a first start.
        raise CorruptDatabaseError(
            f"{path} is empty, but backups show this folder was used before. It was left "
            f"untouched; restore the newest backup from {backups}.",
            path,
        )
    if info.is_sqlite:
        verdict = quick_check(path)
        if verdict != "ok":
            raise CorruptDatabaseError(
                f"{path} is damaged (SQLite found: {verdict}). It was left untouched; "
                f"restore the newest backup from {path.parent / 'backups'}.",
                path,
            )
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    db.connect()
    try:
        if migrations.user_version(db) == 0 and not db.get_tables():
            migrations.create_schema(db)
        else:
            migrations.upgrade(db, backup_dir or path.parent / "backups")
    except Exception:
        db.close()
        raise
    return Store(db, path)
