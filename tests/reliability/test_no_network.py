"""The app opens no network connection: a whole session runs in a network namespace of its own,
whose counters then show that nothing was sent and no connection was tried.

The namespace has only its loopback device, up, with every route leading to it: a connection
to anywhere (Qt's, in C++, as much as Python's) would be counted by the kernel, which a patched
``socket`` module could not see.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import cli_env

SESSION = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from l2l_desktop.app import run_gui
from l2l_desktop.core import records as r

data, out = Path(sys.argv[1]), Path(sys.argv[2])
steps = []
app = QApplication(["l2l-desktop"])  # before the timer below; run_gui takes this one

def window():
    from l2l_desktop.ui.main_window import MainWindow
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def use_it():
    w = window()
    j = w.journal
    j.save(r.Question(j.today(), j.now(), "What do you see?", r.QuestionKind.OPEN))
    for index in range(5):
        w.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    wait_for_charts(w, 0)

def wait_for_charts(w, tries):
    if not w.trends.charts and tries < 100:
        QTimer.singleShot(50, lambda: wait_for_charts(w, tries + 1))
        return
    dialog = w.export_report()
    steps.append(("charts", bool(w.trends.charts)))
    steps.append(("report", dialog.save("pdf", str(out / "report.pdf")) is not None))
    w.journal.back_up_now()
    steps.append(("backup", True))
    w.close()

QTimer.singleShot(300, use_it)
code = run_gui(data, settings_path=out / "settings.ini")

def counters(path):
    lines = Path(path).read_text().splitlines()
    found = {}
    for names, values in zip(lines[::2], lines[1::2], strict=True):
        head, *keys = names.split()
        for key, value in zip(keys, values.split()[1:], strict=True):
            found[head + key] = int(value)
    return found

snmp = counters("/proc/net/snmp")
snmp6 = dict(line.split() for line in Path("/proc/net/snmp6").read_text().splitlines())
print(json.dumps({"code": code, "steps": steps, "snmp": snmp,
                  "snmp6": {k: int(v) for k, v in snmp6.items()}}))
"""

# Any of these above zero means a packet left, or a connection was tried.
SENT = (
    "Ip:OutRequests",
    "Ip:OutNoRoutes",
    "Tcp:ActiveOpens",
    "Udp:OutDatagrams",
    "UdpLite:OutDatagrams",
    "Icmp:OutMsgs",
)
SENT6 = ("Ip6OutRequests", "Ip6OutNoRoutes", "Udp6OutDatagrams", "Icmp6OutMsgs")
NAMESPACE = (
    "ip link set lo up && ip route add default dev lo && ip -6 route add default dev lo && "
    'exec "$0" "$@"'
)


def test_a_whole_session_sends_nothing_and_tries_no_connection(tmp_path):
    missing = [tool for tool in ("unshare", "ip") if shutil.which(tool) is None]
    assert not missing, f"this test needs {missing} (util-linux, iproute2)"
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run(
        [
            "unshare",
            "--net",
            "sh",
            "-c",
            NAMESPACE,
            sys.executable,
            "-c",
            SESSION,
            str(tmp_path / "data"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(tmp_path),
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if result.returncode != 0 and "unshare failed" in result.stderr:
        pytest.fail(f"no network namespace could be made here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["steps"] == [["charts", True], ["report", True], ["backup", True]]
    assert (out / "report.pdf").stat().st_size > 0
    assert {k: report["snmp"][k] for k in SENT} == dict.fromkeys(SENT, 0)
    assert {k: report["snmp6"][k] for k in SENT6} == dict.fromkeys(SENT6, 0)


def test_the_namespace_counts_a_connection_attempt(tmp_path):
    """The same counters see a connection a program tries (so the test above can fail)."""
    probe = (
        "import socket, json\n"
        "s = socket.socket(); s.settimeout(0.2)\n"
        "try: s.connect(('192.0.2.1', 80))\n"
        "except OSError: pass\n"
        "print(open('/proc/net/snmp').read())\n"
    )
    result = subprocess.run(
        ["unshare", "--net", "sh", "-c", NAMESPACE, sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    names, values = next((a, b) for a, b in itertools.pairwise(lines) if a.startswith("Tcp:"))
    tcp = dict(zip(names.split()[1:], map(int, values.split()[1:]), strict=True))
    assert tcp["ActiveOpens"] == 1
