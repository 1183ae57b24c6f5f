"""Tabs whose pages are made when first needed (ui/lazy_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from l2l_desktop.ui.lazy_tabs import LazyTabs


def tabs_of(qtbot, names="abc"):
    made: list[str] = []

    def make(name: str) -> QLabel:
        made.append(name)
        return QLabel(f"page {name}")

    tabs = LazyTabs(list(names), [n.upper() for n in names], make)
    qtbot.addWidget(tabs)
    return tabs, made


def test_a_page_is_made_when_its_tab_is_first_shown(qtbot):
    tabs, made = tabs_of(qtbot)
    assert made == []  # nothing before the tabs are shown
    assert [tabs.tabText(i) for i in range(3)] == ["A", "B", "C"]
    tabs.show()
    assert made == ["a"]
    assert tabs.currentWidget().text() == "page a" and tabs.currentWidget().isVisible()
    tabs.setCurrentIndex(2)
    assert made == ["a", "c"]
    assert tabs.page("c").isVisible()  # shown with its tab, not a moment later
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(2)
    assert made == ["a", "c"]  # once each
    assert [p.text() for p in tabs.made_pages()] == ["page a", "page c"]


def test_a_page_asked_for_is_made_and_stands_for_its_tab(qtbot):
    tabs, made = tabs_of(qtbot)
    announced: list[str] = []
    tabs.made.connect(lambda name, _page: announced.append(name))
    b = tabs.page("b")
    assert made == ["b"] and announced == ["b"]
    assert not b.isVisible()  # made, not shown: its tab is not the current one
    assert tabs.indexOf(b) == 1 and tabs.name_of(b) == "b"
    tabs.setCurrentWidget(b)
    assert tabs.currentIndex() == 1 and tabs.currentWidget() is b and tabs.widget(1) is b
    assert tabs.indexOf(QLabel("a stranger")) == -1
    assert tabs.widget(7) is None


def test_each_tab_is_titled_with_its_pages_own_heading(make_window):
    window = make_window()
    for index, page in enumerate(window.pages):  # each made now
        assert window.tabs.tabText(index) == page.heading.text()
        assert window.tab_actions[index].text() == page.heading.text()
