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
