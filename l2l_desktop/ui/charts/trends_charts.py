"""The four Trends charts, made and fed the same way for the Trends tab and the report."""

from __future__ import annotations

from typing import Any

from l2l_desktop.core.trends import Trends
from l2l_desktop.ui.charts.alignment import AlignmentChart
from l2l_desktop.ui.charts.heatmap import HeatmapChart
from l2l_desktop.ui.charts.weekly import BalanceChart, QuestionsChart


def make_charts() -> dict[str, Any]:
    """The calendar, balance, questions and alignment charts, in the order shown."""
    return {
        "heatmap": HeatmapChart(),
        "balance": BalanceChart(),
        "questions": QuestionsChart(),
        "alignment": AlignmentChart(),
    }


def draw(charts: dict[str, Any], trends: Trends) -> None:
    """Push ``trends`` into the charts' existing plot items, each named with its range. A
    chart whose figures are the ones it shows already is left alone (a question saved
    leaves the alignment chart as it was)."""
    for chart in charts.values():
        _feed(chart, "set_range", trends.first, trends.as_of)
    grid = [list(row) for row in trends.heatmap]
    _feed(charts["heatmap"], "update_data", trends.heatmap_first, grid, trends.as_of)
    _feed(charts["balance"], "update_data", trends.weeks)
    _feed(charts["questions"], "update_data", trends.questions)
    _feed(
        charts["alignment"],
        "update_data",
        trends.ratings,
        trends.ratings_mean7,
        trends.first,
        trends.as_of,
    )


def _feed(chart: Any, method: str, *figures: Any) -> None:
    """``chart.method(*figures)``, unless the chart was last fed these very figures."""
    fed: dict[str, tuple[Any, ...]] = chart.__dict__.setdefault("_l2l_fed", {})
    if fed.get(method) == figures:
        return
    getattr(chart, method)(*figures)
    fed[method] = figures
