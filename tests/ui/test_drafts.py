"""Drafts written by an earlier version are offered and restored by today's forms."""

from __future__ import annotations

import json
from datetime import datetime

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services import Journal
from l2l_desktop.store import open_store
from l2l_desktop.ui.main_window import MainWindow
from tests.fixture_dbs import copy_fixture, expected_tables


def stored_draft(key: str) -> dict:
    """A draft as the stored version-3 database holds it (read from its manifest)."""
    (row,) = [row for row in expected_tables(3)["draft"] if row["key"] == key]
    return json.loads(row["payload"])


def test_the_drafts_of_version_3_come_back_into_the_forms(tmp_path, settings, qtbot):
    store = open_store(copy_fixture(3, tmp_path / "data" / "l2l.sqlite3"))
    journal = Journal(store, clock=lambda: datetime(2025, 3, 10, 9, 0))  # the drafts' day
    window = MainWindow(journal, settings, "here")
    qtbot.addWidget(window)
    window.show()
    try:
        question = stored_draft("question-form")["fields"]
        window.tabs.setCurrentIndex(1)
        tab = window.questions
        qtbot.waitUntil(tab.banner.isVisible)
        tab.banner.restore_button.click()
        assert tab.text.value() == question["text"]
        assert tab.context.text() == question["context"]
        assert tab.person.currentText() == question["person"]  # a name, in version 3
        assert tab.kind.value() is r.QuestionKind.LEADING

        intention = stored_draft("intention-form")  # its fields at the top, in version 3
        window.tabs.setCurrentIndex(0)
        today = window.today
        qtbot.waitUntil(today.banner.isVisible)
        today.banner.restore_button.click()
        assert today.heart.value() == intention["heart"]
        (action,) = today.actions.items()
        assert (action.text, action.element, action.uuid) == (
            intention["actions"][0]["text"],
            Element.SUPPORT,
            intention["actions"][0]["uuid"],
        )
        assert today.save_intention() is False  # no direction yet: told at the field
        assert today.fields.errors["direction"].isVisible()
    finally:
        window.close()
        store.close()
