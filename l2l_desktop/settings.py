"""Typed UI settings over QSettings: window geometry and state, the last tab.

The SQLite file holds the user's records only; everything about the window lives here.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from l2l_desktop import APP_ID
from l2l_desktop.paths import make_private_dirs


def make_qsettings(path: Path | None = None) -> QSettings:
    """QSettings at ``path`` (an INI file), or the platform's place for the app's settings."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)


def _folder_key(name: str, folder: str) -> str:
    """A key of its own for each data folder (its path, hashed: QSettings reads "/" as a
    group)."""
    return f"{name}/{hashlib.sha256(folder.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


class _Bytes:
    """A setting kept as bytes (window geometry, window state); None until first kept."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, settings: Settings, owner: type | None = None) -> QByteArray | None:
        value = settings._q.value(self.key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def __set__(self, settings: Settings, value: QByteArray) -> None:
        settings._q.setValue(self.key, value)


class Settings:
    geometry = _Bytes("window/geometry")
    window_state = _Bytes("window/state")

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    def last_tab(self, folder: str) -> int:
        """The tab the window was closed on, with the data in ``folder`` (0, Today, for a
        folder it never showed)."""
        try:
            return int(self._q.value(_folder_key("last_tab", folder), 0))
        except (TypeError, ValueError):
            return 0

    def set_last_tab(self, folder: str, value: int) -> None:
        self._q.setValue(_folder_key("last_tab", folder), int(value))

    def sync(self) -> None:
        """Write the settings out: a file only this user may read (window state is little,
        but the recent folders and, later, reminder times are the user's own)."""
        path = Path(self._q.fileName())
        make_private_dirs(path.parent)  # the app's own folder, before Qt makes it as it likes
        self._q.sync()
        if path.is_file():
            os.chmod(path, 0o600)
