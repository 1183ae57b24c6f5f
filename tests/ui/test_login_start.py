"""Start at login inside a Flatpak: the request sent to a fake Background portal on a private
D-Bus session bus carries the command and the choice, its answer (sent before the call's
reply, as a real portal may) is heard, and a refusal keeps the choice and says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from l2l_desktop.ui.background_portal import in_flatpak, request_path
from l2l_desktop.ui.login_start import LoginStart
from l2l_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.test_notifications import private_bus  # noqa: F401 (a fixture)

FAKE = Path(__file__).with_name("fake_portal.py")


def _portal(bus_address: str, folder: Path, qtbot, answer: str = "grant") -> subprocess.Popen:
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, str(FAKE), bus_address, str(folder), answer])
    probe = QDBusConnection.connectToBus(bus_address, f"probe-{folder.parent.name}").interface()
    qtbot.waitUntil(
        lambda: probe.isServiceRegistered("org.freedesktop.portal.Desktop").value(), timeout=15000
    )
    return proc


def _requests(folder: Path) -> list[dict]:
    path = folder / "received.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def client(private_bus, tmp_path):  # noqa: F811
    """The app's side of the private bus (a connection's name is per bus: one per test)."""
    name = f"l2l-client-{tmp_path.name}"
    yield QDBusConnection.connectToBus(private_bus, name)
    QDBusConnection.disconnectFromBus(name)


def _login(client, qtbot) -> tuple[LoginStart, list[str]]:
    login = LoginStart(flatpak=True)
    login.portal_bus = client
    said: list[str] = []
    login.said.connect(said.append)
    return login, said


def test_the_portal_is_asked_with_the_command_and_its_answer_is_heard(
    private_bus,  # noqa: F811
    client,
    tmp_path,
    qtbot,
):
    proc = _portal(private_bus, tmp_path / "portal", qtbot)
    try:
        login, said = _login(client, qtbot)
        assert login.apply(True, True, ["--data-dir", "/my data"])
        qtbot.waitUntil(lambda: said[-1] == "The desktop starts it with your session.")
        (request,) = _requests(tmp_path / "portal")
        options = request["options"]
        assert options["autostart"] is True and options["dbus-activatable"] is False
        assert options["commandline"][-3:] == ["--data-dir", "/my data", "--minimised"]
        assert options["reason"] == "Open at login, so that the morning reminder finds you."
        # Heard on the path known before the call: the answer came before the call's reply.
        assert request_path(client.baseService(), options["handle_token"]) in request["paths"]
        assert login.apply(False, False, [])
        qtbot.waitUntil(lambda: said[-1] == "The desktop no longer starts it with your session.")
        assert _requests(tmp_path / "portal")[-1]["options"]["autostart"] is False
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_refusal_keeps_the_choice_and_says_so(private_bus, client, tmp_path, qtbot):  # noqa: F811
    proc = _portal(private_bus, tmp_path / "portal", qtbot, answer="deny")
    try:
        login, said = _login(client, qtbot)
        assert login.apply(True, False, [])  # asked: the choice is kept, for the next time
        qtbot.waitUntil(lambda: "did not allow" in said[-1])
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_without_a_portal_it_says_it_could_not_ask(client, qtbot):
    login, said = _login(client, qtbot)
    assert not login.apply(True, False, [])
    assert said[-1].startswith("Could not ask the desktop to start it at login: ")


def test_the_settings_dialog_asks_the_portal_in_a_flatpak(
    private_bus,  # noqa: F811
    client,
    tmp_path,
    qtbot,
    journal,
    settings,
):
    proc = _portal(private_bus, tmp_path / "portal", qtbot)
    try:
        dialog = SettingsDialog(journal, settings, True, login_options=[])
        qtbot.addWidget(dialog)
        dialog.login.flatpak, dialog.login.portal_bus = True, client
        dialog.start_at_login.setChecked(True)
        assert settings.start_at_login
        qtbot.waitUntil(
            lambda: dialog.login_note.text() == "The desktop starts it with your session."
        )
        assert not (tmp_path / "home" / ".config" / "autostart").exists()  # no XDG entry
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_flatpak_is_told_by_its_info_file(tmp_path, monkeypatch):
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    assert not in_flatpak(tmp_path)
    (tmp_path / ".flatpak-info").write_text("[Application]\nname=x\n", encoding="utf-8")
    assert in_flatpak(tmp_path)
