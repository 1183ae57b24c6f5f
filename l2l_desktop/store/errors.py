"""Storage conditions the user can be told about in plain words (as opposed to bugs)."""

from __future__ import annotations

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


def known_write_error(exc: BaseException) -> StorageWriteError | None:
    """The plain-words error for a storage failure the user can act on, or None for a bug."""
    for code in sqlite_codes(exc):
        if code in _CONDITIONS:
            return StorageWriteError(_CONDITIONS[code])
    return None
