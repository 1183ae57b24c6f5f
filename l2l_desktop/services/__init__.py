"""Thin QObject facades the UI talks to: one method per user action, then a change signal."""

from l2l_desktop.services.bus import Change, ChangeBus
from l2l_desktop.services.journal import Journal

__all__ = ["Change", "ChangeBus", "Journal"]
