"""A whole day played through the real widgets, then the next morning."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from tests.ui.conftest import choose_row, on_next_dialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key press as a user makes it: in the active window, on the focused widget."""
    window = widget.window()
    if not window.isActiveWindow():  # e.g. just after a dialog closed
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def log_pause(qtbot, window, alignment, note):
    def answer(dialog):
        dialog.choices[alignment].setChecked(True)
        qtbot.keyClicks(dialog.note, note)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    on_next_dialog(answer)
    press(qtbot, window.tabs.currentWidget(), Qt.Key.Key_P, CTRL_SHIFT)


def test_a_whole_day_then_the_next_morning(active_window, journal, qtbot):
    window = active_window
    day = journal.today()
    today = window.today

    # Morning: the intention with two actions, saved with Ctrl+S.
    qtbot.keyClicks(today.heart, "People grow when they solve their own problems")
    qtbot.keyClicks(today.direction, "Changeover under 25 minutes this month")
    first = today.actions.rows[0]
    qtbot.keyClicks(first.text, "Ask Amira before offering ideas")
    first.element.set_value(Element.SUPPORT)
    qtbot.mouseClick(today.actions.add_button, Qt.MouseButton.LeftButton)
    second = today.actions.rows[1]
    qtbot.keyClicks(second.text, "Restate the target at the huddle")
    second.element.set_value(Element.DIRECTION)
    press(qtbot, today.heart, Qt.Key.Key_S, CTRL)
    intention = journal.intention_for_day(day)
    assert [(a.text, a.element) for a in intention.actions] == [
        ("Ask Amira before offering ideas", Element.SUPPORT),
        ("Restate the target at the huddle", Element.DIRECTION),
    ]

    # During the day: two intention pauses (Ctrl+Shift+P).
    log_pause(qtbot, window, r.Alignment.ALIGNED, "On track")
    qtbot.waitUntil(lambda: len(journal.pauses_for_day(day)) == 1)
    log_pause(qtbot, window, r.Alignment.OFF, "Firefighting")
    qtbot.waitUntil(lambda: len(journal.pauses_for_day(day)) == 2)
    assert today.pause_model.rowCount() == 2
    assert [p.alignment for p in journal.pauses_for_day(day)] == [
        r.Alignment.ALIGNED,
        r.Alignment.OFF,
    ]

    # A question: the checker reads it as leading, Ctrl+S saves it.
    press(qtbot, window.tabs, Qt.Key.Key_2, CTRL)
    questions = window.questions
    assert window.tabs.currentWidget() is questions
    qtbot.keyClicks(questions.text, "Have you tried restarting it?")
    assert questions.kind.value() is r.QuestionKind.LEADING
    assert "leading" in questions.hint.text() and "Have you tried" in questions.hint.text()
    qtbot.keyClicks(questions.context, "Line 2 stoppage")
    press(qtbot, questions.text, Qt.Key.Key_S, CTRL)
    (asked,) = journal.questions_matching()
    assert asked.text == "Have you tried restarting it?"
    assert asked.kind is asked.suggested_kind is r.QuestionKind.LEADING
    assert questions.model.rowCount() == 1 and questions.text.value() == ""

    # A tell, in one action (Ctrl+Shift+T), with a note.
    def answer_tell(dialog):
        qtbot.keyClicks(dialog.note, "Gave the fix for the filler")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    on_next_dialog(answer_tell)
    press(qtbot, questions.text, Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(journal.tells_between(day, day)) == 1)
    assert journal.tells_between(day, day)[0].note == "Gave the fix for the filler"

    # Gemba: a visit with a refuted assumption and a follow-up due tomorrow.
    press(qtbot, window.tabs, Qt.Key.Key_3, CTRL)
    gemba = window.gemba
    qtbot.keyClicks(gemba.place, "Line 2 changeover")
    qtbot.keyClicks(gemba.purpose, "Time the changeover against the standard")
    gemba.status_combo.setCurrentIndex(gemba.status_combo.findData("done"))
    qtbot.keyClicks(gemba.observed, "31 minutes; two sockets missing from the cart")
    qtbot.mouseClick(gemba.assumptions.add_button, Qt.MouseButton.LeftButton)
    assumption = gemba.assumptions.rows[0]
    qtbot.keyClicks(assumption.text, "The standard is followed")
    assumption.result.setCurrentIndex(assumption.result.findData("refuted"))
    qtbot.keyClicks(assumption.fact, "Two steps skipped")
    qtbot.mouseClick(gemba.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    follow = gemba.follow_up_rows.rows[0]
    qtbot.keyClicks(follow.text, "Complete the tool cart")
    qtbot.keyClicks(follow.owner, "Jonas")
    qtbot.keyClicks(follow.due.edit, (day + timedelta(1)).isoformat())
    press(qtbot, gemba.place, Qt.Key.Key_S, CTRL)
    (visit,) = journal.visits_matching()
    assert visit.status is r.VisitStatus.DONE
    assert visit.assumptions[0].result is r.AssumptionResult.REFUTED
    assert visit.follow_ups[0].due_day == day + timedelta(1)
    assert gemba.follow_ups.rowCount() == 1

    # Evening: hansei, one action ticked done, rating 4, an adjust-next line.
    press(qtbot, window.tabs, Qt.Key.Key_4, CTRL)
    reflection = window.reflection
    assert [c.accessibleName() for _, c in reflection.actions.checks] == [
        "Done: Ask Amira before offering ideas",
        "Done: Restate the target at the huddle",
    ]
    reflection.actions.checks[0][1].setChecked(True)
    qtbot.mouseClick(reflection.rating.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(reflection.went_well, "Asked before telling at the stoppage")
    qtbot.keyClicks(reflection.adjust, "Go to gemba before the planning meeting")
    press(qtbot, reflection.adjust, Qt.Key.Key_Return, CTRL)
    hansei = journal.daily_reflection(day)
    assert hansei.rating == 4 and hansei.intention_uuid == intention.uuid
    assert [a.done for a in journal.intention_for_day(day).actions] == [True, False]

    # The next morning: the adjust-next line and the follow-up are on the Today tab.
    next_morning = datetime.combine(day + timedelta(1), time(8, 30))
    journal.clock = lambda: next_morning  # the journal's clock, not the machine's
    press(qtbot, window.tabs, Qt.Key.Key_1, CTRL)
    today.set_day(day + timedelta(1))
    carried = today.carried.text()
    assert "Go to gemba before the planning meeting" in carried
    assert "Complete the tool cart" in carried

    # Delete the question, then Ctrl+Z brings it back.
    press(qtbot, window.tabs, Qt.Key.Key_2, CTRL)
    choose_row(qtbot, questions.table, 0)
    press(qtbot, questions.table, Qt.Key.Key_Delete)
    assert journal.questions_matching() == []
    assert questions.model.rowCount() == 0
    press(qtbot, questions.table, Qt.Key.Key_Z, CTRL)
    (back,) = journal.questions_matching()
    assert back.uuid == asked.uuid and back.text == asked.text
    assert questions.model.rowCount() == 1


def test_unsaved_reflection_survives_a_crash_as_a_draft(make_window, journal, qtbot):
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(3)
    words = "Unsaved words: still here ✓ ünïcödé"
    window.reflection.went_well.setPlainText(words)  # as typed (keyClicks is ASCII-only)
    qtbot.waitUntil(lambda: journal.draft("reflection-form") is not None, timeout=4000)
    assert journal.draft("reflection-form").payload["fields"]["went_well"] == words

    # A crash: no close event, no save. The next start offers the text back.
    after = make_window()
    after.show()
    after.tabs.setCurrentIndex(3)
    tab = after.reflection
    qtbot.waitUntil(tab.banner.isVisible)
    assert "draft" in tab.banner.label.text()
    assert tab.went_well.value() == ""
    qtbot.mouseClick(tab.banner.restore_button, Qt.MouseButton.LeftButton)
    assert tab.went_well.value() == words
    assert not tab.banner.isVisible()
    tab.rating.buttons[2].setChecked(True)
    assert tab.save()
    assert journal.draft("reflection-form") is None
    assert journal.daily_reflection(journal.today()).went_well == words
