"""The change bus: after a write commits, the service says what changed.

A plain observer (no Qt): the window adapts it to a Qt signal, the command line needs none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """What one committed write changed: which kinds of records, on which days (empty when not
    tied to days), which records, and how many records it added (negative: removed; None:
    not known, as after a restore, so whoever keeps a count counts again). A record's parts
    (an intention's actions) are not records of their own."""

    kinds: frozenset[str]
    days: frozenset[date] = field(default_factory=frozenset)
    uuids: frozenset[str] = field(default_factory=frozenset)
    records: int | None = 0
    days_known: bool = False  # ``days`` are every day it touched, before the write and after


class ChangeBus:
    """Tells every listener of each :class:`Change`, in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change from now on; returns what unsubscribes it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def announce(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
