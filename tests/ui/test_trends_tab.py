"""The Trends tab through its widgets: cards, charts, range, refresh, weekly review, report."""

import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtGui import QImage

from l2l_desktop.core import records as r
from l2l_desktop.store.demo import fill_with_demo
from tests.conftest import cli_env


def open_trends(window, qtbot):
    window.show()
    window.tabs.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: not window.trends.stale)
    qtbot.waitUntil(lambda: bool(window.trends.charts) or window.trends.is_empty)
    return window.trends


def test_empty_journal_shows_a_sentence_not_blank_axes(make_window, qtbot):
    tab = open_trends(make_window(), qtbot)
    assert tab.is_empty
    assert "history" in tab.empty_state.title.text()


def test_demo_data_fills_every_chart(demo_journal, make_window, qtbot):
    tab = open_trends(make_window(), qtbot)
    assert not tab.is_empty
    trends = tab.trends
    assert len(tab.cards) == 7
    card = tab.cards["intention"]
    assert str(trends.practice("intention").streak.current) in card.current.text()
    assert "Strength" in card.strength.text() and card.toolTip()
    assert tab.explanation.text().startswith("Strength") and "13" in tab.explanation.text()
    charts = tab.charts
    assert set(charts) == {"heatmap", "balance", "questions", "alignment"}
    for chart in charts.values():
        qtbot.waitUntil(chart.plot_widget.isVisible)
        assert not chart.empty.isVisible()
    heat = charts["heatmap"].image.image
    assert heat.shape == (52, 7) and heat.max() > 1
    bars = charts["balance"].bars
    assert all(len(item.opts["x"]) == len(trends.weeks) for item in bars.values())
    assert len(charts["questions"].share_line.xData) > 3
    assert len(charts["alignment"].points.data) == len(trends.ratings)


def test_charts_are_updated_in_place_on_range_change(demo_journal, make_window, qtbot):
    tab = open_trends(make_window(), qtbot)
    items = {name: id(chart) for name, chart in tab.charts.items()}
    bar_item = tab.charts["balance"].bars
    weeks_quarter = len(tab.trends.weeks)
    tab.range_box.setCurrentIndex(0)  # 4 weeks
    assert len(tab.trends.weeks) < weeks_quarter
    assert {name: id(chart) for name, chart in tab.charts.items()} == items
    assert tab.charts["balance"].bars is bar_item
    assert len(next(iter(bar_item.values())).opts["x"]) == len(tab.trends.weeks)


def test_a_save_refreshes_the_visible_tab_at_once(journal, make_window, qtbot):
    window = make_window()
    journal.save(r.Question(journal.today(), datetime.now(), "What?", r.QuestionKind.OPEN))
    tab = open_trends(window, qtbot)
    before = sum(w.asks for w in tab.trends.questions)
    journal.save(r.Question(journal.today(), datetime.now(), "Why?", r.QuestionKind.OPEN))
    assert sum(w.asks for w in tab.trends.questions) == before + 1
    window.tabs.setCurrentIndex(0)
    journal.save(r.Tell(journal.today(), datetime.now()))
    assert tab.stale  # hidden: marked, not redrawn
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.stale)
    assert sum(w.tells for w in tab.trends.questions) == 1


def _point_at(chart, plot, x, y):
    """The viewport position of data point (x, y) of ``plot``."""
    from PySide6.QtCore import QPointF

    scene = plot.vb.mapViewToScene(QPointF(x, y))
    return chart.plot_widget.mapFromScene(scene)


def test_hover_reads_out_the_value_by_the_pointer_and_leaves_with_it(
    demo_journal, make_window, qtbot
):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from l2l_desktop.core.analytics import day_timestamp

    window = make_window()
    window.resize(1100, 800)
    tab = open_trends(window, qtbot)
    balance = tab.charts["balance"]
    tab.scroll.ensureWidgetVisible(balance)
    qtbot.wait(100)  # laid out at its size
    week = tab.trends.weeks[-2]
    x = day_timestamp(week.week) + 3 * 86400
    top = balance.bars_plot.vb.viewRange()[1][1]
    point = _point_at(balance, balance.bars_plot, x, top / 2)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(balance.plot_widget.viewport().mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(balance.plot_widget.viewport(), move)
    qtbot.waitUntil(lambda: bool(balance.tip_text()))
    text = balance.tip_text()
    assert f"Week of {week.week}" in text
    assert f"direction {week.direction}, support {week.support}, self {week.self_}" in text
    assert balance.title.text() == "<b>Balance across the three elements</b>"  # not in the heading
    # The box sits by the pointer, inside the plot.
    tip = balance.tips[0].item
    box = tip.mapRectToScene(tip.boundingRect())
    assert balance.bars_plot.vb.sceneBoundingRect().intersects(box)
    assert (box.center() - balance.plot_widget.mapToScene(point)).manhattanLength() < 250
    # The pointer leaves the chart: the read-out goes with it.
    QApplication.sendEvent(balance.plot_widget.viewport(), QEvent(QEvent.Type.Leave))
    assert balance.tip_text() == ""
    heat = tab.charts["heatmap"]
    assert heat._report(51.5, 0.5).startswith(heat._day(51, 0).isoformat())


def test_export_chart_png(demo_journal, make_window, qtbot, tmp_path):
    tab = open_trends(make_window(), qtbot)
    qtbot.wait(50)  # laid out, as a chart the user sees
    for name in tab.charts:
        target = tmp_path / f"{name}.png"
        drawn = tab.charts[name].plot_widget.centralWidget.boundingRect()
        assert tab.export_chart(name, str(target))
        assert oct(target.stat().st_mode & 0o777) == "0o600"
        assert target.read_bytes().startswith(b"\x89PNG")
        # Twice the size on screen, with a band above the plots for the title and range.
        image = QImage(str(target))
        assert image.width() == round(2 * drawn.width()), name
        assert image.height() > round(2 * drawn.height()) + 40


# A working day in mid-week: the demo history writes weekly reviews on Fridays only, so this
# week has none yet, and the intention streak below meets no weekend.
WEDNESDAY = datetime(2026, 11, 25, 9, 0)


@pytest.fixture
def on_wednesday(journal):
    journal.clock = lambda: WEDNESDAY
    return journal


def test_weekly_review_is_prefilled_with_the_weeks_figures(on_wednesday, store, make_window, qtbot):
    journal = on_wednesday
    fill_with_demo(store, 120, seed=4, end=journal.today())
    assert not [
        x
        for x in journal.reflections_matching(r.ReflectionKind.WEEKLY)
        if x.day.isocalendar()[:2] == WEDNESDAY.isocalendar()[:2]  # none this week yet
    ]
    window = make_window()
    open_trends(window, qtbot)
    window.trends.review_button.click()
    tab = window.reflection
    assert window.tabs.currentWidget() is tab
    assert tab.kind.currentData() == "weekly"
    assert tab.current is None  # a new review: started with the week's figures
    text = tab.went_well.value()
    assert "This week in figures" in text and "Questions:" in text
    assert tab.save()
    (review,) = [
        x
        for x in journal.reflections_matching(r.ReflectionKind.WEEKLY)
        if x.day == WEDNESDAY.date()
    ]
    assert review.went_well.startswith(text.strip())
    # Asked again the same week, it opens this week's review instead of a second one.
    window.tabs.setCurrentWidget(window.trends)
    window.trends.review_button.click()
    assert tab.current is not None and tab.current.uuid == review.uuid


def test_report_pdf_and_markdown(demo_journal, make_window, qtbot, tmp_path):
    window = make_window()
    window.show()
    dialog = window.export_report()
    qtbot.addWidget(dialog)
    pdf = dialog.save("pdf", str(tmp_path / "review.pdf"))
    md = dialog.save("md", str(tmp_path / "review.md"))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
    assert oct(md.stat().st_mode & 0o777) == "0o600"
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Self-review")
    assert "## Practices" in text and "## Reflections" in text and "not affiliated" in text
    dialog.first.set_value(dialog.last.value() + timedelta(days=1))
    assert dialog.save("md", str(tmp_path / "bad.md")) is None
    assert dialog.error.isVisible()


def test_first_paint_imports_no_pyqtgraph(tmp_path):
    code = """
import sys
from PySide6.QtWidgets import QApplication
from l2l_desktop.app import open_data
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.settings import Settings, make_qsettings
from l2l_desktop.ui.main_window import MainWindow
import pathlib
app = QApplication([])
store = open_data(pathlib.Path(sys.argv[1]) / "data")
from l2l_desktop.store.demo import fill_with_demo
fill_with_demo(store, 30)
settings = Settings(make_qsettings(pathlib.Path(sys.argv[1]) / "s.ini"))
window = MainWindow(Journal(store, ChangeBus()), settings, "x")
window.show()
app.processEvents()
window.repaint()
assert "pyqtgraph" not in sys.modules, "pyqtgraph was imported before the Trends tab was shown"
window.tabs.setCurrentWidget(window.trends)
app.processEvents()
app.processEvents()
assert "pyqtgraph" in sys.modules and window.trends.charts
window.close()
window.deleteLater()
app.processEvents()
"""
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=cli_env(tmp_path), check=True)


def test_days_off_keep_a_streak_and_can_be_deleted_with_undo(on_wednesday, make_window, qtbot):
    from datetime import timedelta

    from l2l_desktop.core import records as rec
    from l2l_desktop.core.elements import Element

    journal = on_wednesday
    today = journal.today()
    # Done on the last eight days, but not on the one before yesterday: Monday the 23rd.
    missed = today - timedelta(days=2)
    for n in range(0, 9):
        day = today - timedelta(days=n)
        if day != missed:
            journal.save(rec.Intention(day, "h", "d", (rec.Action("a", Element.SELF),)))
    window = make_window()
    tab = open_trends(window, qtbot)
    before = tab.trends.practice("intention").streak.current
    dialog = window.edit_rest_days()
    qtbot.addWidget(dialog)
    dialog.first.set_value(dialog.first.value() - timedelta(days=2))
    dialog.last.set_value(dialog.last.value() - timedelta(days=2))
    dialog.kind.setCurrentIndex(dialog.kind.findData("sick"))
    assert dialog.add() is not None
    assert dialog.model.rowCount() == 1
    after = tab.trends.practice("intention").streak.current
    # Wed 25 and Tue 24 were done, Mon 23 missed: a streak of 2. With Monday a sick day, the
    # streak runs on through Fri 20, Thu 19, Wed 18, Tue 17 (the weekend is no practice day):
    # 6, and Mon 16 (not done) ends it.
    assert missed == date(2026, 11, 23)
    assert (before, after) == (2, 6)
    dialog.table.selectRow(0)
    dialog.delete_selected()
    assert dialog.model.rowCount() == 0
    assert tab.trends.practice("intention").streak.current == before
    window.undo_action.trigger()
    assert dialog.model.rowCount() == 1
    dialog.first.set_value(dialog.last.value() + timedelta(days=1))
    assert dialog.add() is None and dialog.error.isVisible()


def test_practice_days_change_the_streaks(journal, make_window, qtbot):
    window = make_window()
    tab = open_trends(window, qtbot)
    dialog = window.edit_practice_days()
    qtbot.addWidget(dialog)
    for box in dialog.boxes["gemba_visit"]:
        box.setChecked(False)
    assert not dialog.save() and "Gemba visit" in dialog.error.text()
    dialog.boxes["gemba_visit"][1].setChecked(True)  # Tuesdays only
    assert dialog.save()
    assert journal.practice_weekdays()["gemba_visit"] == {1}
    assert journal.practice_weekdays()["intention"] == {0, 1, 2, 3, 4}
    assert tab.stale is False or not tab.isVisible()


def test_charts_follow_a_palette_change(demo_journal, make_window, qtbot):
    from PySide6.QtGui import QColor, QPalette

    tab = open_trends(make_window(), qtbot)
    chart = tab.charts["alignment"]
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#111111"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    chart.setPalette(dark)
    assert chart.mean.opts["pen"].color().name() == "#eeeeee"
    heat = tab.charts["heatmap"]
    heat.setPalette(dark)
    assert heat.image.lut[1][0] > 0x11  # an empty day is drawn lighter than a dark background
