"""The checker's hint in the Questions tab: unsure verdicts say so; a closed question offers
an open way to ask it, one key away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_trust import CTRL, press


def test_the_hint_says_when_it_is_unsure_and_offers_an_open_form(active_window, qtbot):
    window = active_window
    press(window, Qt.Key.Key_2, CTRL)
    tab = window.questions
    qtbot.keyClicks(tab.text, "Should we call the supplier?")
    assert "Could read as leading" in tab.hint.text()
    tab.text.clear()
    qtbot.keyClicks(tab.text, "How many orders are late?")
    assert "Reads as closed" in tab.hint.text() and "To hear their view, try:" in tab.hint.text()
    press(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert tab.text.value() == "What do you make of …?"
    assert tab.text.textCursor().selectedText() == "…"  # the subject, ready to be typed
