"""The services the UI and the command line talk to: one method per user action, then an
announcement of what changed.

``Journal`` (and with it the store and peewee) is loaded when first asked for, so a command
that needs less starts without it."""

from typing import TYPE_CHECKING, Any

from l2l_desktop.services.bus import Change, ChangeBus
from l2l_desktop.store.errors import KnownStoreError

if TYPE_CHECKING:
    from l2l_desktop.services.journal import Journal
    from l2l_desktop.store.restore import BackupSummary

# The UI catches KnownStoreError (told to the user in plain words) through this package.
__all__ = ["BackupSummary", "Change", "ChangeBus", "Journal", "KnownStoreError"]


def __getattr__(name: str) -> Any:
    if name == "Journal":
        from l2l_desktop.services.journal import Journal

        return Journal
    if name == "BackupSummary":  # what Journal.backups() gives
        from l2l_desktop.store.restore import BackupSummary

        return BackupSummary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
