"""What waits for a first paint: the work of starting up that the user need not wait for
(the daily backup, the Trends charts, the desktop's notification service).

A zero-time timer is not enough: it fires before the window system asks the window to paint,
so its work would come first. ``FirstPaint`` watches for the first paint of a widget (a window,
a tab) or of any widget in it, and runs what waits once that paint is done. A window started
minimised is not painted until it is restored: after ``fallback_ms`` the work runs anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FALLBACK_MS = 2000  # a window that is not painted (started minimised) waits no longer


class FirstPaint(QObject):
    """Runs callables, in order, once ``widget`` (or a widget in it) has first painted."""

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
            QApplication.instance().installEventFilter(self)  # removed at the first paint
            self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self.widget or self.widget.isAncestorOf(watched))
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)  # once this paint is done
        return False

    def _painted(self) -> None:
        if self.done:
            return
        self.done = True
        self._fallback.stop()
        QApplication.instance().removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
