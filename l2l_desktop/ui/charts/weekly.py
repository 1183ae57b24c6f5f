"""Weekly charts: the balance of the three elements, and the quality of questions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import attrgetter
from typing import TypeVar

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from l2l_desktop.core.analytics import WeekElements, WeekQuestions, timestamp_day
from l2l_desktop.core.elements import ALL_ELEMENTS
from l2l_desktop.ui.charts.base import (
    DAY_SECONDS,
    ChartPanel,
    DayAxis,
    colour_legend,
    element_colour,
    legend,
    palette_colours,
    still,
    style_plot,
    timestamps,
    whole_ticks,
)
from l2l_desktop.ui.style import element_label, number, percent, tr, trn

BAR_WIDTH = 5 * DAY_SECONDS
BAR_CENTRE = 3 * DAY_SECONDS  # after the week's Monday noon: the middle of its seven days
W = TypeVar("W", WeekElements, WeekQuestions)


def _week_at(x: float, weeks: Sequence[date]) -> int | None:
    """The index of the week (keyed by its Monday) that holds the day at ``x``."""
    day = timestamp_day(x)
    for i, monday in enumerate(weeks):
        if 0 <= (day - monday).days <= 6:
            return i
    return None


def _week_under(x: float, weeks: Sequence[W]) -> W | None:
    """The week (a row keyed by its Monday) under the pointer at ``x``, if any."""
    i = _week_at(x, [w.week for w in weeks])
    return None if i is None else weeks[i]


def _show_weeks(plot: pg.PlotItem, centres: Sequence[float]) -> None:
    """Fit the x-axis to the weeks whose bars are centred at ``centres``, with half a week
    to spare on each side."""
    plot.setXRange(centres[0] - 4 * DAY_SECONDS, centres[-1] + 4 * DAY_SECONDS, padding=0)


def _fit(
    panel: ChartPanel,
    weeks: tuple[pg.PlotItem, Sequence[float]],
    height: tuple[pg.PlotItem, float],
    drawn: bool,
    empty: str,
) -> None:
    """Fit one plot's x-axis to the weeks at their bar centres and another's y-axis to the
    tallest bar; a sentence instead of the plots when nothing was ``drawn``."""
    (x_plot, centres), (y_plot, top) = weeks, height
    if centres:
        _show_weeks(x_plot, centres)
        y_plot.setYRange(0, top, padding=0)
    panel.show_empty(None if drawn else empty)


def _two_plots(
    top_height: int = 3, first_row: int = 0, centre: float = 3 * DAY_SECONDS
) -> tuple[pg.GraphicsLayoutWidget, pg.PlotItem, pg.PlotItem]:
    """Two plots, one above the other, sharing their x-axis of weeks (labelled below, each
    label under its bar, ``centre`` after the week's Monday noon)."""
    widget = pg.GraphicsLayoutWidget()
    top = widget.addPlot(
        row=first_row, col=0, axisItems={"bottom": DayAxis(weekly=True, offset=centre)}
    )
    bottom = widget.addPlot(
        row=first_row + 1, col=0, axisItems={"bottom": DayAxis(weekly=True, offset=centre)}
    )
    bottom.setXLink(top)
    widget.ci.layout.setRowStretchFactor(first_row, top_height)
    widget.ci.layout.setRowStretchFactor(first_row + 1, 2)
    for plot in (top, bottom):
        still(plot).getAxis("left").setWidth(42)
    top.getAxis("bottom").setStyle(showValues=False)
    return widget, top, bottom


class BalanceChart(ChartPanel):
    """Stacked weekly bars per element, and the balance index (0–100) beneath."""

    def __init__(self) -> None:
        widget, self.bars_plot, self.index_plot = _two_plots(
            top_height=3, first_row=1, centre=BAR_CENTRE
        )
        # The legend has a row of its own above the bars, so it never covers one.
        self.legend = legend(3)
        widget.addItem(self.legend, row=0, col=0)
        super().__init__(
            tr("Balance across the three elements"),
            widget,
            tr(
                "Bars: what your records served each week. Line: the balance index, 100 when "
                "the three are equally present, 0 when only one is."
            ),
        )
        widget.setMinimumHeight(300)
        widget.setMaximumHeight(360)
        self.bars = {}
        for element in ALL_ELEMENTS:
            colour = element_colour(element)
            item = pg.BarGraphItem(
                x=[], height=[], width=BAR_WIDTH, brush=colour, pen=pg.mkPen(None)
            )
            self.bars_plot.addItem(item)
            self.legend.addItem(item, element_label(element))
            self.bars[element] = item
        self.index_line = pg.PlotDataItem(symbol="o", symbolSize=4)
        self.index_plot.addItem(self.index_line)
        self.index_plot.setYRange(0, 100, padding=0.08)
        self.index_plot.setMinimumHeight(90)
        self.index_plot.getAxis("left").setTicks([[(0, "0"), (100, "100")], [(50, "")]])
        self.index_plot.setLabel("left", tr("index"))
        self.weeks: list[WeekElements] = []
        self._hover = [self.hover(p, self._report) for p in (self.bars_plot, self.index_plot)]
        self.apply_palette()

    def apply_palette(self) -> None:
        _, text, _ = palette_colours(self)
        for plot in (self.bars_plot, self.index_plot):
            style_plot(plot, self)
        colour_legend(self.legend, text)
        self.index_line.setPen(pg.mkPen(text, width=2))
        self.index_line.setSymbolBrush(text)
        self.index_line.setSymbolPen(None)

    def update_data(self, weeks: Sequence[WeekElements]) -> None:
        self.weeks = list(weeks)
        xs = [x + BAR_CENTRE for x in timestamps([w.week for w in weeks])]
        base = [0.0] * len(weeks)
        for element in ALL_ELEMENTS:
            count = _COUNTS[element.value]
            heights = [float(count(w)) for w in weeks]
            self.bars[element].setOpts(x=xs, height=heights, y0=list(base), width=BAR_WIDTH)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        points = [(x, w.balance) for x, w in zip(xs, weeks, strict=True) if w.balance is not None]
        _dotted(self.index_line, len(points))
        self.index_line.setData([p[0] for p in points], [p[1] for p in points])
        empty = tr("No records in this range yet: the weekly balance appears as you log.")
        top = max([*base, 1.0])
        whole_ticks(self.bars_plot, top)
        _fit(self, (self.bars_plot, xs), (self.bars_plot, top * 1.1), any(base), empty)
        self.described()

    def _words(self, w: WeekElements) -> tuple[str, ...]:
        index = "—" if w.balance is None else f"{w.balance:.0f}"
        return (w.week.isoformat(), str(w.direction), str(w.support), str(w.self_), index)

    def _report(self, x: float, _y: float) -> str | None:
        w = _week_under(x, self.weeks)
        if w is None:
            return None
        week, d, s, x_, b = self._words(w)
        return tr("Week of {week}\ndirection {d}, support {s}, self {x}\nbalance {b}").format(
            week=week, d=d, s=s, x=x_, b=b
        )

    def figures(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        header = (
            tr("Week of"),
            element_label(ALL_ELEMENTS[0]),
            element_label(ALL_ELEMENTS[1]),
            element_label(ALL_ELEMENTS[2]),
            tr("Balance index"),
        )
        return header, [self._words(w) for w in self.weeks]

    def summary(self) -> str:
        d = sum(w.direction for w in self.weeks)
        s = sum(w.support for w in self.weeks)
        x = sum(w.self_ for w in self.weeks)
        return trn(
            "%n week: set direction {d}, provide support {s}, develop yourself {x}.",
            "%n weeks: set direction {d}, provide support {s}, develop yourself {x}.",
            len(self.weeks),
        ).format(d=number(d), s=number(s), x=number(x))


DOTS_UP_TO = 160  # weeks: beyond, a line's dots would touch on a window's width


def _dotted(line: pg.PlotDataItem, points: int) -> None:
    """A dot on each week of ``line`` while there is room between them; a plain line over
    years (and ten times quicker to draw: 2 ms a line, on thirty years' weeks)."""
    wanted = "o" if points <= DOTS_UP_TO else None
    if line.opts["symbol"] != wanted:
        line.setSymbol(wanted)


_COUNTS = {  # an element's count in a week, by the element's value
    "direction": attrgetter("direction"),
    "support": attrgetter("support"),
    "self": attrgetter("self_"),
}


class QuestionsChart(ChartPanel):
    """The weekly share of open questions, and questions asked against times told."""

    ASK_COLOUR = QColor("#2f9e5f")
    TELL_COLOUR = QColor("#d0453a")

    def __init__(self) -> None:
        widget, self.share_plot, self.count_plot = _two_plots(
            top_height=2, first_row=1, centre=BAR_CENTRE
        )
        self.legend = legend(2)
        widget.addItem(self.legend, row=0, col=0)
        super().__init__(
            tr("Question quality"),
            widget,
            tr(
                "Top: the share of your questions that were open. "
                "Bottom: questions asked and times told instead, per week."
            ),
        )
        widget.setMinimumHeight(260)
        widget.setMaximumHeight(330)
        self.share_line = pg.PlotDataItem(symbol="o", symbolSize=4)
        self.share_plot.addItem(self.share_line)
        self.share_plot.setYRange(0, 100, padding=0.08)
        self.share_plot.getAxis("left").setTicks(
            [[(0, percent(0)), (100, percent(100))], [(50, "")]]
        )
        self.full_line = pg.InfiniteLine(pos=100, angle=0, movable=False)
        self.share_plot.addItem(self.full_line, ignoreBounds=True)
        half = BAR_WIDTH / 2
        self.asks = pg.BarGraphItem(
            x=[], height=[], width=half, brush=self.ASK_COLOUR, pen=pg.mkPen(None)
        )
        self.tells = pg.BarGraphItem(
            x=[], height=[], width=half, brush=self.TELL_COLOUR, pen=pg.mkPen(None)
        )
        self.count_plot.addItem(self.asks)
        self.count_plot.addItem(self.tells)
        self.legend.addItem(self.asks, tr("Questions asked"))
        self.legend.addItem(self.tells, tr("Told instead of asking"))
        self.weeks: list[WeekQuestions] = []
        self._hover = [self.hover(p, self._report) for p in (self.share_plot, self.count_plot)]
        self.apply_palette()

    def apply_palette(self) -> None:
        for plot in (self.share_plot, self.count_plot):
            style_plot(plot, self)
        colour = QColor("#2f9e5f")
        _, text, _ = palette_colours(self)
        colour_legend(self.legend, text)
        self.full_line.setPen(pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine))
        self.share_line.setPen(pg.mkPen(colour, width=2))
        self.share_line.setSymbolBrush(colour)
        self.share_line.setSymbolPen(None)

    def update_data(self, weeks: Sequence[WeekQuestions]) -> None:
        self.weeks = list(weeks)
        centres = [x + BAR_CENTRE for x in timestamps([w.week for w in weeks])]
        quarter = BAR_WIDTH / 4
        self.asks.setOpts(
            x=[c - quarter for c in centres], height=[w.asks for w in weeks], width=BAR_WIDTH / 2
        )
        self.tells.setOpts(
            x=[c + quarter for c in centres], height=[w.tells for w in weeks], width=BAR_WIDTH / 2
        )
        points = [
            (c, w.open_share)
            for c, w in zip(centres, weeks, strict=True)
            if w.open_share is not None
        ]
        _dotted(self.share_line, len(points))
        self.share_line.setData([p[0] for p in points], [p[1] for p in points])
        top = max([w.asks for w in weeks] + [w.tells for w in weeks] + [1])
        whole_ticks(self.count_plot, top)
        drawn = any(w.asks or w.tells for w in weeks)
        empty = tr("No questions or tells in this range yet.")
        _fit(self, (self.share_plot, centres), (self.count_plot, top * 1.15), drawn, empty)
        self.described()

    def _words(self, w: WeekQuestions) -> tuple[str, ...]:
        share = "—" if w.open_share is None else percent(w.open_share)
        return (w.week.isoformat(), str(w.asks), share, str(w.tells))

    def _report(self, x: float, _y: float) -> str | None:
        w = _week_under(x, self.weeks)
        if w is None:
            return None
        week, asks, share, tells = self._words(w)
        return tr("Week of {week}\n{asks} asked, {share} open\ntold {tells}").format(
            week=week, asks=asks, share=share, tells=tells
        )

    def figures(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        header = (tr("Week of"), tr("Asked"), tr("Open share"), tr("Told instead"))
        return header, [self._words(w) for w in self.weeks]

    def summary(self) -> str:
        asks = sum(w.asks for w in self.weeks)
        opens = sum(w.open for w in self.weeks)
        tells = sum(w.tells for w in self.weeks)
        share = percent(100 * opens / asks) if asks else "—"
        return trn(
            "%n week: {asks} questions asked, {share} open; told {tells} times.",
            "%n weeks: {asks} questions asked, {share} open; told {tells} times.",
            len(self.weeks),
        ).format(asks=number(asks), share=share, tells=number(tells))
