"""The two baseline windows the app is measured against, run as scripts of their own: a window
of PySide6 alone (a main window with five tabs of labels), and a PySide6 + pyqtgraph window
(one plot of 3,650 points). Each prints the same line as the app on its first paint, then
quits, so that all three are timed the same way, from the outside, as whole processes: the
line comes with the first paint event of the window (of any widget in it)."""

from __future__ import annotations

from l2l_desktop.bench.in_app import FIRST_PAINT

_ON_FIRST_PAINT = f"""
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print({FIRST_PAINT!r}, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
app.installEventFilter(watcher)  # a paint of the window or of any widget in it
window.resize(1100, 720)
window.show()
app.exec()
"""

QT_ONLY = (
    """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(["baseline"])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Today", "Questions", "Gemba", "Reflection", "Trends"):
    tabs.addTab(QLabel(name + ": a label on a page of its own"), name)
window.setCentralWidget(tabs)
"""
    + _ON_FIRST_PAINT
)

WITH_PYQTGRAPH = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["baseline"])
import numpy as np
import pyqtgraph as pg
window = QMainWindow()
plot = pg.PlotWidget()
x = np.arange(3650, dtype=float)
plot.plot(x, np.sin(x / 50.0))
window.setCentralWidget(plot)
"""
    + _ON_FIRST_PAINT
)

BASELINES = {"pyside6": QT_ONLY, "pyqtgraph": WITH_PYQTGRAPH}
