from datetime import date

import pytest

from l2l_desktop.core.dates import local_day
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, journal, settings):
    """Build a main window (several in turn share the same settings file)."""
    made = []

    def make():
        window = MainWindow(journal, settings, "/data/here")
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def demo_journal(journal, store):
    fill_with_demo(store, 120, seed=4, end=journal.today())
    return journal


@pytest.fixture
def app_look(qapp):
    """The application's palette and style put back after the test."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleFactory

    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


@pytest.fixture
def today() -> date:
    return local_day()  # as the app counts days (they start at 04:00)


def on_next_dialog(handler):
    """Call ``handler(dialog)`` on the next modal dialog, once it is open.

    The window that was active before gets the focus back afterwards, as a window manager
    would give it (the offscreen platform leaves no window active once a dialog closes)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    before = QApplication.activeWindow()
    polls = [0]

    def poll():
        dialog = QApplication.activeModalWidget()
        polls[0] += 1
        # Wait until it is the active window (where the keys go), but not forever.
        if dialog is None or (not dialog.isActiveWindow() and polls[0] < 50):
            QTimer.singleShot(20, poll)
            return
        handler(dialog)
        if before is not None and not dialog.isVisible():
            before.activateWindow()

    QTimer.singleShot(0, poll)


@pytest.fixture
def active_window(make_window, qtbot):
    """A shown, active main window (keyboard shortcuts need an active window)."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture(autouse=True)
def _no_forgotten_dialog(qapp):
    """A modal dialog left open for seconds would hang the run: close it, and fail the test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: dict[int, int] = {}
    forgotten: list[str] = []

    def check():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        ticks = seen[id(dialog)] = seen.get(id(dialog), 0) + 1
        if ticks >= 20:  # about 5 s
            text = getattr(dialog, "text", lambda: "")()
            forgotten.append(f"{dialog.windowTitle()}: {text}")
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(250)
    yield
    timer.stop()
    assert not forgotten, f"a dialog was left open: {forgotten}"


def choose_row(qtbot, table, row: int) -> None:
    """Click a row of a list, as a person chooses it (a row Qt selects itself is no choice)."""
    from PySide6.QtCore import Qt

    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
