"""File › Restore from backup…: through the real dialog and window."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand

from l2l_desktop.core import records as r
from l2l_desktop.ui.restore_dialog import RestoreDialog


def reflection_texts(window) -> list[str]:
    model = window.reflection.model
    return sorted(model.record(i).learned for i in range(model.rowCount()))


def test_restore_goes_back_without_a_restart_and_keeps_the_current_file(
    journal, make_window, qtbot, monkeypatch
):
    journal.save(r.Reflection(date(2026, 11, 20), learned="in the backup", rating=3))
    journal.back_up_now()
    journal.save(r.Reflection(date(2026, 11, 21), learned="only now", rating=4))
    window = make_window()
    window.show()
    window.tabs.setCurrentWidget(window.reflection)
    qtbot.waitUntil(lambda: reflection_texts(window) == ["in the backup", "only now"])
    window.undo_stack.push(QUndoCommand("a step of the old database"))
    asked = []
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, s: asked.append(s) or True)

    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "1"  # records in the backup
    assert dialog.model.data(dialog.model.index(0, 3)) == "sound"
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert asked and asked[0].records == 1
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: reflection_texts(window) == ["in the backup"])
    assert window.undo_stack.count() == 0
    message = window.statusBar().currentMessage()
    assert "Restored the backup of" in message and "l2l.sqlite3.replaced-" in message
    kept = [p for p in os.listdir(os.path.dirname(journal.database_path)) if "replaced-" in p]
    assert len(kept) == 1
    # The app goes on writing to the restored database.
    journal.save(r.Reflection(date(2026, 11, 22), learned="after", rating=5))
    qtbot.waitUntil(lambda: reflection_texts(window) == ["after", "in the backup"])


def test_a_damaged_backup_is_listed_but_cannot_be_restored(journal, store, qtbot):
    journal.back_up_now()
    bad = store.backup_dir / "l2l-20991231-235959-auto.sqlite3"  # the newest by name
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    dialog = RestoreDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    assert dialog.selected().usable  # the newest good one is chosen
    dialog.table.selectRow(0)
    assert not dialog.selected().usable
    assert not dialog.restore_button.isEnabled()
    assert dialog.model.data(dialog.model.index(0, 3)) != "sound"
    assert dialog.restore_selected() is None


def test_no_backups_shows_an_empty_state(journal, qtbot):
    dialog = RestoreDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.isHidden()


def test_a_backup_that_goes_bad_before_restoring_is_told_at_the_dialog(
    journal, store, qtbot, monkeypatch
):
    journal.save(r.Reflection(date(2026, 11, 20), learned="kept", rating=3))
    path = journal.back_up_now()
    dialog = RestoreDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, s: True)
    with open(path, "r+b") as fh:  # damaged after the list was made
        fh.write(b"garbage" * 20)
    assert dialog.restore_selected() is None
    assert dialog.error.isVisible() and "was not restored" in dialog.error.text()
    assert journal.record_count() == 1  # still working on the same database


def test_the_dialog_says_how_many_backups_there_are_their_room_and_the_rule(journal, qtbot):
    journal.save(r.Reflection(date(2026, 11, 20), learned="first", rating=3))
    first = journal.back_up_now("manual")
    journal.save(r.Reflection(date(2026, 11, 21), learned="second", rating=4))
    second = journal.back_up_now("manual")
    total = os.path.getsize(first) + os.path.getsize(second)

    dialog = RestoreDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    said = dialog.kept.text()
    assert dialog.kept.isVisible()
    assert said.startswith(f"2 backups, {round(total / 1024):,} KB in all. ")
    assert "every backup of the last 24 hours" in said
    assert "the last 14 days, 8 weeks and 12 months" in said
    assert said.endswith("those made before an upgrade, always.")
