"""A name typed for the first time asks once whether it is someone new, offering the closest
name on the team; the answer decides whom the record names."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from l2l_desktop.core import records as r
from l2l_desktop.ui.new_people import closest, named_people, new_people, with_person
from tests.ui.conftest import on_next_dialog
from tests.ui.test_a_day import CTRL, press

DAY = date(2026, 11, 24)


def stamped(name: str, **fields) -> r.Person:
    from datetime import datetime

    return r.Person(name, created_at=datetime(2026, 1, 1), **fields)


def test_the_people_a_record_names_its_parts_included():
    ana, ben = stamped("Ana"), r.Person("Ben")
    talks = (r.Conversation("x", ana), r.Conversation("y", ben), r.Conversation("z", r.Person("b")))
    visit = r.GembaVisit(DAY, "Dock", "See", conversations=talks)
    assert [p.name for p in named_people(visit)] == ["Ana", "Ben", "b"]
    assert [p.name for p in new_people(visit, [ana])] == ["Ben", "b"]
    again = r.GembaVisit(
        DAY, "Dock", "See", conversations=(*talks, r.Conversation("w", r.Person("BEN")))
    )
    assert [p.name for p in new_people(again, [ana])] == ["Ben", "b"]  # once, whatever the case
    mei = stamped("Mei")
    moved = with_person(visit, ben, mei)
    assert [c.person.name for c in moved.conversations] == ["Ana", "Mei", "b"]


def test_the_closest_name_on_the_team():
    team = [stamped("Jonas Berg"), stamped("Priya Nair"), stamped("Sofia Rossi", archived=True)]
    assert closest("jonas", team).name == "Jonas Berg"  # a first name
    assert closest("Jona", team).name == "Jonas Berg"  # a typo of one
    assert closest("Priya Nayr", team).name == "Priya Nair"
    assert closest("Sofia", team) is None  # left the team: not offered
    assert closest("Kwame", team) is None
    twins = [stamped("Ana Lima"), stamped("Ana Costa")]
    assert closest("Ana", twins) is None  # which of the two? Not guessed


def _ask(window, qtbot, name: str, answer: str, seen: list[str]) -> None:
    tab = window.questions
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.text, "What would make the changeover easier?")
    tab.person.setEditText(name)

    def handler(box):
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        seen.append("default: " + box.defaultButton().text())
        seen.append(box.informativeText())
        (button,) = [b for b in box.buttons() if b.text() == answer]
        button.click()

    on_next_dialog(handler)
    press(qtbot, tab.text, Qt.Key.Key_S, CTRL)


@pytest.fixture
def jonas(journal):
    return journal.save(r.Person("Jonas Berg"))


def test_yes_adds_someone_new(jonas, active_window, journal, qtbot):
    seen: list[str] = []
    _ask(active_window, qtbot, "Jona", "Yes, add Jona", seen)
    assert seen[0] == "Is “Jona” someone new?"
    assert sorted(seen[1:4]) == ["Cancel", "No, I mean Jonas Berg", "Yes, add Jona"]
    # A near miss of a name on the team: that is the likelier answer, and Enter gives it.
    assert seen[4] == "default: No, I mean Jonas Berg"
    assert "it looks like Jonas Berg, who is" in seen[5]
    (saved,) = journal.questions_matching()
    assert saved.person.name == "Jona" and len(journal.people()) == 2


def test_no_names_the_person_meant(jonas, active_window, journal, qtbot):
    _ask(active_window, qtbot, "Jona", "No, I mean Jonas Berg", [])
    (saved,) = journal.questions_matching()
    assert saved.person.uuid == jonas.uuid and len(journal.people()) == 1


def test_cancel_goes_back_to_the_form_with_nothing_lost(jonas, active_window, journal, qtbot):
    _ask(active_window, qtbot, "Jona", "Cancel", [])
    assert journal.questions_matching() == []
    tab = active_window.questions
    assert tab.text.value() == "What would make the changeover easier?"
    assert tab.person.currentText() == "Jona" and tab.status.text() == ""


def test_a_known_name_asks_nothing(jonas, active_window, journal, qtbot):
    tab = active_window.questions
    active_window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.text, "What do you see?")
    tab.person.setEditText("jonas berg")
    press(qtbot, tab.text, Qt.Key.Key_S, CTRL)  # no dialog: the test would fail waiting
    (saved,) = journal.questions_matching()
    assert saved.person.uuid == jonas.uuid


def test_a_tell_naming_someone_new_asks_and_going_back_keeps_the_dialog(
    jonas, active_window, journal, qtbot
):
    questions = active_window.questions
    steps: list[str] = []

    def fill(dialog):
        steps.append("tell")
        if len(steps) == 1:
            dialog.note.setText("Told her how to set the die")
            dialog.person.setEditText("Priya")
            on_next_dialog(go_back)
        else:  # shown again, the text kept: add her after all
            assert dialog.note.text() == "Told her how to set the die"
            assert "choose whom you meant" in dialog.error.text()
            on_next_dialog(add)
        dialog.accept()

    def go_back(box):
        steps.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "Cancel"]
        button.click()
        on_next_dialog(fill)

    def add(box):
        steps.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "Yes, add Priya"]
        button.click()

    on_next_dialog(fill)
    saved = questions.log_tell()
    assert steps == ["tell", "Is “Priya” someone new?", "tell", "Is “Priya” someone new?"]
    assert saved.person.name == "Priya" and len(journal.people()) == 2
