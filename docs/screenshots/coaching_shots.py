"""Grab the Coaching tab, a session started from the last one, and a learner's storyboard on
demo data, in the light and the dark palette.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/coaching_shots.py
It writes ``docs/screenshots/<palette>-coaching.png`` (Lukas Novak's latest session chosen),
``<palette>-coaching-carried.png`` (a new session with him, carried forward) and
``<palette>-storyboard.png`` (his storyboard).
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

SHOWN = "Lukas Novak"


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from l2l_desktop.ui.translations import install

    install(app, "system")
    app.setStyle(app_style())
    folder = Path(tempfile.mkdtemp(prefix="l2l-shots-"))
    store = open_data(folder)
    fill_with_demo(store, days_for_years(1))
    journal = Journal(store, ChangeBus())
    for name, window in windows(app, journal, folder):
        tab = window.coaching
        window.tabs.setCurrentWidget(tab)
        _settle(app)
        learners = [tab.model.record(i).learner.name for i in range(tab.model.rowCount())]
        row = learners.index(SHOWN)
        tab.table.selectRow(row)
        tab.table.chosen.emit(row)
        _settle(app)
        window.grab().save(str(OUT / f"{name}-coaching.png"))
        learner = tab.current.learner
        dialog = window.open_storyboard(learner)
        dialog.resize(820, 1180)  # the whole page in one picture
        _settle(app)
        dialog.grab().save(str(OUT / f"{name}-storyboard.png"))
        dialog.close()
        tab.start_with(learner)
        _settle(app)
        window.grab().save(str(OUT / f"{name}-coaching-carried.png"))
        tab.drafts.dirty = False
        put_away(app, window)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
