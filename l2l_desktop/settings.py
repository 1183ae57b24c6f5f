"""Typed UI settings over QSettings: window geometry and state, the last tab, the reminders'
times and what was done with each, the theme and language, the tray and login behaviour.

The SQLite file holds the user's records, and the preferences that concern them (practice
days, the hour a day starts); everything about this machine's window lives here.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QSettings

from l2l_desktop import APP_ID
from l2l_desktop.core.reminders import Schedule
from l2l_desktop.paths import make_private_dirs

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")


# QSettings writes its file under a lock file of its own. A process killed while holding it
# can leave the lock empty (made, its process id not yet written), which QSettings takes for a
# live lock until it is 30 seconds old: the next start's first save of the settings would wait
# that long, the window frozen. A lock that stays empty this long is a dead writer's.
STALE_SETTINGS_LOCK_MS = 500
SETTINGS_LOCK_WAIT_MS = 2000


def make_qsettings(path: Path | None = None) -> QSettings:
    """QSettings at ``path`` (an INI file), or the platform's place for the app's settings."""
    if path is not None:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    else:
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)
    _clear_dead_lock(settings.fileName() + ".lock")
    return settings


def _clear_dead_lock(lock_path: str) -> None:
    """Remove the settings' lock file when a dead process left it (see above); a live one is
    waited for a moment, then left to QSettings."""
    if not os.path.exists(lock_path):
        return
    lock = QLockFile(lock_path)
    lock.setStaleLockTime(STALE_SETTINGS_LOCK_MS)
    if lock.tryLock(SETTINGS_LOCK_WAIT_MS):
        lock.unlock()


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


class _Choice:
    """A setting that is one of ``choices`` (the first is the default)."""

    def __init__(self, key: str, choices: tuple[str, ...]) -> None:
        self.key, self.choices = key, choices

    def __get__(self, settings: Settings, owner: type | None = None) -> str:
        value = settings._q.value(self.key)
        return value if value in self.choices else self.choices[0]

    def __set__(self, settings: Settings, value: str) -> None:
        if value not in self.choices:
            raise ValueError(f"{self.key}: one of {', '.join(self.choices)}")
        settings._q.setValue(self.key, value)


class _Flag:
    """A setting that is on or off."""

    def __init__(self, key: str, default: bool = False) -> None:
        self.key, self.default = key, default

    def __get__(self, settings: Settings, owner: type | None = None) -> bool:
        value = settings._q.value(self.key)
        if value is None:
            return self.default
        return str(value).lower() in ("true", "1")

    def __set__(self, settings: Settings, value: bool) -> None:
        settings._q.setValue(self.key, "true" if value else "false")


def _clock(text: object) -> time | None:
    """ "HH:MM" as a time; None for "off" or anything else."""
    try:
        return time.fromisoformat(str(text)) if text not in (None, "", "off") else None
    except ValueError:
        return None


def _hhmm(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else "off"


# The tabs in the order they had when the last tab was kept by its position.
LEGACY_TABS = ("today", "questions", "gemba", "reflection", "trends")


class Settings:
    geometry = _Bytes("window/geometry")
    window_state = _Bytes("window/state")
    theme = _Choice("appearance/theme", THEMES)
    language = _Choice("appearance/language", LANGUAGES)
    close_to_tray = _Flag("window/close_to_tray")
    start_minimised = _Flag("window/start_minimised")
    start_at_login = _Flag("system/start_at_login")

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    def last_tab(self, folder: str) -> str:
        """The name of the tab the window was closed on, with the data in ``folder``
        ("today" for a folder it never showed). Kept by name: a new tab moves the others."""
        value = str(self._q.value(_folder_key("last_tab", folder), "today"))
        if value.isdigit():  # stored by position before the People tab came
            return LEGACY_TABS[int(value)] if int(value) < len(LEGACY_TABS) else "today"
        return value

    def set_last_tab(self, folder: str, name: str) -> None:
        self._q.setValue(_folder_key("last_tab", folder), name)

    def schedule(self, day_start_hour: int) -> Schedule:
        """When the reminders come (the defaults of :class:`Schedule` where not set)."""
        q, default = self._q, Schedule(day_start_hour=day_start_hour)

        def clock(key: str, fallback: time | None) -> time | None:
            value = q.value(f"reminders/{key}")
            return fallback if value is None else _clock(value)

        pauses_text = q.value("reminders/pauses")
        pauses = default.pauses
        if pauses_text is not None:
            if isinstance(pauses_text, list):  # an INI line with bare commas reads as a list
                pauses_text = ",".join(str(p) for p in pauses_text)
            parts = str(pauses_text).replace(";", ",").split(",")
            pauses = tuple(sorted({t for p in parts if (t := _clock(p.strip())) is not None}))
        try:
            every = int(q.value("reminders/pause_every", 0)) or None
            weekly_day = int(q.value("reminders/weekly_day", default.weekly_day))
        except (TypeError, ValueError):
            every, weekly_day = None, default.weekly_day
        return replace(
            default,
            morning=clock("morning", default.morning),
            pauses=pauses,
            pause_every=every if every is None or every >= 1 else None,
            work_start=clock("work_start", default.work_start) or default.work_start,
            work_end=clock("work_end", default.work_end) or default.work_end,
            evening=clock("evening", default.evening),
            weekly_day=weekly_day if 0 <= weekly_day <= 6 else default.weekly_day,
            weekly_at=clock("weekly_at", default.weekly_at),
        )

    def set_schedule(self, schedule: Schedule) -> None:
        q = self._q
        q.setValue("reminders/morning", _hhmm(schedule.morning))
        q.setValue("reminders/pauses", ",".join(_hhmm(t) for t in schedule.pauses))
        q.setValue("reminders/pause_every", int(schedule.pause_every or 0))
        q.setValue("reminders/work_start", _hhmm(schedule.work_start))
        q.setValue("reminders/work_end", _hhmm(schedule.work_end))
        q.setValue("reminders/evening", _hhmm(schedule.evening))
        q.setValue("reminders/weekly_day", int(schedule.weekly_day))
        q.setValue("reminders/weekly_at", _hhmm(schedule.weekly_at))

    def handled(self, folder: str) -> dict[str, datetime | None]:
        """What was done with each reminder of the data in ``folder``: None when it was shown
        or dismissed, the end of the snooze when it was snoozed (see core/reminders.py)."""
        try:
            raw = json.loads(str(self._q.value(_folder_key("reminders_handled", folder), "{}")))
        except ValueError:
            return {}
        out: dict[str, datetime | None] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                try:
                    out[str(key)] = datetime.fromisoformat(value) if value else None
                except (TypeError, ValueError):
                    out[str(key)] = None
        return out

    def set_handled(self, folder: str, handled: dict[str, datetime | None]) -> None:
        raw = {k: (v.isoformat() if v is not None else None) for k, v in handled.items()}
        self._q.setValue(_folder_key("reminders_handled", folder), json.dumps(raw, sort_keys=True))

    def sync(self) -> None:
        """Write the settings out: a file only this user may read (window state is little,
        but the recent folders and, later, reminder times are the user's own)."""
        path = Path(self._q.fileName())
        make_private_dirs(path.parent)  # the app's own folder, before Qt makes it as it likes
        self._q.sync()
        if path.is_file():
            os.chmod(path, 0o600)
