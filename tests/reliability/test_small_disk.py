"""A real full disk: a child saves into a 3 MB tmpfs until it is full, then space is freed.

The tmpfs is mounted inside a private mount namespace (``unshare --mount``), so nothing leaks
out and it disappears with the child. That needs root (or CAP_SYS_ADMIN); without it the test
is skipped, and tests/reliability/test_safe_writes.py still covers SQLite's side with
``max_page_count``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT
from tests.fixture_dbs import integrity, read_only

DISK = "3m"

CHILD = r"""
import datetime, json, os, shutil, subprocess, sys
from pathlib import Path
from l2l_desktop.core import records as r
from l2l_desktop.store import open_store, queries, writes
from l2l_desktop.store.errors import StorageWriteError

disk, outside, size = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "l2l-test", str(disk)],
               check=True)
filler = disk / "filler"
filler.write_bytes(os.urandom(512 * 1024))  # to be deleted later, to free space
db = disk / "l2l.sqlite3"
store = open_store(db)

def question(n):
    day = datetime.date(2026, 1, 1) + datetime.timedelta(days=n % 300)
    return r.Question(day, datetime.datetime.combine(day, datetime.time(9)),
                      f"What did you see, number {n}? 🙂", r.QuestionKind.OPEN,
                      learned=f"{n} " + "ünïcode and plain text " * 150)

acknowledged, refusals = [], []
n = 0
while len(refusals) < 2 and n < 5000:
    n += 1
    record = question(n)
    try:
        writes.save(store, record)
    except StorageWriteError as exc:
        refusals.append({"uuid": record.uuid, "message": str(exc),
                         "stored": queries.by_uuid(store, "question", record.uuid) is not None})
        continue
    acknowledged.append(record.uuid)   # the save returned: the user was told it is saved

full = {
    "count": queries.user_record_count(store),
    "all_there": all(queries.by_uuid(store, "question", u) for u in acknowledged),
    "integrity": store.db.execute_sql("PRAGMA integrity_check").fetchone()[0],
    "free": shutil.disk_usage(disk).free,
}
filler.unlink()
after = question(n + 1)
writes.save(store, after)
acknowledged.append(after.uuid)
store.close()  # its checkpoint may not fit on the disk: the WAL then keeps the pages
store = open_store(db)
reopened = {
    "count": queries.user_record_count(store),
    "all_there": all(queries.by_uuid(store, "question", u) for u in acknowledged),
    "integrity": store.db.execute_sql("PRAGMA integrity_check").fetchone()[0],
}
store.backup("copy", dest=outside / "copy.sqlite3")  # the tmpfs goes with this namespace
store.close()
print(json.dumps({"acknowledged": acknowledged, "refusals": refusals, "full": full,
                  "reopened": reopened}))
"""


@pytest.fixture(scope="module")
def namespace() -> list[str]:
    """``unshare`` arguments for a private mount namespace where a tmpfs can be mounted."""
    unshare = shutil.which("unshare")
    if unshare is None or shutil.which("mount") is None:
        pytest.skip("unshare or mount (util-linux) is not installed")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; test_safe_writes covers SQLite's side")
    prefix = [unshare, "--mount", "--propagation", "private", "--"]
    probe = subprocess.run(
        [*prefix, "mount", "-t", "tmpfs", "-o", "size=1m", "l2l-probe", "/mnt"],
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs in a mount namespace here: {probe.stderr.strip()}")
    return prefix


def run_on_small_disk(namespace: list[str], child: str, *args: str, **env: str) -> dict:
    """Run the Python ``child`` in its own mount namespace; what it printed last, as JSON."""
    done = subprocess.run(
        [*namespace, sys.executable, "-c", child, *args],
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
        check=False,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), **env},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_full_disk_refuses_the_save_keeps_every_record_and_recovers(namespace, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    result = run_on_small_disk(namespace, CHILD, str(disk), str(outside), DISK)
    assert list(disk.iterdir()) == [], "the tmpfs stayed inside the child's namespace"
    acknowledged = result["acknowledged"]
    assert len(acknowledged) > 20, "the disk filled up only after many saves"

    # The saves that did not fit were refused in plain words, and nothing of them stored.
    assert len(result["refusals"]) == 2
    for refusal in result["refusals"]:
        assert refusal["message"].startswith("The disk is full, so nothing was saved.")
        assert refusal["stored"] is False
    # At that moment every acknowledged record was there, and the database sound.
    full = result["full"]
    assert full == {**full, "count": len(acknowledged) - 1, "all_there": True, "integrity": "ok"}
    # Space freed: the next save went through; reopened, everything is there.
    assert result["reopened"] == {"count": len(acknowledged), "all_there": True, "integrity": "ok"}

    copy = outside / "copy.sqlite3"
    assert integrity(copy) == "ok"
    with read_only(copy) as conn:
        stored = [u for (u,) in conn.execute("SELECT uuid FROM question")]
    assert sorted(stored) == sorted(acknowledged)
    refused = {refusal["uuid"] for refusal in result["refusals"]}
    assert refused.isdisjoint(stored)
    print(
        f"\nfull {DISK} disk: {len(acknowledged) - 1} saves acknowledged before it was full, "
        f"{len(refused)} refused in plain words, one more after freeing space; "
        f"{len(acknowledged)} records checked, 0 lost"
    )


# A healthy database on a disk filled to within a few KiB, with an older backup beside it:
# the start-up asks, and whatever is answered, the newer file is never put aside.
START_CHILD = r"""
import datetime, json, os, shutil, subprocess, sys
from pathlib import Path
from l2l_desktop.app import open_data, open_or_recover
from l2l_desktop.core import records as r
from l2l_desktop.store import queries, writes

disk = Path(sys.argv[1])
# 6 MiB: room for the records, their search index and the WAL; the fillers take the rest
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "l2l-test", str(disk)],
               check=True)
data = disk / "data"
store = open_data(data)
day = datetime.date(2026, 11, 24)
for n in range(10):
    writes.save(store, r.Tell(day, datetime.datetime(2026, 11, 24, 9), f"before the backup {n}"))
store.backup("start")
for n in range(40):  # the database is newer than its backup by these
    writes.save(store, r.Tell(day, datetime.datetime(2026, 11, 24, 10), f"after it {n} " * 20))
written = queries.user_record_count(store)
store.close()
fillers = []
try:
    while True:
        path = disk / f"filler-{len(fillers)}"
        fillers.append(path)
        path.write_bytes(b"x" * 4096)
except OSError:
    pass
fillers.pop().unlink(missing_ok=True)
fillers.pop().unlink()  # a few KiB free
free = shutil.disk_usage(disk).free
asked = []

def ask(message, backup, can_retry):
    asked.append({"message": message, "backup": backup, "can_retry": can_retry})
    if len(asked) == 1:
        return "restore", None  # the wrong button, pressed anyway: nothing is restored
    if len(asked) == 2:
        return "retry", None  # still full: asked again
    for path in fillers:  # space comes back while the question is open
        path.unlink()
    return "restore", None  # even now: the file is sound, so it is opened, not replaced

store = open_or_recover(data, ask)
print(json.dumps({
    "free": free,
    "written": written,
    "asked": asked,
    "opened": store is not None,
    "count": queries.user_record_count(store) if store else None,
    "files": sorted(p.name for p in data.iterdir()),
}))
"""


def test_a_full_disk_at_start_is_never_called_damage_nor_answered_with_a_restore(
    namespace, tmp_path
):
    disk = tmp_path / "disk"
    disk.mkdir()
    result = run_on_small_disk(namespace, START_CHILD, str(disk))
    assert result["free"] < 16 * 1024
    assert len(result["asked"]) == 3
    for question in result["asked"]:
        assert "disk is full" in question["message"], question
        assert "damaged" not in question["message"] and "not an L2L" not in question["message"]
        assert question["backup"] is None  # no restore offered for a condition
        assert question["can_retry"] is True
    assert result["opened"] and result["count"] == result["written"]
    aside = [name for name in result["files"] if name.startswith("l2l.sqlite3.")]
    assert aside == [], "the newer file was never put aside"


# The smaller things a full disk did (issue 10, item 7): backup's traceback, the lock file's
# "UnknownError", a PDF export that said "Saved" for an empty file and lost the one before.
SMALL_CHILD = r"""
import json, os, subprocess, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication(["l2l-desktop"])
from l2l_desktop.app import open_data
from l2l_desktop.cli import main
from l2l_desktop.instance import InstanceLock
from l2l_desktop.services import Journal
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.ui.report import ReportDialog

disk = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "l2l-test", str(disk)],
               check=True)
data = disk / "data"
store = open_data(data)
fill_with_demo(store, 60, seed=3)
journal = Journal(store)
report = disk / "review.pdf"
dialog = ReportDialog(journal)
first = dialog.save("pdf", str(report)) is not None
before = report.read_bytes()
n = 0
try:
    while True:
        (disk / f"filler-{n}").write_bytes(b"x" * 4096)
        n += 1
except OSError:
    pass
out = {"first_report": first, "free": os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize}
import contextlib, io
err = io.StringIO()
with contextlib.redirect_stderr(err):
    out["backup_exit"] = main(["backup", "--data-dir", str(data), "-o", str(disk / "copy.sqlite3")])
out["backup_said"] = err.getvalue()
out["parts_left"] = sorted(p.name for p in disk.iterdir() if ".part" in p.name)
(data / "l2l.lock").unlink(missing_ok=True)
try:
    InstanceLock(data).acquire()
    out["lock"] = "acquired"
except OSError as exc:
    out["lock"] = str(exc)
dialog = ReportDialog(journal)  # the app's store, still open as the disk filled
out["second_report"] = dialog.save("pdf", str(report)) is not None
out["second_error"] = dialog.error.text()
out["report_kept"] = report.read_bytes() == before
out["debris"] = sorted(p.name for p in disk.iterdir() if p.name.startswith("."))
store.close()
print(json.dumps(out))
"""


def test_a_full_disk_is_told_in_plain_words_by_backup_lock_and_export(namespace, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    out = run_on_small_disk(namespace, SMALL_CHILD, str(disk), QT_QPA_PLATFORM="offscreen")
    assert out["first_report"] is True and out["free"] < 16 * 1024
    assert out["backup_exit"] == 2
    assert "the disk is full" in out["backup_said"], out["backup_said"]
    assert "Traceback" not in out["backup_said"]
    assert out["parts_left"] == []
    assert "the disk is full" in out["lock"] and "UnknownError" not in out["lock"]
    assert out["second_report"] is False and "Could not write" in out["second_error"]
    assert out["report_kept"] is True  # the report of before is whole
    assert out["debris"] == []
