from datetime import datetime, timedelta

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from l2l_desktop import __version__
from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.ui.main_window import MainWindow

HEADINGS = ["Today", "Questions", "Gemba", "Reflection", "People", "Coaching", "Trends"]
VISIBLE_WORDS_NOT_ALLOWED = ("TODO", "FIXME", "lorem", "placeholder")


def all_visible_text(widget):
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_opens_with_seven_tabs_today_first_trends_last(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == HEADINGS
    assert [p.heading.text() for p in window.pages] == HEADINGS
    assert window.windowTitle() == "L2L Desktop"
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == [
        "File",
        "Edit",
        "Log",
        "Help",
    ]


def test_empty_database_shows_friendly_empty_states(make_window, qtbot):
    window = make_window()
    window.show()
    today = window.today
    assert "Nothing carried over" in today.carried.text()
    assert "No pauses yet" in today.no_pauses.text() and today.no_pauses.isVisible()
    assert today.heart.value() == "" and len(today.actions.rows) == 1
    for i, page in enumerate(window.pages[1:], start=1):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda page=page: not page.stale)
        assert page.is_empty, page.heading.text()
        assert page.empty_state.title.text()
        assert len(page.empty_state.body.text()) > 40
        text = all_visible_text(page)
        assert not any(word.lower() in text.lower() for word in VISIBLE_WORDS_NOT_ALLOWED)
    assert "0 records" in window.facts.text()


def test_demo_data_fills_every_tab(demo_journal, make_window, qtbot):
    window = make_window()
    window.show()
    for i, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda page=page: not page.stale)
        assert not page.is_empty, page.heading.text()
    assert window.questions.model.rowCount() > 20
    assert window.questions.tells.rowCount() > 0
    assert window.gemba.model.rowCount() > 5
    assert window.reflection.model.rowCount() > 10
    assert window.today.intention is not None and window.today.heart.value()
    assert window.today.actions.items() == window.today.intention.actions
    assert window.today.practice_question.text in window.today.practice.text()
    assert set(window.trends.cards) >= {"intention", "weekly_review", "any"}
    qtbot.waitUntil(lambda: bool(window.trends.charts))  # built right after the first show
    assert window.trends.charts["balance"].bars
    first = window.questions.model.record(0)
    index = window.questions.model.index(0, 1)
    assert window.questions.model.data(index) == first.text.replace("\n", " ")
    assert window.questions.model.headerData(1, Qt.Orientation.Horizontal) == "Question"


def test_ctrl_number_switches_tabs(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for i in (2, 7, 6, 5, 1, 4, 3):
        qtbot.keyClick(window.tabs, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == i - 1
    assert [a.shortcut().toString() for a in window.tab_actions] == [
        f"Ctrl+{i}" for i in range(1, 8)
    ]


def test_geometry_and_last_tab_are_restored(make_window, qtbot):
    first = make_window()
    first.show()
    first.resize(780, 520)  # the offscreen screen is 800 x 600
    first.move(QPoint(40, 30))
    first.tabs.setCurrentIndex(3)
    first.close()
    second = make_window()
    second.show()
    assert second.tabs.currentIndex() == 3
    assert (second.width(), second.height()) == (780, 520)


def test_a_geometry_qt_cannot_read_opens_the_window_at_its_usual_size(journal, settings, qtbot):
    settings.geometry = QByteArray(b"\x01\xd9\xd0\xcb not a geometry")  # cut short, say
    assert settings.geometry is not None
    window = MainWindow(journal, settings, "/data/here")
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1100, 720)  # not shrunk to its minimum


def test_a_new_data_folder_opens_on_today(journal, settings, qtbot):
    first = MainWindow(journal, settings, "/data/here")
    qtbot.addWidget(first)
    first.tabs.setCurrentWidget(first.trends)
    first.close()
    other = MainWindow(journal, settings, "/data/elsewhere")
    qtbot.addWidget(other)
    assert other.tabs.currentWidget() is other.today
    again = MainWindow(journal, settings, "/data/here")
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.trends


def test_about_names_version_licence_data_and_log_with_open_folder(make_window, qtbot, monkeypatch):
    from l2l_desktop.logs import log_dir
    from l2l_desktop.ui import about

    asked = []

    class Desktop:
        @staticmethod
        def openUrl(url):
            asked.append(url.toLocalFile())
            return True

    monkeypatch.setattr(about, "QDesktopServices", Desktop)
    window = make_window()
    box = window.show_about()
    qtbot.addWidget(box)
    words = box.text.text()
    assert f"L2L Desktop {__version__}" in words and "MIT licence" in words
    assert "not affiliated" in words
    shown = [label.text() for label in box.findChildren(QLabel)]
    assert "<code>/data/here</code>" in shown and f"<code>{log_dir()}</code>" in shown
    data_button, log_button = box.open_buttons
    data_button.click()
    log_button.click()
    assert asked == ["/data/here", str(log_dir())]
    box.close()


def test_quit_closes_the_window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_change_refreshes_visible_tab_and_marks_hidden_ones(journal, make_window, qtbot):
    window = make_window()
    window.show()
    window.tabs.setCurrentIndex(1)  # Questions visible
    qtbot.waitUntil(lambda: not window.questions.stale)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not window.today.stale)
    window.tabs.setCurrentIndex(1)
    day = journal.today()
    journal.save(r.Question(day, datetime.now(), "What do you see?", r.QuestionKind.OPEN))
    assert window.questions.model.rowCount() == 1  # visible: refreshed at once
    assert window.reflection.stale  # hidden: refreshed when shown
    journal.save(r.Intention(day, "h", "d", (r.Action("act", Element.SELF),)))
    assert window.today.stale
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not window.today.stale)
    assert window.today.actions.items()[0].text == "act"
    assert "2 records" in window.facts.text()  # the question, the intention (with its action)


def test_today_shows_carried_over_items(journal, make_window, qtbot):
    day = journal.today()
    journal.save(r.Reflection(day - timedelta(1), adjust_next="Ask before telling"))
    journal.save(
        r.GembaVisit(
            day - timedelta(5),
            "Dock",
            "See it",
            follow_ups=(r.FollowUp("Order sockets", "Jonas", due_day=day - timedelta(1)),),
        )
    )
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: not window.today.stale)
    text = window.today.carried.text()
    assert "Ask before telling" in text and "Order sockets" in text and "overdue" in text
    assert window.today.intention is None
    window.today.set_day(day - timedelta(1))
    assert "Ask before telling" not in window.today.carried.text()


def test_window_closes_cleanly(make_window, qtbot):
    window = make_window()
    window.show()
    window.close()
    QApplication.processEvents()
    assert not window.isVisible()


def test_closing_keeps_unsaved_text_as_a_draft(make_window, journal):
    window = make_window()
    window.show()
    window.questions.text.setPlainText("What would you try next?")
    assert journal.draft("question-form") is None  # not yet: the timer has not fired
    window.close()
    draft = journal.draft("question-form")
    assert draft.payload["fields"]["text"] == "What would you try next?"


def test_trends_charts_are_built_while_idle_after_the_first_paint(make_window, qtbot):
    window = make_window()
    window.show()
    assert not window.trends.charts
    qtbot.waitUntil(lambda: bool(window.trends.charts), timeout=5000)


def test_about_says_so_when_no_file_manager_opens_the_folder(make_window, qtbot, monkeypatch):
    from l2l_desktop.ui import about

    class NoDesktop:
        @staticmethod
        def openUrl(url):
            return False  # no launcher, as on a bare X server

    monkeypatch.setattr(about, "QDesktopServices", NoDesktop)
    box = make_window().show_about()
    qtbot.addWidget(box)
    assert not box.problem.isVisibleTo(box)
    box.open_buttons[0].click()
    assert box.problem.isVisibleTo(box)
    assert box.problem.text().startswith("No file manager opened /data/here;")
    box.close()


def test_the_last_tab_is_kept_by_name_and_an_old_position_still_opens_it(
    make_window, settings, qtbot
):
    from l2l_desktop.settings import _folder_key

    # As an earlier version kept it: by position, and 4 was Trends before People came.
    settings._q.setValue(_folder_key("last_tab", "/data/here"), 4)
    window = make_window()
    assert window.tabs.currentWidget() is window.trends
    window.tabs.setCurrentWidget(window.people)
    window.save_state()
    assert settings.last_tab("/data/here") == "people"
    again = make_window()
    assert again.tabs.currentWidget() is again.people
