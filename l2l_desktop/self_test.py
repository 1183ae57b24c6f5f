"""``l2l-desktop --self-test``: does this installation work? Opens the main window offscreen on
a temporary data folder, saves and reads back one record of each kind through the services,
draws the Trends tab, writes and checks a backup. Exit 0, or 1 with what failed.

Meant for a freshly installed wheel, a PyInstaller bundle or a .deb: everything it touches
is what the app loads at run time (Qt's plugins, the catalogues, the icons, SQLite)."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from l2l_desktop import APP_ID


def samples(today: Any) -> list[Any]:
    """One record of each kind, filled in as a user would (the person first: others name
    them; the reflection links the intention)."""
    from l2l_desktop.core import records as r
    from l2l_desktop.core.elements import Element

    now = datetime.now(UTC).replace(tzinfo=None)
    person = r.Person("Self-test colleague", role="Tester")
    intention = r.Intention(
        today,
        "Check that everything works",
        "A working install",
        (
            r.Action("Agree what the test must show", Element.DIRECTION),
            r.Action("Help the test along", Element.SUPPORT),
            r.Action("Learn from the test", Element.SELF),
        ),
    )
    visit_part = r.Conversation("Saw it work", person=person)
    return [
        person,
        intention,
        r.Pause(today, now, r.Alignment.ALIGNED, note="All aligned"),
        r.Question(today, now, "What did the test show?", r.QuestionKind.OPEN, person=person),
        r.Tell(today, now, note="Told the test what to do", person=person),
        r.BankQuestion("What would make this test better?", "learned"),
        r.GembaVisit(
            today,
            "Test bench",
            "See the app start",
            r.VisitStatus.DONE,
            observed="It started",
            conversations=(visit_part,),
            follow_ups=(r.FollowUp("Keep testing", due_day=today + timedelta(days=7)),),
        ),
        r.Reflection(today, went_well="It ran", rating=5, intention_uuid=intention.uuid),
        r.RestPeriod(today + timedelta(days=30), today + timedelta(days=31), note="Test"),
        r.CoachingSession(
            today,
            "Every start ends in a working window",
            learner=person,
            obstacles=(r.Obstacle("Slow first start", r.ObstacleStatus.WORKING),),
            next_step="Start it once more",
            next_expected="It starts at once",
        ),
    ]


def _stamps_cleared(record: Any) -> Any:
    return replace(record, created_at=None, updated_at=None)


class SelfTest:
    """The checks, in order; each says in a line what it did or what failed."""

    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder = folder
        self.out = out
        self.failures = 0
        self.window: Any = None
        self.journal: Any = None
        self.saved: list[tuple[str, str]] = []  # (kind, uuid) of each record saved

    def step(self, what: str, check: Callable[[], str]) -> bool:
        try:
            detail = check()
        except Exception as exc:
            self.failures += 1
            print(f"FAILED  {what}: {type(exc).__name__}: {exc}", file=self.out)
            traceback.print_exc(file=sys.stderr)
            return False
        print(f"ok      {what}{': ' + detail if detail else ''}", file=self.out)
        return True

    def open_window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from l2l_desktop.app import open_data
        from l2l_desktop.services import ChangeBus, Journal
        from l2l_desktop.settings import Settings, make_qsettings
        from l2l_desktop.ui.icons import use_app_icon
        from l2l_desktop.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([APP_ID])
        use_app_icon(app)
        sizes = app.windowIcon().availableSizes()
        # The icon's PNGs come from the compiled resource; the tab icons need Qt's SVG module.
        if not sizes or app.windowIcon().pixmap(48, 48).isNull():
            raise AssertionError("the app icon did not load")
        store = open_data(self.folder / "data")
        self.journal = Journal(store, ChangeBus())
        settings = Settings(make_qsettings(self.folder / "settings.ini"))
        self.window = MainWindow(self.journal, settings, str(self.folder / "data"))
        self.window.resize(1100, 720)
        self.window.show()
        app.processEvents()
        tabs = self.window.tabs
        icons = [tabs.tabIcon(i) for i in range(tabs.count())]
        if any(icon.pixmap(16, 16).isNull() for icon in icons):
            raise AssertionError("a tab's icon did not draw (Qt's SVG support missing?)")
        return (
            f"{app.platformName()} platform, {tabs.count()} tabs with icons, "
            f"icon in {len(sizes)} sizes, Qt {_qt_version()}"
        )

    def records(self) -> str:
        from l2l_desktop.core.kinds import KINDS, kind_of

        made = samples(self.journal.today())
        for record in made:
            saved = self.journal.save(record)
            self.saved.append((kind_of(record), saved.uuid))
            read = self.journal.by_uuid(kind_of(record), saved.uuid)
            if read is None or _stamps_cleared(read) != _stamps_cleared(saved):
                raise AssertionError(f"{kind_of(record)} read back differs: {read!r}")
        missing = KINDS.names - {kind_of(x) for x in made}
        if missing:  # a kind added to the declarations, and not to the samples
            raise AssertionError(f"no sample of: {', '.join(sorted(missing))}")
        return f"{len(made)} kinds saved and read back"

    def trends(self) -> str:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QApplication

        from l2l_desktop.ui.style import ELEMENT_COLOURS

        page = self.window.trends
        self.window.tabs.setCurrentWidget(page)
        page.warm_up()
        for _ in range(5):
            QApplication.processEvents()
        if not page.charts:
            raise AssertionError("no charts were built")
        # The balance chart's bars, in the elements' colours, are drawn inside its plot.
        box = page.charts["balance"].bars_plot.getViewBox()
        view = box.scene().views()[0]
        image = view.grab(view.mapFromScene(box.sceneBoundingRect()).boundingRect()).toImage()
        wanted = [QColor(c) for c in ELEMENT_COLOURS.values()]
        found = {
            i
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            for i, c in enumerate(wanted)
            if _near(image.pixelColor(x, y), c)
        }
        if len(found) < len(wanted):
            raise AssertionError(f"the balance chart shows {len(found)} of the 3 elements")
        return f"{len(page.charts)} charts drawn"

    def backup(self) -> str:
        import sqlite3

        from l2l_desktop.store.schema import TABLE_OF

        path = Path(self.journal.back_up_now("self-test"))
        (summary,) = [b for b in self.journal.backups() if b.path == path]
        if not summary.usable:
            raise AssertionError(f"the backup is not sound: {summary.verdict}")
        # Read back on its own, read-only: each record saved above is in it.
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
            for kind, uuid in self.saved:
                table = TABLE_OF.get(kind, kind)
                row = db.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
                if row is None:
                    raise AssertionError(f"the backup lacks the {kind} saved")
        db.close()
        return f"{path.name}, {len(self.saved)} records found in it"

    def close(self) -> None:
        if self.window is not None:
            for page in (self.window.today, self.window.questions, self.window.gemba):
                page.drafts.dirty = False
            self.window.close()
        if self.journal is not None:
            self.journal.close()


def _near(a: Any, b: Any, within: int = 24) -> bool:
    """Two colours alike (antialiasing and a bar's alpha shift a pixel a little)."""
    return all(abs(x - y) <= within for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run the checks on a temporary folder (removed after); 0 if all passed, else 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="l2l-self-test-") as folder:
        test = SelfTest(Path(folder), out)
        try:
            if test.step("opened the main window", test.open_window):
                test.step("saved and read back one record of each kind", test.records)
                test.step("drew the Trends tab", test.trends)
                test.step("wrote and checked a backup", test.backup)
        finally:
            test.close()
    verdict = "self-test passed" if not test.failures else f"{test.failures} check(s) failed"
    print(verdict, file=out)
    return 0 if not test.failures else 1
