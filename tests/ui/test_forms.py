"""The form widgets shared by the tabs, used through the keyboard and the clipboard."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from l2l_desktop.core.fields import MAX_TEXT


def paste(qtbot, field, text: str) -> float:
    """Put ``text`` on the clipboard and press Ctrl+V in ``field``; the seconds it took."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    started = time.perf_counter()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    return time.perf_counter() - started


# Showing a tool tip raises its window, which the offscreen platform cannot do (and says so).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.parametrize("line", ["why " * 250_000, "w" * 1_000_000], ids=["words", "unbroken"])
def test_a_megabyte_pasted_on_one_line_is_cut_at_the_limit_and_says_so(make_window, qtbot, line):
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.questions)
    tab = window.questions
    assert len(line) == 1_000_000 and "\n" not in line

    took = paste(qtbot, tab.text, line)
    # Before the cap this froze the window for minutes (Qt lays out a long line in time that
    # grows with its square); 20,000 characters take well under a second here.
    assert took < 3.0, f"the paste took {took:.1f} s"
    assert tab.text.toPlainText() == line[:MAX_TEXT]
    assert "20,000 characters" in QToolTip.text()
    assert tab.suggestion is not None  # the checker read the field, and is done

    started = time.perf_counter()
    qtbot.keyClicks(tab.text, "?")
    assert time.perf_counter() - started < 1.0  # typing after it stays quick


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_paste_that_fits_is_kept_whole_and_a_selection_makes_room(make_window, qtbot):
    window = make_window()
    tab = window.questions
    tab.text.setPlainText("x" * (MAX_TEXT - 10))
    tab.text.moveCursor(QTextCursor.MoveOperation.End)
    paste(qtbot, tab.text, "What did you notice?\nAnd then?")  # 29 characters: 19 too many
    assert tab.text.toPlainText() == "x" * (MAX_TEXT - 10) + "What did y"

    tab.text.selectAll()  # the pasted text replaces the selection: all of the room is free
    paste(qtbot, tab.text, "What did you notice?\nAnd then?")
    assert tab.text.toPlainText() == "What did you notice?\nAnd then?"


# Typing a known name opens the completer's popup, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_person_field_shows_the_name_as_it_will_be_saved_when_left(active_window, journal, qtbot):
    from datetime import datetime

    from l2l_desktop.core import records as r

    day = journal.today()
    noon = datetime.combine(day, datetime.min.time()).replace(hour=12)
    journal.save(r.Question(day, noon, "What helps?", r.QuestionKind.OPEN, person=r.Person("Ana")))
    window = active_window
    window.tabs.setCurrentWidget(window.questions)
    tab = window.questions
    tab.new()
    qtbot.keyClicks(tab.text, "What is in the way?")
    tab.person.setFocus()
    qtbot.keyClicks(tab.person.lineEdit(), "  Bo  ")
    qtbot.keyClick(tab.person.lineEdit(), Qt.Key.Key_Tab)  # leaves the field
    assert tab.person.currentText() == "Bo"

    tab.person.setFocus()
    tab.person.lineEdit().selectAll()
    qtbot.keyClicks(tab.person.lineEdit(), "ana ")
    qtbot.keyClick(tab.person.lineEdit(), Qt.Key.Key_Tab)
    assert tab.person.currentText() == "Ana"  # the person logged before, as she was written
    assert tab.save()
    saved = journal.questions_matching(text="in the way")
    assert [q.person.name for q in saved] == ["Ana"]
    assert [p.name for p in journal.people()] == ["Ana"]
