"""What the subcommands share: refusing with a message, finding and opening the database."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from l2l_desktop import APP_ID

if TYPE_CHECKING:
    from l2l_desktop.store import Store


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


class Refused(Exception):
    """A subcommand cannot go on; the message is printed and the exit code is 2."""


def existing_database(args: argparse.Namespace) -> Path:
    """The database in the chosen data folder; refused when there is none (nothing created)."""
    from l2l_desktop.paths import database_path, resolve_data_dir
    from l2l_desktop.store.restore import RESTORING_SUFFIX, finish_interrupted_restore

    db = database_path(resolve_data_dir(getattr(args, "data_dir", None)))
    if db.is_file():
        return db
    staging = db.with_name(db.name + RESTORING_SUFFIX)
    if finish_interrupted_restore(db):
        print(
            f"{APP_ID}: a restore from backup had stopped before its copy was put in place, "
            f"at {db}; it is now finished.",
            file=sys.stderr,
        )
        return db
    if staging.exists():  # not finished: its copy fails its check
        raise Refused(
            f"a restore into {db} stopped halfway, and its copy {staging} fails its check; "
            f"it was left for you to look at, and nothing was changed."
        )
    raise Refused(f"no L2L Desktop database at {db}.")


def open_existing(args: argparse.Namespace, *, every_page: bool = True) -> Store:
    """Open the existing database (upgrading it, after a backup, if it is older). A quick
    command passes ``every_page=False``: the look at the file then takes the same time for
    any history, and damage on a page it reads is told when it reads it (``main``)."""
    from l2l_desktop.store import KnownStoreError, open_store

    db = existing_database(args)
    try:
        return open_store(db, db.parent / "backups", every_page=every_page)
    except KnownStoreError as exc:
        raise Refused(str(exc)) from exc


def running_app_pid(data_dir: Path) -> int | None:
    """The process of an app running on ``data_dir`` (read from its lock file, without Qt)."""
    from l2l_desktop.paths import lock_path

    try:
        first = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").split()
        pid = int(first[0])
    except (OSError, ValueError, IndexError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # left by a crash
    except PermissionError:
        return pid  # alive, another user's
    return pid


def open_or_create(args: argparse.Namespace, *, every_page: bool = True) -> Store:
    """Open the database of the chosen data folder, creating the folder and the database when
    there is none yet (an import into a new folder, a first quick capture)."""
    from l2l_desktop.paths import DataDirError, database_path, resolve_data_dir
    from l2l_desktop.store import KnownStoreError

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if database_path(data_dir).is_file():
        return open_existing(args, every_page=every_page)
    from l2l_desktop.app import open_data

    try:
        return open_data(data_dir)
    except (DataDirError, KnownStoreError) as exc:
        raise Refused(str(exc)) from exc
