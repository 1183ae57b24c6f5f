"""What the user wrote stays where they wrote it: issue 11's findings, one test each.

Each test drives the real widgets the way a person would (keys, clicks), and checks what was
kept in the journal afterwards.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import to_utc
from l2l_desktop.core.elements import Element
from l2l_desktop.core.validation import ValidationError
from l2l_desktop.ui.forms import set_date_value
from l2l_desktop.ui.style import trn
from l2l_desktop.ui.tabs.questions import suggested_wording
from l2l_desktop.ui.undo import DeleteRecord
from tests.ui.conftest import choose_row, on_next_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as a person presses it: to the widget with the focus, else to the window, once
    what the last key did is on screen (a person presses the next key a moment later)."""
    QApplication.processEvents()
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifier)


def _intention(journal, day, *texts):
    actions = tuple(r.Action(t, Element.SUPPORT) for t in texts)
    return journal.save(r.Intention(day, "Heart words", "Direction words", actions))


def test_an_unsaved_edit_never_moves_an_intention_to_another_day(active_window, journal, qtbot):
    today = journal.today()
    saved = _intention(journal, today, "Walk the line")
    tab = active_window.today
    tab.refresh()
    tab.heart.setFocus()
    qtbot.keyClick(tab.heart, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.heart, "!")
    # Going to the next day asks what to do with the change; the user keeps it (Save).
    on_next_dialog(lambda box: box.button(box.StandardButton.Save).click())
    qtbot.keyClick(tab.heart, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.day == today + timedelta(days=1)
    # The next day's form is that day's own (empty), not today's intention.
    assert tab.heart.value() == ""
    assert tab.intention is None
    tab.heart.setFocus()
    qtbot.keyClicks(tab.heart, "Tomorrow's heart")
    qtbot.keyClick(tab.heart, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    kept = journal.intention_for_day(today)
    assert kept is not None and kept.uuid == saved.uuid
    assert kept.heart == "Heart words!"
    assert [a.text for a in kept.actions] == ["Walk the line"]
    tomorrow = journal.intention_for_day(today + timedelta(days=1))
    assert tomorrow is None or tomorrow.uuid != saved.uuid


def test_rows_replaced_before_the_event_loop_runs_never_become_windows(active_window, journal):
    today = journal.today()
    _intention(journal, today, "Walk the line", "Ask Ana")
    tab = active_window.today
    tab.refresh()  # the rows of the saved intention replace the empty form's ...
    tab.refresh()  # ... and are replaced again, all before Qt shows any of them
    QApplication.processEvents()
    strays = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not active_window]
    assert strays == []
    assert QApplication.activeWindow() is active_window


def test_removing_an_action_and_saving_removes_it(active_window, journal, qtbot):
    today = journal.today()
    _intention(journal, today, "Walk the line", "Ask Ana")
    tab = active_window.today
    tab.refresh()
    assert not tab.drafts.dirty
    qtbot.mouseClick(tab.actions.rows[1].remove, Qt.MouseButton.LeftButton)
    assert tab.drafts.dirty  # the form shows it is unsaved
    # The keys go wherever the focus went when the row (and its button) disappeared.
    press(active_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    kept = journal.intention_for_day(today)
    assert [a.text for a in kept.actions] == ["Walk the line"]


def _question(journal, text="What did you notice?"):
    now = journal.now()
    return journal.save(r.Question(journal.today(), to_utc(now), text, r.QuestionKind.OPEN))


def test_a_form_never_starts_editing_a_record_by_itself(active_window, journal, qtbot):
    saved = _question(journal)
    window = active_window
    press(window, Qt.Key.Key_4, CTRL)  # Reflection: type, then throw it away
    qtbot.keyClicks(QApplication.focusWidget(), "x")
    on_next_dialog(lambda box: box.button(box.StandardButton.Discard).click())
    press(window, Qt.Key.Key_Escape)
    press(window, Qt.Key.Key_2, CTRL)
    questions = window.questions
    assert questions.current is None and questions.text.value() == ""
    qtbot.keyClicks(QApplication.focusWidget(), "How did the review go?")
    press(window, Qt.Key.Key_S, CTRL)
    assert journal.by_uuid("question", saved.uuid).text == "What did you notice?"
    texts = sorted(q.text for q in journal.questions_matching())
    assert texts == ["How did the review go?", "What did you notice?"]
    # The list taking the focus, or a filter leaving one row, loads nothing either.
    questions.table.setFocus()
    questions.search.setText("notice")
    assert questions.model.rowCount() == 1 and questions.current is None
    # A row the user chooses does load.
    choose_row(qtbot, questions.table, 0)
    assert questions.current is not None and questions.current.uuid == saved.uuid


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_escape_closes_a_popup_first_and_asks_before_discarding(active_window, journal, qtbot):
    journal.save(r.Tell(journal.today(), to_utc(journal.now()), "", r.Person(name="Amira")))
    window = active_window
    press(window, Qt.Key.Key_2, CTRL)
    tab = window.questions
    qtbot.keyClicks(tab.text, "What would help?")
    tab.person.setFocus()
    qtbot.keyClicks(tab.person.lineEdit(), "Am")
    popup = tab.person.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    press(window, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert tab.text.value() == "What would help?"  # the form is untouched
    # Esc again asks; "Keep editing" keeps every word.
    on_next_dialog(lambda box: box.button(box.StandardButton.Cancel).click())
    press(window, Qt.Key.Key_Escape)
    assert tab.text.value() == "What would help?" and tab.drafts.dirty
    on_next_dialog(lambda box: box.button(box.StandardButton.Discard).click())
    press(window, Qt.Key.Key_Escape)
    assert tab.text.value() == "" and not tab.drafts.dirty


def test_the_question_bank_adds_a_question_without_touching_the_built_in_ones(
    make_window, journal, qtbot
):
    window = make_window()
    window.show()
    before = {b.uuid: b.text for b in journal.bank_questions()}
    dialog = window.questions.open_bank()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.editing is None and dialog.save_button.text() == "Add"
    qtbot.keyClicks(dialog.text, "What would make tomorrow easier?")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    after = {b.uuid: b.text for b in journal.bank_questions()}
    assert len(after) == len(before) + 1
    assert all(after[uuid] == text for uuid, text in before.items())
    # Choosing a question edits it; Ctrl+N starts a new one again.
    choose_row(qtbot, dialog.table, 0)
    assert dialog.editing is not None and dialog.save_button.text() == "Save changes"
    qtbot.keyClick(dialog.text, Qt.Key.Key_N, CTRL)
    assert dialog.editing is None and dialog.text.text() == ""


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_date_field_takes_a_typed_date_opens_on_today_and_can_be_emptied(
    active_window, journal, qtbot
):
    window = active_window
    press(window, Qt.Key.Key_3, CTRL)
    gemba = window.gemba
    qtbot.mouseClick(gemba.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    row = gemba.follow_up_rows.rows[0]
    assert row.due.value() is None and row.due.edit.placeholderText() == "no date"
    row.due.setFocus()
    qtbot.keyClicks(row.due.edit, "2026-12-03")
    assert row.due.value() == date(2026, 12, 3)
    assert row.due.edit.text() == "2026-12-03"
    # One Tab stop: the next Tab leaves the date for the "done" box.
    press(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.done
    row.due.edit.clear()
    assert row.due.value() is None
    row.due.open_calendar()
    assert row.due.popup.calendar.selectedDate().toPython() == journal.today()
    row.due.popup.close()
    window.activateWindow()  # as the window manager does once the popup is gone
    qtbot.waitUntil(window.isActiveWindow)
    # Text that is not a date is refused at its field, and nothing is saved.
    qtbot.keyClicks(gemba.place, "Line 2")
    qtbot.keyClicks(gemba.purpose, "See the changeover")
    qtbot.keyClicks(row.text, "Order sockets")
    qtbot.keyClicks(row.due.edit, "next week")
    press(window, Qt.Key.Key_S, CTRL)
    assert journal.visits_matching() == []
    assert "Not a date" in gemba.fields.errors["follow_ups"].text()


def test_row_texts_are_wide_and_show_all_their_words_at_1024_by_640(active_window, journal, qtbot):
    window = active_window
    window.resize(1024, 640)
    long_text = "Ask the night team what stops them from finishing the handover sheet " * 3
    row = window.today.actions.rows[0]
    row.text.setText(long_text)
    qtbot.wait(20)
    assert row.text.width() >= 300
    assert row.text.verticalScrollBar().maximum() == 0  # no line is out of sight
    press(window, Qt.Key.Key_3, CTRL)
    qtbot.mouseClick(window.gemba.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    follow = window.gemba.follow_up_rows.rows[0]
    follow.text.setText(long_text)
    qtbot.wait(20)
    assert follow.text.width() >= 300
    assert follow.text.verticalScrollBar().maximum() == 0


def test_a_keyboard_only_morning(active_window, journal, qtbot):
    """From a cold start: heart, direction, three actions each with its element, saved;
    no mouse, and at most 12 keys that are not text."""
    window = active_window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.today.heart)
    keys = 0

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        nonlocal keys
        keys += 1
        press(window, k, modifier)

    def text(words):
        QApplication.processEvents()
        QTest.keyClicks(QApplication.focusWidget(), words)

    text("My people solve their own problems")
    key(Qt.Key.Key_Tab)
    text("Changeover under 25 minutes")
    key(Qt.Key.Key_Tab)
    for words, letter in (("Ask Amira first", "p"), ("Restate the target", "s"), ("Read", "d")):
        text(words)
        key(Qt.Key.Key_Tab)  # to the action's element
        text(letter)  # the element's first letter picks it
        if letter != "d":
            key(Qt.Key.Key_Return)  # on to the next action
    key(Qt.Key.Key_S, CTRL)
    saved = journal.intention_for_day(journal.today())
    assert saved is not None and saved.heart == "My people solve their own problems"
    assert [(a.text, a.element) for a in saved.actions] == [
        ("Ask Amira first", Element.SUPPORT),
        ("Restate the target", Element.DIRECTION),
        ("Read", Element.SELF),
    ]
    assert keys <= 12


def test_ctrl_number_puts_the_focus_in_the_tabs_first_field(active_window):
    window = active_window
    for key, field in (
        (Qt.Key.Key_2, window.questions.text),
        (Qt.Key.Key_3, window.gemba.place),
        (Qt.Key.Key_4, window.reflection.went_well),
        (Qt.Key.Key_1, window.today.heart),
    ):
        press(window, key, CTRL)
        assert QApplication.focusWidget() is field


def test_the_pause_dialog_shows_the_intention_and_keeps_the_note(active_window, journal, qtbot):
    _intention(journal, journal.today(), "Walk the line")
    window = active_window

    def in_dialog(dialog):
        assert "Heart words" in dialog.intention.text()
        assert "Direction words" in dialog.intention.text()
        QTest.keyClicks(QApplication.focusWidget(), "Firefighting, ")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        QTest.keyClicks(QApplication.focusWidget(), "then back")
        dialog.accept()

    on_next_dialog(in_dialog)
    press(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    (pause,) = journal.pauses_for_day(journal.today())
    assert pause.note == "Firefighting, then back"
    assert pause.alignment is r.Alignment.PARTLY


def test_the_pause_dialog_without_an_intention_offers_to_write_one(active_window, qtbot):
    window = active_window
    press(window, Qt.Key.Key_2, CTRL)

    def in_dialog(dialog):
        assert "No intention set today" in dialog.intention.text()
        dialog.intention.linkActivated.emit("set")

    on_next_dialog(in_dialog)
    press(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentWidget() is window.today
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.today.heart)


def test_one_to_three_actions_and_a_form_that_does_not_jump(active_window, journal, qtbot):
    window = active_window
    tab = window.today
    for _ in range(5):
        qtbot.mouseClick(tab.actions.add_button, Qt.MouseButton.LeftButton)
    assert len(tab.actions.rows) == 3 and not tab.actions.add_button.isEnabled()
    with pytest.raises(ValidationError) as refused:
        journal.save(
            r.Intention(
                journal.today(),
                "h",
                "d",
                tuple(r.Action(f"a{i}", Element.SELF) for i in range(4)),
            )
        )
    assert refused.value.errors[0].field == "actions"
    # A refused save shows its message without moving or shrinking the Save button.
    qtbot.wait(20)
    before = tab.save_button.geometry()
    press(window, Qt.Key.Key_S, CTRL)
    qtbot.wait(20)
    assert tab.status.isVisible()
    assert tab.save_button.size() == before.size()
    # The question checker's hint keeps its room as it comes and goes.
    press(window, Qt.Key.Key_2, CTRL)
    questions = window.questions
    qtbot.wait(20)
    top = questions.fields.editors["kind"].mapTo(questions, questions.rect().topLeft())
    qtbot.keyClicks(questions.text, "Did you check the seal?")
    qtbot.wait(20)
    assert questions.hint.text()
    assert questions.fields.editors["kind"].mapTo(questions, questions.rect().topLeft()) == top


def test_the_status_bar_keeps_its_facts_through_passing_messages(active_window, journal):
    window = active_window
    facts = window.facts.text()
    assert "0 records" in facts and "/data/here" in facts
    window.statusBar().showMessage("A passing message", 100)
    window.statusBar().clearMessage()
    assert window.facts.text() == facts and window.facts.isVisible()
    journal.back_up_now("start")
    window.backup_made()
    assert "last backup" in window.facts.text()


def test_feedback_says_what_happened_and_how_to_undo_it(active_window, journal, qtbot, tmp_path):
    window = active_window
    saved = _question(journal)
    press(window, Qt.Key.Key_2, CTRL)
    tab = window.questions
    choose_row(qtbot, tab.table, 0)
    tab.delete_current()
    message = window.statusBar().currentMessage()
    assert f"Deleted the question of {saved.day}" in message and "Ctrl+Z" in message
    # Marking a follow-up done can be undone.
    visit = journal.save(
        r.GembaVisit(
            journal.today(),
            "Line 2",
            "See the changeover",
            follow_ups=(r.FollowUp("Order sockets"),),
        )
    )
    press(window, Qt.Key.Key_3, CTRL)
    window.gemba.mark_follow_up_done()
    assert journal.by_uuid("gemba_visit", visit.uuid).follow_ups[0].done_day == journal.today()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert journal.by_uuid("gemba_visit", visit.uuid).follow_ups[0].done_day is None
    # Export PNG says where it wrote.
    press(window, Qt.Key.Key_7, CTRL)  # Trends
    window.trends.build_charts()
    path = tmp_path / "balance.png"
    name = next(iter(window.trends.charts))
    assert window.trends.export_chart(name, str(path))
    assert str(path) in window.statusBar().currentMessage()


def test_a_refused_second_hansei_points_up_to_where_the_message_is(active_window, journal):
    journal.save(r.Reflection(journal.today(), r.ReflectionKind.DAILY, went_well="Calm day"))
    window = active_window
    press(window, Qt.Key.Key_4, CTRL)
    tab = window.reflection
    tab.new_button.click()  # opens today's hansei; force a second one instead
    tab._fill(None)
    tab.went_well.setPlainText("Another")
    assert not tab.save()
    assert "above" in tab.status.text() and "below" not in tab.status.text()


def test_a_first_start_welcomes_and_every_empty_list_says_so(active_window, journal, qtbot):
    window = active_window
    today = window.today
    assert today.welcome.isVisible() and "three elements" in today.welcome.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.heart)
    press(window, Qt.Key.Key_2, CTRL)
    assert window.questions.no_tells.isVisible() and not window.questions.tell_table.isVisible()
    press(window, Qt.Key.Key_3, CTRL)
    assert window.gemba.no_follow_ups.isVisible()
    assert not window.gemba.follow_up_table.isVisible()
    press(window, Qt.Key.Key_1, CTRL)
    _intention(journal, journal.today(), "Walk the line")
    qtbot.waitUntil(lambda: not today.welcome.isVisible())


def test_one_name_per_thing_and_plurals_that_read_right(active_window, journal, qtbot):
    window = active_window
    assert trn("%n day", "%n days", 1) == "1 day" and trn("%n day", "%n days", 2) == "2 days"
    told = "Told instead of asking"
    assert window.tell_action.text().replace("&", "") == told + "…"
    assert window.questions.tell_button.text() == told + "…"
    kinds = [window.reflection.kind.itemText(i) for i in range(window.reflection.kind.count())]
    assert "Daily reflection (hansei)" in kinds
    _intention(journal, journal.today(), "Walk the line")  # a streak of one day
    press(window, Qt.Key.Key_7, CTRL)  # Trends
    card = window.trends.cards["intention"].current.text()
    assert "1 <span" in card and ">day<" in card
    # A statement is not a question yet, and is not called a closed one.
    press(window, Qt.Key.Key_2, CTRL)
    questions = window.questions
    qtbot.keyClicks(questions.text, "I checked the seal")
    assert "Not a question yet" in questions.hint.text()
    assert "Reads as closed" not in questions.hint.text()
    # A leading question's open wording is offered in the app's quotes, taken with Alt+U.
    questions.text.clear()
    qtbot.keyClicks(questions.text, "Have you tried restarting it?")
    wording = suggested_wording(questions.suggestion)
    assert wording and f"“{wording}”" in questions.hint.text()
    assert '"' not in questions.hint.text().replace("href='use'", "")  # no straight quotes
    press(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert questions.text.value() == wording


def test_the_status_counts_records_not_their_parts(active_window, journal, qtbot):
    window = active_window
    _intention(journal, journal.today(), "Walk the line", "Ask Ana", "Read")
    assert "1 record " in window.facts.text() + " "  # one intention, three actions in it
    tab = window.today
    tab.refresh()
    qtbot.mouseClick(tab.actions.rows[2].remove, Qt.MouseButton.LeftButton)
    press(window, Qt.Key.Key_S, CTRL)
    assert window.facts.text().startswith("1 record ")
    _question(journal)
    assert window.facts.text().startswith("2 records ")
    intention = journal.intention_for_day(journal.today())
    window.undo_stack.push(DeleteRecord(journal, intention, "Delete intention", "Deleted."))
    assert window.facts.text().startswith("1 record ")
    assert journal.record_count() == 1


def test_a_draft_kept_for_another_day_is_offered_with_a_way_there(make_window, journal, qtbot):
    yesterday = journal.today() - timedelta(days=1)
    first = make_window()
    first.today.set_day(yesterday)
    first.today.heart.setPlainText("Half a thought from yesterday")
    first.close()  # the window closes with the text unsaved: it is kept as a draft
    window = make_window()
    window.show()
    today = window.today
    assert today.day == journal.today()
    assert today.banner.isVisible() and today.banner.open_button.isVisible()
    assert yesterday.isoformat() in today.banner.open_button.text()
    qtbot.mouseClick(today.banner.open_button, Qt.MouseButton.LeftButton)
    assert today.day == yesterday
    assert today.banner.restore_button.isVisible()
    qtbot.mouseClick(today.banner.restore_button, Qt.MouseButton.LeftButton)
    assert today.heart.value() == "Half a thought from yesterday"


# --- found by an independent try of the finished screens -----------------------------------


def _visit_with_follow_ups(journal):
    return journal.save(
        r.GembaVisit(
            journal.today(),
            "Line 2",
            "See the changeover",
            follow_ups=(r.FollowUp("Order sockets"), r.FollowUp("Ask Jo")),
        )
    )


def test_an_undone_mark_done_shows_in_the_form_and_a_save_keeps_it_undone(
    active_window, journal, qtbot
):
    visit = _visit_with_follow_ups(journal)
    window = active_window
    press(window, Qt.Key.Key_3, CTRL)
    gemba = window.gemba
    choose_row(qtbot, gemba.table, 0)
    choose_row(qtbot, gemba.follow_up_table, 0)
    qtbot.mouseClick(gemba.done_button, Qt.MouseButton.LeftButton)
    assert any(row.done.isChecked() for row in gemba.follow_up_rows.rows)  # shown at once
    press(window, Qt.Key.Key_Z, CTRL)
    assert "Undone: mark follow-up done" in window.statusBar().currentMessage()
    assert not any(row.done.isChecked() for row in gemba.follow_up_rows.rows)
    gemba.care.setFocus()
    qtbot.keyClicks(gemba.care, "Stayed for the break")
    press(window, Qt.Key.Key_S, CTRL)
    saved = journal.by_uuid("gemba_visit", visit.uuid)
    assert saved.care == "Stayed for the break"
    assert [f.done_day for f in saved.follow_ups] == [None, None]


def test_a_long_planned_action_wraps_in_the_hansei_and_nothing_is_cut_off(
    active_window, journal, qtbot
):
    long_text = "Ask the night team what makes the handover hard, and listen to the end " * 3
    _intention(journal, journal.today(), long_text)
    window = active_window
    window.resize(1024, 640)
    press(window, Qt.Key.Key_4, CTRL)
    tab = window.reflection
    qtbot.wait(20)
    assert tab.form.width() <= tab.scroll.viewport().width()  # no field runs off the right
    labels = [w for w in tab.actions.findChildren(QLabel) if w.text() == long_text]
    assert labels and labels[0].wordWrap()
    QTest.mouseClick(labels[0], Qt.MouseButton.LeftButton)  # its text ticks its box
    assert tab.actions.checks[0][1].isChecked()


def test_the_checklist_replaced_twice_leaves_no_stray_window(active_window, journal):
    _intention(journal, journal.today(), "Walk the line")
    tab = active_window.reflection
    intention = journal.intention_for_day(journal.today())
    tab.actions.set_intention(intention)
    tab.actions.set_intention(intention)
    QApplication.processEvents()
    strays = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not active_window]
    assert strays == []


def test_today_at_1024_by_640_scrolls_instead_of_cutting_or_overlapping(
    active_window, journal, qtbot
):
    long_text = "Ask the night team what stops them from finishing the handover sheet " * 3
    _intention(journal, journal.today(), long_text, long_text, long_text)
    window = active_window
    window.resize(1024, 640)
    today = window.today
    today.refresh()
    qtbot.keyClicks(today.actions.rows[0].text, " and more words typed at the end")
    qtbot.wait(50)  # a moment: the rows as laid out on screen
    for row in today.actions.rows:
        text_bottom = row.text.mapTo(row, row.text.rect().bottomLeft()).y()
        element_top = row.element.mapTo(row, row.element.rect().topLeft()).y()
        assert text_bottom < element_top  # the controls sit below the whole text
        assert row.text.verticalScrollBar().maximum() == 0
    area = today.heart.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area.verticalScrollBar().maximum() > 0  # the form scrolls; nothing is cut off
    assert today.save_button.isVisible()


def test_adding_two_questions_to_the_bank_keeps_both(make_window, journal, qtbot):
    window = make_window()
    window.show()
    before = len(journal.bank_questions())
    dialog = window.questions.open_bank()
    qtbot.addWidget(dialog)
    for text in ("What would make tomorrow easier?", "Where did the time go today?"):
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        assert dialog.editing is None and dialog.text.text() == ""
    texts = {b.text for b in journal.bank_questions()}
    assert len(texts) == before + 2
    assert {"What would make tomorrow easier?", "Where did the time go today?"} <= texts


def test_the_suggested_wording_can_be_undone_in_the_box(active_window, qtbot):
    window = active_window
    press(window, Qt.Key.Key_2, CTRL)
    questions = window.questions
    qtbot.keyClicks(questions.text, "Have you tried restarting it?")
    press(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert questions.text.value() != "Have you tried restarting it?"
    press(window, Qt.Key.Key_Z, CTRL)
    assert questions.text.value() == "Have you tried restarting it?"


def test_escape_in_a_filter_clears_it_and_leaves_the_form_alone(active_window, journal, qtbot):
    _question(journal)
    window = active_window
    press(window, Qt.Key.Key_2, CTRL)
    questions = window.questions
    qtbot.keyClicks(questions.text, "Half a question")
    questions.search.setFocus()
    qtbot.keyClicks(questions.search, "notice")
    press(window, Qt.Key.Key_Escape)  # no dialog is answered: none may open
    assert questions.search.text() == ""
    assert questions.text.value() == "Half a question" and questions.drafts.dirty


def test_a_refused_date_in_a_row_is_shown_and_its_field_gets_the_focus(
    active_window, journal, qtbot
):
    window = active_window
    window.resize(1024, 640)
    press(window, Qt.Key.Key_3, CTRL)
    gemba = window.gemba
    qtbot.keyClicks(gemba.place, "Line 2")
    qtbot.keyClicks(gemba.purpose, "See the changeover")
    qtbot.mouseClick(gemba.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    row = gemba.follow_up_rows.rows[0]
    qtbot.keyClicks(row.text, "Order sockets")
    qtbot.keyClicks(row.due.edit, "next friday")
    press(window, Qt.Key.Key_S, CTRL)
    qtbot.wait(20)
    assert QApplication.focusWidget() is row.due.edit
    message = gemba.fields.errors["follow_ups"]
    assert "YYYY-MM-DD" in message.text()
    top = message.mapTo(gemba.scroll.viewport(), message.rect().topLeft()).y()
    assert 0 <= top < gemba.scroll.viewport().height()  # in sight, not scrolled away


def test_a_follow_up_done_before_its_visit_is_refused_at_its_box(active_window, journal, qtbot):
    window = active_window
    press(window, Qt.Key.Key_3, CTRL)
    gemba = window.gemba
    ahead = journal.today() + timedelta(days=5)
    set_date_value(gemba.day, ahead)
    qtbot.keyClicks(gemba.place, "Line 2")
    qtbot.keyClicks(gemba.purpose, "See the changeover")
    qtbot.mouseClick(gemba.follow_up_rows.add_button, Qt.MouseButton.LeftButton)
    row = gemba.follow_up_rows.rows[0]
    qtbot.keyClicks(row.text, "Order sockets")
    row.done.setChecked(True)  # done today, five days before the visit
    press(window, Qt.Key.Key_S, CTRL)
    assert journal.visits_matching() == []
    assert ahead.isoformat() in gemba.fields.errors["follow_ups"].text()
    assert QApplication.focusWidget() is row.done
    # Saved as planned, the follow-up is listed; "Mark done" on it today is refused too.
    row.done.setChecked(False)
    press(window, Qt.Key.Key_S, CTRL)
    [visit] = journal.visits_matching()
    window.gemba.mark_follow_up_done()
    assert journal.by_uuid("gemba_visit", visit.uuid).follow_ups[0].done_day is None
    assert ahead.isoformat() in window.statusBar().currentMessage()
