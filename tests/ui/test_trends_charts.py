"""The Trends charts as a reader meets them: a first week that reads as a beginning, legends
that cover nothing, square days, labels that never collide, figures in words and tables."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.ui.charts.base import DayAxis
from l2l_desktop.ui.charts.heatmap import MISSED, NOT_YET, OFF
from l2l_desktop.ui.tabs.trends import offered_ranges
from tests.ui.test_trends_tab import open_trends


def _first_days(journal, days: int) -> None:
    """A journal begun ``days`` - 1 days ago: an intention on each of those days."""
    today = journal.today()
    for n in range(days):
        day = today - timedelta(days=n)
        journal.save(r.Intention(day, "calm", "focus", (r.Action("walk", Element.SUPPORT),)))


def test_the_ranges_shorter_than_the_history_come_first() -> None:
    labels = lambda days: [label for label, _ in offered_ranges(days)]  # noqa: E731
    assert labels(7) == ["All", "4 weeks", "Quarter", "Year"]
    assert labels(40) == ["4 weeks", "All", "Quarter", "Year"]
    assert labels(400) == ["4 weeks", "Quarter", "Year", "All"]


def test_day_one_reads_as_a_beginning(journal, make_window, qtbot):
    _first_days(journal, 1)
    tab = open_trends(make_window(), qtbot)
    assert tab.range_box.currentText() == "All"  # not a quarter of empty weeks
    assert tab.range_box.itemText(0) == "All"
    assert "done 1 of 1 day" in tab.cards["intention"].detail.text()
    # The pause, not done yet: nothing is counted against it, it is still to begin.
    assert tab.cards["pause"].detail.text() == "not started yet: today still counts"
    assert tab.cards["weekly_review"].detail.text() == "not started yet: this week still counts"
    heat = tab.charts["heatmap"]
    cells = heat.image.image  # [week, weekday] → lookup index
    today = journal.today()
    week, weekday = len(heat.grid[0]) - 1, today.weekday()
    assert cells[week, weekday] > MISSED  # today: one practice
    assert cells[0, 0] == NOT_YET  # a year ago: before the first record, not missed
    assert (cells[:week] == NOT_YET).all()
    legend = [label.text for _, label in heat.legend.items]
    assert legend[:4] == ["missed", "not a practice day", "day off", "before your first record"]


def test_a_week_in_shows_missed_and_days_off_apart(journal, make_window, qtbot):
    today = journal.today()
    span = [today - timedelta(days=n) for n in range(1, 11)]  # ten days before today
    weekdays = [day for day in span if day.weekday() < 5]
    missed = weekdays[0]  # the latest working day before today
    for day in weekdays[1:]:
        journal.save(r.Intention(day, "calm", "focus", (r.Action("walk", Element.SUPPORT),)))
    tab = open_trends(make_window(), qtbot)
    heat = tab.charts["heatmap"]

    def index(day):
        return heat.image.image[(day - heat.first_monday).days // 7, day.weekday()]

    start = weekdays[-1]  # the first record
    for day in span:
        if day < start:
            assert index(day) == NOT_YET
        elif day == missed:
            assert index(day) == MISSED
        elif day.weekday() >= 5:
            assert index(day) == OFF  # a weekend: no practice's day, not a miss
        else:
            assert index(day) > MISSED


def test_heatmap_days_are_square(demo_journal, make_window, qtbot):
    window = make_window()
    for width in (1100, 1400):
        window.resize(width, 800)
        heat = open_trends(window, qtbot).charts["heatmap"]
        qtbot.wait(50)
        vb = heat.plot.vb
        origin, corner = vb.mapViewToScene(QPointF(0, 0)), vb.mapViewToScene(QPointF(1, 1))
        assert abs(abs(corner.x() - origin.x()) - abs(corner.y() - origin.y())) < 0.5
        # and they fill the width: 52 weeks take the view's whole width
        span = abs(vb.mapViewToScene(QPointF(52, 0)).x() - origin.x())
        assert span == pytest.approx(vb.sceneBoundingRect().width(), abs=3)


def test_the_balance_legend_covers_no_bar(demo_journal, make_window, qtbot):
    balance = open_trends(make_window(), qtbot).charts["balance"]
    qtbot.wait(50)
    legend = balance.legend.sceneBoundingRect()
    assert legend.height() > 0
    assert not legend.intersects(balance.bars_plot.vb.sceneBoundingRect())
    assert [label.text for _, label in balance.legend.items] == [
        "Set direction",
        "Provide support",
        "Develop yourself",
    ]


def test_date_labels_never_collide(demo_journal, make_window, qtbot):
    window = make_window()
    tab = open_trends(window, qtbot)
    for index in range(tab.range_box.count()):
        tab.range_box.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not tab.stale)
        qtbot.wait(30)
        charts = tab.charts
        axes = [
            charts["balance"].index_plot.getAxis("bottom"),
            charts["questions"].count_plot.getAxis("bottom"),
            charts["alignment"].plot.getAxis("bottom"),
        ]
        for axis in axes:
            assert isinstance(axis, DayAxis)
            low, high = axis.linkedView().viewRange()[0]
            length = axis.geometry().width()
            [(_, values)] = axis.tickValues(low, high, length)
            labels = axis.tickStrings(values, 1, 1)
            assert values and all(labels)
            metrics = QFontMetrics(axis.style.get("tickFont") or QApplication.font())
            pixels = [(v - low) / (high - low) * length for v in values]
            for (a, la), (b, lb) in zip(
                zip(pixels, labels, strict=True),
                zip(pixels[1:], labels[1:], strict=True),
                strict=False,
            ):
                room = (metrics.horizontalAdvance(la) + metrics.horizontalAdvance(lb)) / 2
                assert b - a > room + 4, (la, lb)


def test_question_quality_shows_its_100_percent_line_and_whole_counts(
    demo_journal, make_window, qtbot
):
    questions = open_trends(make_window(), qtbot).charts["questions"]
    assert questions.full_line.value() == 100 and questions.full_line.isVisible()
    low, high = questions.share_plot.vb.viewRange()[1]
    assert low < 0 and high > 100  # 0 % and 100 % both in sight, not on the edge
    ticks = questions.count_plot.getAxis("left")._tickSpacing
    assert ticks is not None and all(float(step).is_integer() for step, _ in ticks)
    index = open_trends(make_window(), qtbot).charts["balance"].index_plot
    assert index.vb.sceneBoundingRect().height() >= 60  # room for its 0 and 100


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_each_chart_has_its_figures_in_words_and_in_a_table(demo_journal, make_window, qtbot):
    tab = open_trends(make_window(), qtbot)
    trends = tab.trends
    for name, chart in tab.charts.items():
        assert chart.plot_widget.accessibleName() == chart.title_text, name
        assert chart.plot_widget.accessibleDescription(), name
    balance = tab.charts["balance"]
    direction = sum(w.direction for w in trends.weeks)
    assert f"set direction {direction}" in balance.plot_widget.accessibleDescription()
    dialog = balance.show_figures()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(trends.weeks)
    last = trends.weeks[-1]
    row = [table.item(table.rowCount() - 1, c).text() for c in range(table.columnCount())]
    assert row[:4] == [
        last.week.isoformat(),
        str(last.direction),
        str(last.support),
        str(last.self_),
    ]
    assert table.currentRow() == table.rowCount() - 1
    dialog.close()
    alignment = tab.charts["alignment"].show_figures()
    qtbot.addWidget(alignment)
    assert alignment.table.rowCount() == len(trends.ratings)
    alignment.close()


def test_a_save_after_hover_leaves_no_stale_read_out(journal, make_window, qtbot):
    _first_days(journal, 3)
    tab = open_trends(make_window(), qtbot)
    balance = tab.charts["balance"]
    balance.tips[0].show(balance.bars_plot.vb.sceneBoundingRect().center(), "old figures")
    assert balance.tip_text() == "old figures"
    journal.save(r.Question(journal.today(), datetime.now(), "What?", r.QuestionKind.OPEN))
    assert balance.tip_text() == ""  # redrawn: the read-out of the old figures is gone


def test_cards_write_large_counts_alike_and_weeks_as_weeks(qapp):
    from l2l_desktop.core.streaks import Streak
    from l2l_desktop.core.trends import PracticeTrend
    from l2l_desktop.ui.tabs.trends import StreakCard

    card = StreakCard("Any practice")
    card.show_practice(PracticeTrend("any", Streak(1206, 1340, "days"), 99.0,
                                     1825, 2424, ()))  # fmt: skip
    assert card.detail.text() == "longest 1,340 · done 1,825 of 2,424 days"
    assert card.current.text().startswith("1,206 ")
    card.show_practice(PracticeTrend("weekly_review", Streak(3, 34, "weeks"),
                                     79.0, 361, 494, ()))  # fmt: skip
    assert card.detail.text() == "longest 34 · done 361 of 494 weeks"


def test_a_chart_with_nothing_to_show_offers_no_figures_or_export(journal, make_window, qtbot):
    _first_days(journal, 1)  # an intention, no question yet
    tab = open_trends(make_window(), qtbot)
    questions = tab.charts["questions"]
    assert not questions.empty.isHidden(), questions.empty.text()
    assert not questions.export_button.isEnabled() and not questions.figures_button.isEnabled()
    assert tab.charts["balance"].export_button.isEnabled()  # the intention's action is there
    assert [label.text for _, label in questions.legend.items] == [
        "Questions asked",
        "Told instead of asking",
    ]


def test_legends_scale_with_their_chart_in_an_exported_image(demo_journal, make_window, qtbot):
    from PySide6.QtWidgets import QGraphicsItem

    tab = open_trends(make_window(), qtbot)
    ignores = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    for name in ("heatmap", "balance", "questions"):
        legend = tab.charts[name].legend
        # pyqtgraph's default keeps a legend at its screen size in an image drawn at twice
        # the size, where it came out half as large as the axes' words
        assert not legend.flags() & ignores, name


def test_trends_say_how_often_the_user_kept_the_checkers_verdict(journal, make_window, qtbot):
    today = journal.today()
    now = datetime.now()
    for text, chosen, suggested in (
        ("What happened?", r.QuestionKind.OPEN, r.QuestionKind.OPEN),
        ("Is it on?", r.QuestionKind.CLOSED, r.QuestionKind.CLOSED),
        ("Is it off?", r.QuestionKind.OPEN, r.QuestionKind.CLOSED),
        ("Is it fixed?", r.QuestionKind.OPEN, r.QuestionKind.CLOSED),
        ("Maybe swap?", r.QuestionKind.CLOSED, r.QuestionKind.LEADING),
    ):
        journal.save(r.Question(today, now, text, chosen, suggested))
    tab = open_trends(make_window(), qtbot)
    # 2 of 5 kept; overruled: closed -> open twice, leading -> closed once
    assert tab.checker_line.text() == (
        "<b>Question checker</b>: you kept its verdict on 2 of 5 questions; most often you "
        "chose open where it read closed (2 times)."
    )


def test_weekly_lines_keep_their_dots_while_there_is_room_for_them(
    demo_journal, make_window, qtbot
):
    from datetime import date

    from l2l_desktop.core.analytics import WeekElements, WeekQuestions

    charts = open_trends(make_window(), qtbot).charts
    monday = date(2020, 1, 6)

    def weeks(n: int, make):
        return [make(monday + timedelta(weeks=i)) for i in range(n)]

    lines = (
        (charts["balance"], charts["balance"].index_line, lambda w: WeekElements(w, 1, 2, 3)),
        (
            charts["questions"],
            charts["questions"].share_line,
            lambda w: WeekQuestions(w, 2, 1, 0, 1),
        ),
    )
    for chart, line, make in lines:
        # Three years of weeks (160 points) keep a dot on each week; one week more, a plain
        # line; a quarter again, dots again.
        for count, symbol in ((160, "o"), (161, None), (13, "o")):
            chart.update_data(weeks(count, make))
            assert len(line.getData()[0]) == count
            assert line.opts["symbol"] == symbol, (chart, count)
