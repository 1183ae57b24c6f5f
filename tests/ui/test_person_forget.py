"""Forget this person through the People tab: the question says how many records it touches
and that it cannot be undone; Cancel changes nothing; confirmed, the name is gone from the
lists, the records name "a removed person", and an undoable merge can no longer bring it
back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from l2l_desktop.core import records as r
from l2l_desktop.core.people import FORGOTTEN
from tests.ui.conftest import choose_row, on_next_dialog

NOON = datetime(2026, 11, 24, 12)


def _team(journal):
    today = journal.today()
    jonas = journal.save(r.Person("Jonas Berg", "Technician", notes="Knee surgery in May"))
    ana = journal.save(r.Person("Ana"))
    journal.save(r.Question(today, NOON, "What do you see?", r.QuestionKind.OPEN, person=jonas))
    journal.save(r.Question(today, NOON, "Has Jonas Berg got the parts?", r.QuestionKind.CLOSED,
                            person=ana))  # fmt: skip
    journal.save(r.Tell(today, NOON, "Told him the fix", person=jonas))
    return jonas


def _names(page) -> list[str]:
    return [page.model.index(i, 0).data() for i in range(page.model.rowCount())]


def _answer(button_text: str, seen: list[str]):
    def handler(box: QMessageBox) -> None:
        seen.extend([box.text(), box.informativeText()])
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    return handler


def test_cancel_changes_nothing(active_window, journal, qtbot):
    jonas = _team(journal)
    page = active_window.people
    active_window.tabs.setCurrentWidget(page)
    choose_row(qtbot, page.table, _names(page).index("Jonas Berg"))
    seen: list[str] = []
    on_next_dialog(_answer("Cancel", seen))
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    question, details = seen
    assert question == "Forget Jonas Berg for good?"
    # Two records name him (a question, a tell): said before anything is done.
    assert "The 2 records and follow-ups that name them are kept" in details
    assert "“a removed person”" in details and "cannot be undone" in details
    assert journal.by_uuid("person", jonas.uuid) == jonas


def test_forgotten_the_name_is_gone_and_the_records_name_a_removed_person(
    active_window, journal, qtbot
):
    jonas = _team(journal)
    window = active_window
    page = window.people
    window.tabs.setCurrentWidget(page)
    choose_row(qtbot, page.table, _names(page).index("Jonas Berg"))
    on_next_dialog(_answer("Forget for good", []))
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    stored = journal.by_uuid("person", jonas.uuid)
    assert (stored.name, stored.notes, stored.archived) == (FORGOTTEN, "", True)
    assert _names(page) == ["Ana"] and page.current is None and page.name.text() == ""
    message = window.statusBar().currentMessage()
    assert message.startswith("Forgotten: 2 records now name a removed person.")
    # The closed question's own words still say "Jonas Berg": said, not rewritten.
    assert "1 record still mentions “Jonas Berg” in your own words" in message
    page.show_archived.setChecked(True)
    assert "a removed person" in _names(page)
    choose_row(qtbot, page.table, _names(page).index("a removed person"))
    # Nothing to edit and nobody to bring back: kept only so their records stay together.
    assert page.form_title.text() == "A removed person: forgotten, their records kept"
    assert page.name.isReadOnly() and not page.save_button.isEnabled()
    assert not page.delete_button.isEnabled() and not page.forget_button.isEnabled()
    assert page.save() is False and page.current.name == FORGOTTEN
    window.tabs.setCurrentWidget(window.questions)
    questions = window.questions
    with_whom = [questions.model.index(i, 4).data() for i in range(questions.model.rowCount())]
    assert sorted(with_whom) == ["Ana", "a removed person"]
    tells = window.questions.tells
    assert tells.index(0, 2).data() == "a removed person"
    completions = window.questions.person.completer().model()
    offered = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert offered == ["Ana"]  # the forgotten are not offered when a name is typed


def test_a_merge_that_could_bring_the_name_back_leaves_the_undo_history(
    active_window, journal, qtbot
):
    _team(journal)
    jonas2 = journal.save(r.Person("jonas"))
    window = active_window
    page = window.people
    window.tabs.setCurrentWidget(page)
    page.merge(jonas2, next(p for p in journal.people() if p.name == "Jonas Berg"))
    assert window.undo_stack.count() == 1
    on_next_dialog(_answer("Forget for good", []))
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == 0
    assert [p.name for p in journal.people()] == ["Ana", FORGOTTEN]
