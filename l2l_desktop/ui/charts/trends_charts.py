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
    """Push ``trends`` into the charts' existing plot items, each named with its range."""
    for chart in charts.values():
        chart.set_range(trends.first, trends.as_of)
    charts["heatmap"].update_data(
        trends.heatmap_first, [list(row) for row in trends.heatmap], trends.as_of
    )
    charts["balance"].update_data(trends.weeks)
    charts["questions"].update_data(trends.questions)
    charts["alignment"].update_data(
        trends.ratings, trends.ratings_mean7, trends.first, trends.as_of
    )
