"""What the app does between its start and its first paint, and what waits for that paint."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import cli_env

# The real start (run_gui), on 30 days of demo data with no backup yet, closed last on the
# tab argv[2]. It records, in order, the first paint of the window (and which of WATCHED were
# loaded by then), the tray made, the daily backup's check, and the Trends charts made.
START = r"""
import gc, json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import l2l_desktop.app as app_module
from l2l_desktop.app import open_data, run_gui
from l2l_desktop.settings import Settings, make_qsettings
from l2l_desktop.store.demo import fill_with_demo

out = Path(sys.argv[1])
data = out / "data"
store = open_data(data)
fill_with_demo(store, 30)
store.close()
settings = Settings(make_qsettings(out / "settings.ini"))
settings.set_last_tab(str(data), sys.argv[2])
settings.sync()
steps = []
app = QApplication(["l2l-desktop"])

class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not any(s[0] == "paint" for s in steps):
            steps.append(("paint", sorted(m for m in json.loads(sys.argv[3]) if m in sys.modules)))
        return False

paints = Paints()
app.installEventFilter(paints)
due = app_module._backup_if_due

def backup_if_due(store):
    steps.append(("backup", None))
    return due(store)

app_module._backup_if_due = backup_if_due
use_tray = app_module._use_tray

def tray(window):
    steps.append(("tray", None))
    use_tray(window)

app_module._use_tray = tray

def window():
    from l2l_desktop.ui.main_window import MainWindow
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def wait(tries=0):
    w = window()
    made = {w.tabs.name_of(page): page for page in w.tabs.made_pages()}  # none made here
    ready = "trends" in made and made["trends"].charts and gc.get_freeze_count() > 0
    if (not ready or len(steps) < 3) and tries < 200:
        QTimer.singleShot(25, lambda: wait(tries + 1))
        return
    steps.append(("charts", bool(w.trends.charts)))
    frozen.append(gc.get_freeze_count())
    w.quit()

frozen = []

QTimer.singleShot(0, wait)
code = run_gui(data, settings_path=out / "settings.ini")
backups = len(list((data / "backups").glob("*")))
check = sys.modules["PySide6.support.feature"]._mod_uses_pyside
light = hasattr(check, "__wrapped__")  # ui/import_check.py's, over PySide6's own
print(json.dumps({"code": code, "steps": steps, "backups": backups, "frozen": frozen,
                  "light": light}))
"""


TABS = ("today", "questions", "gemba", "reflection", "people", "coaching", "trends")
# What the first paint must not wait for: the other tabs, the question checker (51 regular
# expressions), the report, the package's metadata, pyqtgraph.
LATER = [
    *(f"l2l_desktop.ui.tabs.{tab}" for tab in TABS),
    "l2l_desktop.core.question_checker",
    "l2l_desktop.ui.report",
    "l2l_desktop.ui.report_text",
    "l2l_desktop.ui.about",
    "importlib.metadata",
    "pyqtgraph",
]


@pytest.mark.parametrize("tab", ["today", "trends"])
def test_the_first_paint_comes_before_the_charts_and_the_daily_backup(tmp_path, tab):
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path), tab, json.dumps(LATER)],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(tmp_path),
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    names = [name for name, _ in result["steps"]]
    # The window paints first, with only the module of the tab it shows (the Trends cards:
    # no pyqtgraph yet); then the tray is made, the daily backup is looked at, and the
    # charts are made.
    assert names[0] == "paint", result
    needs = {"today": [], "trends": ["l2l_desktop.ui.report_text"]}[tab]  # its sentences
    assert result["steps"][0][1] == sorted([f"l2l_desktop.ui.tabs.{tab}", *needs])
    assert "tray" in names and "backup" in names and names[-1:] == ["charts"], result
    assert result["steps"][-1][1] is True  # the charts were made, on the tab it opened on
    assert result["backups"] >= 1  # the daily backup was written, after the paint
    # Once warmed up, what start-up made is kept out of the collector's full collections.
    assert result["frozen"] and result["frozen"][0] > 0, result
    # PySide6's look at each module imported after it reads the file's bytes, once.
    assert result["light"] is True
