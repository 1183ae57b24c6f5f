"""A person's page in the People tab, through its widgets: everything that names them, newest
first; asks against tells; their open follow-ups; a row opened in its own tab; the page
following a question saved elsewhere; reached by Tab; and someone nothing names yet."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2l_desktop.core import records as r
from tests.ui.conftest import choose_row

NOON = datetime(2026, 11, 24, 12)
OPEN, CLOSED = r.QuestionKind.OPEN, r.QuestionKind.CLOSED


def timeline(page) -> list[list[str]]:
    model = page.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


@pytest.fixture
def anas(journal):
    """Ana: asked three questions (two open), told once, talked with at one visit, owner of
    one follow-up not done; and what names Ben or nobody, which is not hers."""
    d = journal.today()
    ana = journal.save(r.Person("Ana Costa", "Planner"))
    ben = journal.save(r.Person("Ben Okafor", "Operator"))
    save, Q = journal.save, r.Question
    saved = {
        "q1": save(Q(d - timedelta(30), NOON, "What do you see?", OPEN, person=ana)),
        "q2": save(Q(d - timedelta(12), NOON, "Is it fixed?", CLOSED, person=ana)),
        "q3": save(Q(d - timedelta(2), NOON, "What next?", OPEN, person=ana)),
        "tell": journal.save(r.Tell(d - timedelta(5), NOON, "Told her the fix", person=ana)),
        "talk": journal.save(
            r.GembaVisit(
                d - timedelta(8), "Dock", "Queue",
                conversations=(r.Conversation("Trucks wait an hour", person=ana),),
            )
        ),
        "owned": journal.save(
            r.GembaVisit(
                d - timedelta(20), "Lab", "Gauges",
                follow_ups=(
                    r.FollowUp("Check the gauge", owner="ana costa", due_day=d + timedelta(3)),
                    r.FollowUp("Order a spare", owner="Ben Okafor"),
                ),
            )
        ),
    }  # fmt: skip
    save(Q(d - timedelta(1), NOON, "And you?", OPEN, person=ben))
    journal.save(r.Tell(d - timedelta(1), NOON, "Told nobody in particular"))
    return d, ana, saved


def anas_page(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    row = next(
        i for i in range(people.model.rowCount()) if people.model.record(i).name == "Ana Costa"
    )
    choose_row(qtbot, people.table, row)
    return window, people.page


def test_the_page_lists_everything_that_names_them_newest_first(make_window, anas, qtbot):
    d, _ana, _saved = anas
    _window, page = anas_page(make_window, qtbot)
    day = lambda n: (d - timedelta(n)).isoformat()  # noqa: E731
    # By hand: the question of 2 days ago, the tell of 5, the talk at the dock of 8, the
    # closed question of 12, the follow-up of the lab visit of 20 days ago, the first
    # question of 30. Ben's question, his follow-up and the tell naming nobody are not hers.
    assert timeline(page) == [
        [day(2), "Open question", "What next?"],
        [day(5), "Told instead of asking", "Told her the fix"],
        [day(8), "Gemba talk", "Dock: Trucks wait an hour"],
        [day(12), "Closed question", "Is it fixed?"],
        [day(20), "Follow-up they own", "Lab: Check the gauge"],
        [day(30), "Open question", "What do you see?"],
    ]
    assert page.isVisible() and page.timeline.isVisible() and not page.nothing.isVisible()
    assert page.title.text() == "Everything that names Ana Costa"
    # Three questions asked of her, two of them open: 67 % (2/3 rounded); one tell.
    assert page.figures.text() == "3 questions, 2 open (67%) · 1 tell"
    assert page.follow_ups.isVisible()
    assert page.follow_ups.text() == (
        f"Their open follow-ups:\n• Check the gauge (Lab, due {(d + timedelta(3)).isoformat()})"
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_enter_on_a_row_opens_its_record_in_its_tab_selected(make_window, anas, qtbot):
    _d, _ana, saved = anas
    window, page = anas_page(make_window, qtbot)
    view = page.timeline
    view.setFocus()
    view.setCurrentIndex(page.model.index(3, 0))  # the closed question
    qtbot.keyClick(view, Qt.Key.Key_Return)
    questions = window.questions
    assert window.tabs.currentWidget() is questions
    assert questions.current is not None and questions.current.uuid == saved["q2"].uuid
    assert questions.text.toPlainText() == "Is it fixed?"
    selected = questions.table.selectionModel().currentIndex()
    assert questions.model.record(selected.row()).uuid == saved["q2"].uuid

    window.tabs.setCurrentWidget(window.people)
    view.setFocus()
    view.setCurrentIndex(page.model.index(2, 0))  # the talk at the dock: its visit
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    gemba = window.gemba
    assert window.tabs.currentWidget() is gemba
    assert gemba.current is not None and gemba.current.uuid == saved["talk"].uuid
    selected = gemba.table.selectionModel().currentIndex()
    assert gemba.model.record(selected.row()).uuid == saved["talk"].uuid


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_double_click_on_a_tell_selects_it_in_the_questions_tab(make_window, anas, qtbot):
    _d, _ana, saved = anas
    window, page = anas_page(make_window, qtbot)
    rect = page.timeline.visualRect(page.model.index(1, 0))
    viewport = page.timeline.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # first press
    questions = window.questions
    assert window.tabs.currentWidget() is questions
    row = questions.tell_table.currentIndex().row()
    assert questions.tells.record(row).uuid == saved["tell"].uuid
    assert "Told instead of asking on" in window.statusBar().currentMessage()


def test_the_page_follows_a_question_saved_naming_them(make_window, anas, journal, qtbot):
    d, ana, _saved = anas
    _window, page = anas_page(make_window, qtbot)
    journal.save(r.Question(d, NOON, "What would you try?", OPEN, person=ana))
    # By hand: four questions now, three open: 75 %; the new one first.
    assert page.figures.text() == "4 questions, 3 open (75%) · 1 tell"
    assert timeline(page)[0] == [d.isoformat(), "Open question", "What would you try?"]
    assert len(timeline(page)) == 7
    journal.save(r.Question(d, NOON, "Ben's?", CLOSED))  # naming nobody: the page as it was
    assert len(timeline(page)) == 7


def test_the_timeline_is_reached_by_tab(make_window, anas, qtbot):
    _window, page = anas_page(make_window, qtbot)
    people = page.parentWidget()
    while people is not None and not hasattr(people, "notes"):
        people = people.parentWidget()
    people.notes.setFocus()
    for _ in range(12):
        if QApplication.focusWidget() is page.timeline:
            break
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.timeline


def test_someone_nothing_names_yet_and_a_new_person_have_no_page(make_window, journal, qtbot):
    journal.save(r.Person("Cleo", "Line lead"))
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    assert not people.page.isVisible()  # no one chosen
    choose_row(qtbot, people.table, 0)
    page = people.page
    assert page.nothing.isVisible() and page.nothing.text() == "Nothing names them yet."
    assert not page.timeline.isVisible()
    assert page.figures.text() == "0 questions · 0 tells · no open follow-ups"
    assert not page.follow_ups.isVisible()
    people.new()
    assert not page.isVisible()
