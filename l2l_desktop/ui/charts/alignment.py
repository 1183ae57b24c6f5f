"""How well each day matched its intention (the evening rating), with a 7-day mean."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QColor

from l2l_desktop.ui.charts.base import (
    DAY_SECONDS,
    ChartPanel,
    DayAxis,
    nearest_day,
    palette_colours,
    still_plot,
    style_plot,
    timestamps,
)
from l2l_desktop.ui.style import number, tr, trn

POINT_COLOUR = QColor("#d2901c")


class AlignmentChart(ChartPanel):
    def __init__(self) -> None:
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": DayAxis()})
        super().__init__(
            tr("Alignment"),
            self.plot_widget,
            tr(
                "Dots: each evening's 1–5 rating of how the day matched the intention. "
                "Line: the 7-day mean."
            ),
        )
        self.plot = still_plot(self.plot_widget, (180, 240))
        self.plot.getAxis("left").setWidth(42)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)], []])
        self.points = pg.ScatterPlotItem(size=6, pen=pg.mkPen(None), brush=POINT_COLOUR)
        self.mean = pg.PlotDataItem()
        self.plot.addItem(self.points)
        self.plot.addItem(self.mean)
        self.plot.setYRange(0.5, 5.5, padding=0)
        self.ratings: dict[date, float] = {}
        self.means: dict[date, float] = {}
        self._hover = self.hover(self.plot, self._report)
        self.apply_palette()

    def apply_palette(self) -> None:
        _, text, _ = palette_colours(self)
        style_plot(self.plot, self)
        self.mean.setPen(pg.mkPen(text, width=2))

    def update_data(
        self,
        ratings: Sequence[tuple[date, float]],
        mean7: Sequence[tuple[date, float]],
        first: date,
        last: date,
    ) -> None:
        self.ratings = dict(ratings)
        self.means = dict(mean7)
        self.points.setData(timestamps([d for d, _ in ratings]), [v for _, v in ratings])
        self.mean.setData(timestamps([d for d, _ in mean7]), [v for _, v in mean7])
        start, end = timestamps([first, last])
        self.plot.setXRange(start - DAY_SECONDS, end + DAY_SECONDS, padding=0)
        self.show_empty(
            None
            if ratings
            else tr("No evening ratings in this range yet: rate each day in the Reflection tab.")
        )
        self.described()

    def _report(self, x: float, _y: float) -> str | None:
        day = nearest_day(x)
        rating = self.ratings.get(day)
        mean = self.means.get(day)
        if rating is None and mean is None:
            return tr("{day}: no rating").format(day=day)
        parts = [tr("{day}: rated {r}").format(day=day, r=f"{rating:.0f}" if rating else "—")]
        if mean is not None:
            parts.append(tr("7-day mean {m}").format(m=number(mean, 1)))
        return "\n".join(parts)

    def figures(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        rows = [
            (
                day.isoformat(),
                f"{rating:.0f}",
                number(self.means[day], 1) if day in self.means else "—",
            )
            for day, rating in sorted(self.ratings.items())
        ]
        return (tr("Day"), tr("Rating (1–5)"), tr("7-day mean")), rows

    def summary(self) -> str:
        if not self.ratings:
            return tr("No evening ratings in this range.")
        values = list(self.ratings.values())
        return trn(
            "%n rated day, mean rating {m} of 5.",
            "%n rated days, mean rating {m} of 5.",
            len(values),
        ).format(m=number(sum(values) / len(values), 1))
