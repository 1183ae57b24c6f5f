"""The log file: warnings and bugs (with their tracebacks) in the platform's log folder.

Nothing is written until :func:`setup_logging` is called (the window does, at start). The
folder is 0700 and the files 0600: a traceback can quote a record's text.
"""

from __future__ import annotations

import logging
import os
import platform
import sqlite3
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path

from l2l_desktop import APP_ID
from l2l_desktop.paths import make_private_dirs

LOG_NAME = "l2l-desktop.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"


def log_dir() -> Path:
    """platformdirs' per-user log folder for the app (not created)."""
    return user_log_path(APP_ID, appauthor=False, ensure_exists=False)


class PrivateFileHandler(RotatingFileHandler):
    """A rotating log whose files are created with mode 0600, whatever the umask."""

    def _open(self):  # type: ignore[override]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log warnings to stderr, and INFO and above to the log file; the file's path.

    None when the folder cannot be written (the app runs on without a file).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if not any(getattr(h, "l2l_stderr", False) for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.l2l_stderr = True  # type: ignore[attr-defined]
        root.addHandler(console)
    for handler in root.handlers:
        if isinstance(handler, PrivateFileHandler):
            return Path(handler.baseFilename)
    folder = folder or log_dir()
    try:
        make_private_dirs(folder)
        handler = PrivateFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return Path(handler.baseFilename)


def environment_summary() -> str:
    """The versions a bug report needs (no paths, no records)."""
    from l2l_desktop import __version__  # read from the package metadata only when asked

    lines = [
        f"L2L Desktop {__version__}",
        f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
        f"SQLite {sqlite3.sqlite_version}",
        f"OS {platform.platform()}",
    ]
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        lines.append(f"Qt {qVersion()}, PySide6 {PySide6.__version__}")
    except ImportError:  # pragma: no cover - the app always has it
        pass
    return "\n".join(lines)
