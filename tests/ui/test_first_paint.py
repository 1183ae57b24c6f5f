"""What waits for a first paint (ui/first_paint.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from l2l_desktop.ui.first_paint import FirstPaint


class Paints(QObject):
    """Writes "paint" into ``steps`` at each paint of a widget in ``window``."""

    def __init__(self, window: QWidget, steps: list[str]) -> None:
        super().__init__()
        self.window, self.steps = window, steps

    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.steps.append("paint")
        return False


def test_the_work_runs_once_the_window_has_painted(qtbot):
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("something to paint"))
    qtbot.addWidget(window)
    steps: list[str] = []
    paints = Paints(window, steps)
    QApplication.instance().installEventFilter(paints)
    try:
        first = FirstPaint(window)
        first.then(lambda: steps.append("first"))
        first.then(lambda: steps.append("second"))
        assert not first.done
        window.show()
        qtbot.waitUntil(lambda: "second" in steps, timeout=3000)
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert steps[0] == "paint"  # nothing ran before the window painted
    assert [s for s in steps if s != "paint"] == ["first", "second"]  # in order, once each
    assert first.done
    first.then(lambda: steps.append("late"))  # asked after the paint: runs soon
    qtbot.waitUntil(lambda: "late" in steps, timeout=1000)


def test_a_window_never_painted_runs_the_work_after_a_while(qtbot):
    window = QWidget()  # never shown: as one started minimised, until it is restored
    qtbot.addWidget(window)
    ran: list[str] = []
    FirstPaint(window, fallback_ms=50).then(lambda: ran.append("work"))
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["work"], timeout=2000)
