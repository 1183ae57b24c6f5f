"""Grab the Coaching tab, a session started from the last one, and a learner's storyboard on
demo data, in the light and the dark palette.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/coaching_shots.py
It writes ``docs/screenshots/<palette>-coaching.png`` (Lukas Novak's latest session chosen),
``<palette>-coaching-carried.png`` (a new session with him, carried forward) and
``<palette>-storyboard.png`` (his storyboard).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import OUT, demo_journal, put_away, windows

SHOWN = "Lukas Novak"


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    app, journal, folder = demo_journal()
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
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
