"""The calendar: one square a day, coloured by how many practices were done, or by why none
were (not started yet, not a practice day, a day off, missed)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QColor

from l2l_desktop.core.analytics import NOT_STARTED, OFF_DAY, REST_DAY
from l2l_desktop.core.dates import local_day
from l2l_desktop.core.trends import PRACTICES
from l2l_desktop.ui.charts.base import (
    ChartPanel,
    colour_legend,
    legend,
    palette_colours,
    still,
    style_plot,
)
from l2l_desktop.ui.style import tr, trn, weekday_name

MAX_COUNT = len(PRACTICES)
# Index in the lookup table of each kind of cell; counts 1..6 follow MISSED.
FUTURE, NOT_YET, OFF, REST, MISSED = 0, 1, 2, 3, 4
_INDEX = {NOT_STARTED: NOT_YET, OFF_DAY: OFF, REST_DAY: REST, 0: MISSED}
LEFT_AXIS = 42
MAX_CELL = 28  # a short calendar (a four-week report) keeps its days this size at most


def cell_index(value: int | None) -> int:
    """Where a heatmap cell's value (analytics.heatmap) sits in the lookup table."""
    if value is None:
        return FUTURE
    return _INDEX.get(value, MISSED + min(max(value, 0), MAX_COUNT))


def lookup_table(background: QColor, dark: bool) -> np.ndarray:
    """One RGBA colour per cell index: still to come is transparent; not started is barely
    there; a day that is no practice day is faint; a day off is blue-grey; a missed practice
    day is a plain grey; then more and more green."""
    base = np.array(background.getRgb()[:3], dtype=float)

    def shade(amount: float) -> list[int]:
        rgb = np.minimum(base + amount * 255, 255) if dark else base * (1 - amount)
        return [*rgb.astype(np.ubyte), 255]

    def mix(colour: str, t: float) -> list[int]:
        other = np.array(QColor(colour).getRgb()[:3], dtype=float)
        return [*((1 - t) * base + t * other).astype(np.ubyte), 255]

    table = np.zeros((MISSED + MAX_COUNT + 1, 4), dtype=np.ubyte)
    table[NOT_YET] = shade(0.035)
    table[OFF] = shade(0.08)
    table[REST] = mix("#6f8fb5", 0.45)
    table[MISSED] = shade(0.2)
    for count in range(1, MAX_COUNT + 1):
        table[MISSED + count] = mix("#2f9e5f", 0.25 + 0.75 * count / MAX_COUNT)
    return table


class HeatmapChart(ChartPanel):
    """Weeks × 7 days, in square cells; items are created once and fed with setImage."""

    def __init__(self) -> None:
        widget = pg.GraphicsLayoutWidget()
        self.plot = still(widget.addPlot(row=0, col=0))
        self.legend = legend(4)
        widget.addItem(self.legend, row=1, col=0)
        super().__init__(
            tr("The last 52 weeks"),
            widget,
            tr("Each square is a day; the greener, the more of the six practices you did."),
        )
        self.plot.invertY(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        left = self.plot.getAxis("left")
        left.setWidth(LEFT_AXIS)
        left.setTicks([[(i + 0.5, weekday_name(i)) for i in (0, 2, 4, 6)], []])
        self.samples: dict[int, pg.ScatterPlotItem] = {}
        names = {
            MISSED: tr("missed"),
            OFF: tr("not a practice day"),
            REST: tr("day off"),
            NOT_YET: tr("before your first record"),
        }
        for index in (MISSED, OFF, REST, NOT_YET):
            self._sample(index, names[index])
        for count in (1, 3, MAX_COUNT):
            self._sample(MISSED + count, trn("%n practice", "%n practices", count))
        self.first_monday = local_day()
        self.grid: list[list[int | None]] = []
        self.last = local_day()
        self.weeks = 52
        self._hover = self.hover(self.plot, self._report)
        self.apply_palette()

    def _sample(self, index: int, name: str) -> None:
        sample = pg.ScatterPlotItem(symbol="s", size=11, pen=pg.mkPen(None))
        self.samples[index] = sample
        self.legend.addItem(sample, name)

    def apply_palette(self) -> None:
        background, text, grid = palette_colours(self)
        dark = background.lightness() < 128
        table = lookup_table(background, dark)
        self.image.setLookupTable(table)
        for index, sample in self.samples.items():
            sample.setBrush(pg.mkBrush(QColor(*table[index].tolist())))
            sample.setPen(pg.mkPen(grid))
        colour_legend(self.legend, text)
        style_plot(self.plot, self)
        self.plot.showGrid(x=False, y=False)

    def resizeEvent(self, event: Any) -> None:
        """As tall as square days across the whole width need."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """Square days across the whole width: the view shows as many weeks as fit its width
        at one cell each (the calendar's own weeks from the left), and the chart grows or
        shrinks until seven cells fill its height. A short calendar (a four-week report)
        keeps its days MAX_CELL wide at most."""
        box = self.plot.vb.geometry()
        if box.width() <= 0:
            return
        cell = min(box.width() / self.weeks, MAX_CELL)
        self.plot.setXRange(0, box.width() / cell, padding=0)
        self.plot.setYRange(0, 7, padding=0)
        height = round(self.plot_widget.height() + 7 * cell - box.height())
        if height > 0 and abs(height - self.plot_widget.height()) > 1:
            self.plot_widget.setFixedHeight(height)

    def update_data(self, first_monday: date, grid: list[list[int | None]], last: date) -> None:
        self.first_monday, self.grid, self.last = first_monday, grid, last
        weeks = len(grid[0]) if grid else 0
        self.weeks = max(1, weeks)
        self.title_text = trn("The last week", "The last %n weeks", weeks)
        self.title.setText(f"<b>{self.title_text}</b>")
        data = np.zeros((weeks, 7), dtype=np.uint8)  # image[x = week, y = weekday]
        for weekday, row in enumerate(grid):
            for week, value in enumerate(row):
                data[week, weekday] = cell_index(value)
        self.image.setImage(data, levels=(0, MISSED + MAX_COUNT), autoLevels=False)
        self.fit()
        ticks = []
        for week in range(weeks):
            monday = first_monday + timedelta(weeks=week)
            if monday.day <= 7 and (weeks <= 26 or monday.month % 2 == 1):
                month = QLocale().monthName(monday.month, QLocale.FormatType.ShortFormat)
                ticks.append((week + 0.5, month))
        self.plot.getAxis("bottom").setTicks([ticks, []])
        QTimer.singleShot(0, self, self.fit)  # once laid out at its new height
        has_any = any(v for row in grid for v in row if v and v > 0)
        self.show_empty(
            None
            if has_any
            else tr("Nothing logged in these weeks yet: the calendar fills in day by day.")
        )
        self.described()

    def _day(self, week: int, weekday: int) -> date:
        return self.first_monday + timedelta(weeks=week, days=weekday)

    def _words(self, value: int | None) -> str:
        if value is None:
            return tr("still to come")
        if value > 0:
            return tr("{n} of {total} practices").format(n=value, total=MAX_COUNT)
        return {
            NOT_STARTED: tr("before your first record"),
            OFF_DAY: tr("not a practice day"),
            REST_DAY: tr("day off"),
        }.get(value, tr("missed"))

    def _report(self, x: float, y: float) -> str | None:
        week, weekday = int(x), int(y)
        if not self.grid or not (0 <= weekday < 7 and 0 <= week < len(self.grid[0])):
            return None
        day = self._day(week, weekday)
        return f"{day.isoformat()}: {self._words(self.grid[weekday][week])}"

    def figures(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        rows = []
        for week in range(len(self.grid[0]) if self.grid else 0):
            for weekday in range(7):
                value = self.grid[weekday][week]
                if value is not None:
                    day = self._day(week, weekday)
                    rows.append((day.isoformat(), weekday_name(weekday), self._words(value)))
        return (tr("Day"), tr("Weekday"), tr("Practices")), rows

    def summary(self) -> str:
        cells = [v for row in self.grid for v in row if v is not None]
        done = sum(1 for v in cells if v > 0)
        missed = sum(1 for v in cells if v == 0)
        return tr(
            "{done} days with a practice and {missed} practice days missed, to {last}."
        ).format(done=done, missed=missed, last=self.last.isoformat())
