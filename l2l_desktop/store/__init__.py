"""Storage: the only package that imports peewee. Screens never see model rows."""

from l2l_desktop.store.database import Store, open_store
from l2l_desktop.store.errors import (
    DatabaseTooNewError,
    ForeignDatabaseError,
    KnownStoreError,
    NotADatabaseError,
)

__all__ = [
    "DatabaseTooNewError",
    "ForeignDatabaseError",
    "KnownStoreError",
    "NotADatabaseError",
    "Store",
    "open_store",
]
