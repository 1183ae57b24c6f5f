"""Storage conditions the user can be told about in plain words (as opposed to bugs)."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path


class KnownStoreError(Exception):
    """A known condition; ``str(error)`` is a sentence fit to show the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotADatabaseError(KnownStoreError):
    """The database file is not an SQLite database (or is damaged beyond opening)."""


class ForeignDatabaseError(KnownStoreError):
    """The file is an SQLite database, but not one of this app's."""


class DatabaseTooNewError(KnownStoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class MigrationError(KnownStoreError):
    """An upgrade step failed; the database was rolled back to the version it had."""


class CorruptDatabaseError(KnownStoreError):
    """SQLite's integrity check found damage; the file is left untouched."""


class ReadOnlyFolderError(KnownStoreError):
    """The database cannot even be read, because its folder cannot be written."""


class StorageWriteError(KnownStoreError):
    """A save could not be written (disk full, read-only, locked); nothing was half-written."""


class StorageConditionError(KnownStoreError):
    """The database could not be looked at or opened because of a condition of the machine
    (a full disk, an I/O error, a lock, a permission), not because it is damaged: it is never
    reported as damage, and never leads to a restore. Trying again may work."""


_READ_ONLY = (
    "The data folder is read-only, so nothing was saved. Check its permissions and save "
    "again; your text is still in the form."
)
_BUSY = (
    "The database is busy (locked by another program), so nothing was saved. Try again in a "
    "moment; your text is still in the form."
)
# SQLite's primary result codes (the low byte of an extended code) of the conditions a user can
# do something about, with what to tell them.
_CONDITIONS = {
    sqlite3.SQLITE_FULL: (
        "The disk is full, so nothing was saved. Free some space and save again; your text "
        "is still in the form."
    ),
    sqlite3.SQLITE_READONLY: _READ_ONLY,
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_IOERR: (
        "The disk reported an error, so nothing was saved. Your text is still in the form; "
        "check the disk and save again."
    ),
}


def sqlite_codes(exc: BaseException | None) -> list[int]:
    """The primary result codes of the SQLite errors behind ``exc``, outermost first (peewee
    raises its own error on top of SQLite's; a failed rollback on top of the first failure)."""
    codes = []
    while exc is not None:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(exc, sqlite3.Error) and code is not None:
            codes.append(code & 0xFF)
        exc = exc.__cause__ or exc.__context__
    return codes


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite meeting damage in the file (a malformed page, a page that is
    not a database's), as opposed to a condition of the machine or a bug."""
    return any(c in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) for c in sqlite_codes(exc))


def known_write_error(exc: BaseException) -> StorageWriteError | None:
    """The plain-words error for a storage failure the user can act on, or None for a bug."""
    for code in sqlite_codes(exc):
        if code in _CONDITIONS:
            return StorageWriteError(_CONDITIONS[code])
    return None


# Below this much free space, an I/O error at open is most likely the full disk.
LOW_SPACE = 1024 * 1024

# The same conditions met when a database is looked at or opened, rather than saved to.
_AT_OPEN = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_IOERR: "the disk reported an error",
    sqlite3.SQLITE_CANTOPEN: "a file beside it cannot be made (is the disk full?)",
    sqlite3.SQLITE_BUSY: "another program holds it locked",
    sqlite3.SQLITE_LOCKED: "another program holds it locked",
    sqlite3.SQLITE_READONLY: "its folder cannot be written",
    sqlite3.SQLITE_PERM: "its permissions do not allow it",
    sqlite3.SQLITE_NOMEM: "the computer is out of memory",
}
_OS_AT_OPEN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EIO: "the disk reported an error",
    errno.EACCES: "its permissions do not allow it",
    errno.EPERM: "its permissions do not allow it",
    errno.EROFS: "its disk is read-only",
}


def condition_reason(exc: BaseException, path: Path) -> str | None:
    """What condition of the machine ``exc`` (met reading or writing at ``path``) is, in a
    few words ("the disk is full (4 KiB free)"); None when it is none (damage, or a bug)."""
    reason = next((_AT_OPEN[c] for c in sqlite_codes(exc) if c in _AT_OPEN), None)
    cause: BaseException | None = exc
    while reason is None and cause is not None:
        if isinstance(cause, OSError) and cause.errno in _OS_AT_OPEN:
            reason = _OS_AT_OPEN[cause.errno]
        cause = cause.__cause__ or cause.__context__
    if reason is None:
        return None
    free = free_bytes(path)
    if free is not None and free < LOW_SPACE:  # SQLite often says "I/O error" for this
        reason = f"the disk is full ({free // 1024:,} KiB free)"
    return reason


def condition_at_open(exc: BaseException, path: Path) -> StorageConditionError | None:
    """The plain-words error when ``exc`` (met while looking at or opening the database at
    ``path``) is a condition of the machine; None when it is not (damage, or a bug)."""
    reason = condition_reason(exc, path)
    if reason is None:
        return None
    return StorageConditionError(
        f"{path} cannot be opened just now: {reason}. Nothing was changed, and this is not "
        f"damage to the file. Put that right, then try again.",
        path,
    )


def raise_if_condition(exc: BaseException, path: Path) -> None:
    """Raise the plain-words :class:`StorageConditionError` (from ``exc``) when ``exc`` is a
    condition of the machine; else return, for the caller to go on with ``exc``."""
    condition = condition_at_open(exc, path)
    if condition is not None:
        raise condition from exc


def free_bytes(path: Path) -> int | None:
    """The free space on the disk that holds ``path`` (or its nearest existing folder)."""
    for folder in (path.parent, *path.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None
