"""What every chart shares: palette-aware colours, a date axis, a read-out by the pointer,
its figures as a table, PNG export."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.analytics import day_timestamp, timestamp_day
from l2l_desktop.core.day_ticks import TickWords, day_ticks
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


LABEL_ROOM = 84  # pixels a date label needs, with the gap to the next one


def tick_words() -> TickWords:
    """Month names and label patterns in the window's language: "3 Nov" or "3. Nov."."""
    locale = QLocale()
    months = tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
    # The patterns say where the day and month go; "{day} {month}" in English.
    return TickWords(months, tr("{day} {month}"), tr("{month} {year}"))


class DayAxis(pg.AxisItem):
    """A bottom axis of days (local noon in Unix seconds) labelled by :func:`day_ticks`:
    whole days, Mondays, months or years, as many as fit without touching. ``weekly``: for a
    bar a week, labelled with the week's Monday under the bar's centre, ``offset`` seconds on."""

    def __init__(self, weekly: bool = False, offset: float = 0.0) -> None:
        super().__init__("bottom")
        self.weekly = weekly
        self.offset = offset
        self._labels: dict[int, str] = {}

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        first = timestamp_day(minVal - self.offset)
        last = timestamp_day(maxVal - self.offset)
        ticks = day_ticks(first, last, int(size // LABEL_ROOM), self.weekly, tick_words())
        self._labels = {round(day_timestamp(d) + self.offset): label for d, label in ticks}
        values = [v for d, _ in ticks if minVal <= (v := day_timestamp(d) + self.offset) <= maxVal]
        return [(DAY_SECONDS, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._labels.get(round(v), "") for v in values]


def legend(columns: int) -> pg.LegendItem:
    """A legend for a row of its own in a chart's layout: as wide as its entries, never
    over a plot."""
    item = pg.LegendItem(colCount=columns, horSpacing=18, verSpacing=-4, labelTextSize="10pt")
    item.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    # pyqtgraph keeps a legend the same size whatever the scale (it floats over a plot);
    # in a row of its own it scales with the chart, so an exported image keeps it legible.
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
    return item


def colour_legend(item: pg.LegendItem, colour: QColor) -> None:
    """The legend's words in ``colour`` (pyqtgraph stores a new colour but draws the labels
    already there in the old one until their text is set again)."""
    item.setLabelTextColor(colour)
    for _, label in item.items:
        label.setText(label.text)


def whole_ticks(plot: pg.PlotItem, top: float) -> None:
    """Whole-number ticks on a plot of counts, about four of them."""
    step = max(1, math.ceil(top / 4))
    plot.getAxis("left").setTickSpacing(step, step)


class Tip:
    """The value under the pointer, in a box by the pointer inside the plot."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.item = pg.TextItem(anchor=(0, 1))
        self.item.setZValue(1_000)
        plot.addItem(self.item, ignoreBounds=True)
        self.item.hide()

    def show(self, scene_point: QPointF, text: str) -> None:
        """Show ``text`` by the pointer, on the side of it that keeps the box in the plot."""
        box = self.plot.vb.sceneBoundingRect()
        self.item.setAnchor(
            (1 if scene_point.x() > box.center().x() else 0,
             0 if scene_point.y() < box.center().y() else 1)
        )  # fmt: skip
        self.item.setText(text)
        self.item.setPos(self.plot.vb.mapSceneToView(scene_point))
        self.item.show()

    def hide(self) -> None:
        self.item.hide()

    def text(self) -> str:
        """What the tip says while shown, else an empty string."""
        return self.item.textItem.toPlainText() if self.item.isVisible() else ""

    def style(self, widget: QWidget) -> None:
        background, text, grid = palette_colours(widget)
        fill = QColor(background)
        fill.setAlpha(235)
        self.item.fill = pg.mkBrush(fill)
        self.item.border = pg.mkPen(grid)
        self.item.setColor(text)


class FiguresDialog(QDialog):
    """A chart's figures as a table: what a screen reader (or a spreadsheet) can use."""

    def __init__(
        self,
        title: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{title}: the figures").format(title=title))
        self.resize(560, 420)
        self.table = QTableWidget(len(rows), len(header))
        self.table.setHorizontalHeaderLabels(list(header))
        self.table.setAccessibleName(tr("{title}: the figures").format(title=title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if rows:
            self.table.setCurrentCell(len(rows) - 1, 0)  # the latest figures, at hand
        self.table.setFocus()


class ChartPanel(QWidget):
    """A titled chart: heading, explanation, the plot, "Figures…" and "Export PNG…".

    A subclass draws with ``update_data`` and says what it shows in words with
    :meth:`figures` (a table) and :meth:`summary` (the accessible description)."""

    def __init__(self, title: str, plot_widget: QWidget, explanation: str = "") -> None:
        super().__init__()
        self.plot_widget = plot_widget
        self.title_text = title
        self.range_text = ""
        self.tips: list[Tip] = []
        self.title = QLabel(f"<b>{title}</b>")
        self.figures_button = QPushButton(tr("Figures…"))
        self.figures_button.setToolTip(tr("The chart's figures as a table"))
        self.figures_button.setAccessibleName(tr("Show the figures of {title}").format(title=title))
        self.figures_button.clicked.connect(self.show_figures)
        self.export_button = QPushButton(tr("Export PNG…"))
        self.export_button.setAccessibleName(tr("Export {title} as PNG").format(title=title))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.empty.hide()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.figures_button)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(header)
        if explanation:
            layout.addWidget(muted_label(explanation))
        layout.addWidget(self.empty)
        layout.addWidget(plot_widget, 1)
        plot_widget.setAccessibleName(title)
        for watched in (plot_widget, getattr(plot_widget, "viewport", lambda: None)()):
            if watched is not None:
                watched.installEventFilter(self)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the palette when the system switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "apply_palette"):
            guarded(self.apply_palette)
            for tip in self.tips:
                tip.style(self)
            # pyqtgraph's view caches its background: dropped, so that a chart on screen is
            # drawn again now, background and all, not at the next switch of tab.
            for view in self.findChildren(QGraphicsView):
                view.resetCachedContent()
                view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.hide_tips()  # the pointer left the chart: no read-out left behind
        return False

    def hover(
        self, plot: pg.PlotItem, report: Callable[[float, float], str | None]
    ) -> pg.SignalProxy:
        """Show ``report(x, y)`` (data coordinates) by the pointer as it moves over ``plot``;
        None hides it."""
        tip = Tip(plot)
        tip.style(self)
        self.tips.append(tip)

        def moved(event: tuple[QPointF]) -> None:
            point = event[0]
            if not plot.vb.sceneBoundingRect().contains(point):
                tip.hide()  # another plot of the same scene may be showing its own
                return
            text = report(*_view_point(plot, point))
            if text:
                tip.show(point, text)
            else:
                tip.hide()

        return pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=60, slot=moved)

    def hide_tips(self) -> None:
        for tip in self.tips:
            tip.hide()

    def tip_text(self) -> str:
        """What the read-out by the pointer says (empty when none is shown)."""
        return next((t.text() for t in self.tips if t.text()), "")

    def set_range(self, first: date, last: date) -> None:
        """The range the chart shows, named in its exported image."""
        self.range_text = tr("{first} to {last}").format(
            first=first.isoformat(), last=last.isoformat()
        )

    def described(self) -> None:
        """Put the figures in words where assistive technology reads them."""
        self.hide_tips()
        self.plot_widget.setAccessibleDescription(self.summary())

    def summary(self) -> str:
        return ""

    def figures(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        return (), []

    def show_figures(self) -> FiguresDialog:
        header, rows = self.figures()
        dialog = FiguresDialog(self.title_text, header, rows, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_empty(self, sentence: str | None) -> None:
        """A friendly sentence instead of blank axes when there is nothing to draw."""
        self.empty.setText(sentence or "")
        self.empty.setVisible(bool(sentence))
        self.plot_widget.setVisible(not sentence)
        for button in (self.figures_button, self.export_button):  # nothing to show yet
            button.setEnabled(not sentence)

    def export_image(self, scale: float = 2.0) -> QImage:
        """The chart at ``scale`` times its size on screen, with its title and range above it
        (pyqtgraph's ImageExporter draws the plots and legend anew at that size)."""
        from pyqtgraph.exporters import ImageExporter

        background, text, _ = palette_colours(self)
        drawn = self.plot_widget.centralWidget  # the plots and legend, as laid out on screen
        exporter = ImageExporter(drawn)
        exporter.parameters()["background"] = background
        exporter.parameters()["width"] = max(1, round(drawn.boundingRect().width() * scale))
        plot = exporter.export(toBytes=True)
        title_font, range_font = QFont(self.font()), QFont(self.font())
        title_font.setPixelSize(round(15 * scale))
        title_font.setBold(True)
        range_font.setPixelSize(round(12 * scale))
        margin = round(10 * scale)
        title_h = QFontMetrics(title_font).height()
        range_h = QFontMetrics(range_font).height() if self.range_text else 0
        top = margin + title_h + range_h + margin // 2
        out = QImage(plot.width(), plot.height() + top, QImage.Format.Format_ARGB32)
        out.fill(background)
        painter = QPainter(out)
        try:
            painter.setPen(text)
            painter.setFont(title_font)
            painter.drawText(margin, margin, out.width() - 2 * margin, title_h, 0, self.title_text)
            if self.range_text:
                painter.setFont(range_font)
                painter.drawText(
                    margin, margin + title_h, out.width() - 2 * margin, range_h, 0, self.range_text
                )
            painter.drawImage(0, top, plot)
        finally:
            painter.end()
        return out

    def save_png(self, path: str) -> bool:
        """The chart as a PNG image at twice its size on screen (mode 0600, like every file
        the app writes)."""
        try:
            with written_whole(Path(path)) as part:
                if not self.export_image().save(str(part), "PNG"):
                    raise OSError("the image could not be written")
        except OSError:
            return False
        return True


def _view_point(plot: pg.PlotItem, point: QPointF) -> tuple[float, float]:
    mapped = plot.vb.mapSceneToView(point)
    return mapped.x(), mapped.y()


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


def nearest_day(x: float) -> date:
    return timestamp_day(x)
