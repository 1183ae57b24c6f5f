"""Grab each tab of the real main window on demo data, in the light and the dark palette.

Run from the project root:  QT_QPA_PLATFORM=offscreen python docs/screenshots/take_screenshots.py
It writes ``docs/screenshots/<palette>-<tab>.png`` (and ``main-window.png`` for the README).
With ``--language de``: Today, Trends and the Settings dialog in German, as
``de-<palette>-<screen>.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from l2l_desktop.app import open_data
from l2l_desktop.core.demo import days_for_years
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.settings import Settings, make_qsettings
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.ui.main_window import MainWindow
from l2l_desktop.ui.theme import app_style, dark_palette, light_palette

OUT = Path(__file__).resolve().parent
# The tabs shot here, by the window's name for each (the Coaching tab: coaching_shots.py).
TAB_NAMES = ["today", "questions", "gemba", "reflection", "people", "trends"]


PALETTES = ("light", "dark")


def demo_journal(years: float = 1) -> tuple[QApplication, Journal, Path]:
    """The application as it starts (the system's language, the app's style), and a journal
    of ``years`` of demo history in a folder of its own."""
    app = QApplication.instance() or QApplication(sys.argv)
    from l2l_desktop.ui.translations import install

    install(app, "system")  # as the app starts: numbers as the language writes them
    app.setStyle(app_style())
    folder = Path(tempfile.mkdtemp(prefix="l2l-shots-"))
    store = open_data(folder)
    fill_with_demo(store, days_for_years(years))
    return app, Journal(store, ChangeBus()), folder


def windows(app: QApplication, journal: Journal, settings_dir: Path, prefix: str = ""):
    """For each palette: its name and a shown main window at 1100×720, with its own settings
    file in ``settings_dir`` (the user's are never touched)."""
    for name in PALETTES:
        app.setPalette(light_palette() if name == "light" else dark_palette())
        settings = Settings(make_qsettings(settings_dir / f"{prefix}{name}.ini"))
        window = MainWindow(journal, settings, "~/.local/share/l2l-desktop")
        window.resize(1100, 720)
        window.show()
        yield name, window


def put_away(app: QApplication, window: MainWindow) -> None:
    """Close a window the shots are done with, leaving no drafts behind."""
    for page in window.pages:
        drafts = getattr(page, "drafts", None)
        if drafts is not None:
            drafts.dirty = False
    window.close()
    window.deleteLater()
    app.processEvents()


def grab_dialogs(app: QApplication, window: MainWindow, palette: str) -> None:
    """The restore dialog, the start-up database problem, the bug report and About."""
    from l2l_desktop.ui.bug_report import BugDialog
    from l2l_desktop.ui.startup_error import database_problem_box

    dialogs = {
        "about": window.show_about(),
        "restore": window.restore_from_backup(),
        "database-problem": database_problem_box(
            "~/.local/share/l2l-desktop/l2l.sqlite3 is damaged (SQLite found: database disk "
            "image is malformed). It was left untouched.",
            "the backup of Tue 24 Nov 2026, 08:12 (6,204 records)",
        ),
        "database-condition": database_problem_box(
            "~/.local/share/l2l-desktop/l2l.sqlite3 cannot be opened just now: the disk is "
            "full (4 KiB free). Nothing was changed, and this is not damage to the file. Put "
            "that right, then try again.",
            None,
            can_retry=True,
        ),
    }
    bug = BugDialog(Path("~/.local/state/l2l-desktop/log/l2l-desktop.log"), window)
    bug.add("L2L Desktop 0.1.0\nPython 3.11.7\n\nTraceback (most recent call last):\n  ...")
    dialogs["bug"] = bug
    for name, dialog in dialogs.items():
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / f"{palette}-{name}.png"))
        dialog.close()
        dialog.deleteLater()
    app.processEvents()


def grab_exchange(app: QApplication, window: MainWindow, palette: str, folder: Path) -> None:
    """File › Export journal…, and Import journal… with what merging a second journal's export
    would do."""
    import time

    exporting = window.export_journal()
    exporting.path.setText("~/Documents/l2l-journal-2026-12-02.json")
    app.processEvents()
    exporting.grab().save(str(OUT / f"{palette}-export.png"))
    exporting.reject()
    other = folder / "other.json"
    if not other.exists():
        second = open_data(folder / "other")
        fill_with_demo(second, 60, seed=7)
        Journal(second, ChangeBus()).export_to(other, "json")
        second.close()
    importing = window.import_journal()
    importing.path.setText(str(other))
    importing.read_file()
    deadline = time.monotonic() + 30
    while importing.plan is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    importing.path.setText("~/Documents/l2l-journal-laptop.json")
    app.processEvents()
    importing.grab().save(str(OUT / f"{palette}-import.png"))
    importing.reject()
    app.processEvents()


def grab_rhythm(app: QApplication, window: MainWindow, palette: str) -> None:
    """Edit › Settings…, and the pause and morning reminders as the window shows them."""
    from datetime import datetime, time

    from l2l_desktop.core.reminders import Reminder, ReminderKind, slot_key

    settings = window.open_settings()
    app.processEvents()
    settings.grab().save(str(OUT / f"{palette}-settings.png"))
    settings.reject()
    today = window.journal.today()
    for kind, at in ((ReminderKind.PAUSE, time(11, 0)), (ReminderKind.MORNING, time(8, 30))):
        moment = datetime.combine(today, at).astimezone()
        window.tabs.setCurrentIndex(0)
        window.reminders.show_reminder(Reminder(kind, today, moment, slot_key(kind, today, at)))
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / f"{palette}-reminder-{kind.value}.png"))
        window.banner.clear()


def grab_language(app: QApplication, journal: Journal, folder: Path, language: str) -> None:
    """Today, Trends and Settings in ``language`` (its catalogue installed), both palettes."""
    from l2l_desktop.ui.translations import install

    install(app, language)
    for name, window in windows(app, journal, folder, prefix=f"{language}-"):
        for tab in ("today", "trends"):
            window.tabs.setCurrentWidget(getattr(window, tab))
            if tab == "trends":
                window.trends.warm_up()
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"{language}-{name}-{tab}.png"))
        settings = window.open_settings()
        app.processEvents()
        settings.grab().save(str(OUT / f"{language}-{name}-settings.png"))
        settings.reject()
        put_away(app, window)


def main() -> int:
    app = QApplication(sys.argv[:1])
    from l2l_desktop.ui.translations import install

    install(app, "system")  # as the app starts: the system's language (English on "C")
    style = app_style()
    app.setStyle(style)
    folder = Path(tempfile.mkdtemp(prefix="l2l-shots-"))
    store = open_data(folder / "data")
    fill_with_demo(store, days_for_years(1))
    journal = Journal(store, ChangeBus())
    journal.back_up_now("start")
    damaged = store.backup_dir / "l2l-20261101-090000-start.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    if "--language" in sys.argv:
        grab_language(app, journal, folder, sys.argv[sys.argv.index("--language") + 1])
        store.close()
        return 0
    for name, window in windows(app, journal, folder):
        for i, tab in enumerate(TAB_NAMES):
            window.tabs.setCurrentWidget(getattr(window, tab))
            app.processEvents()
            if tab == "questions":  # show the checker's hint on a question being typed
                window.questions.text.setPlainText("Could it be the new glue?")
            elif tab in ("gemba", "reflection", "people"):  # a filled form: the first record
                page = {"gemba": window.gemba, "reflection": window.reflection}.get(
                    tab, window.people
                )
                page.table.selectRow(0)
                page.table.chosen.emit(0)  # as a click on it: the form shows it
            for _ in range(3):  # the rows shown, then laid out, as a moment later on screen
                app.processEvents()
            image = window.grab()
            image.save(str(OUT / f"{name}-{tab}.png"))
            if name == "light" and i == 0:
                image.save(str(OUT / "main-window.png"))
        grab_dialogs(app, window, name)
        finder = window.find()  # Find (Ctrl+F) on a word of the demo history
        finder.box.setText("changeover")
        finder.run_search()
        for _ in range(3):
            app.processEvents()
        finder.grab().save(str(OUT / f"{name}-find.png"))
        finder.close()
        grab_exchange(app, window, name, folder)
        grab_rhythm(app, window, name)
        put_away(app, window)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
