"""Grab the Trends tab whole (its scrolled content) on a one-week and a ten-year history, in
the light and the dark palette, and the first two pages of a report of the shown range.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/trends_shots.py
It writes ``docs/screenshots/trends-<history>-<palette>.png`` and ``report.pdf`` into a
temporary folder (pages are rendered with ``pdftoppm``, see docs/screenshots/README.md).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

sys.path.insert(0, str(Path(__file__).resolve().parent))

from take_screenshots import windows

from l2l_desktop.app import open_data
from l2l_desktop.core.demo import days_for_years
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.ui.report import calendar_weeks, write_pdf

OUT = Path(__file__).resolve().parent
HISTORIES = {"one-week": 7, "ten-years": days_for_years(10)}


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    folder = Path(tempfile.mkdtemp(prefix="l2l-trends-shots-"))
    for history, days in HISTORIES.items():
        store = open_data(folder / history)
        fill_with_demo(store, days)
        journal = Journal(store, ChangeBus())
        for name, window in windows(app, journal, folder, f"{history}-"):
            window.tabs.setCurrentWidget(window.trends)
            settle(app)
            window.trends.build_charts()
            window.trends.reload()
            settle(app)
            window.grab().save(str(OUT / f"trends-{history}-{name}.png"))
            window.trends.scroll.widget().grab().save(
                str(OUT / f"trends-{history}-{name}-whole.png")
            )
            if name == "light":
                first, last = window.trends.current_range()
                pdf = folder / f"report-{history}.pdf"
                trends = journal.trends(first, last, calendar_weeks(first, last))
                reflections = list(reversed(journal.reflections_between(first, last)))
                write_pdf(pdf, trends, reflections)
                if shutil.which("pdftoppm"):
                    subprocess.run(
                        ["pdftoppm", "-png", "-r", "75", "-f", "1", "-l", "2", str(pdf),
                         str(OUT / f"report-{history}-page")],
                        check=True,
                    )  # fmt: skip
            window.close()
            window.deleteLater()
            settle(app)
        journal.close()
    print(f"{date.today()}: written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
