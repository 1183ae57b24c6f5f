"""The command line and the start-up conditions, run as a user would: in a child process."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l2l_desktop import __version__
from l2l_desktop.paths import lock_path
from tests.conftest import cli_env, open_data, run_cli, schema_tables, seed_one_record


def start_gui(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "l2l_desktop", *args],
        env=env or cli_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def stop(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    return proc.returncode, err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>"
        for p in sorted(folder.rglob("*"))
    }


def test_version_prints_and_exits_zero(tmp_path):
    done = run_cli(tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"l2l-desktop {__version__}"


def assert_no_qt(tmp_path: Path, argv: list[str]) -> None:
    """``l2l-desktop ARGV`` runs (in a child process) without importing Qt or pyqtgraph."""
    code = (
        "import sys; from l2l_desktop.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('PySide6'))"
    )
    subprocess.run([sys.executable, "-c", code], env=cli_env(tmp_path), check=True)


def test_version_and_subcommands_do_not_import_qt(tmp_path):
    assert_no_qt(tmp_path, ["--version"])


def test_gui_runs_until_closed_and_creates_a_private_database(tmp_path):
    data = tmp_path / "data"
    proc = start_gui(tmp_path, "--data-dir", str(data))
    db = data / "l2l.sqlite3"
    wait_for(lambda: db.exists() and db.stat().st_size > 0)
    time.sleep(1.5)
    assert proc.poll() is None, "the app quit on its own"
    code, err = stop(proc)
    assert code == 0, err
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    conn = sqlite3.connect(db)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert set(schema_tables()) <= tables
    assert (tmp_path / "child-home" / "config" / "l2l-desktop" / "l2l-desktop.ini").exists()


def test_env_var_chooses_the_data_dir(tmp_path):
    data = tmp_path / "from-env"
    proc = start_gui(tmp_path, env=cli_env(tmp_path, L2L_DATA_DIR=str(data)))
    wait_for(lambda: (data / "l2l.sqlite3").exists())
    assert stop(proc)[0] == 0


def test_data_dir_that_is_a_file_exits_2_untouched(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("my notes")
    before = snapshot(tmp_path)
    done = run_cli(tmp_path, "--data-dir", str(f))
    assert done.returncode == 2
    assert "not a folder" in done.stderr and str(f) in done.stderr
    assert f.read_text() == "my notes"
    created = snapshot(tmp_path).keys() - before.keys()
    # Only the app's own folders in its home: the log of this failed start, nothing else.
    assert all(k == "child-home" or k.startswith("child-home/state") for k in created), created


def test_database_that_is_not_sqlite_exits_2_untouched(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "l2l.sqlite3"
    db.write_bytes(b"this is not a database, it is a shopping list\n" * 50)
    before = snapshot(data)
    done = run_cli(tmp_path, "--data-dir", str(data))
    assert done.returncode == 2
    assert "not an L2L Desktop database" in done.stderr
    assert snapshot(data) == before


def test_newer_database_exits_2_untouched(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "l2l.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 1278364740")
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = snapshot(data)
    done = run_cli(tmp_path, "--data-dir", str(data))
    assert done.returncode == 2 and "newer version" in done.stderr
    assert snapshot(data) == before


def _unprivileged() -> list[str]:
    """A prefix that runs a command without the power to ignore file permissions."""
    if os.geteuid() != 0:
        return []
    # Root ignores permission bits; drop the capabilities that let it.
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


@pytest.mark.parametrize("where", ["data-dir", "parent"])
def test_unwritable_data_dir_exits_2_and_creates_nothing(tmp_path, where):
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked if where == "data-dir" else locked / "new"
    locked.chmod(0o500)
    try:
        done = subprocess.run(
            [*_unprivileged(), sys.executable, "-m", "l2l_desktop", "--data-dir", str(target)],
            env=cli_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    finally:
        locked.chmod(0o700)
    assert done.returncode == 2, done.stderr
    assert "not writable" in done.stderr or "cannot be created" in done.stderr
    assert list(locked.iterdir()) == []


def test_demo_data_writes_a_deterministic_history(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        done = run_cli(
            tmp_path,
            "demo-data",
            "--years",
            "0.5",
            "--data-dir",
            str(folder),
            "--seed",
            "3",
            "--end",
            "2026-11-24",
        )
        assert done.returncode == 0, done.stderr
        assert "Wrote" in done.stdout and "2026-11-24" in done.stdout

    def content(folder: Path) -> list[tuple]:
        conn = sqlite3.connect(folder / "l2l.sqlite3")
        rows = conn.execute("SELECT uuid, day, text, kind FROM question ORDER BY uuid").fetchall()
        conn.close()
        return rows

    assert content(a) == content(b) and len(content(a)) > 30


def test_demo_data_honours_the_env_var_and_refuses_a_dir_with_records(tmp_path):
    data = tmp_path / "data"
    env = cli_env(tmp_path, L2L_DATA_DIR=str(data))
    assert run_cli(tmp_path, "demo-data", "--years", "0.1", env=env).returncode == 0
    before = snapshot(data)
    again = run_cli(tmp_path, "demo-data", "--years", "1", env=env)
    assert again.returncode == 2
    assert "already holds records" in again.stderr
    assert snapshot(data) == before


def test_demo_data_into_a_file_exits_2(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    done = run_cli(tmp_path, "demo-data", "--years", "1", "--data-dir", str(f))
    assert done.returncode == 2 and "not a folder" in done.stderr
    assert f.read_text() == "x"


def test_bad_arguments_are_usage_errors(tmp_path):
    done = run_cli(tmp_path, "demo-data", "--years", "-1", "--data-dir", str(tmp_path / "d"))
    assert done.returncode == 2 and "years" in done.stderr
    assert not (tmp_path / "d").exists()


def test_demo_opens_a_lived_in_app_and_cleans_up(tmp_path):
    env = cli_env(tmp_path, TMPDIR=str(tmp_path))
    proc = start_gui(tmp_path, "--demo", env=env)

    def demo_db() -> list[Path]:
        return list(tmp_path.glob("l2l-demo-*/data/l2l.sqlite3"))

    def questions_written() -> int:
        # The history is written in one transaction before the window opens: a reader sees
        # none of it until it commits, however long a loaded machine takes over it.
        conn = sqlite3.connect(f"{demo_db()[0].as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM question").fetchone()[0]
        except sqlite3.OperationalError:  # the tables are not made yet
            return 0
        finally:
            conn.close()

    try:
        wait_for(lambda: bool(demo_db()) or proc.poll() is not None)
        wait_for(lambda: proc.poll() is not None or questions_written() > 50, timeout=120)
        # The window's own quit handling is in place once it holds the folder's lock.
        wait_for(lambda: proc.poll() is not None or lock_path(demo_db()[0].parent).exists())
        assert proc.poll() is None
        assert questions_written() > 50
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert not list(tmp_path.glob("l2l-demo-*"))
    # Its window state went with its folder: the user's own settings were not written.
    assert not list((tmp_path / "child-home" / "config").rglob("*.ini"))


def test_stats_json_matches_the_documented_shape(tmp_path):
    data = tmp_path / "data"
    done = run_cli(
        tmp_path, "demo-data", "--years", "0.3", "--data-dir", str(data), "--end", "2026-11-24"
    )
    assert done.returncode == 0, done.stderr
    out = run_cli(tmp_path, "stats", "--json", "--as-of", "2026-11-24", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    import json

    report = json.loads(out.stdout)
    assert report["as_of"] == "2026-11-24"
    assert report["range"] == {"first": "2026-08-24", "last": "2026-11-24"}
    keys = [p["key"] for p in report["practices"]]
    assert keys == [
        "intention",
        "pause",
        "question",
        "gemba_visit",
        "daily_reflection",
        "weekly_review",
        "any",
    ]
    for p in report["practices"]:
        assert set(p) >= {"key", "label", "streak", "strength", "done_in_range"}
        assert 0 <= p["strength"] <= 100
    assert 0 <= report["balance"]["index"] <= 100
    assert set(report) >= {"balance", "questions", "alignment", "follow_ups", "support"}
    support = report["support"]
    assert [w["week"] for w in support["weeks"]] == [w["week"] for w in report["balance"]["weeks"]]
    # The demo's team: nine people, one of whom left; two learners coached every week or two.
    assert support["coverage"]["active"] == 8 and 0 < support["coverage"]["seen"] <= 8
    steps = support["experiments"]
    assert 0 < steps["as_expected"] < steps["judged"]
    assert steps["share"] == round(100 * steps["as_expected"] / steps["judged"], 1)
    text = run_cli(
        tmp_path, "stats", "--as-of", "2026-11-24", "--weeks", "4", "--data-dir", str(data)
    )
    assert text.returncode == 0 and "Balance index" in text.stdout
    assert "Team seen lately" in text.stdout and "coaching steps judged" in text.stdout


def test_stats_without_a_database_exits_2(tmp_path):
    done = run_cli(tmp_path, "stats", "--json", "--data-dir", str(tmp_path / "nothing"))
    assert done.returncode == 2 and "no L2L Desktop database" in done.stderr
    assert not (tmp_path / "nothing").exists()


def test_check_and_backup_commands(tmp_path):
    data = tmp_path / "data"
    assert run_cli(tmp_path, "demo-data", "--years", "0.2", "--data-dir", str(data)).returncode == 0
    before = (data / "l2l.sqlite3").read_bytes()
    done = run_cli(tmp_path, "check", "--data-dir", str(data))
    assert done.returncode == 0 and "ok, schema version" in done.stdout
    assert (data / "l2l.sqlite3").read_bytes() == before
    done = run_cli(tmp_path, "backup", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    (made,) = (data / "backups").iterdir()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    target = tmp_path / "copies" / "mine.sqlite3"
    done = run_cli(tmp_path, "backup", "-o", str(target), "--data-dir", str(data))
    assert done.returncode == 0 and target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM question").fetchone()[0] > 0
    conn.close()
    missing = run_cli(tmp_path, "check", "--data-dir", str(tmp_path / "none"))
    assert missing.returncode == 2 and not (tmp_path / "none").exists()


def test_the_app_backs_up_on_start_and_on_quit_when_something_changed(tmp_path):
    from datetime import date, datetime

    from l2l_desktop.core import records as r
    from l2l_desktop.store import open_store, writes

    data = tmp_path / "data"
    proc = start_gui(tmp_path, "--data-dir", str(data))  # a new, empty journal
    time.sleep(2.0)
    assert stop(proc)[0] == 0
    assert not list((data / "backups").glob("*.sqlite3"))  # nothing of the user's to keep yet
    store = open_store(data / "l2l.sqlite3")
    writes.save(store, r.Tell(date(2026, 11, 23), datetime(2026, 11, 23, 9), "first"))
    store.close()
    proc = start_gui(tmp_path, "--data-dir", str(data))
    wait_for(lambda: (data / "backups").is_dir() and any((data / "backups").iterdir()))
    time.sleep(1.0)
    assert stop(proc)[0] == 0
    names = sorted(p.name for p in (data / "backups").iterdir())
    assert len(names) == 1 and "start" in names[0]  # nothing changed: no backup at quit
    store = open_store(data / "l2l.sqlite3")  # a record written since (the app is closed)
    writes.save(store, r.Tell(date(2026, 11, 24), datetime(2026, 11, 24, 9), "since"))
    store.close()
    proc = start_gui(tmp_path, "--data-dir", str(data))
    time.sleep(2.0)
    assert stop(proc)[0] == 0
    names = sorted(p.name for p in (data / "backups").iterdir())
    assert len(names) == 2 and "quit" in names[1]  # the day's backup is there: only at quit


def _large_database(tmp_path: Path) -> Path:
    """A data folder whose database takes a good part of a second to copy (about 80 MB)."""
    data = tmp_path / "data"
    assert run_cli(tmp_path, "demo-data", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    conn = sqlite3.connect(data / "l2l.sqlite3")
    columns = [row[1] for row in conn.execute("PRAGMA table_info(question)") if row[1] != "id"]
    picked = ", ".join(
        {"uuid": "lower(hex(randomblob(16)))", "text": "hex(randomblob(10000))"}.get(c, c)
        for c in columns
    )
    with conn:
        for _ in range(40):
            conn.execute(
                f"INSERT INTO question ({', '.join(columns)}) "
                f"SELECT {picked} FROM question LIMIT 100"
            )
    conn.close()
    return data


BACKUP_TO = [sys.executable, "-m", "l2l_desktop", "backup", "-o"]


def _start_backup_and_kill_midway(tmp_path: Path, data: Path, target: Path, how: int) -> int:
    """Run ``backup -o target`` and send it ``how`` while its partial copy exists."""
    part = target.with_name(target.name + ".part")
    for _attempt in range(5):
        proc = subprocess.Popen(
            [*BACKUP_TO, str(target), "--data-dir", str(data)],
            env=cli_env(tmp_path),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while proc.poll() is None and not part.exists():
            time.sleep(0.001)
        if proc.poll() is None:
            proc.send_signal(how)
            return proc.wait(timeout=60)
        target.unlink(missing_ok=True)  # finished before it could be caught: again
    pytest.fail("the backup was never caught while copying")


def test_a_killed_backup_leaves_no_partial_file_beside_its_target(tmp_path):
    data = _large_database(tmp_path)
    target = tmp_path / "copies" / "mine.sqlite3"
    beside = target.parent

    code = _start_backup_and_kill_midway(tmp_path, data, target, signal.SIGTERM)
    assert code in (0, 128 + signal.SIGTERM)
    if code == 128 + signal.SIGTERM:  # (0 only if the copy was done the moment it was told)
        assert sorted(p.name for p in beside.iterdir()) == [], "the copy unwound: nothing left"
    assert not [p.name for p in beside.iterdir() if ".part" in p.name]
    target.unlink(missing_ok=True)

    # SIGKILL cannot be caught: its partial copy stays until the next backup to that place.
    _start_backup_and_kill_midway(tmp_path, data, target, signal.SIGKILL)
    assert [p.name for p in beside.iterdir() if ".part" in p.name]
    done = run_cli(tmp_path, "backup", "-o", str(target), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in beside.iterdir()) == ["mine.sqlite3"]
    conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    copied = conn.execute("SELECT count(*) FROM question").fetchone()[0]
    conn.close()
    conn = sqlite3.connect(f"{(data / 'l2l.sqlite3').as_uri()}?mode=ro", uri=True)
    assert copied == conn.execute("SELECT count(*) FROM question").fetchone()[0] > 3000
    conn.close()


def test_check_finishes_a_restore_that_stopped_between_its_renames(tmp_path):
    data = tmp_path / "data"
    assert run_cli(tmp_path, "demo-data", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    db = data / "l2l.sqlite3"
    staging = data / "l2l.sqlite3.restoring"
    content = db.read_bytes()
    os.replace(db, staging)  # the old file went aside; the checked copy was not yet in place

    done = run_cli(tmp_path, "check", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "restore" in done.stderr and "now finished" in done.stderr
    assert "no L2L Desktop database" not in done.stderr
    assert db.read_bytes() == content and not staging.exists()


def test_check_leaves_a_damaged_halfway_restore_for_a_person_to_see(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    staging = data / "l2l.sqlite3.restoring"
    staging.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    done = run_cli(tmp_path, "check", "--data-dir", str(data))
    assert done.returncode == 2
    assert "stopped halfway" in done.stderr and str(staging) in done.stderr
    assert staging.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 4000
    assert not (data / "l2l.sqlite3").exists()


def test_demo_data_says_how_many_years_reach_back_to_1970(tmp_path):
    data = tmp_path / "data"
    # 2026-11-24 is 56 years and 327 days after 1970-01-01: 56 whole years fit, 57 do not.
    done = run_cli(
        tmp_path, "demo-data", "--years", "57", "--end", "2026-11-24", "--data-dir", str(data)
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "1970-01-01" in done.stderr and "at most 56 years" in done.stderr
    assert not data.exists()
    # Ending on 2026-12-31, 57 years start on 1970-01-01 itself: 57 fit, 58 do not.
    done = run_cli(
        tmp_path, "demo-data", "--years", "58", "--end", "2026-12-31", "--data-dir", str(data)
    )
    assert done.returncode == 2 and "at most 57 years" in done.stderr
    assert not data.exists()


def test_under_umask_000_everything_the_app_makes_is_private(tmp_path):
    env = cli_env(tmp_path)
    home = Path(env["HOME"])
    before = {p for p in home.rglob("*")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "l2l_desktop"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        umask=0o000,
    )
    data = home / "data" / "l2l-desktop"  # two levels the app makes: XDG_DATA_HOME is missing
    wait_for(lambda: (data / "l2l.lock").exists() and (data / "l2l.sqlite3").exists())
    time.sleep(1.0)
    lock = data / "l2l.lock"
    assert oct(stat.S_IMODE(lock.stat().st_mode)) == "0o600"  # removed at quit
    assert stop(proc)[0] == 0
    made = {p for p in home.rglob("*")} - before
    folders = {p for p in made if p.is_dir()}
    assert {home / "data", data, home / "config"} <= folders
    assert any(p.name == "log" or "l2l" in p.name for p in folders if home / "state" in p.parents)
    wide = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in folders}
    assert set(wide.values()) == {"0o700"}, wide
    files = {p for p in made if p.is_file()}
    settings_files = [p for p in files if home / "config" in p.parents]
    assert settings_files, sorted(map(str, made))
    assert any(p.suffix == ".log" for p in files), sorted(map(str, files))
    readable = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in files}
    assert set(readable.values()) == {"0o600"}, readable


def _seed(data, records) -> None:
    from l2l_desktop.store import writes

    store = open_data(data)
    try:
        writes.save_many(store, records)
    finally:
        store.close()


def test_stats_of_all_history_when_the_only_record_lies_ahead(tmp_path):
    from datetime import date

    from l2l_desktop.core import records as r

    data = tmp_path / "data"
    # The only record: a gemba visit planned for the week after the as-of day.
    _seed(data, [r.GembaVisit(date(2026, 11, 30), "Dock", "See the loading")])
    done = run_cli(
        tmp_path, "stats", "--json", "--weeks", "0", "--as-of", "2026-11-25",
        "--data-dir", str(data),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    import json

    report = json.loads(done.stdout)
    assert report["range"] == {"first": "2026-11-23", "last": "2026-11-25"}
    assert all(p["practice_days_in_range"] == 0 for p in report["practices"])
    bad = run_cli(tmp_path, "stats", "--weeks", "-3", "--data-dir", str(data))
    assert bad.returncode == 2 and "--weeks" in bad.stderr and "Traceback" not in bad.stderr


def test_stats_as_of_a_past_day_counts_follow_ups_as_they_were(tmp_path):
    from datetime import date

    from l2l_desktop.core import records as r

    data = tmp_path / "data"
    visit = r.GembaVisit(
        date(2026, 11, 2),
        "Line 2",
        "Changeover",
        status=r.VisitStatus.DONE,
        follow_ups=(
            r.FollowUp("Fix the guard", due_day=date(2026, 11, 6), done_day=date(2026, 11, 20)),
            r.FollowUp("Ask about spares", done_day=date(2026, 11, 4)),
        ),
    )
    _seed(data, [visit])
    done = run_cli(tmp_path, "stats", "--json", "--as-of", "2026-11-10", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    import json

    # On 10 Nov the guard was not fixed yet (due 6 Nov: overdue, 8 days old); the spares
    # question was closed after 2 days.
    assert json.loads(done.stdout)["follow_ups"] == {
        "open": 1,
        "overdue": 1,
        "closed": 1,
        "closure_rate": 50.0,
        "median_days_to_close": 2.0,
        "median_open_age": 8.0,
    }


def test_stats_json_follows_the_rules_for_the_days_that_count(tmp_path):
    """docs/stats.md, rules 1 to 3: the journal begins with its first record, today is open,
    a Monday-Friday holiday is skipped by the weekly review."""
    from datetime import date

    from l2l_desktop.core import records as r
    from l2l_desktop.core.elements import Element

    data = tmp_path / "data"
    _seed(
        data,
        [
            r.Intention(date(2026, 11, 11), "h", "d", (r.Action("a", Element.SUPPORT),)),
            r.Reflection(date(2026, 11, 13), r.ReflectionKind.WEEKLY, learned="week one"),
            r.RestPeriod(date(2026, 11, 16), date(2026, 11, 20), r.RestKind.LEAVE),
            r.Reflection(date(2026, 11, 27), r.ReflectionKind.WEEKLY, learned="week three"),
        ],
    )
    done = run_cli(tmp_path, "stats", "--json", "--as-of", "2026-11-27", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    import json

    practices = {p["key"]: p for p in json.loads(done.stdout)["practices"]}
    # Practice days from Wednesday 11 Nov (the first record): 11, 12, 13 Nov, then 23..26
    # Nov after the leave; Friday 27 Nov, the as-of day, is still open: 7.
    assert (
        practices["intention"]["done_in_range"],
        practices["intention"]["practice_days_in_range"],
    ) == (1, 7)
    # Weeks of 9 Nov (done) and 23 Nov (done); the week of leave is skipped: a run of 2.
    review = practices["weekly_review"]
    assert review["streak"] == {"current": 2, "longest": 2, "unit": "weeks"}
    assert (review["done_in_range"], review["practice_days_in_range"]) == (2, 2)


def _today_data(tmp_path):
    from datetime import date, datetime

    from l2l_desktop.core import records as r
    from l2l_desktop.core.dates import to_utc
    from l2l_desktop.core.elements import Element

    data = tmp_path / "data"
    wed, tue = date(2026, 11, 25), date(2026, 11, 24)
    _seed(
        data,
        [
            r.Intention(
                wed,
                "Calm and curious",
                "The line runs without the buffer",
                (
                    r.Action("Ask before fixing", Element.SUPPORT),
                    r.Action("Gemba at 10", Element.DIRECTION, done=True),
                ),
            ),
            r.Pause(wed, to_utc(datetime(2026, 11, 25, 11, 30)), r.Alignment.PARTLY, "rushed"),
            r.Reflection(tue, rating=3, adjust_next="Start the huddle with a question"),
            r.GembaVisit(
                date(2026, 11, 20),
                "Dock",
                "See the loading",
                status=r.VisitStatus.DONE,
                follow_ups=(
                    r.FollowUp("Order a second jack", "Ana", due_day=date(2026, 11, 24)),
                    r.FollowUp("Paint the lines", due_day=date(2026, 11, 30)),  # not due yet
                    r.FollowUp("Fixed", due_day=date(2026, 11, 23), done_day=date(2026, 11, 23)),
                ),
            ),
        ],
    )  # fmt: skip
    return data


PRACTISED = "What would you try first, if it were up to you?"


def _choose_practice(data, day) -> None:
    from l2l_desktop.core import records as r
    from l2l_desktop.store import preferences, writes

    store = open_data(data)
    try:
        bank = writes.save(store, r.BankQuestion(PRACTISED, "Support"))
        preferences.set_practice_question(store, day, bank.uuid)
    finally:
        store.close()


def test_today_json_shows_the_day_and_what_is_carried_over(tmp_path):
    import json
    from datetime import date, datetime

    data = _today_data(tmp_path)
    _choose_practice(data, date(2026, 11, 25))
    local_1130 = datetime(2026, 11, 25, 11, 30).astimezone().isoformat(timespec="minutes")
    done = run_cli(tmp_path, "today", "--json", "--day", "2026-11-25", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "day": "2026-11-25",
        "intention": {
            "heart": "Calm and curious",
            "direction": "The line runs without the buffer",
            "actions": [
                {"text": "Ask before fixing", "element": "support", "done": False},
                {"text": "Gemba at 10", "element": "direction", "done": True},
            ],
        },
        # 11:30 local time, with the local offset (the child runs in the same time zone)
        "pauses": [{"at": local_1130, "alignment": "partly", "note": "rushed"}],
        "carried_over": {
            "adjust_next": {"day": "2026-11-24", "text": "Start the huddle with a question"},
            "follow_ups_due": [  # open and due by the 25th: not the one due on the 30th
                {
                    "text": "Order a second jack",
                    "owner": "Ana",
                    "due_day": "2026-11-24",
                    "place": "Dock",
                    "visit_day": "2026-11-20",
                }
            ],
        },
        "practice_question": PRACTISED,  # the bank question chosen for the day, as text
    }
    text = run_cli(tmp_path, "today", "--day", "2026-11-25", "--data-dir", str(data))
    assert text.returncode == 0
    assert "[x] Gemba at 10 (direction)" in text.stdout and "11:30 partly · rushed" in text.stdout
    assert "Carried over from 2026-11-24: Start the huddle with a question" in text.stdout
    assert f"Question to practise: {PRACTISED}" in text.stdout
    empty = run_cli(tmp_path, "today", "--day", "2026-11-26", "--data-dir", str(data))
    assert "No intention yet" in empty.stdout
    # A day without a choice: the day's own pick from the bank, by its words.
    picked = empty.stdout.split("Question to practise: ")[1].strip()
    assert picked.endswith("?")  # a question in words, not a UUID


def test_today_imports_no_qt(tmp_path):
    data = _today_data(tmp_path)
    assert_no_qt(tmp_path, ["today", "--day", "2026-11-25", "--data-dir", str(data)])


def test_search_finds_words_and_parts_of_words_and_says_when_nothing_is_found(tmp_path):
    import json
    from datetime import date, datetime

    from l2l_desktop.core import records as r

    data = tmp_path / "data"
    _seed(
        data,
        [
            r.Question(date(2026, 11, 2), datetime(2026, 11, 2, 9), "How is the teamwork?",
                       r.QuestionKind.OPEN),
            r.Tell(date(2026, 11, 20), datetime(2026, 11, 20, 9), "Told the team what to do"),
        ],
    )  # fmt: skip
    done = run_cli(tmp_path, "search", "team", "--json", "--newest", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert [(h["kind"], h["day"]) for h in hits] == [
        ("tell", "2026-11-20"),
        ("question", "2026-11-02"),
    ]
    tell = hits[0]
    assert [tell["snippet"][a:b] for a, b in tell["matches"]] == ["team"]
    only = run_cli(tmp_path, "search", "team", "--kind", "question", "--data-dir", str(data))
    assert only.returncode == 0 and "[teamwork]" in only.stdout and "tell" not in only.stdout
    since = run_cli(tmp_path, "search", "team", "--since", "2026-11-10", "--data-dir", str(data))
    assert "question" not in since.stdout and "tell" in since.stdout
    nothing = run_cli(tmp_path, "search", 'NEAR( "', "--data-dir", str(data))
    assert nothing.returncode == 1 and nothing.stdout == "" and nothing.stderr == ""


def test_search_imports_no_qt(tmp_path):
    data = tmp_path / "data"
    seed_one_record(data)
    assert_no_qt(tmp_path, ["search", "seed", "--data-dir", str(data)])


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    from datetime import date, datetime

    from l2l_desktop.core import records as r

    data = tmp_path / "data"
    _seed(
        data, [r.Tell(date(2026, 11, 2), datetime(2026, 11, 2, 9), f"work {n}") for n in range(50)]
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "l2l_desktop", "search", "work", "--data-dir", str(data)],
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # as "| head" does once it has read enough
    with child.stderr:
        err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err, err


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("demo-data", "--years"),
        ("stats", "--weeks"),
        ("today", "--day"),
        ("search", "--newest"),
        ("export", "--format"),
        ("import", "--dry-run"),
        ("check", "--data-dir"),
        ("backup", "--output"),
    ],
)
def test_each_subcommand_has_its_arguments_and_its_help(tmp_path, command, option):
    # Only the subcommand named on the line gets its arguments built: it must get all of them.
    done = run_cli(tmp_path, command, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: l2l-desktop {command}") and option in done.stdout
    listed = run_cli(tmp_path, "--help")
    assert f"    {command} " in listed.stdout  # every subcommand listed, with its line of help


def test_the_window_starts_minimised_when_asked(tmp_path):
    # The login entry that Settings › Start at login writes passes --minimised.
    data = tmp_path / "data"
    proc = start_gui(tmp_path, "--minimised", "--data-dir", str(data))
    log = tmp_path / "child-home" / "state" / "l2l-desktop" / "log" / "l2l-desktop.log"
    wait_for(lambda: log.exists() and "the window started minimised" in log.read_text())
    code, err = stop(proc)
    assert code == 0, err
