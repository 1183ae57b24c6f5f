"""File › Export journal… and File › Import journal…: worked off the window's thread, with
progress and cancel; and ``l2l-desktop log`` handing a record to the open window."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import date, datetime

from PySide6.QtWidgets import QDialogButtonBox

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services import Journal
from l2l_desktop.services.exchange import Cancelled
from l2l_desktop.store import open_store
from l2l_desktop.ui.jobs import Job
from tests.conftest import PROJECT_ROOT, cli_env

DAY = date(2026, 3, 2)


def some_records(journal):
    journal.save(
        r.Intention(DAY, "Heart", "Direction", (r.Action("Walk line 2", Element.SUPPORT),))
    )
    journal.save(r.Question(DAY, datetime(2026, 3, 2, 9), "What do you see?", r.QuestionKind.OPEN))


def test_export_writes_the_chosen_format_and_says_so(make_window, journal, qtbot, tmp_path):
    some_records(journal)
    window = make_window()
    dialog = window.export_journal()
    assert dialog.format() == "json"
    assert dialog.path.text().endswith(".json")
    dialog.formats.button(2).setChecked(True)  # Markdown
    assert dialog.path.text().endswith(".zip")  # the ending follows the format
    target = tmp_path / "journal.zip"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()  # while it works
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "journal/2026/2026-03.md" in zipfile.ZipFile(target).namelist()
    assert window.statusBar().currentMessage().startswith("Exported ")


def test_an_export_that_cannot_be_written_is_said_at_the_field(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = window.export_journal()
    dialog.path.setText(str(tmp_path / "missing folder" / "x.json"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == (
        f"{tmp_path / 'missing folder' / 'x.json'} could not be written: no such file or "
        "directory. Choose another place."
    )
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    dialog.reject()


def test_a_job_stops_at_its_next_progress_when_cancelled(journal, qtbot):
    seen = []

    def work(progress):
        for i in range(10_000):
            progress(i, 10_000)
            seen.append(i)
        return "finished"

    job = Job(journal, work)
    failures = []
    job.failed.connect(failures.append)
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=5000):
        job.start()
    job.wait()
    assert seen == [] and isinstance(failures[0], Cancelled)


def other_journal_export(tmp_path) -> str:
    folder = tmp_path / "other"
    folder.mkdir()
    other = Journal(open_store(folder / "l2l.sqlite3"))
    other.save(r.Question(DAY, datetime(2026, 3, 2, 11), "Where does the scrap come from?",
                          r.QuestionKind.OPEN))  # fmt: skip
    other.save(r.Tell(DAY, datetime(2026, 3, 2, 12), "Told the fix"))
    path = tmp_path / "other.json"
    other.export_to(path, "json")
    other.close()
    return str(path)


def test_import_shows_what_it_would_do_then_does_it(make_window, journal, qtbot, tmp_path):
    some_records(journal)
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.questions)
    qtbot.waitUntil(lambda: window.questions.model.rowCount() == 1)
    dialog = window.import_journal()
    dialog.path.setText(other_journal_export(tmp_path))
    dialog.read_file()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    summary = dialog.summary.text()
    assert "Merging would:" in summary and "questions" in summary and "tells" in summary
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    # The tab shows the imported question without a restart.
    qtbot.waitUntil(lambda: window.questions.model.rowCount() == 2)
    assert window.statusBar().currentMessage().startswith("Imported: 2 added.")
    assert "Backed up first as l2l-" in window.statusBar().currentMessage()
    assert "before-import" in window.statusBar().currentMessage()
    # A second time there is nothing to do.
    again = window.import_journal()
    again.path.setText(str(tmp_path / "other.json"))
    again.read_file()
    qtbot.waitUntil(lambda: again.plan is not None, timeout=10_000)
    assert "Nothing to change" in again.summary.text()
    assert not again.import_button.isEnabled()
    again.reject()


def test_a_broken_file_is_said_and_nothing_can_be_imported(make_window, qtbot, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "l2l-desktop-export", "format_version": 1, "records": {"tell": 3}}')
    window = make_window()
    dialog = window.import_journal()
    dialog.path.setText(str(bad))
    dialog.read_file()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == (
        "This file cannot be imported: at /records/tell: expected a list of records."
    )
    assert dialog.summary.text() == "Nothing was changed."
    assert not dialog.import_button.isEnabled()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    assert not dialog.isVisible()


def test_log_from_a_terminal_shows_in_the_open_window(make_window, journal, qtbot, tmp_path):
    """The command finds the app by its lock, hands it the record over the channel; the app
    saves it (the one writer) and its Questions tab lists it at once."""
    from l2l_desktop.app import _log_handed_over
    from l2l_desktop.instance import InstanceLock, InstanceServer

    data_dir = tmp_path / "data"  # the journal fixture's folder
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.questions)
    server = InstanceServer(data_dir, {"log": lambda req: _log_handed_over(window, req)})
    server.listen()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "l2l_desktop", "log", "question", "What got in your way?",
             "--person", "Ana", "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT,
            env=cli_env(tmp_path),
        )  # fmt: skip
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=60_000)
        out, err = child.communicate()
    finally:
        server.close()
        lock.release()
    assert child.returncode == 0, err
    assert out.startswith("Logged an open question (Ana) at ")
    assert out.endswith(" Ana was added to your people. The app shows it.\n")
    qtbot.waitUntil(lambda: window.questions.model.rowCount() == 1)
    assert window.questions.model.record(0).text == "What got in your way?"
    said = window.statusBar().currentMessage()
    assert said.startswith("From the command line: Logged an open question (Ana) at ")
    assert [p.name for p in journal.people()] == ["Ana"]


def test_replace_asks_first_and_no_keeps_everything(make_window, journal, qtbot, tmp_path):
    some_records(journal)
    window = make_window()
    dialog = window.import_journal()
    dialog.path.setText(other_journal_export(tmp_path))
    dialog.replace.setChecked(True)
    dialog.read_file()
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.replace, timeout=10_000)
    assert "Replacing everything would:" in dialog.summary.text()
    asked = []
    dialog.confirm_replace = lambda: asked.append(True) or False  # the user says No
    dialog.import_button.click()
    assert asked == [True] and dialog.job is None and dialog.isVisible()
    assert [q.text for q in journal.questions_matching()] == ["What do you see?"]
    dialog.confirm_replace = lambda: True  # and now Yes
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert [q.text for q in journal.questions_matching()] == ["Where does the scrap come from?"]


def test_editing_the_path_forgets_what_was_read(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = window.import_journal()
    dialog.path.setText(other_journal_export(tmp_path))
    dialog.read_file()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.path, "x")  # now another file: nothing of the last one is imported
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("Press Enter to read the file")
    dialog.reject()
