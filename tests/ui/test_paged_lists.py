"""The record lists read a page at a time and the next page when scrolled to their end: a
long history costs the memory of what was looked at, and no record is out of reach."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from l2l_desktop.core import records as r

START = datetime(2026, 1, 1, 9)


def _questions(journal, n: int) -> list[str]:
    """Save ``n`` questions an hour apart; their texts, newest first (as the list shows them)."""
    texts = [f"Question {i}?" for i in range(n)]
    for i, text in enumerate(texts):
        asked = START + timedelta(hours=i)
        journal.save(r.Question(asked.date(), asked, text, r.QuestionKind.OPEN))
    return texts[::-1]


def _listed(tab) -> list[str]:
    return [tab.model.record(row).text for row in range(tab.model.rowCount())]


def _scroll_to_end(qtbot, tab) -> None:
    """Ctrl+End in the list, as the user would, until nothing more comes."""
    tab.table.setFocus()
    for _ in range(100):
        before = tab.model.rowCount()
        qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
        if tab.model.rowCount() == before and not tab.model.canFetchMore():
            return
    raise AssertionError("the list kept growing")


def test_a_long_list_shows_its_first_page_then_the_rest_as_it_is_scrolled(
    make_window, journal, qtbot
):
    newest_first = _questions(journal, 230)
    window = make_window()
    window.resize(1100, 720)
    window.show()
    window.tabs.setCurrentWidget(window.questions)
    tab = window.questions
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert _listed(tab) == newest_first[:200]  # one page of 200, the newest
    assert tab.model.canFetchMore()

    _scroll_to_end(qtbot, tab)
    assert _listed(tab) == newest_first  # all 230, in order, none twice
    assert tab.table.currentIndex().row() == 229  # Ctrl+End ends on the oldest


def test_a_reload_keeps_what_was_scrolled_to_and_an_old_record_stays_selected(
    make_window, journal, qtbot
):
    newest_first = _questions(journal, 12)
    window = make_window()
    window.show()
    tab = window.questions
    tab.model.page_size = 5
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.table.resize(tab.table.width(), 60)  # a short list: the view asks for no more itself
    qtbot.wait(10)
    assert _listed(tab)[:5] == newest_first[:5]
    _scroll_to_end(qtbot, tab)
    assert _listed(tab) == newest_first

    oldest = tab.model.record(11)
    tab.edit(oldest)
    tab.text.setPlainText("Question 0, asked again?")
    assert tab.save()
    # The save reloaded the list: all twelve still there, the edited one still selected.
    assert tab.model.rowCount() == 12
    assert tab.table.currentIndex().row() == 11
    assert tab.model.record(11).text == "Question 0, asked again?"


def test_the_filters_apply_to_every_page(make_window, journal, qtbot):
    for i in range(9):
        day = date(2026, 3, 1) + timedelta(days=i)
        journal.save(r.GembaVisit(day, "Dock" if i % 3 else "Line 2", f"Visit {i}"))
    window = make_window()
    window.show()
    tab = window.gemba
    tab.model.page_size = 2
    window.tabs.setCurrentWidget(tab)
    tab.search.setText("dock")
    tab.reload()
    _scroll_to_end(qtbot, tab)
    # i % 3 != 0: visits 8, 7, 5, 4, 2, 1, newest first.
    purposes = [tab.model.record(row).purpose for row in range(tab.model.rowCount())]
    assert purposes == ["Visit 8", "Visit 7", "Visit 5", "Visit 4", "Visit 2", "Visit 1"]
