"""Schema versions: create a new database from the models, upgrade an older one in steps.

``PRAGMA user_version`` holds the schema version. Each step upgrades from ``version - 1`` to
``version`` inside one transaction that also bumps ``user_version``, so a failed step leaves the
database exactly as it was. A backup is taken before the first step runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from peewee import SqliteDatabase

from l2l_desktop.store.backup import backup_connection, backup_name, remove_stale_parts
from l2l_desktop.store.errors import DatabaseTooNewError, MigrationError
from l2l_desktop.store.models import MODELS, DraftRow
from l2l_desktop.store.seed import seed_question_bank

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
APPLICATION_ID = 0x4C324C44  # "L2LD": marks the file as ours in its SQLite header

Step = Callable[[SqliteDatabase], None]


def _v2_drafts_and_starter_bank(db: SqliteDatabase) -> None:
    """Version 2: a table for unsaved drafts, and the starter question bank."""
    with db.bind_ctx([DraftRow]):
        db.create_tables([DraftRow])
    seed_question_bank(db)


# version -> step that upgrades a database at version - 1 to it. Version 1 is the first schema;
# a new database is made from the models by create_schema. Steps use plain SQL or
# playhouse.migrate (SqliteMigrator) and must not depend on the models changing later.
def _v3_preferences(db: SqliteDatabase) -> None:
    """Version 3: preferences kept with the records (practice days per practice)."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "preference" ("key" TEXT NOT NULL PRIMARY KEY, '
        '"value" TEXT NOT NULL)'
    )


STEPS: dict[int, Step] = {2: _v2_drafts_and_starter_bank, 3: _v3_preferences}


def user_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def create_schema(db: SqliteDatabase, version: int = SCHEMA_VERSION) -> None:
    """Create every table of the current schema and stamp the version, in one transaction."""
    with db.bind_ctx(MODELS), db.atomic():
        db.create_tables(MODELS)
        seed_question_bank(db)
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute_sql(f"PRAGMA user_version = {int(version)}")


def upgrade(
    db: SqliteDatabase,
    backup_dir: Path,
    *,
    target: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] | None = None,
) -> list[int]:
    """Bring ``db`` to ``target``; returns the versions applied (empty when already current).

    Raises :class:`DatabaseTooNewError` (touching nothing) when the database is newer, and
    :class:`MigrationError` when a step fails (that step rolled back, earlier ones kept).
    """
    steps = STEPS if steps is None else steps
    current = user_version(db)
    if current > target:
        raise DatabaseTooNewError(
            f"This database has schema version {current}, but this version of L2L Desktop "
            f"knows only up to {target}. It was left untouched; please update the app."
        )
    if current == target:
        return []
    missing = [v for v in range(current + 1, target + 1) if v not in steps]
    if missing:
        raise MigrationError(f"No upgrade step to schema version {missing[0]}.")
    backup = backup_dir / backup_name(f"before-v{current + 1}")
    remove_stale_parts(backup_dir)
    backup_connection(db.connection(), backup)
    log.info("backed up %s before upgrading from version %d", backup, current)
    applied = []
    for version in range(current + 1, target + 1):
        try:
            with db.atomic():
                steps[version](db)
                db.execute_sql(f"PRAGMA user_version = {int(version)}")
        except Exception as exc:  # any failure of a step is reported the same way
            log.exception("upgrade to schema version %d failed", version)
            raise MigrationError(
                f"Upgrading the database to schema version {version} failed ({exc}). "
                f"It was left at version {version - 1}; a backup is at {backup}."
            ) from exc
        applied.append(version)
    return applied
