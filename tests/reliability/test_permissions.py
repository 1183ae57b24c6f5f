"""Who can read what: the data folder 0700; database, WAL, index, backups, log 0600."""

from __future__ import annotations

import os
import stat
from datetime import date

from l2l_desktop.core import records as r
from l2l_desktop.store import writes


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_of_the_data_folder_is_private(store, data_dir):
    old = os.umask(0o022)  # a usual umask: files would be 0644 if the app left it to that
    try:
        writes.save(store, r.Reflection(date(2026, 11, 24), learned="private", rating=4))
        store.backup("manual")
        store.backup("manual", dest=data_dir.parent / "elsewhere.sqlite3")
    finally:
        os.umask(old)
    wal = data_dir / "l2l.sqlite3-wal"
    shm = data_dir / "l2l.sqlite3-shm"
    assert wal.exists() and shm.exists()  # the store is open in WAL mode
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "backups") == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"l2l.sqlite3", "l2l.sqlite3-wal", "l2l.sqlite3-shm"}
    assert {p: mode(p) for p in files} == {p: 0o600 for p in files}
    assert mode(data_dir.parent / "elsewhere.sqlite3") == 0o600
