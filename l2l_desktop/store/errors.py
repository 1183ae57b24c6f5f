"""Storage conditions the user can be told about in plain words (as opposed to bugs)."""

from __future__ import annotations

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


_CONDITIONS = (
    (
        "full",
        "The disk is full, so nothing was saved. Free some space and save again; "
        "your text is still in the form.",
    ),
    (
        "readonly",
        "The data folder is read-only, so nothing was saved. Check its permissions "
        "and save again; your text is still in the form.",
    ),
    (
        "read-only",
        "The data folder is read-only, so nothing was saved. Check its permissions "
        "and save again; your text is still in the form.",
    ),
    (
        "locked",
        "The database is busy (locked by another program), so nothing was saved. "
        "Try again in a moment; your text is still in the form.",
    ),
    (
        "disk i/o",
        "The disk reported an error, so nothing was saved. Your text is still in "
        "the form; check the disk and save again.",
    ),
)


def known_write_error(exc: Exception) -> StorageWriteError | None:
    """The plain-words error for a storage failure the user can act on, or None for a bug."""
    text = str(exc).lower()
    for needle, message in _CONDITIONS:
        if needle in text:
            return StorageWriteError(message)
    return None
