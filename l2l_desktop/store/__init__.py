"""Storage: the only package that imports peewee. Screens never see model rows."""

from l2l_desktop.store.database import Store, open_store
from l2l_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    KnownStoreError,
    NotADatabaseError,
)

__all__ = [
    "CorruptDatabaseError",
    "DatabaseTooNewError",
    "ForeignDatabaseError",
    "KnownStoreError",
    "NotADatabaseError",
    "Store",
    "open_store",
]
