"""Files the app writes for the user: where a save dialog proposes them; how they are written
is :mod:`l2l_desktop.core.files`."""

from __future__ import annotations

from pathlib import Path

from l2l_desktop.core.files import FILE_MODE, private_file, written_whole

__all__ = ["FILE_MODE", "private_file", "suggested_path", "written_whole"]


def suggested_path(name: str) -> str:
    """Where a save dialog first proposes to write ``name``: the user's documents folder
    (else home), never the folder the app happened to be started from."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / name)
