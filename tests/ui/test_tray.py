"""The tray: quick logs without the window, and closing to the tray only where there is one."""

from __future__ import annotations

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.ui.tray import Tray
from tests.ui.conftest import on_next_dialog

# The offscreen platform has no tray to show an icon in, and no window to raise: Qt says so.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged", "This plugin does not support")


@pytest.fixture
def hidden_window(make_window):
    """A window that was never shown, with a tray the desktop shows."""
    window = make_window()
    window.use_tray(Tray(window, available=True))
    return window


def test_a_tell_from_the_tray_without_the_window(qtbot, hidden_window, journal):
    def fill(dialog):
        dialog.note.setText("Told them the fix for the jam")
        dialog.accept()

    on_next_dialog(fill)
    hidden_window.tray.tell_action.trigger()
    (tell,) = journal.tells_between(journal.today(), journal.today())
    assert tell.note == "Told them the fix for the jam"
    assert not hidden_window.isVisible()


def test_a_pause_from_the_tray(qtbot, hidden_window, journal):
    def fill(dialog):
        dialog.choices[r.Alignment.PARTLY].setChecked(True)
        dialog.note.setText("pulled into a meeting")
        dialog.accept()

    on_next_dialog(fill)
    hidden_window.tray.pause_action.trigger()
    (pause,) = journal.pauses_for_day(journal.today())
    assert (pause.alignment, pause.note) == (r.Alignment.PARTLY, "pulled into a meeting")
    assert not hidden_window.isVisible()


def test_a_question_from_the_tray_with_the_checkers_hint(qtbot, hidden_window, journal):
    seen = {}

    def fill(dialog):
        dialog.text.setText("Could it be the new glue?")
        seen["hint"] = dialog.hint.text()
        dialog.person.setEditText("Ana")
        dialog.accept()

    on_next_dialog(fill)
    hidden_window.tray.question_action.trigger()
    assert "Reads as leading" in seen["hint"]
    (question,) = journal.questions_matching(journal.today(), journal.today())
    assert question.text == "Could it be the new glue?"
    assert question.kind is r.QuestionKind.LEADING  # the checker's, not changed
    assert question.suggested_kind is r.QuestionKind.LEADING
    assert question.person is not None and question.person.name == "Ana"


def test_closing_keeps_the_app_in_the_tray_when_asked_and_quit_quits(hidden_window, settings):
    settings.close_to_tray = True
    hidden_window.show()
    assert hidden_window.close() is False  # the close was turned into a hide
    assert not hidden_window.isVisible()
    hidden_window.tray.open_action.trigger()
    assert hidden_window.isVisible()
    hidden_window.tray.quit_action.trigger()
    assert not hidden_window.isVisible()
    assert hidden_window._quitting


def test_without_a_tray_closing_quits_whatever_the_setting(make_window, settings):
    settings.close_to_tray = True
    window = make_window()
    window.use_tray(Tray(window, available=False))
    window.show()
    assert window.close() is True
