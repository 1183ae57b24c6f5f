"""The main window's pages: their names in tab order, their titles, and how each is made
(its module imported only when it is, ``ui/lazy_tabs.py``) and wired to the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l2l_desktop.ui.style import tr

if TYPE_CHECKING:
    from l2l_desktop.ui.main_window import MainWindow
    from l2l_desktop.ui.widgets import TabPage

# The pages by the attribute that holds them, in tab order (Today first, Trends last).
PAGE_NAMES = ("today", "questions", "gemba", "reflection", "people", "coaching", "trends")


def page_titles() -> list[str]:
    """The tabs' titles, in PAGE_NAMES's order: each page's own heading."""
    return [
        tr("Today"),
        tr("Questions"),
        tr("Gemba"),
        tr("Reflection"),
        tr("People"),
        tr("Coaching"),
        tr("Trends"),
    ]


def make_page(window: MainWindow, name: str) -> TabPage:
    """The page ``name``, made now (its module is imported only now), its requests wired to
    ``window``'s actions."""
    journal, undo = window.journal, window.undo_stack
    page: TabPage
    if name == "today":
        from l2l_desktop.ui.tabs.today import TodayTab

        page = today = TodayTab(journal, undo)
        today.intention_requested.connect(window.write_intention)
    elif name == "questions":
        from l2l_desktop.ui.tabs.questions import QuestionsTab

        page = questions = QuestionsTab(journal, undo)
        questions.practise_requested.connect(window.practise)
    elif name == "gemba":
        from l2l_desktop.ui.tabs.gemba import GembaTab

        page = GembaTab(journal, undo)
    elif name == "reflection":
        from l2l_desktop.ui.tabs.reflection import ReflectionTab

        page = ReflectionTab(journal, undo)
    elif name == "people":
        from l2l_desktop.ui.tabs.people import PeopleTab

        page = people = PeopleTab(journal, undo)
        people.page.open_requested.connect(window.open_record)
        people.page.coach_requested.connect(window.coach)
        people.page.storyboard_requested.connect(window.open_storyboard)
    elif name == "coaching":
        from l2l_desktop.ui.tabs.coaching import CoachingTab

        page = coaching = CoachingTab(journal, undo)
        coaching.storyboard_requested.connect(window.open_storyboard)
    else:
        from l2l_desktop.ui.tabs.trends import TrendsTab

        page = trends = TrendsTab(journal)
        trends.weekly_review_requested.connect(window.weekly_review)
        trends.export_requested.connect(window.export_report)
        trends.rest_days_requested.connect(window.edit_rest_days)
        trends.practice_days_requested.connect(window.edit_practice_days)
    return page
