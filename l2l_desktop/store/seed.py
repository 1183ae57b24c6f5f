"""The starter question bank written into a new (or newly upgraded) database."""

from __future__ import annotations

import uuid
from datetime import datetime

from peewee import SqliteDatabase

from l2l_desktop.core.question_bank import STARTER_BANK

# Fixed UUIDs (derived from the text) so the same starter question is the same record in every
# database, and an export merged into another copy adds no duplicates.
_NAMESPACE = uuid.UUID("6f1c1b0e-2f7e-4a51-9a43-5d0c7f3e8b21")
# And fixed stamps, older than anything a user writes: two copies seeded at different times
# hold the same record, so a merge finds it unchanged, and any edit or deletion is newer.
SEED_STAMP = datetime(2000, 1, 1)


def starter_uuid(text: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, text))


def seed_question_bank(db: SqliteDatabase) -> int:
    """Insert the starter questions that are not there yet (plain SQL: safe in migrations)."""
    now = SEED_STAMP
    rows = [
        (starter_uuid(entry.text), now, now, entry.text, entry.purpose, 1, 1)
        for entry in STARTER_BANK
    ]
    cursor = db.execute_sql("SELECT uuid FROM bank_question")
    present = {row[0] for row in cursor.fetchall()}
    fresh = [row for row in rows if row[0] not in present]
    for row in fresh:
        db.execute_sql(
            "INSERT INTO bank_question (uuid, created_at, updated_at, text, purpose, active, "
            "builtin) VALUES (?, ?, ?, ?, ?, ?, ?)",
            row,
        )
    return len(fresh)
