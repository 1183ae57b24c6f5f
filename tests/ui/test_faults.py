"""What a value that cannot be read, or a fault of the app's own, does to the window (issue
10, item 4): the tab shows what can be read, a fault in an event handler reaches the bug
dialog instead of Qt's C++, and a crash of the interpreter is written to the log file."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.services import Journal
from l2l_desktop.store import open_store
from l2l_desktop.ui.main_window import MainWindow
from tests.conftest import cli_env


def test_a_tab_shows_what_can_be_read_of_a_garbled_database(tmp_path, settings, qtbot):
    data = tmp_path / "data"
    data.mkdir()
    store = open_store(data / "l2l.sqlite3")
    journal = Journal(store)
    day = journal.today()
    for text in ("First?", "Second?", "Third?"):
        journal.save(r.Question(day, datetime.now(), text, r.QuestionKind.OPEN))
    store.close()
    conn = sqlite3.connect(data / "l2l.sqlite3")
    conn.execute("UPDATE question SET day = '2026-13-45' WHERE text = 'First?'")
    conn.execute(
        "UPDATE question SET text = CAST(X'5365636f6e64ff3f' AS TEXT) WHERE text = 'Second?'"
    )
    conn.commit()
    conn.close()

    store = open_store(data / "l2l.sqlite3")
    window = MainWindow(Journal(store), settings, "here")
    qtbot.addWidget(window)
    window.show()
    try:
        window.tabs.setCurrentIndex(1)  # Questions: no exception, what can be read is shown
        qtbot.waitUntil(lambda: not window.questions.stale)
        tab = window.questions
        texts = sorted(tab.model.record(i).text for i in range(tab.model.rowCount()))
        assert texts == ["Second\ufffd?", "Third?"]
        for index in range(len(window.pages)):  # every other tab opens too
            window.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: not window.tabs.currentWidget().stale)
    finally:
        window.close()
        store.close()


def test_a_fault_while_a_tab_is_shown_reaches_the_bug_dialog(make_window, qtbot, monkeypatch):
    window = make_window()
    window.show()
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info))

    def broken() -> None:
        raise RuntimeError("a fault of the app's own")

    monkeypatch.setattr(window.gemba, "reload", broken)
    window.tabs.setCurrentIndex(2)  # its showEvent reloads
    assert [type(info[1]) for info in reported] == [RuntimeError]
    assert "own" in str(reported[0][1])
    window.tabs.setCurrentIndex(1)  # the window goes on
    assert not window.questions.stale


CRASH = r"""
import faulthandler, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from l2l_desktop.app import run_gui
app = QApplication(["l2l-desktop"])
QTimer.singleShot(300, faulthandler._sigsegv)  # what a crash inside Qt looks like
run_gui(Path(sys.argv[1]))
"""


def test_a_crash_of_the_interpreter_is_written_to_the_log_file(tmp_path):
    env = cli_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == -signal.SIGSEGV, done.stderr
    (log,) = (tmp_path / "child-home").rglob("l2l-desktop.log")
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "run_gui" in text or "File " in text  # with the Python stack at the crash
    assert log.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("kind", ["questions", "gemba", "reflection"])
def test_a_fault_in_a_tab_never_leaves_it_half_loaded_for_the_next_show(
    make_window, qtbot, monkeypatch, kind
):
    window = make_window()
    window.show()
    monkeypatch.setattr(sys, "excepthook", lambda *info: None)
    page = getattr(window, kind)
    calls = []

    def once_broken() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the first time")

    monkeypatch.setattr(page, "reload", once_broken)
    window.tabs.setCurrentWidget(page)
    assert page.stale  # the failed reload did not count as done
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(page)
    assert len(calls) == 2 and not page.stale
