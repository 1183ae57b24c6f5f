from datetime import date

import pytest

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
def today() -> date:
    return date.today()


def on_next_dialog(handler):
    """Call ``handler(dialog)`` on the next modal dialog, once it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        handler(dialog)

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
