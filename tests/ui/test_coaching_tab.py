"""The Coaching tab through its widgets: a session started from the learner's last one, saved
with what happened beside what was expected; a learner required; the storyboard; a session
started from a person's page, and one opened from their timeline; delete and undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2l_desktop.core import records as r
from l2l_desktop.ui.storyboard import StoryboardDialog
from tests.ui.conftest import choose_row
from tests.ui.test_a_day import CTRL, press

W, X = r.ObstacleStatus.WORKING, r.ObstacleStatus.OVERCOME
# Typing a name opens its completion list, which the offscreen platform cannot raise.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def coached(journal):
    """Mei, coached once a week ago, with a next step agreed; Jonas, never coached."""
    mei = journal.save(r.Person("Mei Chen", "Planner"))
    journal.save(r.Person("Jonas Berg"))
    journal.save(
        r.CoachingSession(
            journal.today() - timedelta(days=7),
            "Changeover under 10 minutes",
            learner=mei,
            challenge="Same-day shipping",
            current_condition="14 minutes",
            obstacles=(r.Obstacle("Tools far away", X), r.Obstacle("No checklist", W)),
            last_step="Tool cart",
            expected="12 minutes",
            actual="14 minutes",
            outcome=r.StepOutcome.OTHERWISE,
            learned="Walking is not the problem",
            next_step="Try a checklist",
            next_expected="11 minutes",
        )
    )
    return mei


def _person_chosen(window, qtbot, name: str):
    """The People tab shown, with ``name`` chosen in its list (clicked)."""
    window.tabs.setCurrentWidget(window.people)
    people = window.people
    names = [people.model.record(i).name for i in range(people.model.rowCount())]
    choose_row(qtbot, people.table, names.index(name))
    return people


def _type_learner(qtbot, tab, name: str) -> None:
    line = tab.learner.lineEdit()
    press(qtbot, line, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(line, name)
    popup = tab.learner.completer().popup()
    if popup.isVisible():
        popup.hide()
    press(qtbot, line, Qt.Key.Key_Tab)  # on to the next field: the learner is chosen


@POPUP
def test_a_new_session_starts_from_the_last_one_and_saves_what_happened(
    coached, active_window, journal, qtbot
):
    window = active_window
    press(qtbot, window.tabs, Qt.Key.Key_6, CTRL)
    tab = window.coaching
    assert window.tabs.currentWidget() is tab and tab.model.rowCount() == 1
    press(qtbot, tab.table, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() in (tab.learner, tab.learner.lineEdit())  # types here first
    _type_learner(qtbot, tab, "mei chen")  # a known learner, however the case is typed
    # Carried forward: the challenge, the target, where things stood, the obstacles; the last
    # session's next step is this one's last step, with the result expected of it.
    assert tab.learner.currentText() == "Mei Chen"
    assert (tab.challenge.value(), tab.target.value()) == (
        "Same-day shipping", "Changeover under 10 minutes"
    )  # fmt: skip
    assert tab.current_condition.value() == "14 minutes"
    # The obstacle still in the way; the one overcome stays on the storyboard.
    assert [(row.text.text(), row.status.currentData()) for row in tab.obstacles.rows] == [
        ("No checklist", "working")
    ]
    assert (tab.last_step.value(), tab.expected.value()) == ("Try a checklist", "11 minutes")
    assert tab.actual.value() == "" and tab.next_step.value() == ""
    assert tab.carried_note.isVisible() and "carried forward" in tab.carried_note.text()
    # What happened, written beside what was expected; the outcome; the next step.
    qtbot.keyClicks(tab.actual, "11 minutes, first try")
    tab.outcome.setCurrentIndex(tab.outcome.findData("as_expected"))
    qtbot.keyClicks(tab.next_step, "Kit the parts")
    press(qtbot, tab.next_step, Qt.Key.Key_S, CTRL)
    assert tab.status.text() == ""
    sessions = journal.coaching_sessions()
    assert len(sessions) == 2 and tab.model.rowCount() == 2
    saved = sessions[0]  # newest first
    assert (saved.learner.uuid, saved.day) == (coached.uuid, journal.today())
    assert (saved.last_step, saved.expected, saved.actual) == (
        "Try a checklist", "11 minutes", "11 minutes, first try"
    )  # fmt: skip
    assert saved.outcome is r.StepOutcome.AS_EXPECTED and saved.next_step == "Kit the parts"
    assert [o.text for o in saved.obstacles] == ["No checklist"]


@POPUP
def test_someone_never_coached_starts_blank_and_a_learner_is_required(
    coached, active_window, journal, qtbot
):
    window = active_window
    window.tabs.setCurrentWidget(window.coaching)
    tab = window.coaching
    _type_learner(qtbot, tab, "Jonas Berg")
    assert tab.target.value() == "" and tab.last_step.value() == "" and not tab.obstacles.items()
    assert "first session with Jonas Berg" in tab.carried_note.text()
    tab.learner.setEditText("")
    qtbot.keyClicks(tab.target, "Every order picked in one walk")
    press(qtbot, tab.target, Qt.Key.Key_S, CTRL)
    assert tab.fields.errors["learner"].text() == "Who is the learner?"
    assert len(journal.coaching_sessions()) == 1  # nothing saved


@POPUP
def test_text_already_written_is_not_overwritten_by_the_last_session(coached, active_window, qtbot):
    tab = active_window.coaching
    active_window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.target, "My own target")
    _type_learner(qtbot, tab, "Mei Chen")
    assert tab.target.value() == "My own target" and tab.last_step.value() == ""
    assert not tab.carried_note.isVisible()


def test_the_storyboard_shows_the_story_with_expected_beside_actual(
    coached, active_window, journal, qtbot
):
    window = active_window
    window.tabs.setCurrentWidget(window.coaching)
    tab = window.coaching
    choose_row(qtbot, tab.table, 0)
    assert tab.storyboard_button.isEnabled()
    qtbot.mouseClick(tab.storyboard_button, Qt.MouseButton.LeftButton)
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, StoryboardDialog)]
    qtbot.waitExposed(dialog)
    text = dialog.view.toPlainText()
    assert dialog.windowTitle() == "Storyboard of Mei Chen"
    for part in ("Changeover under 10 minutes", "Same-day shipping", "14 minutes",
                 "Working on", "No checklist", "Overcome", "Tools far away",
                 "Tool cart", "12 minutes", "not as expected", "Try a checklist",
                 "0 of 1 steps went as expected"):  # fmt: skip
        assert part in text, part
    dialog.close()


@POPUP  # opening a record raises the window
def test_a_persons_page_starts_a_session_and_opens_one_from_the_timeline(
    coached, active_window, journal, qtbot
):
    window = active_window
    people = _person_chosen(window, qtbot, "Mei Chen")
    page = people.page
    assert page.storyboard_button.isVisibleTo(page)  # Mei is a learner
    assert [e.kind for e in page.entries] == ["coaching"]
    assert page.model.index(0, 1).data() == "Coaching session"
    assert "next: Try a checklist" in page.model.index(0, 2).data()
    page.timeline.setFocus()
    page.timeline.setCurrentIndex(page.model.index(0, 0))
    press(qtbot, page.timeline, Qt.Key.Key_Return)  # opens the session in its tab
    assert window.tabs.currentWidget() is window.coaching
    assert window.coaching.current.target == "Changeover under 10 minutes"
    window.tabs.setCurrentWidget(window.people)
    qtbot.mouseClick(page.coach_button, Qt.MouseButton.LeftButton)
    tab = window.coaching
    assert window.tabs.currentWidget() is tab and tab.current is None
    assert tab.learner.currentText() == "Mei Chen" and tab.last_step.value() == "Try a checklist"
    assert QApplication.focusWidget() is tab.actual  # what happened comes next
    tab.drafts.dirty = False


def test_jonas_has_no_storyboard_until_coached(coached, active_window, qtbot):
    people = _person_chosen(active_window, qtbot, "Jonas Berg")
    assert not people.page.storyboard_button.isVisibleTo(people.page)
    assert people.page.coach_button.isEnabled()


def test_a_deleted_session_comes_back_with_undo(coached, active_window, journal, qtbot):
    window = active_window
    window.tabs.setCurrentWidget(window.coaching)
    tab = window.coaching
    choose_row(qtbot, tab.table, 0)
    press(qtbot, tab.table, Qt.Key.Key_Delete)
    assert journal.coaching_sessions() == [] and tab.is_empty
    press(qtbot, tab.table, Qt.Key.Key_Z, CTRL)
    assert len(journal.coaching_sessions()) == 1 and tab.model.rowCount() == 1


def test_a_session_started_from_a_page_is_not_yet_unsaved_and_what_happened_is_in_sight(
    coached, make_window, qtbot
):
    window = make_window()
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.coach(coached)
    tab = window.coaching
    qtbot.waitUntil(lambda: tab.actual.hasFocus() or tab.actual.isAncestorOf(tab.focusWidget()))
    assert not tab.drafts.dirty  # carried forward by the app: leaving it loses nothing typed
    viewport = tab.scroll.viewport()
    top = tab.actual.mapTo(viewport, tab.actual.rect().topLeft()).y()
    assert 0 <= top < viewport.height()  # scrolled to where the user writes next


def test_a_storyboard_whose_latest_session_has_no_next_step_says_so(qapp):
    from datetime import date

    from l2l_desktop.core.coaching import storyboard
    from l2l_desktop.ui.storyboard import storyboard_html

    mei = r.Person("Mei <Chen>")  # a name is the user's text: escaped, never markup
    board = storyboard(mei, [r.CoachingSession(date(2026, 11, 2), "Less <scrap>", learner=mei)])
    page = storyboard_html(board)
    assert "Not agreed yet: the latest session has no next step." in page
    assert "Expected:" not in page
    assert "Mei &lt;Chen&gt;" in page and "Less &lt;scrap&gt;" in page and "<scrap>" not in page
    same = [
        r.CoachingSession(date(2026, 11, d), "T", learner=mei, current_condition="14 min")
        for d in (2, 9)
    ]
    assert "2026-11-02 to 2026-11-09" in storyboard_html(storyboard(mei, same))


def test_a_first_session_from_a_page_keeps_the_learner_in_sight(
    coached, journal, make_window, qtbot
):
    jonas = next(p for p in journal.people() if p.name == "Jonas Berg")
    window = make_window()
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.coach(jonas)
    tab = window.coaching
    assert tab.scroll.verticalScrollBar().value() == 0
    assert tab.carried_note.isVisible() and window.focusWidget() is tab.target


def test_the_tab_order_follows_the_coaching_questions(coached, active_window, qtbot):
    window = active_window
    window.tabs.setCurrentWidget(window.coaching)
    tab = window.coaching
    tab.learner.setFocus()
    seen = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    # The day beside the learner; the challenge, the target, where things stand; the last
    # step, what was expected, then what happened: seven Tabs from the learner.
    day = seen[0]
    assert tab.day.isAncestorOf(day) or day is tab.day
    assert seen[1:] == [tab.challenge, tab.target, tab.current_condition, tab.last_step,
                        tab.expected, tab.actual]  # fmt: skip
