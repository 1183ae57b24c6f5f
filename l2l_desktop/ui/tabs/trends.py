"""The Trends tab: streaks and habit strength, the year calendar, balance, questions, alignment.

The charts (and pyqtgraph with them) are built the first time the tab is shown, so the window's
first paint does not pay for them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from l2l_desktop.core.trends import PracticeTrend, Trends
from l2l_desktop.services import Journal
from l2l_desktop.ui.files import suggested_path
from l2l_desktop.ui.first_paint import FirstPaint
from l2l_desktop.ui.report_text import support_sentences
from l2l_desktop.ui.style import (
    in_units,
    number,
    percent,
    practice_name,
    strength_explanation,
    tr,
    trn,
)
from l2l_desktop.ui.widgets import EmptyState, TabPage, heading_label, muted_label

RANGES = (
    (QT_TRANSLATE_NOOP("", "4 weeks"), 4),
    (QT_TRANSLATE_NOOP("", "Quarter"), 13),
    (QT_TRANSLATE_NOOP("", "Year"), 52),
    (QT_TRANSLATE_NOOP("", "All"), None),
)
DEFAULT_WEEKS = 13


def offered_ranges(history_days: int | None) -> list[tuple[str, int | None]]:
    """The ranges in the order offered: those shorter than the history first, then the whole
    history, then the longer ones (which would show mostly weeks before the journal began)."""
    fixed = [x for x in RANGES if x[1] is not None]
    if history_days is None:
        return list(RANGES)
    shorter = [x for x in fixed if x[1] is not None and x[1] * 7 < history_days]
    longer = [x for x in fixed if x not in shorter]
    return [*shorter, ("All", None), *longer]


def default_range(offered: list[tuple[str, int | None]]) -> int:
    """The quarter while the history is longer, else the whole history."""
    weeks = [w for _, w in offered]
    if DEFAULT_WEEKS in weeks and weeks.index(DEFAULT_WEEKS) < weeks.index(None):
        return weeks.index(DEFAULT_WEEKS)
    return weeks.index(None)


def checker_sentence(trends: Trends) -> str:
    """How often the user kept the question checker's verdict in the range, and what they
    chose instead most often: a signal for the checker, and a mirror for the user."""
    c = trends.checker
    if not c.suggested:
        return tr("<b>Question checker</b>: no checked questions in this range yet.")
    text = tr("<b>Question checker</b>: you kept its verdict on {agreed} of {total}").format(
        agreed=number(c.agreed), total=trn("%n question", "%n questions", c.suggested)
    )
    if c.overruled:
        suggested, chosen, n = c.overruled[0]
        text += tr("; most often you chose {chosen} where it read {suggested} ({times})").format(
            chosen=tr(chosen),
            suggested=tr(suggested),
            times=trn("once", "%n times", n),
        )
    return text + "."


class StreakCard(QFrame):
    """One practice: current streak (big), longest, and habit strength."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        # As tall as the row's tallest card (a long count may wrap onto a second line).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        self.title = QLabel(f"<b>{title}</b>")
        self.current = heading_label("0", 1.6)
        self.detail = muted_label("")
        self.strength = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.current)
        layout.addWidget(self.detail)
        layout.addWidget(self.strength)

    def show_practice(self, p: PracticeTrend) -> None:
        n = p.streak.current
        unit = trn("week", "weeks", n) if p.streak.unit == "weeks" else trn("day", "days", n)
        self.current.setText(
            f"{number(p.streak.current)} <span style='font-size:small'>{unit}</span>"
        )
        self.current.setTextFormat(Qt.TextFormat.RichText)
        if p.not_started:
            self.detail.setText(
                tr("not started yet: this week still counts")
                if p.streak.unit == "weeks"
                else tr("not started yet: today still counts")
            )
        else:
            self._show_counts(p)
        self.strength.setText(tr("Strength <b>{s:.0f}</b> / 100").format(s=p.strength))
        self.setToolTip(strength_explanation())

    def _show_counts(self, p: PracticeTrend) -> None:
        days = in_units(p.streak.unit, p.practice_days_in_range)
        self.detail.setText(
            tr("longest {n} · done {done} of {days}").format(
                n=number(p.streak.longest),
                done=number(p.done_in_range),
                days=days,
            )
        )


class TrendsTab(TabPage):
    shows = frozenset(
        {
            "intention",
            "pause",
            "question",
            "tell",
            "gemba_visit",
            "follow_up",
            "reflection",
            "rest_period",
            "preference",
            "person",
            "coaching_session",
        }
    )
    weekly_review_requested = Signal()
    export_requested = Signal()
    saved_message = Signal(str)  # the main window shows it in the status bar
    rest_days_requested = Signal()
    practice_days_requested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Trends"),
            tr("Your weekly self-review: which practices are becoming habits, and the balance."),
            EmptyState(
                tr("Trends need a little history"),
                tr(
                    "After a few days of intentions, questions, gemba visits and reflections, "
                    "this is where you see which practices are becoming habits."
                ),
            ),
            parent,
        )
        self.journal = journal
        self.trends: Trends | None = None
        self.charts: dict[str, Any] = {}
        self._charts_pending = False
        self.cards: dict[str, StreakCard] = {}
        self.range_box = QComboBox()
        self.range_box.setAccessibleName(tr("Range shown"))
        self._offered: list[tuple[str, int | None]] = []
        self._chosen: tuple[int | None] | None = None  # the weeks the user chose, once chosen
        self._offer(None)
        self.range_box.activated.connect(self._range_chosen)
        self.range_box.currentIndexChanged.connect(self.mark_stale)
        self.review_button = QPushButton(tr("Weekly review…"))
        self.review_button.clicked.connect(self.weekly_review_requested)
        self.export_button = QPushButton(tr("Export report…"))
        self.export_button.clicked.connect(self.export_requested)
        self.rest_button = QPushButton(tr("Days off…"))
        self.rest_button.setToolTip(tr("Days off (rest, leave, sick): they never break a streak"))
        self.rest_button.clicked.connect(self.rest_days_requested)
        self.days_button = QPushButton(tr("Practice days…"))
        self.days_button.setToolTip(tr("On which weekdays each practice counts"))
        self.days_button.clicked.connect(self.practice_days_requested)
        bar = QHBoxLayout()
        self.range_label = muted_label("")
        bar.addWidget(self.range_label, 1)
        bar.addWidget(self.rest_button)
        bar.addWidget(self.days_button)
        bar.addWidget(self.review_button)
        bar.addWidget(self.export_button)
        bar.addWidget(QLabel(tr("Range:")))
        bar.addWidget(self.range_box)

        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(8)
        self.explanation = muted_label(strength_explanation())
        self.follow_up_line = QLabel()
        self.checker_line = QLabel()
        self.checker_line.setWordWrap(True)
        self.support_line = QLabel()
        self.support_line.setWordWrap(True)
        self.support_line.setAccessibleName(tr("Support"))
        self.chart_box = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 12, 0)
        inner_layout.addLayout(self.card_grid)
        inner_layout.addWidget(self.explanation)
        inner_layout.addWidget(self.follow_up_line)
        inner_layout.addWidget(self.checker_line)
        inner_layout.addWidget(self.support_line)
        inner_layout.addLayout(self.chart_box)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(inner)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

    # --- range ---------------------------------------------------------------------------

    def current_range(self) -> tuple[date, date]:
        return self.journal.trend_range(self.range_box.currentData())

    def _range_chosen(self, index: int) -> None:
        self._chosen = (self.range_box.itemData(index),)

    def _offer(self, history_days: int | None) -> None:
        """List the ranges for a history of ``history_days`` (see :func:`offered_ranges`),
        keeping the range the user chose."""
        offered = offered_ranges(history_days)
        if offered == self._offered:
            return
        self._offered = offered
        weeks = [w for _, w in offered]
        index = default_range(offered) if self._chosen is None else weeks.index(self._chosen[0])
        self.range_box.blockSignals(True)
        try:
            self.range_box.clear()
            for label, w in offered:
                self.range_box.addItem(tr(label), w)
            self.range_box.setCurrentIndex(index)
        finally:
            self.range_box.blockSignals(False)

    # --- building and drawing -------------------------------------------------------------

    def focus_first(self) -> None:
        """Nothing to type here: the focus to the range, the one thing to choose."""
        self.range_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def warm_up(self) -> None:
        """Build the charts ahead of time (called when the app is idle after its first paint).

        Importing pyqtgraph and creating the plot items is most of the Trends tab's first
        draw; done while the user is still reading the Today tab, the tab opens at once.
        """
        if not self.charts and self.window().isVisible():
            self.build_charts()
            self.draw_charts()

    def build_charts(self) -> None:
        """Create the chart widgets once (this is where pyqtgraph is imported)."""
        if self.charts:
            return
        from l2l_desktop.ui.charts.trends_charts import make_charts

        self.charts = make_charts()
        for name, chart in self.charts.items():
            chart.export_button.clicked.connect(lambda _=False, n=name: self.export_chart(n))
            self.chart_box.addWidget(chart)

    def reload(self) -> None:
        start = self.journal.first_record_day()
        today = self.journal.today()
        self._offer(None if start is None else max(1, (today - start).days + 1))
        first, last = self.current_range()
        trends = self.journal.trends(first, last)
        self.trends = trends
        self.set_empty(start is None)
        if start is None:
            return
        self.range_label.setText(tr("{first} to {last}").format(first=first, last=last))
        self._show_cards(trends)
        f = trends.follow_ups
        rate = "—" if f.closure_rate is None else percent(f.closure_rate)
        median = (
            "—"
            if f.median_days_to_close is None
            else trn("%n day", "%n days", round(f.median_days_to_close))
        )
        self.follow_up_line.setText(
            tr("<b>Gemba follow-ups</b>: none agreed yet; they come from your gemba visits.")
            if f.open + f.closed == 0
            else tr(
                "<b>Gemba follow-ups</b>: {open} open ({overdue} overdue), {rate} closed, "
                "median {median} to close"
            ).format(open=f.open, overdue=f.overdue, rate=rate, median=median)
        )
        self.checker_line.setText(checker_sentence(trends))
        self.support_line.setText(
            tr("<b>Support</b>: {sentences}").format(
                sentences=" ".join(support_sentences(trends.support))
            )
        )
        if self.charts:
            self.draw_charts()
        elif not self._charts_pending:
            # Not built yet (say the app opened on this tab): the cards paint first, the
            # charts once they have, so the window's first paint never waits for pyqtgraph.
            self._charts_pending = True
            FirstPaint(self).then(self._build_and_draw)

    def _build_and_draw(self) -> None:
        self._charts_pending = False
        if not self.isVisible():
            return  # built when the tab is next shown
        self.build_charts()
        self.draw_charts()

    def draw_charts(self) -> None:
        """Push the current figures into the existing plot items."""
        if self.trends is None or not self.charts:
            return
        from l2l_desktop.ui.charts.trends_charts import draw

        draw(self.charts, self.trends)

    def _show_cards(self, trends: Trends) -> None:
        if not self.cards:
            for i, p in enumerate(trends.practices):
                card = StreakCard(practice_name(p.key))
                self.cards[p.key] = card
                self.card_grid.addWidget(card, i // 4, i % 4)
        for p in trends.practices:
            self.cards[p.key].show_practice(p)

    def export_chart(self, name: str, path: str | None = None) -> bool:
        """Save one chart as a PNG (asks where when ``path`` is not given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export chart"),
                suggested_path(f"l2l-{name}-{self.journal.today().isoformat()}.png"),
                tr("PNG images (*.png)"),
            )
            if not path:
                return False
        if not self.charts[name].save_png(path):
            QMessageBox.warning(
                self,
                tr("Export chart"),
                tr("The chart could not be saved as {path}.").format(path=path),
            )
            return False
        self.saved_message.emit(tr("Chart saved as {path}").format(path=path))
        return True
