"""SQLite's check of every page, begun early on a thread of its own.

The window's start checks every page of the database (``PRAGMA quick_check``), and that check
takes longer the longer the history: about 25 ms for ten years. It only reads, on its own
read-only connection, and sqlite3 lets go of the interpreter while SQLite works, so it can run
on the machine's other core while the app starts Qt and loads its screens. ``open_store``
then waits for its verdict instead of checking again.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from l2l_desktop.store import backup


class PageCheck:
    """``backup.quick_check(path)``, started now; :meth:`verdict` waits for its answer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._found = "ok"
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="page check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._found = backup.quick_check(self.path)
        except BaseException as exc:  # a condition of the machine: raised where it is asked
            self._failed = exc

    def verdict(self) -> str:
        """'ok' when every page is sound, else what SQLite found (as ``quick_check``)."""
        self._thread.join()
        if self._failed is not None:
            raise self._failed
        return self._found


def early_check(path: Path) -> PageCheck | None:
    """A check of the database at ``path`` begun now, or None where ``open_store`` will not
    look at every page of it: no file yet (a first start), a file it will refuse without
    reading it (not ours, newer, in a folder or a file the app may not write), or a restore
    to finish first. It is then left to ``open_store``, which says why."""
    from l2l_desktop.store.errors import KnownStoreError
    from l2l_desktop.store.inspect import check_openable
    from l2l_desktop.store.restore import RESTORING_SUFFIX

    try:
        if path.stat().st_size == 0 or path.with_name(path.name + RESTORING_SUFFIX).exists():
            return None
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return None
        if not check_openable(path).is_sqlite:
            return None
    except (OSError, KnownStoreError):
        return None
    return PageCheck(path)
