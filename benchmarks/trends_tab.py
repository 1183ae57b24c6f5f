"""Benchmark: the Trends tab's first draw and its refresh after a save, on 10 years of data.

Each measurement runs in a fresh process (so the first draw pays for importing pyqtgraph, as
a user's does), next to a baseline measured in the same run: a bare PySide6 + pyqtgraph window
drawing a 3,650-point line and 520 bars. Run from the project root:

    QT_QPA_PLATFORM=offscreen python benchmarks/trends_tab.py --runs 7

It prints medians in milliseconds and the ratio to the baseline (docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BASELINE = r"""
import json, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
import numpy as np
import pyqtgraph as pg
w = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
x = np.arange(3650) * 86400.0 + 1.45e9
w.plot(x, np.sin(np.arange(3650) / 50.0))
w.addItem(pg.BarGraphItem(x=x[::7][:520], height=np.ones(520), width=5 * 86400.0))
w.resize(1000, 700)
w.show()
app.processEvents()
w.repaint()
print(json.dumps({"baseline_ms": (time.perf_counter() - t0) * 1000}))
w.close(); w.deleteLater(); app.processEvents()
"""

APP = r"""
import json, statistics, sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtWidgets import QApplication
from l2l_desktop.app import open_data
from l2l_desktop.core import records as r
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.settings import Settings, make_qsettings
from l2l_desktop.ui.main_window import MainWindow

app = QApplication([])
data, settings = Path(sys.argv[1]), Path(sys.argv[2])
t_start = time.perf_counter()
store = open_data(data)
journal = Journal(store, ChangeBus())
window = MainWindow(journal, Settings(make_qsettings(settings)), str(data))
window.resize(1100, 720)
window.tabs.setCurrentIndex(0)
window.show()
app.processEvents()
window.repaint()
window_ms = (time.perf_counter() - t_start) * 1000
pyqtgraph_at_first_paint = "pyqtgraph" in sys.modules
window.trends.range_box.setCurrentIndex(int(sys.argv[3]))  # hidden tab: only marks it stale
warm = sys.argv[4] == "warm"
if warm:  # the user reads the Today tab for a few seconds before choosing Trends
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)

t0 = time.perf_counter()
window.tabs.setCurrentIndex(4)
app.processEvents()
window.repaint()
first_draw_ms = (time.perf_counter() - t0) * 1000

refresh = []
for i in range(12):
    t0 = time.perf_counter()
    journal.save(
        r.Question(journal.today(), datetime.now(), f"What did you see {i}?", r.QuestionKind.OPEN)
    )
    window.repaint()
    refresh.append((time.perf_counter() - t0) * 1000)
    store.db.execute_sql("DELETE FROM question WHERE text LIKE 'What did you see %?'")
print(json.dumps({
    "window_ms": window_ms,
    "pyqtgraph_at_first_paint": pyqtgraph_at_first_paint,
    "first_draw_ms": first_draw_ms,
    "warm": warm,
    "refresh_ms": statistics.median(refresh[2:]),
}))
window.close(); window.deleteLater(); app.processEvents()
"""

RANGES = {"quarter": 1, "year": 2, "all": 3}


def run(code: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENBLAS_NUM_THREADS="1")
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from l2l_desktop.app import open_data
    from l2l_desktop.core.demo import days_for_years
    from l2l_desktop.store.demo import fill_with_demo
    from l2l_desktop.store.queries import user_record_count

    folder = Path(tempfile.mkdtemp(prefix="l2l-bench-"))
    store = open_data(folder / "data")
    fill_with_demo(store, days_for_years(args.years))
    records = user_record_count(store)
    size = (folder / "data" / "l2l.sqlite3").stat().st_size
    store.close()
    print(f"{args.years} years of demo data: {records:,} rows, {size / 1e6:.1f} MB")
    results: dict[str, dict[str, list[float]]] = {}
    baselines = []
    for i in range(args.runs):
        baselines.append(run(BASELINE)["baseline_ms"])
        for name, index in RANGES.items():
            for when in ("cold", "warm"):
                settings = str(folder / f"s{i}{name}{when}.ini")
                m = run(APP, str(folder / "data"), settings, str(index), when)
                if m["pyqtgraph_at_first_paint"]:
                    print("pyqtgraph was imported before the first paint!")
                    return 1
                slot = results.setdefault(f"{name}, {when}", {})
                for key in ("window_ms", "first_draw_ms", "refresh_ms"):
                    slot.setdefault(key, []).append(m[key])
    base = statistics.median(baselines)
    print(f"baseline (bare PySide6 + pyqtgraph window): median {base:.0f} ms over {args.runs} runs")
    print(
        "| range, when chosen | window first paint | Trends first draw | ratio to baseline "
        "| refresh after a save |"
    )
    print("|---|---|---|---|---|")
    for name, slot in results.items():
        window = statistics.median(slot["window_ms"])
        first = statistics.median(slot["first_draw_ms"])
        refresh = statistics.median(slot["refresh_ms"])
        print(
            f"| {name} | {window:.0f} ms | {first:.0f} ms | {first / base:.2f} | {refresh:.1f} ms |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
