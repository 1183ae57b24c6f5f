"""Before Qt is asked (it aborts): a missing display or missing X11 libraries, said in a line."""

from __future__ import annotations

import os
import subprocess
import sys

from l2l_desktop.display import XCB_LIBRARIES, display_problem
from tests.conftest import cli_env


def test_no_display_is_said_and_the_start_exits_2(tmp_path):
    env = cli_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "l2l_desktop", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0]
    assert "Fatal" not in done.stderr
    # The demo says the same, and leaves no demo folder behind.
    demo = subprocess.run(
        [sys.executable, "-m", "l2l_desktop", "--demo"],
        env={**env, "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert demo.returncode == 2 and "no display" in demo.stderr
    assert not [p for p in os.listdir(tmp_path) if p.startswith("l2l-demo-")]


def test_missing_x11_libraries_are_named_with_their_packages():
    missing = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    def loads(name):
        return name not in missing

    problem = display_problem({"DISPLAY": ":0"}, "linux", loads)
    assert problem is not None
    assert all(p in problem for p in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"))
    assert "sudo apt-get install" in problem and "\n" not in problem


def test_a_display_with_every_library_or_a_windowless_platform_is_fine():
    assert display_problem({"DISPLAY": ":0"}, "linux", lambda _name: True) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "darwin") is None
    # The list names a package for every library the xcb plugin loads.
    assert all(package for package in XCB_LIBRARIES.values())
