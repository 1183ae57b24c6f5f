"""Opening the database: look first without touching, then open with pragmas and migrate."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError, SqliteDatabase

from l2l_desktop.core.kinds import KINDS, Kinds
from l2l_desktop.store import versions
from l2l_desktop.store.backup import checked_backup, list_backups, open_read_only
from l2l_desktop.store.errors import CorruptDatabaseError, known_write_error, raise_if_condition
from l2l_desktop.store.inspect import check_openable, cut_short, damaged
from l2l_desktop.store.mapping import Reader
from l2l_desktop.store.restore import finish_interrupted_restore
from l2l_desktop.store.schema import Tables
from l2l_desktop.store.text import lenient_text
from l2l_desktop.store.verify import schema_problems, verdict_of

if TYPE_CHECKING:
    from l2l_desktop.store.page_check import PageCheck

FILE_MODE = 0o600
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed save survives a power cut
    "busy_timeout": 5000,
}


class _Database(SqliteDatabase):
    """The store's database: every connection it opens, on any thread, reads a text that
    is not UTF-8 (flipped bytes) with U+FFFD for each bad byte, so that no read ever fails on
    one. Set where peewee makes each connection, so none is left out."""

    def _connect(self) -> sqlite3.Connection:
        conn = super()._connect()  # type: ignore[misc]  # peewee's stubs omit the hook
        conn.text_factory = lenient_text
        return conn


class Store:
    """An open database and its own tables. Store functions take it as their first argument
    and run their statements on its connection only."""

    def __init__(self, db: SqliteDatabase, path: Path, kinds: Kinds = KINDS) -> None:
        self.db = db
        self.path = path
        self.tables = Tables(db, kinds)
        self._readers: dict[str, Reader] = {}

    def reader(self, kind: str) -> Reader:
        """What reads the records of ``kind`` (made once per store)."""
        if kind not in self._readers:
            self._readers[kind] = Reader(self.tables, kind)
        return self._readers[kind]

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction. A full disk, a read-only folder or a lock becomes a
        :class:`~l2l_desktop.store.errors.StorageWriteError`, the transaction rolled back."""
        try:
            with self.db.atomic():
                yield
        except (OperationalError, PeeweeDatabaseError, sqlite3.OperationalError) as exc:
            # When SQLite gives up on a full disk it rolls back by itself, and peewee's own
            # ROLLBACK then fails: the cause is further down the chain.
            known = known_write_error(exc)
            if known is None:
                raise
            raise known from exc

    @contextmanager
    def thread_connection(self) -> Iterator[None]:
        """For work on another thread: that thread's own connection (peewee keeps one per
        thread), closed when the block ends."""
        self.db.connect(reuse_if_open=True)
        try:
            yield
        finally:
            self.db.close()

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    @property
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, reason: str = "auto", dest: Path | None = None) -> Path:
        """A checked backup made with SQLite's backup API (the schema checked too); the older
        ones the retention rule does not keep are removed (how far back it reaches is the
        journal's preference)."""
        from l2l_desktop.core.retention import DEFAULT_HISTORY_MONTHS, reaching_back
        from l2l_desktop.store.preferences import backup_months

        try:
            months = backup_months(self)
        except (OperationalError, PeeweeDatabaseError):  # a damaged schema: still copied
            months = DEFAULT_HISTORY_MONTHS
        kinds = self.tables.kinds
        return checked_backup(
            self.db.connection(),
            self.backup_dir,
            reason,
            rule=reaching_back(months),
            dest=dest,
            check=lambda copy: verdict_of(copy, kinds),
        )

    def changed_since_backup(self) -> bool:
        """Whether the records or preferences differ from the newest backup's (True when
        there is none, or it cannot be read): a quit needs no backup when nothing changed.
        Each table's row count and newest ``updated_at`` tell; a draft is not a change."""
        backups = list_backups(self.backup_dir)
        if not backups:
            return True
        tables = self.tables.record_tables()
        columns = ", ".join(
            f'(SELECT count(*) FROM "{t.name}"), (SELECT max(updated_at) FROM "{t.name}")'
            for t in tables
        )
        sql = (
            f"SELECT {columns}, (SELECT group_concat(key || '=' || value, ';') FROM "
            f"(SELECT key, value FROM preference ORDER BY key))"
        )
        mine = tuple(self.db.execute_sql(sql).fetchone())
        try:
            conn = open_read_only(backups[0])
            try:
                theirs = tuple(conn.execute(sql).fetchone())
            finally:
                conn.close()
        except sqlite3.Error:  # an older schema's backup, say
            return True
        return mine != theirs

    def data_version(self) -> int:
        """SQLite's count of commits by other connections to the file (ours leave it be)."""
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def quick_check(self) -> str:
        """'ok' when SQLite finds the open database sound, else what it found."""
        rows = self.db.execute_sql("PRAGMA quick_check").fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])


def open_store(
    path: Path,
    backup_dir: Path | None = None,
    kinds: Kinds = KINDS,
    *,
    every_page: bool = True,
    pages: PageCheck | None = None,
) -> Store:
    """Open (creating if absent) the database at ``path`` and bring its schema up to date.

    The file is created with mode 0600. An existing file that is not ours, or is newer than this
    app, raises a :class:`~l2l_desktop.store.errors.KnownStoreError` before anything is written.
    A damaged one raises :class:`~l2l_desktop.store.errors.CorruptDatabaseError`: found by
    SQLite's check of every page, or, without ``every_page`` (a quick command), by a look whose
    time does not grow with the history (see ``verify.verdict_of``). ``pages`` is that check
    of every page begun earlier on another thread (``page_check.early_check``).
    """
    if finish_interrupted_restore(path) or (pages is not None and pages.path != path):
        pages = None  # another file than the one it looked at: looked at again
    info = check_openable(path)
    if not info.exists:
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
        except OSError as exc:
            raise_if_condition(exc, path)
            raise
    backups = path.parent / "backups"
    if info.exists and info.size == 0 and backups.is_dir() and any(backups.iterdir()):
        # An empty file where backups show earlier use is damage, not a first start.
        raise CorruptDatabaseError("open.empty_after_use", path, backups=backups)
    if info.is_sqlite:
        verdict = cut_short(path, info) or verdict_of(path, kinds, every_page, pages)
        if verdict != "ok":
            raise damaged(path, verdict)
    db = _Database(str(path), pragmas=PRAGMAS)
    try:
        db.connect()  # its pragmas write: a full disk may refuse them
    except (sqlite3.Error, PeeweeDatabaseError) as exc:
        db.close()
        raise_if_condition(exc, path)
        raise
    try:
        store = Store(db, path, kinds)
        _bring_up_to_date(store, backup_dir or path.parent / "backups")
    except Exception:
        db.close()
        raise
    return store


def _bring_up_to_date(store: Store, backup_dir: Path) -> None:
    """Create the schema of a new database, or upgrade an older one (after a backup). A
    database already current, as at most opens, needs none of the migration code."""
    db, path, kinds = store.db, store.path, store.tables.kinds
    version = int(db.execute_sql("PRAGMA user_version").fetchone()[0])
    if version == versions.SCHEMA_VERSION:
        return
    from l2l_desktop.store import migrations

    if version == 0 and not db.get_tables():
        migrations.create_schema(db, store.tables)
    elif migrations.upgrade(db, backup_dir):
        problems = schema_problems(db.connection(), kinds)
        if problems:  # checked before the upgrade as far as an old version allows
            raise CorruptDatabaseError(
                "upgrade.schema_wrong", path, problems="; ".join(problems[:5]), backups=backup_dir
            )
