"""Reading without peewee: a read-only connection for a command that only looks (``search``),
so that it starts in a fraction of the time peewee and the declarations' tables take to load.

The database is looked at as :func:`~l2l_desktop.store.database.open_store` looks at it, but in
a time that does not grow with the history (see ``verify.verdict_of``). Whatever needs more than
a look (an older schema to upgrade, a restore to finish, no database at all) is left to
``open_store``: :func:`open_for_reading` then answers None.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from l2l_desktop.store import versions
from l2l_desktop.store.backup import open_read_only
from l2l_desktop.store.errors import is_damage, raise_if_condition
from l2l_desktop.store.inspect import check_openable, cut_short, damaged
from l2l_desktop.store.restore import RESTORING_SUFFIX
from l2l_desktop.store.text import lenient_text
from l2l_desktop.store.verify import schema_verdict


def open_for_reading(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the database at ``path``, of the current schema and found
    sound by the look; None when it must be opened with ``open_store`` instead. A file that
    must not be opened raises the :class:`~l2l_desktop.store.errors.KnownStoreError` that
    ``open_store`` would raise."""
    if path.with_name(path.name + RESTORING_SUFFIX).exists():
        return None
    info = check_openable(path)
    if not info.size or not info.is_sqlite or info.user_version != versions.SCHEMA_VERSION:
        return None
    cut = cut_short(path, info)
    if cut:
        raise damaged(path, cut)
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise_if_condition(exc, path)
        raise damaged(path, str(exc)) from exc
    verdict = schema_verdict(conn)  # on the connection the command reads with: one open
    if verdict != "ok":
        conn.close()
        raise damaged(path, verdict)
    conn.text_factory = lenient_text
    return conn


@contextmanager
def reading(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Use ``conn``, then close it. Damage SQLite meets on a page it reads becomes the
    :class:`~l2l_desktop.store.errors.CorruptDatabaseError` ``open_store`` would raise."""
    try:
        yield conn
    except sqlite3.DatabaseError as exc:
        raise_if_condition(exc, path)
        if not is_damage(exc):
            raise
        raise damaged(path, str(exc)) from exc
    finally:
        conn.close()


def people(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every person's (uuid, name), in the order ``queries.people`` lists them."""
    rows = conn.execute("SELECT uuid, name FROM person ORDER BY lower(name), id")
    return [(str(uuid), str(name)) for uuid, name in rows]
