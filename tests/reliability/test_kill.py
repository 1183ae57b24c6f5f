"""Saves survive SIGKILL: a child saves in a loop and is killed at random moments."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PROJECT_ROOT

KILLS = 25

CHILD = r"""
import sys, datetime
from pathlib import Path
from l2l_desktop.core import records as r
from l2l_desktop.store import open_store, writes
store = open_store(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    record = r.Question(datetime.date(2026, 11, 24), datetime.datetime(2026, 11, 24, 12),
                        f"What did you see, run {sys.argv[2]} number {n}?", r.QuestionKind.OPEN,
                        learned="x" * (n % 500))
    writes.save(store, record)
    print(record.uuid, flush=True)   # printed only after the save returned
"""


def test_saves_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "l2l.sqlite3"
    rng = random.Random(20261124)
    acknowledged: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        # Wait for the first acknowledged save, then kill at a random moment.
        first = child.stdout.readline().strip()
        assert first, child.stderr.read()
        acknowledged.append(first)
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        acknowledged += [line for line in rest.splitlines() if line.strip()]
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in conn.execute("SELECT uuid FROM question")}
        finally:
            conn.close()
        missing = [u for u in acknowledged if u not in stored]
        assert missing == [], f"run {run}: {len(missing)} acknowledged saves lost"
    print(f"\n{KILLS} kills, {len(acknowledged)} acknowledged saves checked, 0 lost")
