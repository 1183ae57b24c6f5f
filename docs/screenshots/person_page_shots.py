"""Grab a person's page in the People tab on demo data, in the light and the dark palette.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/person_page_shots.py
It writes ``docs/screenshots/<palette>-person-page.png`` (1100×720) with Mei Lin
chosen: questions of each kind, tells and gemba talks on her timeline.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import OUT, demo_journal, put_away, windows

SHOWN = "Mei Lin"


def main() -> int:
    app, journal, folder = demo_journal()
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
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
