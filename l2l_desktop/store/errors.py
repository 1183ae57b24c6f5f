"""Storage conditions the user can be told about in plain words (as opposed to bugs).

Each is a code and the values it is about; the words are in :mod:`l2l_desktop.words`."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from l2l_desktop.words import Condition, Worded


class KnownStoreError(Worded, Exception):
    """A known condition: ``code`` says which, ``values`` what it is about (``path`` among
    them when there is one); ``str(error)`` is the English sentence fit to show the user,
    ``words.said(error, tr)`` the same in the user's language."""

    def __init__(self, code: str, path: Path | None = None, **values: Any) -> None:
        super().__init__(code)
        self.code, self.path = code, path
        self.values = {"path": path, **values} if path is not None else values


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


# SQLite's primary result codes (the low byte of an extended code) of the conditions a user can
# do something about when a save fails, with what to tell them.
_CONDITIONS = {
    sqlite3.SQLITE_FULL: "write.disk_full",
    sqlite3.SQLITE_READONLY: "write.read_only",
    sqlite3.SQLITE_BUSY: "write.busy",
    sqlite3.SQLITE_LOCKED: "write.busy",
    sqlite3.SQLITE_IOERR: "write.disk_error",
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
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_IOERR: "disk_error",
    sqlite3.SQLITE_CANTOPEN: "cannot_make_beside",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_READONLY: "folder_read_only",
    sqlite3.SQLITE_PERM: "permissions",
    sqlite3.SQLITE_NOMEM: "memory",
}
_OS_AT_OPEN = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "quota",
    errno.EIO: "disk_error",
    errno.EACCES: "permissions",
    errno.EPERM: "permissions",
    errno.EROFS: "disk_read_only",
}


def condition_reason(exc: BaseException, path: Path) -> Condition | None:
    """What condition of the machine ``exc`` (met reading or writing at ``path``) is ("the
    disk is full (4 KiB free)" when worded); None when it is none (damage, or a bug)."""
    code = next((_AT_OPEN[c] for c in sqlite_codes(exc) if c in _AT_OPEN), None)
    cause: BaseException | None = exc
    while code is None and cause is not None:
        if isinstance(cause, OSError) and cause.errno in _OS_AT_OPEN:
            code = _OS_AT_OPEN[cause.errno]
        cause = cause.__cause__ or cause.__context__
    if code is None:
        return None
    free = free_bytes(path)
    if free is not None and free < LOW_SPACE:  # SQLite often says "I/O error" for this
        return Condition("disk_full_free", kib=free // 1024)
    return Condition(code)


def condition_at_open(exc: BaseException, path: Path) -> StorageConditionError | None:
    """The plain-words error when ``exc`` (met while looking at or opening the database at
    ``path``) is a condition of the machine; None when it is not (damage, or a bug)."""
    reason = condition_reason(exc, path)
    if reason is None:
        return None
    return StorageConditionError("open.condition", path, condition=reason)


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
