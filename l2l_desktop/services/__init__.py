"""Thin QObject facades the UI talks to: one method per user action, then a change signal."""

from l2l_desktop.services.bus import Change, ChangeBus
from l2l_desktop.services.journal import Journal
from l2l_desktop.store.errors import KnownStoreError

# The UI catches KnownStoreError (told to the user in plain words) through this package.
__all__ = ["Change", "ChangeBus", "Journal", "KnownStoreError"]
