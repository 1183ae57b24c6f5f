"""The settings file: what is kept survives being read back by a new start, and a value that
cannot be read gives the default instead of an error."""

from __future__ import annotations

from datetime import datetime, time

from l2l_desktop.core.reminders import Schedule
from l2l_desktop.settings import Settings, make_qsettings


def test_the_reminders_and_what_was_done_with_them_survive_a_restart(tmp_path, qapp):
    path = tmp_path / "settings.ini"
    first = Settings(make_qsettings(path))
    kept = Schedule(morning=None, pauses=(time(9, 0), time(13, 30)), evening=time(18, 15),
                    weekly_day=0, weekly_at=time(8, 0), day_start_hour=5)  # fmt: skip
    first.set_schedule(kept)
    snoozed = datetime(2026, 12, 2, 11, 15).astimezone()
    handled = {"morning:2026-12-02:08:30": None, "pause:2026-12-02:11:00": snoozed}
    first.set_handled("/data", handled)
    first.theme, first.close_to_tray = "dark", True
    first.sync()
    again = Settings(make_qsettings(path))  # as the next start reads it
    assert again.schedule(5) == kept
    assert again.handled("/data") == handled
    assert again.handled("/elsewhere") == {}  # per data folder
    assert (again.theme, again.close_to_tray, again.start_minimised) == ("dark", True, False)


def test_unreadable_values_give_the_defaults(tmp_path, qapp):
    path = tmp_path / "settings.ini"
    path.write_text(
        "[reminders]\nmorning=soon\npauses=lunch, 15:00\npause_every=often\n"
        "[appearance]\ntheme=purple\n",
        encoding="utf-8",
    )
    settings = Settings(make_qsettings(path))
    schedule = settings.schedule(4)
    assert schedule.morning is None  # a time that cannot be read is off, not a crash
    assert schedule.pauses == (time(15, 0),)
    assert schedule.pause_every is None
    assert settings.theme == "system"


def test_a_settings_lock_left_empty_by_a_killed_start_is_cleared(tmp_path, qapp):
    """A start killed while QSettings held its lock leaves it empty; QSettings would take it
    for a live one for 30 seconds, the next start's window frozen on its first save."""
    from l2l_desktop.settings import Settings, make_qsettings

    path = tmp_path / "settings.ini"
    lock = tmp_path / "settings.ini.lock"
    lock.touch()  # as a kill between making the lock and writing the process id leaves it
    settings = Settings(make_qsettings(path))
    assert not lock.exists()
    settings.set_last_tab("/data", "trends")
    settings.sync()
    assert Settings(make_qsettings(path)).last_tab("/data") == "trends"
