"""Grab a person's page in the People tab on demo data, in the light and the dark palette.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/person_page_shots.py
It writes ``docs/screenshots/<palette>-person-page.png`` (1100×720) with Mei Lin
chosen: questions of each kind, tells and gemba talks on her timeline.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from l2l_desktop.app import open_data
from l2l_desktop.core.demo import days_for_years
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.ui.theme import app_style

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import OUT, put_away, windows

SHOWN = "Mei Lin"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from l2l_desktop.ui.translations import install

    install(app, "system")  # as the app starts: numbers as the language writes them
    app.setStyle(app_style())
    folder = Path(tempfile.mkdtemp(prefix="l2l-shots-"))
    store = open_data(folder)
    fill_with_demo(store, days_for_years(1))
    journal = Journal(store, ChangeBus())
    for name, window in windows(app, journal, folder):
        window.tabs.setCurrentWidget(window.people)
        app.processEvents()
        people = window.people
        names = [people.model.record(i).name for i in range(people.model.rowCount())]
        row = names.index(SHOWN) if SHOWN in names else 0
        people.table.selectRow(row)
        people.table.chosen.emit(row)  # as a click on it: the form and the page show it
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}-person-page.png"))
        put_away(app, window)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
