"""What every chart shares: palette-aware colours, a read-out line, hover, PNG export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from l2l_desktop.core.analytics import day_timestamp, timestamp_day
from l2l_desktop.core.elements import Element
from l2l_desktop.ui.files import written_whole
from l2l_desktop.ui.style import ELEMENT_COLOURS, tr
from l2l_desktop.ui.widgets import guarded, muted_label

pg.setConfigOptions(antialias=True, background=None)

DAY_SECONDS = 86_400.0


def palette_colours(widget: QWidget) -> tuple[QColor, QColor, QColor]:
    """Background, text and faint-grid colours from the widget's palette (light or dark)."""
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Mid)
    return background, text, grid


def element_colour(element: Element) -> QColor:
    return QColor(ELEMENT_COLOURS[element])


def timestamps(days: Sequence[date]) -> list[float]:
    """Local noon of each day in Unix seconds (what DateAxisItem expects)."""
    return [day_timestamp(d) for d in days]


class ChartPanel(QWidget):
    """A titled chart: heading, read-out line, the plot widget, an "Export PNG…" button."""

    def __init__(self, title: str, plot_widget: QWidget, explanation: str = "") -> None:
        super().__init__()
        self.plot_widget = plot_widget
        self.title = QLabel(f"<b>{title}</b>")
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("color: palette(placeholder-text);")
        self.readout.setAccessibleName(tr("{title}: value under the pointer").format(title=title))
        self.export_button = QPushButton(tr("Export PNG…"))
        self.export_button.setAccessibleName(tr("Export {title} as PNG").format(title=title))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.empty.hide()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.readout, 1)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(header)
        if explanation:
            layout.addWidget(muted_label(explanation))
        layout.addWidget(self.empty)
        layout.addWidget(plot_widget, 1)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the palette when the system switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "apply_palette"):
            guarded(self.apply_palette)

    def show_empty(self, sentence: str | None) -> None:
        """A friendly sentence instead of blank axes when there is nothing to draw."""
        self.empty.setText(sentence or "")
        self.empty.setVisible(bool(sentence))
        self.plot_widget.setVisible(not sentence)

    def save_png(self, path: str) -> bool:
        """The chart as a PNG image (mode 0600, like every file the app writes)."""
        try:
            with written_whole(Path(path)) as part:
                if not self.plot_widget.grab().save(str(part), "PNG"):
                    raise OSError("the image could not be written")
        except OSError:
            return False
        return True


def still(plot: pg.PlotItem) -> pg.PlotItem:
    """A plot to read, not to pan or zoom: no context menu, no mouse moves, no buttons."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    return plot


def still_plot(widget: pg.PlotWidget, heights: tuple[int, int]) -> pg.PlotItem:
    """The one plot of ``widget``, kept still, the widget between ``heights`` tall."""
    widget.setMinimumHeight(heights[0])
    widget.setMaximumHeight(heights[1])
    return still(widget.getPlotItem())


def style_plot(plot: pg.PlotItem, widget: QWidget) -> None:
    """Axis pens and grid that follow the palette."""
    _, text, grid = palette_colours(widget)
    for name in ("left", "bottom", "right"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(grid))
        axis.setTextPen(pg.mkPen(text))
    plot.showGrid(x=False, y=True, alpha=0.25)


def hover(plot: pg.PlotItem, report: Callable[[float, float], None]) -> pg.SignalProxy:
    """Call ``report(x, y)`` in data coordinates as the pointer moves over ``plot``."""

    def moved(event: tuple[QPointF]) -> None:
        point = event[0]
        if plot.sceneBoundingRect().contains(point):
            mapped = plot.vb.mapSceneToView(point)
            report(mapped.x(), mapped.y())

    return pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30, slot=moved)


def nearest_day(x: float) -> date:
    return timestamp_day(x)
