"""A bug is logged with its traceback and shown with "copy details"."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from l2l_desktop import app as app_module
from l2l_desktop.ui.bug_report import BugReporter


def test_report_shows_details_and_copies_them(qtbot, tmp_path):
    reporter = BugReporter(tmp_path / "l2l-desktop.log")
    dialog = reporter.report("Traceback: first")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert str(tmp_path / "l2l-desktop.log") in dialog.message.text()
    assert "not something you did" in dialog.message.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: first"
    assert dialog.copy_button.text() == "Copied"
    again = reporter.report("Traceback: second")
    assert again is dialog  # one dialog, the details added
    assert dialog.details.toPlainText() == "Traceback: first\n\nTraceback: second"
    dialog.reject()
    third = reporter.report("Traceback: third")
    qtbot.addWidget(third)
    assert third is not dialog and third.details.toPlainText() == "Traceback: third"
    third.reject()


def test_the_excepthook_logs_and_shows_a_bug(qtbot, tmp_path, monkeypatch, caplog):
    reporter = BugReporter(None)
    monkeypatch.setattr(app_module._bugs, "reporter", reporter)
    try:
        raise RuntimeError("a fault of the app's own")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="l2l_desktop"):
            app_module._excepthook(type(exc), exc, exc.__traceback__)
    assert "a fault of the app's own" in caplog.text and "Traceback" in caplog.text
    dialog = reporter.dialog
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert details.startswith("L2L Desktop ") and "SQLite " in details and "Qt " in details
    assert "RuntimeError: a fault of the app's own" in details
    assert "could not be written to a log file" in dialog.message.text()
    dialog.reject()
