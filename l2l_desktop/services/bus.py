"""The change bus: after a write commits, the service says what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """Which record kinds changed, and on which days (empty when not tied to days)."""

    kinds: frozenset[str]
    days: frozenset[date] = field(default_factory=frozenset)

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


class ChangeBus(QObject):
    """Broadcasts a :class:`Change` after every committed write."""

    changed = Signal(object)

    def announce(
        self, kinds: set[str] | frozenset[str], days: set[date] | frozenset[date] = frozenset()
    ) -> None:
        self.changed.emit(Change(frozenset(kinds), frozenset(days)))
