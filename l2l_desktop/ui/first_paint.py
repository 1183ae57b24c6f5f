"""What waits for a first paint: the work of starting up that the user need not wait for
(the daily backup, the Trends charts, the desktop's notification service).

A zero-time timer is not enough: it fires before the window system asks the window to paint,
so its work would come first. ``FirstPaint`` watches for the first paint of a widget (a window,
a tab: each is painted itself, under its children), and runs what waits once that paint is
done. It watches that widget alone, not every event of the application. A window started
minimised is not painted until it is restored: after ``fallback_ms`` the work runs anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000  # a window that is not painted (started minimised) waits no longer


class FirstPaint(QObject):
    """Runs callables, in order, once ``widget`` has first painted."""

    def __init__(self, widget: QWidget, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(widget)
        self.widget = widget
        self.done = False
        self._waiting: list[Callable[[], object]] = []
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._painted)
        self._watching = False

    def then(self, work: Callable[[], object]) -> None:
        """Run ``work`` after the first paint (soon, if the window has painted already)."""
        if self.done:
            QTimer.singleShot(0, self, work)
            return
        self._waiting.append(work)
        if not self._watching:
            self._watching = True
            self.widget.installEventFilter(self)  # removed at the first paint
            self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)  # once this paint is done
        return False

    def _painted(self) -> None:
        if self.done:
            return
        self.done = True
        self._fallback.stop()
        self.widget.removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
