"""A read-only data folder, as a user whom file permissions bind.

CI runs as root, and root ignores permission bits; so as root the child runs without the
capabilities that let it (``setpriv`` drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and
CAP_FOWNER): it stays uid 0, owner of the files, and the owner's bits apply to it as to anyone.
As another user the child runs directly.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from l2l_desktop.app import open_data
from l2l_desktop.core import records as r
from l2l_desktop.store import open_store, queries, writes
from tests.conftest import cli_env
from tests.fixture_dbs import integrity, read_only

DROPPED = "dac_override,dac_read_search,fowner"


def _prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux): root ignores permissions")
    return [setpriv, f"--bounding-set=-{DROPPED.replace(',', ',-')}", "--inh-caps=-all", "--"]


@pytest.fixture(scope="module")
def unprivileged(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command prefix that makes file permissions apply; checked to really do so."""
    prefix = _prefix()
    probe = tmp_path_factory.mktemp("probe") / "read-only"
    probe.write_text("x")
    probe.chmod(0o400)
    done = subprocess.run(
        [*prefix, sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if "PermissionError" not in done.stderr:
        pytest.skip(
            f"cannot run a child that file permissions bind here (exit {done.returncode}): "
            f"{done.stderr.strip()[-300:] or 'it could write a read-only file'}"
        )
    return prefix


def _records() -> list[object]:
    day = date(2026, 11, 24)
    return [
        r.Reflection(day, learned="Kept, read-only 🙂 שלום", rating=4),
        r.Question(day, datetime(2026, 11, 24, 9), "What gets in the way?", r.QuestionKind.OPEN),
        r.GembaVisit(day, "Dock", "See it", follow_ups=(r.FollowUp("Fix the door"),)),
    ]


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    return {
        str(p.relative_to(folder)): (
            stat.S_IMODE(p.stat().st_mode),
            p.read_bytes() if p.is_file() else None,
        )
        for p in sorted(folder.rglob("*"))
    }


def _set_modes(folder: Path, directory: int, file: int) -> None:
    for p in folder.rglob("*"):
        p.chmod(directory if p.is_dir() else file)
    folder.chmod(directory)


@pytest.fixture
def filled_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder holding a sound database (closed cleanly) and a backup."""
    data = tmp_path / "data"
    store = open_data(data)
    try:
        writes.save_many(store, _records())
        store.backup("manual")
    finally:
        store.close()
    assert sorted(p.name for p in data.iterdir()) == ["backups", "l2l.sqlite3"]
    yield data
    _set_modes(data, 0o700, 0o600)  # let the temporary folder be removed


def _run(prefix: list[str], tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "l2l_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
        env=cli_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )


def test_check_of_a_read_only_folder_changes_nothing_and_says_it_plainly(
    unprivileged, filled_folder, tmp_path
):
    _set_modes(filled_folder, 0o500, 0o400)
    before = _snapshot(filled_folder)
    done = _run(unprivileged, tmp_path, "check", "--data-dir", str(filled_folder))
    assert done.returncode in (0, 2), done.stderr
    assert "Traceback" not in done.stderr
    if done.returncode == 2:
        assert done.stderr.startswith("l2l-desktop: ") and done.stderr.count("\n") == 1
    assert _snapshot(filled_folder) == before


def test_a_wal_left_in_a_read_only_folder_is_reported_not_called_damage(
    unprivileged, filled_folder, tmp_path
):
    db = filled_folder / "l2l.sqlite3"
    holder = sqlite3.connect(db)  # keeps the WAL from being merged when the writer closes
    holder.execute("SELECT count(*) FROM reflection").fetchone()
    store = open_store(db)
    writes.save(store, r.Reflection(date(2026, 11, 25), learned="only in the WAL", rating=3))
    os.replace(db.with_name("l2l.sqlite3-wal"), tmp_path / "wal")  # as a crash leaves it
    store.close()
    holder.close()
    os.replace(tmp_path / "wal", db.with_name("l2l.sqlite3-wal"))
    db.with_name("l2l.sqlite3-shm").unlink(missing_ok=True)
    assert db.with_name("l2l.sqlite3-wal").stat().st_size > 0
    _set_modes(filled_folder, 0o500, 0o400)
    before = _snapshot(filled_folder)
    done = _run(unprivileged, tmp_path, "check", "--data-dir", str(filled_folder))
    assert done.returncode == 2
    assert "read-only" in done.stderr and "make the folder writable" in done.stderr
    assert "not an L2L Desktop database" not in done.stderr and "Traceback" not in done.stderr
    assert _snapshot(filled_folder) == before


def test_check_of_a_read_only_folder_finds_the_database_sound(
    unprivileged, filled_folder, tmp_path
):
    _set_modes(filled_folder, 0o500, 0o400)
    done = _run(unprivileged, tmp_path, "check", "--data-dir", str(filled_folder))
    assert done.returncode == 0, done.stderr
    assert ": ok, schema version" in done.stdout


@pytest.mark.parametrize("what", ["folder", "database"])
def test_the_app_does_not_start_on_a_read_only_folder_and_changes_nothing(
    unprivileged, filled_folder, tmp_path, what
):
    if what == "folder":
        _set_modes(filled_folder, 0o500, 0o400)
        expected = "is not writable"
    else:
        (filled_folder / "l2l.sqlite3").chmod(0o400)
        expected = "cannot be read and written"
    before = _snapshot(filled_folder)
    done = _run(unprivileged, tmp_path, "--data-dir", str(filled_folder))
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr and "Check its permissions" in done.stderr
    assert "Traceback" not in done.stderr
    assert _snapshot(filled_folder) == before


UNDERNEATH_CHILD = r"""
import sys, datetime
from pathlib import Path
from l2l_desktop.core import records as r
from l2l_desktop.store import open_store, queries, writes
from l2l_desktop.store.errors import StorageWriteError

db = Path(sys.argv[1])

def tell(note):
    return r.Tell(datetime.date(2026, 11, 25), datetime.datetime(2026, 11, 25, 9), note)

store = open_store(db)
print("before", writes.save(store, tell("before")).uuid, flush=True)
sys.stdin.readline()  # meanwhile the folder and its files are made read-only
# The open connection's files were opened for writing before: that access stays.
print("during", writes.save(store, tell("during")).uuid, flush=True)
store.close()
store = open_store(db)  # opened again, as at the next start
refused = tell("after")
try:
    writes.save(store, refused)
except StorageWriteError as exc:
    print("refused", exc, flush=True)
print("after", refused.uuid, queries.by_uuid(store, "tell", refused.uuid) is not None, flush=True)
print("count", queries.user_record_count(store), flush=True)
store.close()
print("closed ok", flush=True)
"""


def test_a_folder_made_read_only_under_an_open_store(unprivileged, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    db = data / "l2l.sqlite3"
    child = subprocess.Popen(
        [*unprivileged, sys.executable, "-c", UNDERNEATH_CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(tmp_path),
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        first = child.stdout.readline()
        assert first.startswith("before "), child.communicate(timeout=30)[1]
        _set_modes(data, 0o500, 0o400)  # the parent may, as the owner (or as root)
        out, err = child.communicate("go\n", timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    lines = dict(line.split(" ", 1) for line in (first + out).splitlines())
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert lines["refused"].startswith("The data folder is read-only, so nothing was saved.")
    uuid_after, present = lines["after"].split()
    assert present == "False"
    assert lines["count"] == "2"  # before and during: nothing lost, nothing half-written
    assert lines["closed"] == "ok"

    # Seen from outside: sound, both saves there, the refused one not.
    assert integrity(db) == "ok"
    with read_only(db) as conn:
        stored = {u for (u,) in conn.execute("SELECT uuid FROM tell")}
    assert stored == {lines["before"], lines["during"]}
    _set_modes(data, 0o700, 0o600)
    store = open_store(db)
    try:
        day = date(2026, 11, 25)
        assert {t.note for t in queries.tells_between(store, day, day)} == {"before", "during"}
        writes.save(store, r.Tell(date(2026, 11, 25), datetime(2026, 11, 25, 10), "writable"))
        assert queries.user_record_count(store) == 3
    finally:
        store.close()
    assert uuid_after not in stored
