"""Two people who are one merged through the People tab: the dialog says how many records
move, the merge goes on the undo stack, and Ctrl+Z brings the two back apart."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2l_desktop.core import records as r
from l2l_desktop.ui.person_merge import keep_order
from tests.ui.conftest import choose_row
from tests.ui.test_a_day import CTRL, press

NOON = datetime(2026, 11, 24, 12)


def _jonases(journal):
    """Jonas: two questions, a tell, a gemba conversation and a follow-up owned by "jonas"
    (five records name him); Jonas Berg: one question; Gus, who left; Ana."""
    day = journal.today() - timedelta(days=2)
    jonas = journal.save(r.Person("Jonas", "Operator"))
    berg = journal.save(r.Person("Jonas Berg"))
    journal.save(r.Person("Gus", archived=True))
    journal.save(r.Person("Ana"))
    q = r.QuestionKind
    for text, kind, person in (
        ("What do you see?", q.OPEN, jonas),
        ("Is it late?", q.CLOSED, jonas),
        ("What next?", q.OPEN, berg),
    ):
        journal.save(r.Question(day, NOON, text, kind, person=person))
    journal.save(r.Tell(day, NOON, "Told him the fix", person=jonas))
    journal.save(
        r.GembaVisit(
            day, "Dock", "Queue",
            conversations=(r.Conversation("Trucks wait", person=jonas),),
            follow_ups=(r.FollowUp("Call the carrier", owner="jonas"),),
        )
    )  # fmt: skip
    return jonas, berg


def names(page) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_whom_to_keep_lists_those_on_the_team_first():
    gone, ana, gus, ben = (
        r.Person("x"),
        r.Person("ana"),
        r.Person("Gus", archived=True),
        r.Person("Ben"),
    )
    assert [p.name for p in keep_order([gus, gone, ben, ana], gone)] == ["ana", "Ben", "Gus"]


def test_merge_into_then_ctrl_z_brings_them_back_apart(active_window, journal, qtbot):
    jonas, berg = _jonases(journal)
    window = active_window
    page = window.people
    window.tabs.setCurrentWidget(page)
    assert not page.merge_button.isEnabled()  # nobody chosen yet
    choose_row(qtbot, page.table, names(page).index("Jonas"))
    assert page.current.uuid == jonas.uuid and page.merge_button.isEnabled()

    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.gone.uuid == jonas.uuid
    shown = [dialog.people.itemText(i) for i in range(dialog.people.count())]
    assert shown == ["Ana", "Jonas Berg", "Gus (left the team)"]
    assert dialog.said.text() == "5 records name Jonas; they will name Ana."
    dialog.people.setCurrentIndex(1)
    assert dialog.said.text() == "5 records name Jonas; they will name Jonas Berg."
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert names(page) == ["Ana", "Jonas Berg"]
    assert page.current.uuid == berg.uuid and page.role.text() == "Operator"
    assert window.statusBar().currentMessage() == (
        "Merged Jonas into Jonas Berg. Ctrl+Z brings them back apart."
    )
    assert len(journal.person_page(berg).timeline) == 6  # his own question, and Jonas's five
    assert "Merge Jonas into Jonas Berg" in window.undo_action.text()

    # Where the user's next key goes: the list (a text field would keep Ctrl+Z for itself).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert sorted(names(page)) == ["Ana", "Jonas", "Jonas Berg"]
    assert len(journal.person_page(jonas).timeline) == 5
    assert len(journal.person_page(berg).timeline) == 1
    assert page.current.uuid == berg.uuid and page.role.text() == ""  # as he was before

    window.redo_action.trigger()  # and merged again
    assert names(page) == ["Ana", "Jonas Berg"]
    assert len(journal.person_page(berg).timeline) == 6


def test_with_nobody_else_there_is_no_one_to_merge_into(make_window, journal, qtbot):
    journal.save(r.Person("Jonas"))
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.people)
    page = window.people
    choose_row(qtbot, page.table, 0)
    dialog = page.open_merge()
    assert dialog.said.text() == "There is nobody else to merge Jonas into."
    assert not dialog.merge_button.isEnabled()
    dialog.reject()


def test_the_merge_button_is_shown_beside_archive(active_window, journal, qtbot):
    # It once existed only for the tests: built, never put in the form's row of buttons.
    window = active_window
    window.tabs.setCurrentWidget(window.people)
    tab = window.people
    assert tab.merge_button.parentWidget() is tab.delete_button.parentWidget()
    assert tab.merge_button.isVisibleTo(window)
    assert tab.merge_button.x() < tab.delete_button.x()  # just before Archive
