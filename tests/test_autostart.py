"""How a login starts the app: the installed command, a bundle's own program, or Python."""

from __future__ import annotations

import sys

from l2l_desktop import autostart


def test_the_installed_command_comes_first(monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert autostart.start_command(True) == ["/usr/bin/l2l-desktop", "--minimised"]


def test_a_bundle_starts_its_own_program_not_python_dash_m(monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/l2l-desktop/l2l-desktop")
    assert autostart.start_command(False, ["--data-dir", "/d"]) == [
        "/opt/l2l-desktop/l2l-desktop",
        "--data-dir",
        "/d",
    ]


def test_without_either_this_python_runs_the_package(monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert autostart.start_command(False) == [sys.executable, "-m", "l2l_desktop"]
