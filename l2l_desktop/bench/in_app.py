"""What the app does for the benchmark (``--exit-after-paint``): say when the main window
first painted, then quit; with ``--visit-tabs``, first show every tab, the charts drawn, so
that the process's peak memory is that of a window that has shown everything."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

FIRST_PAINT = "first paint"  # the line printed on the first paint
VISITED = "every tab shown"  # and, with visit_tabs, once every tab has been shown


class _FirstPaint(QObject):
    def __init__(self, window: Any, visit_tabs: bool) -> None:
        super().__init__(window)
        self.window = window
        self.visit_tabs = visit_tabs
        self.seen = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print(FIRST_PAINT, flush=True)  # as the baselines say theirs
            QTimer.singleShot(0, self, self._then)
        return False

    def _then(self) -> None:
        if self.visit_tabs:
            from PySide6.QtWidgets import QApplication

            window = self.window
            for page in window.pages:
                window.tabs.setCurrentWidget(page)
                if page is window.trends and not page.charts:
                    page.build_charts()
                    page.draw_charts()
                for _ in range(3):
                    QApplication.processEvents()
            print(VISITED, flush=True)
        self.window.quit()


def exit_after_paint(window: Any, visit_tabs: bool = False) -> None:
    """Print :data:`FIRST_PAINT` on ``window``'s first paint, then quit it (after showing
    every tab, with ``visit_tabs``)."""
    from PySide6.QtWidgets import QApplication

    # A paint of the window or of any widget in it, as the baselines watch for theirs.
    QApplication.instance().installEventFilter(_FirstPaint(window, visit_tabs))
