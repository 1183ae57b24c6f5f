"""Edit › Settings…: each change applies at once and is kept; a time that cannot be read is
said under its field and changes nothing."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest

from l2l_desktop.services import Journal
from l2l_desktop.ui.settings_dialog import SettingsDialog
from l2l_desktop.ui.settings_fields import parse_times
from tests.ui.test_trust import CTRL, press


@pytest.fixture
def dialog(qtbot, journal, settings):
    made = SettingsDialog(journal, settings, tray_available=True)
    qtbot.addWidget(made)
    made.show()
    return made


def test_ctrl_comma_opens_the_settings(active_window, qtbot):
    press(active_window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: isinstance(active_window.findChild(SettingsDialog), SettingsDialog))
    found = active_window.findChild(SettingsDialog)
    assert found.isVisible() and found.windowTitle() == "Settings"
    found.close()


def test_reminder_times_apply_at_once(dialog, settings):
    dialog.morning.at.setTime(QTime(7, 45))
    assert settings.schedule(4).morning == time(8, 30)  # not while the time is being typed
    dialog.morning.at.editingFinished.emit()  # Enter, or the focus moving on
    assert settings.schedule(4).morning == time(7, 45)
    dialog.evening.on.setChecked(False)
    assert settings.schedule(4).evening is None
    assert not dialog.evening.at.isEnabled()
    dialog.weekly_day.setCurrentIndex(0)  # Monday
    dialog.weekly.at.setTime(QTime(9, 15))
    dialog.weekly.at.editingFinished.emit()
    kept = settings.schedule(4)
    assert (kept.weekly_day, kept.weekly_at) == (0, time(9, 15))


def test_pause_times_are_read_sorted_and_a_bad_one_is_said_at_the_field(dialog, settings):
    dialog.pause_at.setChecked(True)
    dialog.pause_times.setText("14:30, 9:00,11:00")
    dialog.pause_times.editingFinished.emit()
    assert settings.schedule(4).pauses == (time(9, 0), time(11, 0), time(14, 30))
    assert dialog.pause_times.text() == "09:00, 11:00, 14:30"
    dialog.pause_times.setText("11:00, after lunch")
    dialog.pause_times.editingFinished.emit()
    assert dialog.pause_error.isVisible()
    assert "'after lunch' is not a time" in dialog.pause_error.text()
    assert settings.schedule(4).pauses == (time(9, 0), time(11, 0), time(14, 30))  # unchanged


def test_pauses_every_two_hours_within_working_hours(dialog, settings):
    dialog.pause_every.setChecked(True)
    dialog.every.setValue(2)
    dialog.work_start.setTime(QTime(8, 0))
    dialog.work_end.setTime(QTime(16, 0))
    dialog.work_end.editingFinished.emit()
    kept = settings.schedule(4)
    assert kept.pause_every == 2
    assert kept.pause_times() == (time(10, 0), time(12, 0), time(14, 0))
    assert not dialog.pause_times.isEnabled()
    dialog.work_end.setTime(QTime(7, 0))
    dialog.work_end.editingFinished.emit()
    assert dialog.hours_error.text() == "Working hours end after they start."
    assert not dialog.pause_error.isVisible()  # under the row it is about
    assert settings.schedule(4).work_end == time(16, 0)
    dialog.pauses_off.setChecked(True)
    assert settings.schedule(4).pause_times() == ()


def test_the_day_start_is_kept_with_the_journal(dialog, journal, store):
    dialog.day_start.setCurrentIndex(dialog.day_start.findData(6))
    assert dialog.day_start.currentText() == "06:00"
    assert journal.day_start_hour == 6
    assert Journal(store).day_start_hour == 6  # read back by a new journal (the command line)


def test_the_theme_applies_at_once(qtbot, dialog, settings):
    with qtbot.waitSignal(dialog.theme_chosen) as chosen:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert chosen.args == ["dark"]
    assert settings.theme == "dark"


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, journal, settings,
                                                              isolated_home):  # fmt: skip
    dialog = SettingsDialog(journal, settings, True, login_options=["--data-dir", "/my data"])
    qtbot.addWidget(dialog)
    entry = isolated_home / ".config" / "autostart" / "l2l-desktop.desktop"
    dialog.start_minimised.setChecked(True)
    dialog.start_at_login.setChecked(True)
    text = entry.read_text(encoding="utf-8")
    command = text.split("Exec=")[1].splitlines()[0]
    assert "[Desktop Entry]" in text and command.endswith("--data-dir '/my data' --minimised")
    assert str(entry) in dialog.login_note.text()
    dialog.start_minimised.setChecked(False)  # the entry follows
    assert "--minimised" not in entry.read_text(encoding="utf-8")
    dialog.start_at_login.setChecked(False)
    assert not entry.exists()


def test_without_a_tray_closing_quits_and_says_so(qtbot, journal, settings):
    settings.close_to_tray = True
    made = SettingsDialog(journal, settings, tray_available=False)
    qtbot.addWidget(made)
    assert not made.close_to_tray.isEnabled() and not made.close_to_tray.isChecked()
    labels = [w.text() for w in made.findChildren(type(made.login_note))]
    assert "This desktop has no system tray, so closing the window quits the app." in labels


def test_parse_times():
    assert parse_times("9, 13:30;17:00") == (time(9, 0), time(13, 30), time(17, 0))
    assert parse_times(" ") == ()
    with pytest.raises(ValueError, match="25:00"):
        parse_times("11:00, 25:00")


def test_enter_in_a_field_opens_nothing(qtbot, dialog):
    opened = []
    dialog.practice_days_requested.connect(lambda: opened.append(True))
    dialog.pause_times.setFocus()
    QTest.keyClick(dialog.pause_times, Qt.Key.Key_Return)
    assert opened == [] and dialog.isVisible()


def test_a_demo_offers_no_start_at_login(qtbot, journal, settings):
    dialog = SettingsDialog(journal, settings, True, login_options=None)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isEnabled()
    assert dialog.login_note.text() == "Not for demo data: it is deleted when you quit."


def test_how_long_backups_are_kept_is_kept_with_the_journal(dialog, journal, store):
    assert dialog.backup_months.currentText() == "a year"  # the default
    dialog.backup_months.setCurrentIndex(dialog.backup_months.findData(36))
    assert journal.backup_months() == 36
    assert Journal(store).backup_months() == 36


def test_only_languages_with_a_built_catalogue_are_offered(qtbot, journal, settings, monkeypatch):
    from l2l_desktop.ui import translations

    monkeypatch.setattr(translations, "offered", lambda: [])  # no German catalogue built
    settings.language = "de"  # chosen when there was one
    made = SettingsDialog(journal, settings, True)
    qtbot.addWidget(made)
    items = [made.language.itemData(i) for i in range(made.language.count())]
    assert items == ["system", "en"] and made.language.currentData() == "system"
    monkeypatch.setattr(translations, "offered", lambda: ["de"])
    again = SettingsDialog(journal, settings, True)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Deutsch"
