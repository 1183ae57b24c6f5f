"""Find (Ctrl+F): results as you type, the matches highlighted, Enter opens the record in its
tab; nothing typed makes it fail, and an empty result says so."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2l_desktop.core import records as r
from tests.ui.test_trust import CTRL, press


@pytest.fixture
def seeded(journal):
    journal.save(r.Question(date(2026, 11, 2), datetime(2026, 11, 2, 9),
                            "How is the teamwork on nights?", r.QuestionKind.OPEN))  # fmt: skip
    journal.save(r.Tell(date(2026, 11, 3), datetime(2026, 11, 3, 9), "Told the teams to reorder"))
    journal.save(r.GembaVisit(date(2026, 11, 4), "Dock 4", "See the team load a truck"))
    return journal


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_typing_finds_and_enter_opens_the_record_in_its_tab(active_window, seeded, qtbot):
    window = active_window
    press(window, Qt.Key.Key_F, CTRL)
    dialog = window.search_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is dialog.box)
    qtbot.keyClicks(dialog.box, "team")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)  # debounced, then shown
    assert dialog.status.text() == "3 records found."
    html = [dialog.model.item(i).text() for i in range(3)]
    assert any("<b>teamwork</b>" in h for h in html), html  # the word the prefix is in
    assert any("<b>teams</b>" in h for h in html) and any("<b>team</b>" in h for h in html)
    dialog.kind.setCurrentIndex(dialog.kind.findData("gemba_visit"))
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.gemba)
    assert not dialog.isVisible()  # out of the way of the form; Ctrl+F brings it back
    assert window.gemba.current is not None and window.gemba.current.place == "Dock 4"
    assert window.gemba.place.text() == "Dock 4"  # the form shows it, ready to edit
    window.find()
    assert dialog.isVisible() and dialog.box.text() == "team" and dialog.model.rowCount() == 1
    dialog.kind.setCurrentIndex(0)
    dialog.newest.setChecked(True)
    assert [dialog.hits[i].day for i in range(3)] == [date(2026, 11, 4), date(2026, 11, 3),
                                                      date(2026, 11, 2)]  # fmt: skip
    dialog.results.setCurrentIndex(dialog.model.index(2, 0))
    dialog._activated(dialog.results.currentIndex())
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.questions)
    assert window.questions.current.text == "How is the teamwork on nights?"
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_any_text_is_searched_without_an_error_and_nothing_found_says_so(
    make_window, seeded, qtbot
):
    window = make_window()
    dialog = window.find()
    qtbot.addWidget(dialog)
    for text in ('"', "AND", "NEAR(", "*", "-", 'say "AND', "zzqx"):
        dialog.box.setText(text)
        assert dialog.run_search() == []
        assert dialog.status.text() == f"Nothing found for “{text}”."
    dialog.box.setText("")
    dialog.run_search()
    assert dialog.status.text().startswith("Type to search")
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_long_result_says_that_the_first_ones_are_shown(make_window, seeded, qtbot, monkeypatch):
    from l2l_desktop.ui import search_dialog

    monkeypatch.setattr(search_dialog, "SHOWN", 2)
    dialog = make_window().find()
    qtbot.addWidget(dialog)
    dialog.box.setText("team")
    assert len(dialog.run_search()) == 2
    assert dialog.status.text() == "The first 2 records found are shown; another word narrows it."
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_each_kind_opens_where_it_is_kept(active_window, journal, qtbot):
    from l2l_desktop.core.elements import Element
    from l2l_desktop.ui.open_record import open_record

    window = active_window
    day = date(2026, 11, 20)
    intention = journal.save(
        r.Intention(day, "calm", "flow", (r.Action("walk the line", Element.SUPPORT),))
    )
    tell = journal.save(r.Tell(day, datetime(2026, 11, 20, 9), "Told them"))
    person = journal.save(r.Person("Ana", ""))
    assert open_record(window, "intention", intention.uuid) == ""
    assert window.tabs.currentWidget() is window.today and window.today.day == day
    message = open_record(window, "tell", tell.uuid)
    assert window.tabs.currentWidget() is window.questions
    assert (
        message == "Told instead of asking on 2026-11-20: selected in the list below the questions."
    )
    assert window.questions.tells.record(window.questions.tell_table.currentIndex().row()) == tell
    old = journal.save(r.Tell(date(2020, 5, 4), datetime(2020, 5, 4, 9), "Told the old way"))
    # The list holds the last year's tells: an older one is said whole instead.
    assert (
        open_record(window, "tell", old.uuid)
        == "Told instead of asking on 2020-05-04: Told the old way"
    )
    assert open_record(window, "person", person.uuid) == ""  # in the People tab's form
    assert window.tabs.currentWidget() is window.people and window.people.name.text() == "Ana"
    journal.delete(tell)
    assert open_record(window, "tell", tell.uuid) == "That record is no longer there."


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_old_record_opened_is_scrolled_into_sight_and_a_filter_is_named(
    active_window, journal, qtbot
):
    from datetime import timedelta

    from l2l_desktop.ui.open_record import open_record

    window = active_window
    first = date(2026, 6, 1)
    saved = [
        journal.save(r.Question(first + timedelta(days=n), datetime(2026, 6, 1, 9),
                                f"What did you notice on day {n}?", r.QuestionKind.OPEN))
        for n in range(80)
    ]  # fmt: skip
    model = window.questions.model
    window.tabs.setCurrentWidget(window.questions)
    qtbot.waitUntil(lambda: model.rowCount() == 80)
    far = max(saved, key=lambda q: model.row_of(q.uuid))  # the one at the end of the list
    open_record(window, "question", far.uuid)
    qtbot.wait(50)
    table = window.questions.table
    row = model.row_of(far.uuid)
    assert row == 79 and window.questions.current.uuid == far.uuid
    rect = table.visualRect(window.questions.model.index(row, 0))
    assert table.viewport().rect().intersects(rect)  # in sight, not only selected
    dialog = window.find()
    dialog.kind.setCurrentIndex(dialog.kind.findData("rest_period"))
    dialog.box.setText("notice")
    dialog.run_search()
    assert dialog.status.text() == (
        "Nothing found for “notice” in Days off; “All records” looks everywhere."
    )
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_filters_narrow_by_element_person_and_days(make_window, journal, qtbot):
    ana = journal.save(r.Person("Ana"))
    journal.save(r.Question(date(2026, 11, 2), datetime(2026, 11, 2, 9), "How is the line?",
                            r.QuestionKind.OPEN, person=ana))  # fmt: skip
    journal.save(r.Reflection(date(2026, 11, 9), learned="The line taught me patience"))
    window = make_window()
    dialog = window.find()
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Anyone", "Ana"]
    dialog.box.setText("line")
    dialog.run_search()
    assert dialog.model.rowCount() == 2
    dialog.person.setCurrentIndex(1)  # Ana: the question alone
    assert [h.kind for h in dialog.hits] == ["question"]
    dialog.person.setCurrentIndex(0)
    dialog.element.setCurrentIndex(dialog.element.findText("Develop yourself"))
    assert [h.kind for h in dialog.hits] == ["reflection"]  # a reflection's default element
    dialog.element.setCurrentIndex(0)
    dialog.first.set_value(date(2026, 11, 3))
    dialog.run_search()
    assert [h.day for h in dialog.hits] == [date(2026, 11, 9)]
    dialog.last.set_value(date(2026, 11, 8))
    dialog.run_search()
    assert dialog.hits == []
    assert dialog.status.text() == "Nothing found for “line” with these filters."
    dialog.first.set_value(date(2026, 11, 10))  # after the To day
    dialog.run_search()
    assert dialog.status.text() == "The From day is after the To day: no day is in between."
