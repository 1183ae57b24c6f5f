"""Schema versions: create a new database from the declarations, upgrade an older one in steps.

``PRAGMA user_version`` holds the schema version. Each step upgrades from ``version - 1`` to
``version`` inside one transaction that also bumps ``user_version``, so a failed step leaves the
database exactly as it was. A backup is taken before the first step runs.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from peewee import SqliteDatabase

from l2l_desktop.store import versions
from l2l_desktop.store.backup import PINNED, backup_connection, backup_name, remove_stale_parts
from l2l_desktop.store.errors import DatabaseTooNewError, MigrationError, raise_if_condition
from l2l_desktop.store.schema import Tables
from l2l_desktop.store.search_index import index_sql
from l2l_desktop.store.seed import seed_question_bank

log = logging.getLogger(__name__)


Step = Callable[[SqliteDatabase], None]


# version -> step that upgrades a database at version - 1 to it. Version 1 is the first schema;
# a new database is made from the declarations by create_schema. A step uses frozen SQL only:
# nothing in it may change when the declarations change later.
def _v2_drafts_and_starter_bank(db: SqliteDatabase) -> None:
    """Version 2: a table for unsaved drafts, and the starter question bank."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "draft" ("key" TEXT NOT NULL PRIMARY KEY, '
        '"payload" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)'
    )
    seed_question_bank(db)


def _v3_preferences(db: SqliteDatabase) -> None:
    """Version 3: preferences kept with the records (practice days per practice)."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "preference" ("key" TEXT NOT NULL PRIMARY KEY, '
        '"value" TEXT NOT NULL)'
    )


# Version 4: the tables are derived from the record declarations, whose fields question and
# gemba_conversation held in another order. Nothing refers to either table, so each is rebuilt
# in place: renamed aside, created anew, filled from the old one (which is dropped, with its
# indexes), then indexed.
_V4_REBUILT: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    (
        "question",
        'CREATE TABLE "question" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" TEXT NOT NULL, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "day" DATE NOT NULL, '
        '"asked_at" DATETIME NOT NULL, "text" TEXT NOT NULL, '
        "\"kind\" TEXT NOT NULL CHECK (kind IN ('open', 'closed', 'leading')), "
        "\"suggested_kind\" TEXT CHECK (suggested_kind IN ('open', 'closed', 'leading')), "
        '"context" TEXT NOT NULL, "learned" TEXT NOT NULL, "person_id" INTEGER, '
        '"elements" INTEGER NOT NULL CHECK (elements BETWEEN 1 AND 7), FOREIGN KEY ("person_id") '
        'REFERENCES "person" ("id") ON DELETE SET NULL)',
        (
            'CREATE UNIQUE INDEX "question_uuid" ON "question" ("uuid")',
            'CREATE INDEX "question_day" ON "question" ("day")',
            'CREATE INDEX "question_person_id" ON "question" ("person_id")',
        ),
        '"id", "uuid", "created_at", "updated_at", "day", "asked_at", "text", "kind", '
        '"suggested_kind", "context", "learned", "person_id", "elements"',
    ),
    (
        "gemba_conversation",
        'CREATE TABLE "gemba_conversation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"uuid" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
        '"visit_id" INTEGER NOT NULL, "day" DATE NOT NULL, "position" INTEGER NOT NULL, '
        '"learned" TEXT NOT NULL, "person_id" INTEGER, FOREIGN KEY ("visit_id") REFERENCES '
        '"gemba_visit" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" '
        '("id") ON DELETE SET NULL)',
        (
            'CREATE UNIQUE INDEX "gemba_conversation_uuid" ON "gemba_conversation" ("uuid")',
            'CREATE INDEX "gemba_conversation_visit_id" ON "gemba_conversation" ("visit_id")',
            'CREATE INDEX "gemba_conversation_day" ON "gemba_conversation" ("day")',
            'CREATE INDEX "gemba_conversation_person_id" ON "gemba_conversation" ("person_id")',
        ),
        '"id", "uuid", "created_at", "updated_at", "visit_id", "day", "position", "learned", '
        '"person_id"',
    ),
)


def _v4_declared_column_order(db: SqliteDatabase) -> None:
    """Version 4: question and gemba_conversation hold their columns in declared order."""
    for table, create, indexes, columns in _V4_REBUILT:
        db.execute_sql(f'ALTER TABLE "{table}" RENAME TO "{table}_v3"')
        db.execute_sql(create)
        db.execute_sql(f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM "{table}_v3"')
        db.execute_sql(f'DROP TABLE "{table}_v3"')
        for index in indexes:
            db.execute_sql(index)


def _v5_search_index(db: SqliteDatabase) -> None:
    """Version 5: the full-text search index (``store/search_index.py``), filled with every
    record already stored."""
    from l2l_desktop.store import frozen_v5

    for statement in (*frozen_v5.INDEX, *frozen_v5.FILL):
        db.execute_sql(statement)


def _v6_deletions(db: SqliteDatabase) -> None:
    """Version 6: the records deleted here, so an export carries the deletions too."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "deletion" ("uuid" TEXT NOT NULL PRIMARY KEY, '
        '"kind" TEXT NOT NULL, "deleted_at" DATETIME NOT NULL)'
    )


# Version 7: a person's cadence (how often the user wants to see them), archived flag and
# private notes; the columns as a new database declares them, with the defaults a column
# added to rows already there needs.
_V7_PERSON_COLUMNS = (
    'ALTER TABLE "person" ADD COLUMN "cadence_days" INTEGER CHECK (cadence_days BETWEEN 1 AND 365)',
    'ALTER TABLE "person" ADD COLUMN "archived" INTEGER NOT NULL DEFAULT 0',
    """ALTER TABLE "person" ADD COLUMN "notes" TEXT NOT NULL DEFAULT ''""",
)


def _v7_person_cadence_archive_notes(db: SqliteDatabase) -> None:
    """Version 7: a person's cadence, archived flag and notes; the notes searched."""
    from l2l_desktop.store import frozen_v7

    for statement in _V7_PERSON_COLUMNS:
        db.execute_sql(statement)
    for trigger in frozen_v7.DROPPED:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{trigger}"')
    for statement in (*frozen_v7.TRIGGERS, *frozen_v7.FILL):
        db.execute_sql(statement)


def _v8_coaching_sessions(db: SqliteDatabase) -> None:
    """Version 8: coaching sessions and their obstacles, searched like every record."""
    from l2l_desktop.store import frozen_v8

    for statement in frozen_v8.TABLES:
        db.execute_sql(statement)
    for trigger in frozen_v8.DROPPED:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{trigger}"')
    for statement in frozen_v8.TRIGGERS:
        db.execute_sql(statement)


STEPS: dict[int, Step] = {
    2: _v2_drafts_and_starter_bank,
    3: _v3_preferences,
    4: _v4_declared_column_order,
    5: _v5_search_index,
    6: _v6_deletions,
    7: _v7_person_cadence_archive_notes,
    8: _v8_coaching_sessions,
}


def user_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def create_schema(
    db: SqliteDatabase, tables: Tables | None = None, version: int | None = None
) -> None:
    """Create every table of the current schema and stamp the version (default: the current
    one), in one transaction."""
    tables = tables or Tables(db)
    version = versions.SCHEMA_VERSION if version is None else version
    with db.atomic():
        db.create_tables(tables.models())
        if version >= versions.SEARCH_VERSION:  # the search index came with version 5
            for statement in index_sql(tables):
                db.execute_sql(statement)
        seed_question_bank(db)
        db.execute_sql(f"PRAGMA application_id = {versions.APPLICATION_ID}")
        db.execute_sql(f"PRAGMA user_version = {int(version)}")


def upgrade(
    db: SqliteDatabase,
    backup_dir: Path,
    *,
    target: int | None = None,
    steps: Mapping[int, Step] | None = None,
) -> list[int]:
    """Bring ``db`` to ``target``; returns the versions applied (empty when already current).

    Raises :class:`DatabaseTooNewError` (touching nothing) when the database is newer, and
    :class:`MigrationError` when a step fails (that step rolled back, earlier ones kept).
    """
    target = versions.SCHEMA_VERSION if target is None else target
    steps = STEPS if steps is None else steps
    current = user_version(db)
    if current > target:
        raise DatabaseTooNewError("upgrade.too_new", version=current, known=target)
    if current == target:
        return []
    missing = [v for v in range(current + 1, target + 1) if v not in steps]
    if missing:
        raise MigrationError("upgrade.no_step", version=missing[0])
    backup = backup_dir / backup_name(f"{PINNED}{current + 1}")
    try:
        remove_stale_parts(backup_dir)
        backup_connection(db.connection(), backup)
    except (OSError, sqlite3.Error) as exc:  # no upgrade without its backup first
        raise_if_condition(exc, backup_dir)
        raise
    log.info("backed up %s before upgrading from version %d", backup, current)
    applied = []
    for version in range(current + 1, target + 1):
        try:
            with db.atomic():
                steps[version](db)
                db.execute_sql(f"PRAGMA user_version = {int(version)}")
        except Exception as exc:  # any failure of a step is reported the same way
            log.exception("upgrade to schema version %d failed", version)
            # A condition of the machine: the step was rolled back; it can be tried again.
            raise_if_condition(exc, backup.parent.parent)
            raise MigrationError(
                "upgrade.failed", version=version, error=exc, previous=version - 1, backup=backup
            ) from exc
        applied.append(version)
    return applied
