"""What the Trends queries read, kept between refreshes.

A refresh after a save used to read the whole history again: every practice's done days,
the weekly counts, the people named. Each query's answer is now kept with the kinds of
records it read, and a change forgets only the answers that read one of its kinds, so a
question saved re-reads the question's share and nothing of the reflections. A write by
another connection (SQLite's ``data_version`` moved) forgets everything; so does a change
whose extent is not known (a restore, an import).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from l2l_desktop.services.bus import Change

T = TypeVar("T")
MOST = 256  # answers kept at most (a handful per range shown): then all are forgotten


class TrendCache:
    """``cache(key, kinds, load)``: ``load()``'s answer, kept under ``key`` until a change to
    one of ``kinds``. ``data_version`` tells when another connection has written."""

    def __init__(self, data_version: Callable[[], int]) -> None:
        self._data_version = data_version
        self._version: int | None = None
        self._kept: dict[Hashable, tuple[frozenset[str], Any]] = {}
        self.loads = 0  # answers read from the database (for the tests)

    def changed(self, change: Change) -> None:
        """Forget what ``change`` may have made out of date."""
        if change.records is None:
            self._kept.clear()
            return
        self._kept = {
            key: (kinds, value)
            for key, (kinds, value) in self._kept.items()
            if kinds.isdisjoint(change.kinds)
        }

    def __call__(self, key: Hashable, kinds: frozenset[str], load: Callable[[], T]) -> T:
        version = self._data_version()
        if version != self._version or len(self._kept) > MOST:
            self._kept.clear()  # another process wrote (or too much is kept)
            self._version = version
        found = self._kept.get(key)
        if found is not None:
            value: T = found[1]
            return value
        self.loads += 1
        value = load()
        self._kept[key] = (kinds, value)
        return value
