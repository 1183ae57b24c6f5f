"""Where things live. Nothing here touches the disk until a function is called."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_path

from l2l_desktop import APP_ID
from l2l_desktop.words import Worded

ENV_DATA_DIR = "L2L_DATA_DIR"
DB_NAME = "l2l.sqlite3"
LOCK_NAME = "l2l.lock"  # QLockFile's: the process that holds it runs the app on this folder
BACKUP_DIR_NAME = "backups"
DIR_MODE = 0o700


class DataDirError(Worded, Exception):
    """The data directory cannot be used: a code of :mod:`l2l_desktop.words` and its values;
    ``str(error)`` is the English sentence fit to show the user."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code, self.values = code, {"env": ENV_DATA_DIR, **values}


def default_data_dir() -> Path:
    """platformdirs' per-user data directory for the app (not created)."""
    return user_data_path(APP_ID, appauthor=False, ensure_exists=False)


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The data directory: ``--data-dir``, else ``$L2L_DATA_DIR``, else the platform default."""
    environ = os.environ if environ is None else environ
    chosen = cli_value if cli_value not in (None, "") else environ.get(ENV_DATA_DIR) or None
    path = Path(chosen).expanduser() if chosen is not None else default_data_dir()
    return Path(os.path.abspath(path))


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return Path(path.anchor)


def check_data_dir(data_dir: Path) -> None:
    """Raise :class:`DataDirError` when ``data_dir`` cannot hold the database. Changes nothing."""
    existing = _nearest_existing(data_dir)
    if existing == data_dir and not data_dir.is_dir():
        raise DataDirError("data_dir.not_a_folder", folder=data_dir)
    if existing != data_dir and not existing.is_dir():
        raise DataDirError("data_dir.above_not_a_folder", folder=data_dir, existing=existing)
    if not os.access(existing, os.W_OK | os.X_OK):
        if existing == data_dir:
            raise DataDirError("data_dir.not_writable", folder=data_dir)
        raise DataDirError("data_dir.cannot_create_in", folder=data_dir, existing=existing)
    db = database_path(data_dir)
    if db.exists() and (db.is_dir() or not os.access(db, os.R_OK | os.W_OK)):
        raise DataDirError("data_dir.database_access", database=db)


def make_private_dirs(folder: Path) -> Path:
    """Create ``folder`` and every missing folder above it with mode 0700, whatever the umask
    (``mkdir(parents=True)`` gives the parents the umask's mode: 0777 under umask 000)."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by someone else
            path.mkdir(mode=DIR_MODE)
            os.chmod(path, DIR_MODE)  # mkdir's mode is filtered by the umask
    return folder


def ensure_data_dir(data_dir: Path) -> Path:
    """Check, then create ``data_dir`` (and any missing parent, each 0700) if need be."""
    check_data_dir(data_dir)
    if not data_dir.exists():
        make_private_dirs(data_dir)
    return data_dir
