"""What the Trends queries read, kept between refreshes.

A refresh after a save used to read the whole history again: every practice's done days,
the weekly counts, the people named. Each query's answer is now kept with the kinds of
records it read. A change forgets the answers that read one of its kinds, and leaves the
others: a question saved re-reads nothing of the reflections. Where the change is one record
added, edited or removed, whose days before and after are known, an answer that can be
mended (``patch``) reads only those days again, when it is next asked for. A write by
another connection (SQLite's ``data_version`` moved) forgets everything; so does a change
whose extent is not known (a restore, an import).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from l2l_desktop.services.bus import Change

T = TypeVar("T")
MOST = 256  # answers kept at most (a handful per range shown): then all are forgotten
# ``patch(answer, change)``: the answer mended for ``change`` (one record written, on
# ``change.days``), reading only those days.
Patch = Callable[[Any, Change], Any]


@dataclass
class _Kept:
    kinds: frozenset[str]
    value: Any
    patch: Patch | None
    pending: list[Change] = field(default_factory=list)  # to mend it for, when next asked


def one_record_on_its_days(change: Change) -> bool:
    """Whether ``change`` wrote one record (added, edited or removed) and names every day it
    touched: the day the record stood on before (an edit may move it) and after."""
    return change.days_known and bool(change.days) and len(change.uuids) == 1


class TrendCache:
    """``cache(key, kinds, load, patch)``: ``load()``'s answer, kept under ``key`` until a
    change to one of ``kinds`` (mended by ``patch`` where it can be). ``data_version`` tells
    when another connection has written."""

    def __init__(self, data_version: Callable[[], int]) -> None:
        self._data_version = data_version
        self._version: int | None = None
        self._kept: dict[Hashable, _Kept] = {}
        self.loads = 0  # answers read whole from the database (for the tests)
        self.patches = 0  # and answers mended

    def changed(self, change: Change) -> None:
        """Forget (or mark to mend) what ``change`` may have made out of date."""
        if change.records is None:
            self._kept.clear()
            return
        mendable = one_record_on_its_days(change)
        for key, kept in list(self._kept.items()):
            if kept.kinds.isdisjoint(change.kinds):
                continue
            if mendable and kept.patch is not None:
                kept.pending.append(change)
            else:
                del self._kept[key]

    def __call__(
        self,
        key: Hashable,
        kinds: frozenset[str],
        load: Callable[[], T],
        patch: Patch | None = None,
    ) -> T:
        version = self._data_version()
        if version != self._version or len(self._kept) > MOST:
            self._kept.clear()  # another process wrote (or too much is kept)
            self._version = version
        kept = self._kept.get(key)
        if kept is None:
            self.loads += 1
            kept = self._kept[key] = _Kept(kinds, load(), patch)
        elif kept.pending and kept.patch is not None:
            for change in kept.pending:
                kept.value = kept.patch(kept.value, change)
                self.patches += 1
            kept.pending.clear()
        value: T = kept.value
        return value
