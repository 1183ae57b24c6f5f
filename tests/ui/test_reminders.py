"""Reminders in the window: the banner shows what is due, logs a pause in one click, snoozes,
dismisses for the day, and goes away when the practice is done elsewhere."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.reminders import ReminderKind, Schedule, day_key, slot_key
from l2l_desktop.services import Journal
from tests.ui.test_trust import CTRL, press

SHIFT = Qt.KeyboardModifier.ShiftModifier

WED = date(2026, 12, 2)  # a Wednesday


class Clock:
    """The window's and the journal's clock, set by the test (the machine's own zone)."""

    def __init__(self, journal: Journal, at: datetime) -> None:
        self.at = at
        journal.clock = lambda: self.at

    def aware(self) -> datetime:
        return self.at.astimezone()


@pytest.fixture
def window(make_window, journal, settings):
    settings.set_schedule(Schedule(morning=time(8, 30), pauses=(time(11, 0), time(15, 0)),
                                   evening=time(17, 30), weekly_at=None))  # fmt: skip
    made = make_window()
    made.show()
    return made


def runner_at(window, journal, at: datetime) -> Clock:
    clock = Clock(journal, at)
    window.reminders.clock = clock.aware
    return clock


def test_the_pause_reminder_logs_a_pause_in_one_click(qtbot, window, journal):
    journal.save(
        r.Intention(
            WED, "my people", "a calm handover", (r.Action("walk the line", Element.SUPPORT),)
        )
    )
    runner_at(window, journal, datetime(2026, 12, 2, 11, 5))
    handled = window.settings.handled(window.data_location)
    handled[slot_key(ReminderKind.MORNING, WED, time(8, 30))] = None  # the intention is set
    window.settings.set_handled(window.data_location, handled)
    shown = window.reminders.check()
    assert shown is not None and shown.kind is ReminderKind.PAUSE
    banner = window.banner
    assert banner.isVisible()
    assert "Heart: my people" in banner.detail.text()
    assert "Direction: a calm handover" in banner.detail.text()
    banner.note.setText("  firefighting the printer  ")
    qtbot.mouseClick(banner.answers[r.Alignment.PARTLY], Qt.MouseButton.LeftButton)
    (pause,) = journal.pauses_for_day(WED)
    assert (pause.alignment, pause.note) == (r.Alignment.PARTLY, "firefighting the printer")
    local = datetime(2026, 12, 2, 11, 5).astimezone()  # 11:05 on this machine's clock
    assert pause.at == local.replace(tzinfo=None) - (local.utcoffset() or timedelta())  # in UTC
    assert not banner.isVisible()
    assert "partly aligned" in window.statusBar().currentMessage()
    assert window.reminders.check() is None  # done, and shown once


def test_the_morning_reminder_shows_what_is_carried_over_and_opens_today(qtbot, window, journal):
    journal.save(r.Reflection(date(2026, 12, 1), adjust_next="Ask before telling\nand more"))
    journal.save(
        r.GembaVisit(date(2026, 11, 30), "Dock 4", "flow",
                     follow_ups=(r.FollowUp("order the jack", due_day=date(2026, 12, 1)),
                                 r.FollowUp("call the vendor", due_day=date(2026, 12, 20))))
    )  # fmt: skip
    runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
    window.tabs.setCurrentWidget(window.trends)
    shown = window.reminders.check()
    assert shown is not None and shown.kind is ReminderKind.MORNING
    detail = window.banner.detail.text()
    assert "Carried over: \u201cAsk before telling\u201d" in detail  # its first line
    assert "1 follow-up due" in detail  # the one due on the 1st, not the 20th
    qtbot.mouseClick(window.banner.act_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.today
    assert not window.banner.isVisible()


def test_snooze_brings_it_back_and_not_today_keeps_it_away(qtbot, window, journal):
    clock = runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
    assert window.reminders.check().kind is ReminderKind.MORNING
    window.banner.snoozed.emit(15)  # the Snooze menu's first entry
    assert not window.banner.isVisible()
    clock.at = datetime(2026, 12, 2, 9, 10)
    assert window.reminders.check() is None
    clock.at = datetime(2026, 12, 2, 9, 15)
    assert window.reminders.check().kind is ReminderKind.MORNING
    qtbot.mouseClick(window.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert day_key(ReminderKind.MORNING, WED) in window.settings.handled(window.data_location)
    clock.at = datetime(2026, 12, 2, 10, 30)
    assert window.reminders.check() is None


def test_a_reminder_goes_away_when_its_practice_is_done_elsewhere(window, journal):
    runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
    assert window.reminders.check().kind is ReminderKind.MORNING
    journal.save(
        r.Intention(WED, "h", "d", (r.Action("a", Element.SELF),))
    )  # from the Today tab, say
    assert not window.banner.isVisible()


def test_what_was_shown_stays_shown_after_a_restart(make_window, window, journal):
    runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
    assert window.reminders.check() is not None
    window.settings.sync()
    again = make_window()  # the same settings file, as after a restart
    again.reminders.clock = window.reminders.clock
    assert again.reminders.check() is None


def test_the_evening_reminder_opens_the_hansei_with_the_days_actions(qtbot, window, journal):
    journal.save(
        r.Intention(
            WED,
            "h",
            "d",
            (r.Action("walk the line", Element.SUPPORT), r.Action("ask Ana", Element.SUPPORT)),
        )
    )
    journal.save(r.Pause(WED, datetime(2026, 12, 2, 14, 0), r.Alignment.ALIGNED))
    runner_at(window, journal, datetime(2026, 12, 2, 17, 45))
    shown = window.reminders.check()
    assert shown is not None and shown.kind is ReminderKind.EVENING
    assert window.banner.detail.text() == "Today's actions: walk the line; ask Ana"
    qtbot.mouseClick(window.banner.act_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.reflection


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_reminder_does_not_take_the_keys_from_what_is_being_typed(qtbot, window, journal):
    window.activateWindow()
    window.tabs.setCurrentWidget(window.today)
    field = window.today.fields.editors["heart"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
    assert window.reminders.check() is not None and window.banner.isVisible()
    assert field.hasFocus()  # the band appeared; the typing goes on where it was
    press(window, Qt.Key.Key_R, CTRL | SHIFT)  # to the band, when the user wants it
    qtbot.waitUntil(window.banner.act_button.hasFocus)
    press(window, Qt.Key.Key_Escape)  # not today
    assert not window.banner.isVisible()
    assert day_key(ReminderKind.MORNING, WED) in window.settings.handled(window.data_location)
