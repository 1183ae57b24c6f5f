"""The year calendar: one cell a day, coloured by how many practices were done."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from l2l_desktop.core.trends import PRACTICES
from l2l_desktop.ui.charts.base import ChartPanel, hover, palette_colours, still_plot, style_plot
from l2l_desktop.ui.style import tr

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_COUNT = len(PRACTICES)


def lookup_table(background: QColor, dark: bool) -> np.ndarray:
    """Index 0: a day still to come (transparent); 1: nothing done; 2..: more and more green."""
    green = QColor("#2f9e5f")
    table = np.zeros((MAX_COUNT + 2, 4), dtype=np.ubyte)
    base = np.array(background.getRgb(), dtype=float)
    empty = base * 0.88 if not dark else np.minimum(base + 28, 255)
    empty[3] = 255
    table[1] = empty.astype(np.ubyte)
    for count in range(1, MAX_COUNT + 1):
        t = 0.25 + 0.75 * count / MAX_COUNT
        rgb = (1 - t) * base[:3] + t * np.array(green.getRgb()[:3], dtype=float)
        table[count + 1] = [*rgb.astype(np.ubyte), 255]
    return table


class HeatmapChart(ChartPanel):
    """52 weeks × 7 days; items are created once and fed with setImage."""

    def __init__(self) -> None:
        self.plot_widget = pg.PlotWidget()
        super().__init__(
            tr("The last 52 weeks"),
            self.plot_widget,
            tr("Each square is a day; the greener, the more of the six practices you did."),
        )
        self.plot = still_plot(self.plot_widget, (150, 190))
        self.plot.invertY(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.plot.getAxis("left").setTicks(
            [[(i + 0.5, tr(WEEKDAY_NAMES[i])) for i in (0, 2, 4, 6)], []]
        )
        self.first_monday = date.today()
        self.grid: list[list[int | None]] = []
        self.last = date.today()
        self._hover = hover(self.plot, self._report)
        self.apply_palette()

    def apply_palette(self) -> None:
        background, _, _ = palette_colours(self)
        dark = background.lightness() < 128
        self.image.setLookupTable(lookup_table(background, dark))
        style_plot(self.plot, self)
        self.plot.showGrid(x=False, y=False)

    def update_data(self, first_monday: date, grid: list[list[int | None]], last: date) -> None:
        self.first_monday, self.grid, self.last = first_monday, grid, last
        weeks = len(grid[0]) if grid else 0
        data = np.zeros((weeks, 7), dtype=np.uint8)  # image[x = week, y = weekday]
        for weekday, row in enumerate(grid):
            for week, value in enumerate(row):
                data[week, weekday] = 0 if value is None else min(value, MAX_COUNT) + 1
        self.image.setImage(data, levels=(0, MAX_COUNT + 1), autoLevels=False)
        self.plot.setXRange(0, weeks, padding=0.01)
        self.plot.setYRange(0, 7, padding=0.02)
        ticks = []
        for week in range(weeks):
            monday = first_monday + timedelta(weeks=week)
            if monday.day <= 7:
                ticks.append((week + 0.5, monday.strftime("%b")))
        self.plot.getAxis("bottom").setTicks([ticks, []])
        has_any = any(v for row in grid for v in row if v)
        self.show_empty(
            None
            if has_any
            else tr("No practice logged in the last year yet: the calendar fills in day by day.")
        )

    def _report(self, x: float, y: float) -> None:
        week, weekday = int(x), int(y)
        if not self.grid or not (0 <= weekday < 7 and 0 <= week < len(self.grid[0])):
            return
        day = self.first_monday + timedelta(weeks=week, days=weekday)
        value = self.grid[weekday][week]
        if value is None:
            self.readout.setText(tr("{day}: still to come").format(day=day))
        else:
            self.readout.setText(
                tr("{day}: {n} of {total} practices").format(day=day, n=value, total=MAX_COUNT)
            )
