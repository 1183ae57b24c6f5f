"""Each practice tab through its widgets: errors at the field, editing, filters, undo."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from tests.ui.conftest import choose_row, on_next_dialog

NOON = datetime(2026, 11, 24, 12)


def test_every_control_has_an_accessible_name(make_window):
    window = make_window()
    window.show()
    for index, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(index)
        nameless = []
        for widget in page.findChildren(QWidget):
            if not isinstance(
                widget,
                (
                    QAbstractButton,
                    QLineEdit,
                    QPlainTextEdit,
                    QComboBox,
                    QAbstractSpinBox,
                    QAbstractItemView,
                ),
            ):
                continue
            if widget.window() is not window:
                continue  # a combo box's pop-up list, a completer: parts of their owner
            if isinstance(
                widget.parent(), (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)
            ):
                continue  # inner parts: a combo's line edit, a clear button, a corner button
            if widget.parent() is not None and widget.parent().inherits("QAbstractScrollArea"):
                continue
            text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
            if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and text)):
                nameless.append(type(widget).__name__)
        assert nameless == [], page.heading.text()


def test_gemba_purpose_is_required_and_nothing_is_half_saved(make_window, journal):
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(2)
    gemba = window.gemba
    gemba.place.setText("Dock")
    gemba.assumptions.add_row().text.setText("Trucks wait")
    assert not gemba.save()
    assert gemba.fields.errors["purpose"].isVisible()
    assert "required" in gemba.fields.errors["purpose"].text()
    assert not gemba.fields.errors["place"].isVisible()
    assert journal.visits_matching() == []
    gemba.purpose.setPlainText("See the queue")
    assert gemba.save()
    assert not gemba.fields.errors["purpose"].isVisible()
    assert journal.visits_matching()[0].assumptions[0].text == "Trucks wait"


def test_row_errors_name_the_row(make_window, journal):
    window = make_window()
    window.show()
    today = window.today
    today.heart.setPlainText("h")
    today.direction.setPlainText("d")
    assert not today.save_intention()  # the one action row is blank
    assert "at least one action" in today.fields.errors["actions"].text()
    assert journal.intention_for_day(today.day) is None


def test_edit_a_past_question_keeps_its_identity(make_window, journal, qtbot):
    q = journal.save(r.Question(date(2026, 11, 2), NOON, "Is it done?", r.QuestionKind.CLOSED))
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(1)
    tab = window.questions
    choose_row(qtbot, tab.table, 0)
    assert tab.current.uuid == q.uuid and tab.text.value() == "Is it done?"
    assert tab.kind.value() is r.QuestionKind.CLOSED
    tab.text.setPlainText("What is left to do?")
    assert tab.kind.value() is r.QuestionKind.OPEN  # follows the checker until overruled
    tab.learned.setPlainText("The test run")
    assert tab.save()
    (saved,) = journal.questions_matching()
    assert saved.uuid == q.uuid and saved.day == date(2026, 11, 2)
    assert saved.text == "What is left to do?" and saved.learned == "The test run"
    assert saved.asked_at == q.asked_at


def test_user_can_overrule_the_suggested_kind(make_window, journal):
    window = make_window()
    window.show()
    tab = window.questions
    tab.text.setPlainText("Why don't you restart it?")
    assert tab.suggestion.kind is r.QuestionKind.LEADING and tab.suggestion.rewrite
    assert "Try:" in tab.hint.text()
    tab.kind.buttons[r.QuestionKind.OPEN].click()
    tab.text.setPlainText("Why don't you restart it now?")
    assert tab.kind.value() is r.QuestionKind.OPEN
    assert tab.save()
    (saved,) = journal.questions_matching()
    assert saved.kind is r.QuestionKind.OPEN and saved.suggested_kind is r.QuestionKind.LEADING


def test_escape_cancels_an_edit_and_ctrl_n_starts_fresh(active_window, journal, qtbot):
    journal.save(r.Question(journal.today(), NOON, "What happened?", r.QuestionKind.OPEN))
    window = active_window
    window.tabs.setCurrentIndex(1)
    tab = window.questions
    choose_row(qtbot, tab.table, 0)
    tab.text.setFocus()
    tab.text.setPlainText("Something else")
    on_next_dialog(lambda box: box.button(box.StandardButton.Discard).click())
    qtbot.keyClick(tab.text, Qt.Key.Key_Escape)  # asks first; the user discards
    assert tab.text.value() == "What happened?"
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab.text, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.current is None and tab.text.value() == ""
    assert tab.text.hasFocus()


def test_question_filters(make_window, journal):
    day = journal.today()
    journal.save(r.Question(day, NOON, "What did you see?", r.QuestionKind.OPEN))
    journal.save(r.Question(day, NOON, "Is it running?", r.QuestionKind.CLOSED))
    journal.save(
        r.Question(day - timedelta(30), NOON, "What next?", r.QuestionKind.OPEN, context="Dock")
    )
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(1)
    tab = window.questions
    assert tab.model.rowCount() == 3
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("open"))
    assert tab.model.rowCount() == 2
    tab.search.setText("dock")
    assert tab.model.rowCount() == 1
    tab.search.setText("nothing like this")
    assert tab.model.rowCount() == 0 and not tab.is_empty  # filtered, not empty
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(0)
    tab.from_day.set_value(day - timedelta(7))
    assert tab.model.rowCount() == 2


def test_deleting_a_visit_with_undo_brings_its_follow_ups_back(active_window, journal, qtbot):
    journal.save(
        r.GembaVisit(journal.today(), "Dock", "See it", follow_ups=(r.FollowUp("Call supplier"),))
    )
    window = active_window
    window.tabs.setCurrentIndex(2)
    tab = window.gemba
    choose_row(qtbot, tab.table, 0)
    assert tab.follow_ups.rowCount() == 1
    tab.delete_button.click()
    assert journal.visits_matching() == [] and tab.follow_ups.rowCount() == 0
    assert window.undo_action.isEnabled()
    assert "Delete gemba visit" in window.undo_action.text()
    window.undo_action.trigger()
    assert journal.visits_matching()[0].follow_ups[0].text == "Call supplier"
    assert tab.follow_ups.rowCount() == 1
    window.redo_action.trigger()
    assert journal.visits_matching() == []


def test_ticking_a_follow_up_done_records_the_date(make_window, journal):
    journal.save(
        r.GembaVisit(
            journal.today() - timedelta(9),
            "Dock",
            "See it",
            follow_ups=(r.FollowUp("Late one", due_day=journal.today() - timedelta(2)),),
        )
    )
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(2)
    tab = window.gemba
    assert "overdue" in tab.follow_ups.data(tab.follow_ups.index(0, 0))
    assert "1 overdue" in tab.follow_up_label.text()
    tab.follow_up_table.selectRow(0)
    tab.done_button.click()
    assert journal.open_follow_ups() == []
    assert journal.visits_matching()[0].follow_ups[0].done_day == journal.today()


def test_reflection_rating_and_kinds(make_window, journal):
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(3)
    tab = window.reflection
    assert not tab.save()  # nothing written, no rating
    assert tab.fields.errors["went_well"].isVisible()
    tab.kind.setCurrentIndex(tab.kind.findData("weekly"))
    assert not tab.fields.editors["actions"].parentWidget().isVisible()
    tab.learned.setPlainText("Balance slipped to direction")
    assert tab.save()
    (weekly,) = journal.reflections_matching(r.ReflectionKind.WEEKLY)
    assert weekly.learned == "Balance slipped to direction" and weekly.rating is None
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("daily"))
    assert tab.model.rowCount() == 0


def test_new_reflection_opens_todays_hansei_when_it_exists(make_window, journal):
    existing = journal.save(r.Reflection(journal.today(), rating=3))
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(3)
    tab = window.reflection
    tab.new()
    assert tab.current.uuid == existing.uuid and tab.rating.value() == 3


def test_today_date_navigation_reads_and_amends_a_past_day(active_window, journal, qtbot):
    day = journal.today()
    journal.save(
        r.Intention(day - timedelta(1), "Yesterday's why", "Impact", (r.Action("a", Element.SELF),))
    )
    window = active_window
    today = window.today
    assert today.today_button.isEnabled() is False
    qtbot.mouseClick(today.prev_button, Qt.MouseButton.LeftButton)
    assert today.day == day - timedelta(1)
    assert today.heart.value() == "Yesterday's why"
    assert "Not today" in today.subtitle.text() and today.today_button.isEnabled()
    assert today.heading.text() != "Today"  # the heading names the day shown
    assert str((day - timedelta(1)).day) in today.heading.text()
    today.heart.setPlainText("Amended why")
    assert today.save_intention()
    assert journal.intention_for_day(day - timedelta(1)).heart == "Amended why"
    qtbot.mouseClick(today.today_button, Qt.MouseButton.LeftButton)
    assert today.day == day and today.heart.value() == ""
    assert today.heading.text() == "Today"
    today.setFocus()
    qtbot.keyClick(today.heart, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert today.day == day - timedelta(1)


def test_pause_dialog_cancel_logs_nothing(make_window, journal, qtbot):
    window = make_window()
    window.show()
    on_next_dialog(lambda dialog: dialog.reject())
    assert window.today.log_pause() is None
    assert journal.pauses_for_day(journal.today()) == []


def test_question_bank_add_retire_and_practise_today(make_window, journal, qtbot):
    window = make_window()
    window.show()
    dialog = window.questions.open_bank()
    qtbot.addWidget(dialog)
    starters = dialog.model.rowCount()
    assert starters >= 20
    dialog.new()
    dialog.text.setText("What would make tomorrow easier?")
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("next_step"))
    dialog.save()
    assert dialog.model.rowCount() == starters + 1
    (mine,) = [b for b in journal.bank_questions() if b.text == "What would make tomorrow easier?"]
    assert not mine.builtin and dialog.editing is None  # ready for the next one
    dialog.new()
    dialog.save()  # empty text
    assert dialog.error.isVisible()
    choose_row(qtbot, dialog.table, 0)
    retired = dialog.selected()
    dialog.retire_button.click()
    assert all(b.uuid != retired.uuid for b in journal.bank_questions())
    dialog._select(mine.uuid)
    dialog.practise_button.click()
    assert window.today.practice_question.uuid == mine.uuid
    assert "What would make tomorrow easier?" in window.today.practice.text()


def test_another_practice_question(make_window):
    window = make_window()
    window.show()
    first = window.today.practice_question
    window.today.another_button.click()
    assert window.today.practice_question.uuid != first.uuid


def test_the_practice_question_chosen_is_kept_across_a_restart(make_window, journal):
    window = make_window()
    window.show()
    bank = journal.bank_questions()
    window.today.set_practice_question(bank[5].uuid)
    window.today.another_button.click()
    chosen = window.today.practice_question
    assert chosen.uuid == bank[6].uuid
    window.close()
    again = make_window()  # a restart: a new window on the same database
    again.show()
    assert again.today.practice_question.uuid == chosen.uuid
    today = journal.today()
    again.today.set_day(today - timedelta(days=1))  # another day: its own question
    assert journal.practice_question(today - timedelta(days=1)) is None
    again.today.set_day(today)
    assert again.today.practice_question.uuid == chosen.uuid


def test_gemba_draft_keeps_rows_too(make_window, journal, qtbot):
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(2)
    tab = window.gemba
    tab.place.setText("Goods-in")
    tab.assumptions.add_row().text.setText("Trucks queue in the morning")
    conversation = tab.conversations.add_row()
    conversation.person.setEditText("Kwame")
    conversation.learned.setText("The dock door sticks")
    follow = tab.follow_up_rows.add_row()
    follow.text.setText("Ask facilities about the door")
    qtbot.waitUntil(lambda: journal.draft("gemba-form") is not None, timeout=4000)
    tab.drafts.write()
    after = make_window()
    after.show()
    after.tabs.setCurrentIndex(2)
    restored = after.gemba
    qtbot.waitUntil(restored.banner.isVisible)
    restored.banner.restore_button.click()
    assert restored.place.text() == "Goods-in"
    assert restored.assumptions.items()[0].text == "Trucks queue in the morning"
    assert restored.conversations.items()[0].person.name == "Kwame"
    assert restored.follow_up_rows.items()[0].text == "Ask facilities about the door"
    restored.banner.discard_button.click()
    assert journal.draft("gemba-form") is None


def test_pauses_and_tells_can_be_edited_and_deleted_with_undo(active_window, journal, qtbot):
    day = journal.today()
    pause = journal.save(r.Pause(day, NOON, r.Alignment.PARTLY, "first"))
    tell = journal.save(r.Tell(day, NOON, "told"))
    window = active_window
    today = window.today
    today.refresh()
    today.pause_table.selectRow(0)

    def edit_pause(dialog):
        dialog.choices[r.Alignment.ALIGNED].setChecked(True)
        dialog.note.setText("edited")
        dialog.accept()

    on_next_dialog(edit_pause)
    today.edit_selected_pause()
    (edited,) = journal.pauses_for_day(day)
    assert edited.uuid == pause.uuid and edited.at == pause.at
    assert (edited.alignment, edited.note) == (r.Alignment.ALIGNED, "edited")
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    today.pause_table.selectRow(0)
    today.pause_table.setFocus()
    qtbot.keyClick(today.pause_table, Qt.Key.Key_Delete)
    assert journal.pauses_for_day(day) == []
    window.undo_action.trigger()
    assert journal.pauses_for_day(day)[0].note == "edited"

    window.tabs.setCurrentIndex(1)
    questions = window.questions

    def edit_tell(dialog):
        dialog.note.setText("told, edited")
        dialog.accept()

    on_next_dialog(edit_tell)
    questions.log_tell(editing=questions.tells.record(0))
    (changed,) = journal.tells_between(day, day)
    assert changed.uuid == tell.uuid and changed.note == "told, edited"
    questions.tell_table.selectRow(0)
    questions.delete_tell()
    assert journal.tells_between(day, day) == []
    window.undo_action.trigger()
    assert journal.tells_between(day, day)[0].note == "told, edited"


def test_the_elements_carry_their_labels_in_the_forms(make_window):
    window = make_window()
    boxes = window.gemba.elements.boxes
    assert [boxes[e].text() for e in Element] == [
        "Set direction",
        "Provide support",
        "Develop yourself",
    ]
