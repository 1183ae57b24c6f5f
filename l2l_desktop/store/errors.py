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
