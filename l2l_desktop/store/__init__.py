"""Storage: the only package that imports peewee. Screens never see model rows.

``Store`` and ``open_store`` load peewee when first asked for, so a command that only reads
(``store/reading.py``) starts without it."""

from typing import TYPE_CHECKING, Any

from l2l_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    KnownStoreError,
    NotADatabaseError,
)

if TYPE_CHECKING:
    from l2l_desktop.store.database import Store, open_store

__all__ = [
    "CorruptDatabaseError",
    "DatabaseTooNewError",
    "ForeignDatabaseError",
    "KnownStoreError",
    "NotADatabaseError",
    "Store",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name in ("Store", "open_store"):
        from l2l_desktop.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
