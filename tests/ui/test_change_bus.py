"""What a save costs: its SQL statements, and which tabs reload (each once, only if it shows
what changed)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element

CTRL = Qt.KeyboardModifier.ControlModifier


def count_reloads(window, monkeypatch) -> dict[str, int]:
    """How often each tab reloads from now on, by tab name."""
    counts = {}
    for name in ("today", "questions", "gemba", "reflection", "people", "trends"):
        page = getattr(window, name)
        counts[name] = 0

        def counted(page=page, name=name, reload=page.reload):
            counts[name] += 1
            reload()

        monkeypatch.setattr(page, "reload", counted)
    return counts


def statements(store) -> list[str]:
    """Every SQL statement the store's connection runs from now on (BEGIN and COMMIT too)."""
    ran: list[str] = []
    store.db.connection().set_trace_callback(ran.append)
    return ran


def test_a_question_save_runs_at_most_8_statements_and_reloads_one_tab_once(
    active_window, journal, store, qtbot, monkeypatch
):
    window = active_window
    ana = journal.save(r.Person("Ana", "Planner"))  # asked of someone already known
    for index in range(len(window.pages)):  # every tab shown once: none is stale
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.tabs.currentWidget().stale)
    window.tabs.setCurrentIndex(1)
    tab = window.questions
    tab.text.setPlainText("What did you notice at the changeover?")
    tab.person.setEditText("Ana")
    reloads = count_reloads(window, monkeypatch)
    before = window.records

    ran = statements(store)
    tab.text.setFocus()
    qtbot.keyClick(tab.text, Qt.Key.Key_S, CTRL)
    store.db.connection().set_trace_callback(None)

    (saved,) = journal.questions_matching()
    assert saved.text == "What did you notice at the changeover?"
    assert saved.person == ana
    # What the app asks of SQLite. The search index's triggers run inside the INSERT, and the
    # trace repeats the INSERT's text once for each statement they run: SQLite's work, within
    # the one statement, not round trips of the app's.
    # (FTS5 also reads a PRAGMA of its own in there, shown as a "--" comment.)
    own = [sql for sql in ran if not sql.startswith("--")]
    asked = [sql for i, sql in enumerate(own) if i == 0 or sql != own[i - 1]]
    assert len(asked) <= 8, "\n".join(asked)
    indexed = store.db.execute_sql("SELECT body FROM search_doc WHERE uuid = ?", (saved.uuid,))
    assert "the changeover" in indexed.fetchone()[0]  # searchable at once, Ana's name too
    assert reloads == {
        "today": 0, "questions": 1, "gemba": 0, "reflection": 0, "people": 0, "trends": 0,
    }  # fmt: skip
    assert tab.model.rowCount() == 1 and window.trends.stale and not window.gemba.stale
    assert window.people.stale  # Ana's last contact moved: the People tab reloads when shown
    assert before == 1 and window.records == 2  # Ana, then the question: counted from the
    assert journal.record_count() == 2  # change, and it agrees with a count of the records

    window.tabs.setCurrentWidget(window.trends)  # a hidden tab that shows questions reloads
    window.tabs.setCurrentWidget(window.gemba)  # when shown; the one that does not, does not
    assert reloads == {
        "today": 0, "questions": 1, "gemba": 0, "reflection": 0, "people": 0, "trends": 1,
    }  # fmt: skip


def test_a_change_of_one_kind_leaves_the_tabs_that_do_not_show_it(make_window, journal, qtbot):
    window = make_window()
    window.show()
    for index in range(len(window.pages)):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.tabs.currentWidget().stale)
    window.tabs.setCurrentIndex(0)  # Today visible
    journal.save(r.RestPeriod(journal.today(), journal.today()))
    assert window.trends.stale  # rest days change the streaks
    assert not (window.questions.stale or window.gemba.stale or window.reflection.stale)
    journal.save(r.Tell(journal.today(), datetime(2026, 11, 24, 9)))
    assert window.questions.stale and not window.gemba.stale
    journal.save(r.Intention(journal.today(), "h", "d", (r.Action("a", Element.SELF),)))
    assert window.reflection.stale and not window.gemba.stale
    assert window.today.actions.items()[0].text == "a"  # visible: reloaded at once
