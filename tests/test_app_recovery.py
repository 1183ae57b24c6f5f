"""A bad database at start: restore the newest good backup, open another file, or quit."""

from __future__ import annotations

import os
import sqlite3
from datetime import date

import pytest

from l2l_desktop.app import open_or_recover
from l2l_desktop.core import records as r
from l2l_desktop.store import open_store, queries, writes


def lived_in(data_dir):
    """A data folder with two reflections, a backup after the first."""
    data_dir.mkdir()
    store = open_store(data_dir / "l2l.sqlite3")
    writes.save(store, r.Reflection(date(2026, 11, 20), learned="backed up", rating=3))
    store.backup("start")
    writes.save(store, r.Reflection(date(2026, 11, 21), learned="later", rating=4))
    store.close()
    return data_dir / "l2l.sqlite3"


def damage(db):
    data = bytearray(db.read_bytes())
    data[4096 : 4096 * 2] = os.urandom(4096)  # the second page: a table's root
    db.write_bytes(bytes(data))


def learned(store):
    rows = queries.reflections_between(store, date(2026, 1, 1), date(2026, 12, 31))
    return sorted(x.learned for x in rows)


def main_files(paths):
    """Files other than SQLite's -wal and -shm companions."""
    return [p for p in paths if p.is_file() and not p.name.endswith(("-wal", "-shm"))]


class Script:
    """Answers the start-up question as a user would, and records what was asked."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.asked = []
        self.retry_offered = []

    def __call__(self, message, backup, can_retry):
        self.asked.append((message, backup))
        self.retry_offered.append(can_retry)
        return self.answers.pop(0)


def test_restore_the_newest_good_backup_and_keep_the_damaged_file(tmp_path):
    db = lived_in(tmp_path / "d")
    damage(db)
    damaged = db.read_bytes()
    ask = Script(("restore", None))
    notes = []
    store = open_or_recover(db.parent, ask, notes)
    try:
        assert learned(store) == ["backed up"]
    finally:
        store.close()
    message, backup = ask.asked[0]
    assert "damaged" in message and backup.startswith("the backup of ") and "(1 record)" in backup
    assert len(notes) == 1 and "l2l.sqlite3.damaged-" in notes[0]
    kept = main_files(db.parent.glob("l2l.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_a_newer_database_is_never_put_aside_for_an_older_backup(tmp_path):
    # Not damage: a newer version's file, perhaps with newer records than any backup.
    db = lived_in(tmp_path / "d")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    ask = Script(("restore", None), ("quit", None))  # "restore" is not on offer: asked again
    assert open_or_recover(db.parent, ask) is None
    assert [backup for _, backup in ask.asked] == [None, None]
    assert "newer version" in ask.asked[0][0]
    assert db.read_bytes() == before
    assert main_files(db.parent.glob("l2l.sqlite3.*")) == []


def test_quit_leaves_everything_as_it_was(tmp_path, capsys):
    db = lived_in(tmp_path / "d")
    damage(db)
    before = sorted((p.name, p.read_bytes()) for p in main_files(db.parent.rglob("*")))
    assert open_or_recover(db.parent, Script(("quit", None))) is None
    after = sorted((p.name, p.read_bytes()) for p in main_files(db.parent.rglob("*")))
    assert after == before
    # SQLite's read-only look at a WAL database may leave an empty WAL (and an index) beside it.
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert "damaged" in capsys.readouterr().err


def test_without_a_screen_the_problem_is_printed_and_nothing_changes(tmp_path, capsys):
    db = lived_in(tmp_path / "d")
    db.write_text("a shopping list")
    assert open_or_recover(db.parent, None) is None
    assert db.read_text() == "a shopping list"
    assert "not an L2L Desktop database" in capsys.readouterr().err


def test_open_another_file_then_change_of_mind(tmp_path):
    db = lived_in(tmp_path / "d")
    db.write_text("a shopping list")
    other = lived_in(tmp_path / "elsewhere")
    ask = Script(("open", None), ("open", other))  # the file picker cancelled once
    store = open_or_recover(db.parent, ask)
    try:
        assert store.path == other
        assert learned(store) == ["backed up", "later"]
    finally:
        store.close()
    assert len(ask.asked) == 2
    assert db.read_text() == "a shopping list"


def test_no_good_backup_means_no_restore_offer(tmp_path):
    db = lived_in(tmp_path / "d")
    for backup in (db.parent / "backups").iterdir():
        backup.write_bytes(b"")
    damage(db)
    ask = Script(("restore", None), ("quit", None))  # "restore" is not on offer: asked again
    assert open_or_recover(db.parent, ask) is None
    assert [backup for _, backup in ask.asked] == [None, None]


@pytest.mark.parametrize("choice", ["restore", "quit"])
def test_a_sound_database_is_opened_without_asking(tmp_path, choice):
    db = lived_in(tmp_path / "d")
    ask = Script((choice, None))
    store = open_or_recover(db.parent, ask)
    store.close()
    assert ask.asked == []


def test_close_requests_come_back_after_a_modal_dialog():
    import signal

    from l2l_desktop.app import _CloseRequests

    saved = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        requests = _CloseRequests()
        requests.restore_defaults()  # while a modal dialog shows: a kill ends the process
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
        requests.install()  # the window runs: a kill closes it the normal way
        assert signal.getsignal(signal.SIGTERM) == requests._on_signal
        signal.raise_signal(signal.SIGTERM)
        assert requests.requested
    finally:
        signal.signal(signal.SIGTERM, saved[0])
        signal.signal(signal.SIGINT, saved[1])


def test_a_restore_that_fails_asks_again_instead_of_crashing(tmp_path, monkeypatch, capsys):
    from l2l_desktop.store import restore

    db = lived_in(tmp_path / "d")
    damage(db)
    damaged = db.read_bytes()

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore, "restore_backup", fail)
    ask = Script(("restore", None), ("quit", None))
    assert open_or_recover(db.parent, ask) is None
    assert len(ask.asked) == 2
    assert ask.asked[1][0].startswith("The backup was not restored: [Errno 28] No space left")
    assert "The backup was not restored" in capsys.readouterr().err
    assert db.read_bytes() == damaged


def test_damage_found_by_the_early_check_is_offered_a_restore(tmp_path):
    from l2l_desktop.store.page_check import early_check

    db = lived_in(tmp_path / "d")
    damage(db)
    pages = early_check(db)  # as cli.main begins it, before Qt starts
    ask = Script(("restore", None))
    store = open_or_recover(db.parent, ask, [], pages)
    try:
        assert learned(store) == ["backed up"]
    finally:
        store.close()
    assert len(ask.asked) == 1 and "damaged" in ask.asked[0][0]
