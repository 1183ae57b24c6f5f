"""Typed UI settings over QSettings: window geometry and state, the last tab.

The SQLite file holds the user's records only; everything about the window lives here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from l2l_desktop import APP_ID


def make_qsettings(path: Path | None = None) -> QSettings:
    """QSettings at ``path`` (an INI file), or the platform's place for the app's settings."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)


class Settings:
    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def last_tab(self) -> int:
        try:
            return int(self._q.value("window/last_tab", 0))
        except (TypeError, ValueError):
            return 0

    @last_tab.setter
    def last_tab(self, value: int) -> None:
        self._q.setValue("window/last_tab", int(value))

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()
