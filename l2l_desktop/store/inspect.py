"""Looking at a database file without changing it: what it is, and whether it may be opened."""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from l2l_desktop.store import versions
from l2l_desktop.store.backup import ReadOnlyWalError, open_read_only
from l2l_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    NotADatabaseError,
    ReadOnlyFolderError,
    raise_if_condition,
)
from l2l_desktop.store.verify import verdict_of

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileInfo:
    """What the database file is, read without changing anything."""

    exists: bool
    size: int = 0
    is_sqlite: bool = False
    user_version: int = 0
    application_id: int = 0
    table_count: int = 0
    header_size: int = 0  # bytes, as the header counts its pages (0: the count is not valid)


def inspect_file(path: Path) -> FileInfo:
    """Read the header (and, if needed, the schema through a read-only connection)."""
    if not path.exists():
        return FileInfo(exists=False)
    try:
        size = path.stat().st_size
        if size == 0:
            return FileInfo(exists=True, size=0)
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise_if_condition(exc, path)
        raise
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return FileInfo(exists=True, size=size)
    (version,) = struct.unpack(">I", header[60:64])
    (app_id,) = struct.unpack(">I", header[68:72])
    counted = _header_size(header)
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
        raise ReadOnlyFolderError("open.read_only_folder", path, detail=exc) from exc
    except sqlite3.DatabaseError as exc:
        raise_if_condition(exc, path)  # a full disk, say: the file may be as sound as ever
        if app_id == versions.APPLICATION_ID:
            # Our header, a schema that cannot be read (it spans several pages): a damaged
            # L2L Desktop database, to be told as damage (with its backups), not as a stranger.
            return FileInfo(True, size, True, int(version), int(app_id), 0, counted)
        return FileInfo(exists=True, size=size)  # the header looks right, the content does not
    return FileInfo(True, size, True, int(version), int(app_id), int(tables), counted)


def _header_size(header: bytes) -> int:
    """The file's length as its header gives it: page size times page count, valid only when
    the change counter matches the version-valid-for number (SQLite's file format, 1.3)."""
    (page_size,) = struct.unpack(">H", header[16:18])
    (changes, pages) = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if changes != valid_for or not pages:
        return 0
    return (65536 if page_size == 1 else page_size) * pages


def check_openable(path: Path) -> FileInfo:
    """Raise a known error when ``path`` must not be opened; touches nothing."""
    info = inspect_file(path)
    if info.exists and info.size and not info.is_sqlite:
        raise NotADatabaseError("open.not_a_database", path)
    ours = info.application_id == versions.APPLICATION_ID
    if info.is_sqlite and not ours and (info.application_id != 0 or info.table_count):
        raise ForeignDatabaseError("open.foreign", path)
    if info.is_sqlite and info.user_version > versions.SCHEMA_VERSION:
        raise DatabaseTooNewError(
            "open.too_new", path, version=info.user_version, known=versions.SCHEMA_VERSION
        )
    return info


def cut_short(path: Path, info: FileInfo) -> str | None:
    """What is wrong when the file is shorter than its header says: the end of the history
    lost (a copy cut off, a disk that failed). A WAL beside it may hold pages not yet written
    back (a crash in the middle of a checkpoint), so only a file without one is judged."""
    if not info.header_size or info.size >= info.header_size:
        return None
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size > 0:
            return None
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise_if_condition(exc, wal)
        raise
    return (
        f"the file is {info.size:,} bytes long, but its header counts {info.header_size:,}: "
        f"its end is missing"
    )


def damaged(path: Path, verdict: str) -> CorruptDatabaseError:
    """The error for a damaged database, with what was found and where its backups are."""
    return CorruptDatabaseError(
        "open.damaged", path, verdict=verdict, backups=path.parent / "backups"
    )


def soundness(path: Path) -> tuple[FileInfo, str]:
    """What an existing file is, and the verdict on it ('ok' when SQLite finds it sound and,
    at the current version, its schema is the declared one); a known error when it must not
    be opened at all. Touches nothing."""
    info = check_openable(path)
    return info, verdict_of(path) if info.size else "the file is empty"
