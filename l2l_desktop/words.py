"""The English of the codes the store gives, and how a code and its values become a sentence.

The store says what happened as a code with values (``KnownStoreError("damaged", path,
verdict=…)``), never in words of its own. The sentences are here, marked for the catalogue:
the window words a code in the user's language (``said(error, tr)``), the command line and the
log in English (``str(error)``). This module imports nothing, so the store may lean on it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue (pyside6-lupdate finds it by this name); all texts
    are in the one, empty, context."""
    del context
    return text


class Worded:
    """Something the user is told: a code of :data:`SENTENCES` and the values it is about."""

    code: str
    values: Mapping[str, Any]

    def __str__(self) -> str:
        return said(self)


class Condition(Worded):
    """A condition of the machine (a full disk, a lock), in a few words."""

    def __init__(self, code: str, **values: Any) -> None:
        self.code, self.values = code, values


# The practices by their keys (core/trends.py), as the window (translated) and the command
# line name them.
PRACTICE_NAMES = {
    "intention": QT_TRANSLATE_NOOP("", "Intention set"),
    "pause": QT_TRANSLATE_NOOP("", "Intention pause"),
    "question": QT_TRANSLATE_NOOP("", "Question asked"),
    "gemba_visit": QT_TRANSLATE_NOOP("", "Gemba visit"),
    "daily_reflection": QT_TRANSLATE_NOOP("", "Daily reflection"),
    "weekly_review": QT_TRANSLATE_NOOP("", "Weekly review"),
    "any": QT_TRANSLATE_NOOP("", "Any practice"),
}
# How a practice's strength moves (as core/trends.py computes it), in a sentence.
STRENGTH_EXPLANATION = QT_TRANSLATE_NOOP(
    "",
    "Strength rises a little on each practice day you do it and sinks a little on each one "
    "you miss, so a missed day lowers it but never wipes it out, and days off leave it "
    "unchanged (it halves after about 13 missed practice days).",
)

SENTENCES = {
    # A save refused by a condition of the machine; the form keeps its text.
    "write.disk_full": QT_TRANSLATE_NOOP(
        "",
        "The disk is full, so nothing was saved. Free some space and save again; your text "
        "is still in the form.",
    ),
    "write.read_only": QT_TRANSLATE_NOOP(
        "",
        "The data folder is read-only, so nothing was saved. Check its permissions and save "
        "again; your text is still in the form.",
    ),
    "write.busy": QT_TRANSLATE_NOOP(
        "",
        "The database is busy (locked by another program), so nothing was saved. Try again "
        "in a moment; your text is still in the form.",
    ),
    "write.disk_error": QT_TRANSLATE_NOOP(
        "",
        "The disk reported an error, so nothing was saved. Your text is still in the form; "
        "check the disk and save again.",
    ),
    # The conditions met looking at or opening a database, in a few words.
    "disk_full": QT_TRANSLATE_NOOP("", "the disk is full"),
    "disk_full_free": QT_TRANSLATE_NOOP("", "the disk is full ({kib} KiB free)"),
    "quota": QT_TRANSLATE_NOOP("", "the disk quota is used up"),
    "disk_error": QT_TRANSLATE_NOOP("", "the disk reported an error"),
    "cannot_make_beside": QT_TRANSLATE_NOOP(
        "", "a file beside it cannot be made (is the disk full?)"
    ),
    "locked": QT_TRANSLATE_NOOP("", "another program holds it locked"),
    "folder_read_only": QT_TRANSLATE_NOOP("", "its folder cannot be written"),
    "permissions": QT_TRANSLATE_NOOP("", "its permissions do not allow it"),
    "memory": QT_TRANSLATE_NOOP("", "the computer is out of memory"),
    "disk_read_only": QT_TRANSLATE_NOOP("", "its disk is read-only"),
    "read_only_wal": QT_TRANSLATE_NOOP(
        "",
        "the folder {folder} is read-only, and {wal} holds changes SQLite cannot read "
        "without writing there",
    ),
    # The data folder.
    "data_dir.not_a_folder": QT_TRANSLATE_NOOP(
        "",
        "The data directory {folder} exists but is not a folder. Choose another location "
        "with --data-dir or {env}.",
    ),
    "data_dir.above_not_a_folder": QT_TRANSLATE_NOOP(
        "", "The data directory {folder} cannot be created: {existing} is not a folder."
    ),
    "data_dir.not_writable": QT_TRANSLATE_NOOP(
        "",
        "The data directory {folder} is not writable. Check its permissions, or choose "
        "another location with --data-dir or {env}.",
    ),
    "data_dir.cannot_create_in": QT_TRANSLATE_NOOP(
        "",
        "The data directory {folder} cannot be created in {existing}. Check its permissions, "
        "or choose another location with --data-dir or {env}.",
    ),
    "data_dir.database_access": QT_TRANSLATE_NOOP(
        "", "The database {database} cannot be read and written. Check its permissions."
    ),
    # Opening a database.
    "open.condition": QT_TRANSLATE_NOOP(
        "",
        "{path} cannot be opened just now: {condition}. Nothing was changed, and this is not "
        "damage to the file. Put that right, then try again.",
    ),
    "open.read_only_folder": QT_TRANSLATE_NOOP(
        "",
        "The database {path} cannot be read: {detail}. It was left untouched; make the "
        "folder writable and try again.",
    ),
    "open.not_a_database": QT_TRANSLATE_NOOP(
        "",
        "{path} is not an L2L Desktop database (it is not an SQLite file, or it is damaged). "
        "It was left untouched.",
    ),
    "open.foreign": QT_TRANSLATE_NOOP(
        "",
        "{path} is an SQLite database of another program, not of L2L Desktop. It was left "
        "untouched.",
    ),
    "open.too_new": QT_TRANSLATE_NOOP(
        "",
        "{path} was written by a newer version of L2L Desktop (schema version {version}; "
        "this version knows up to {known}). It was left untouched; please update the app.",
    ),
    "open.damaged": QT_TRANSLATE_NOOP(
        "",
        "{path} is damaged (SQLite found: {verdict}). It was left untouched; restore the "
        "newest backup from {backups}.",
    ),
    "open.empty_after_use": QT_TRANSLATE_NOOP(
        "",
        "{path} is empty, but backups show this folder was used before. It was left "
        "untouched; restore the newest backup from {backups}.",
    ),
    # Upgrading a database's schema.
    "upgrade.too_new": QT_TRANSLATE_NOOP(
        "",
        "This database has schema version {version}, but this version of L2L Desktop knows "
        "only up to {known}. It was left untouched; please update the app.",
    ),
    "upgrade.no_step": QT_TRANSLATE_NOOP("", "No upgrade step to schema version {version}."),
    "upgrade.failed": QT_TRANSLATE_NOOP(
        "",
        "Upgrading the database to schema version {version} failed ({error}). It was left "
        "at version {previous}; a backup is at {backup}.",
    ),
    "upgrade.schema_wrong": QT_TRANSLATE_NOOP(
        "",
        "{path} was upgraded, but its schema is not the app's ({problems}). The file from "
        "before the upgrade is in {backups}.",
    ),
    # Backups and restores.
    "backup.check_failed": QT_TRANSLATE_NOOP(
        "", "The backup failed its check ({verdict}); older ones were kept."
    ),
    "restore.unusable": QT_TRANSLATE_NOOP(
        "", "The backup {backup} cannot be restored: {verdict}. Nothing was changed."
    ),
    "restore.copy_failed": QT_TRANSLATE_NOOP(
        "", "The copy of {backup} failed its check ({verdict}). Nothing was changed."
    ),
    # What is wrong with a backup, in a few words.
    "backup.not_ours": QT_TRANSLATE_NOOP("", "not an L2L Desktop database"),
    "backup.foreign": QT_TRANSLATE_NOOP("", "another program's database"),
    "backup.too_new": QT_TRANSLATE_NOOP("", "from a newer version of the app"),
    "backup.unusable": QT_TRANSLATE_NOOP("", "cannot be used"),
    "backup.damaged": QT_TRANSLATE_NOOP("", "damaged ({detail})"),
    "backup.unreadable": QT_TRANSLATE_NOOP("", "cannot be read ({detail})"),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "",
        "{path} already holds records; demo data is only written into an empty data folder, "
        "so nothing was changed.",
    ),
}


def _same(text: str) -> str:
    return text


def said(thing: Worded, translate: Callable[[str], str] = _same) -> str:
    """The sentence ``thing`` stands for, its values filled in (themselves worded when they
    are :class:`Worded`), in the language ``translate`` gives (English unless told)."""
    values = {
        name: said(value, translate) if isinstance(value, Worded) else value
        for name, value in thing.values.items()
    }
    return translate(SENTENCES[thing.code]).format(**values)
