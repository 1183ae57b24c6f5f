"""Desktop notifications: a reminder sent to a fake notification server on a private D-Bus
session bus (started here: dbus-daemon is a requirement of the tests, installed by .ci/run)
arrives with its actions, and a click on one does what the banner's button does."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from l2l_desktop.core import records as r
from l2l_desktop.core.reminders import ReminderKind, Schedule, slot_key
from l2l_desktop.ui.notify import DesktopNotifier
from tests.ui.test_reminders import runner_at

WED = date(2026, 12, 2)
FAKE = Path(__file__).with_name("fake_notifications.py")


@pytest.fixture
def private_bus(tmp_path):
    """A D-Bus session bus of the test's own: its address."""
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed (Debian: apt-get install dbus-daemon)"
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1", f"--address=unix:dir={tmp_path}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # (a note that it may not raise its limit of open files)
        text=True,
    )
    with proc.stdout:
        address = proc.stdout.readline().strip()
    assert address.startswith("unix:"), "dbus-daemon did not start"
    yield address
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def fake_server(private_bus, tmp_path, qtbot):
    """The fake notification server on the private bus: the folder it writes to."""
    folder = tmp_path / "server"
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, str(FAKE), private_bus, str(folder)])
    bus = QDBusConnection.connectToBus(private_bus, f"probe-{id(folder)}")
    iface = bus.interface()
    qtbot.waitUntil(
        lambda: iface.isServiceRegistered("org.freedesktop.Notifications").value(), timeout=15000
    )
    yield folder
    proc.terminate()
    proc.wait(timeout=10)


def received(folder: Path) -> list[dict]:
    path = folder / "received.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def window(make_window, settings):
    settings.set_schedule(Schedule(morning=time(8, 30), pauses=(time(11, 0),),
                                   evening=time(17, 30), weekly_at=None))  # fmt: skip
    made = make_window()
    made.show()
    return made


def test_a_pause_reminder_arrives_with_its_actions_and_a_click_logs_the_pause(
    qtbot, window, journal, private_bus, fake_server
):
    notifier = DesktopNotifier(QDBusConnection.connectToBus(private_bus, "l2l-test"))
    assert notifier.available and notifier.has_actions, notifier.reason
    window.reminders.use_notifier(notifier)
    runner_at(window, journal, datetime(2026, 12, 2, 11, 5))
    morning = slot_key(ReminderKind.MORNING, WED, time(8, 30))
    window.settings.set_handled(window.data_location, {morning: None})
    assert window.reminders.check().kind is ReminderKind.PAUSE
    qtbot.waitUntil(lambda: len(received(fake_server)) == 1)
    (sent,) = received(fake_server)
    assert sent["summary"] == "Intention pause: how does this moment fit your intention?"
    assert sent["body"] == "No intention for today yet: how is the day going?"
    assert sent["actions"] == ["aligned", "Aligned", "partly", "Partly", "off", "Off",
                               "snooze", "Snooze 15 minutes", "default", "Open"]  # fmt: skip
    assert sent["app"] == "L2L Desktop" and sent["hints"]["desktop-entry"] == "l2l-desktop"
    (fake_server / "click").write_text("off", encoding="utf-8")  # the user clicks "Off"
    qtbot.waitUntil(lambda: len(journal.pauses_for_day(WED)) == 1, timeout=5000)
    assert journal.pauses_for_day(WED)[0].alignment is r.Alignment.OFF
    assert not window.banner.isVisible()


def test_the_morning_notification_opens_the_intention(
    qtbot, window, journal, private_bus, fake_server
):
    notifier = DesktopNotifier(QDBusConnection.connectToBus(private_bus, "l2l-test-2"))
    window.reminders.use_notifier(notifier)
    window.tabs.setCurrentWidget(window.trends)
    runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
    assert window.reminders.check().kind is ReminderKind.MORNING
    qtbot.waitUntil(lambda: len(received(fake_server)) == 1)
    assert received(fake_server)[0]["actions"][:2] == ["open", "Write today's intention"]
    (fake_server / "click").write_text("open", encoding="utf-8")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.today, timeout=5000)
    assert not window.banner.isVisible()


def test_without_a_service_the_settings_say_why_once(qtbot, window, private_bus):
    notifier = DesktopNotifier(QDBusConnection.connectToBus(private_bus, "l2l-test-3"))
    assert not notifier.available
    assert notifier.reason.startswith("no notification service answers on the session bus")
    window.reminders.use_notifier(notifier)
    dialog = window.open_settings()
    assert dialog.notice.text().startswith("System notifications are unavailable here: no ")
    assert "Reminders show at the top of the window." in dialog.notice.text()
    dialog.close()


def test_a_service_the_bus_starts_on_demand_is_used(qtbot, tmp_path, window, journal):
    """Many desktops start their notification daemon only when a notification is sent
    (D-Bus activation): the name has no owner until then, and must still be used."""
    services, folder = tmp_path / "services", tmp_path / "server"
    services.mkdir()
    folder.mkdir()
    (services / "org.freedesktop.Notifications.service").write_text(
        "[D-BUS Service]\nName=org.freedesktop.Notifications\n"
        f"Exec={sys.executable} {FAKE} - {folder}\n",
        encoding="utf-8",
    )
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>session</type>"
        f"<listen>unix:dir={tmp_path}</listen><servicedir>{services}</servicedir>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>",
        encoding="utf-8",
    )
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        with daemon.stdout:
            address = daemon.stdout.readline().strip()
        notifier = DesktopNotifier(QDBusConnection.connectToBus(address, "l2l-test-4"))
        assert notifier.available, notifier.reason
        window.reminders.use_notifier(notifier)
        runner_at(window, journal, datetime(2026, 12, 2, 9, 0))
        assert window.reminders.check().kind is ReminderKind.MORNING
        qtbot.waitUntil(lambda: len(received(folder)) == 1, timeout=10000)
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        started = folder / "pid"
        if started.exists():  # the server the bus started, which outlives it otherwise
            os.kill(int(started.read_text(encoding="utf-8")), signal.SIGTERM)
