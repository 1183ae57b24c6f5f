"""Damaged or foreign databases at start: no crash, the file byte-for-byte unchanged, told why."""

from __future__ import annotations

import os
import sqlite3

import pytest

from l2l_desktop.store import open_store
from tests.conftest import run_cli


def _good_database(path):
    store = open_store(path)
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def _random(path):
    path.write_bytes(os.urandom(20_000))


def _with_tells(path):
    """A sound database of many pages (400 tells), open with plain sqlite3."""
    _good_database(path)
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO tell (uuid, created_at, updated_at, day, told_at, note, elements) "
        "VALUES (?, '2026-01-01', '2026-01-01', '2026-01-01', '2026-01-01', ?, 2)",
        [(f"u{i}", "n" * 200) for i in range(400)],
    )
    conn.commit()
    return conn


def _truncated(path):
    _with_tells(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty_after_use(path):
    _good_database(path)
    store = open_store(path)
    store.backup("start")
    store.close()
    path.write_bytes(b"")


def _text(path):
    path.write_text("Monday: asked three open questions.\n" * 100, encoding="utf-8")


def _garbled_roots(path):
    """The root page of every table and index garbled, but for the schema and the full-text
    tables (whose settings SQLite reads to list their columns): the short look of a quick
    command passes, and the first record page it reads is damaged."""
    conn = _with_tells(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [
        n
        for (n,) in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE rootpage > 1 AND tbl_name NOT IN "
            "(SELECT name FROM sqlite_master WHERE name LIKE 'search_fts%' "
            "OR name LIKE 'search_tri%')"
        )
    ]
    conn.close()
    data = bytearray(path.read_bytes())
    for root in roots:
        data[(root - 1) * page : root * page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def _newer(path):
    _good_database(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_random, "not an L2L Desktop database"),
        (_truncated, "damaged"),
        (_empty_after_use, "empty"),
        (_text, "not an L2L Desktop database"),
        (_newer, "newer version"),
        (_garbled_roots, "damaged"),
    ],
    ids=[
        "random-bytes",
        "truncated-half",
        "zero-length-after-use",
        "text-file",
        "newer-version",
        "garbled-pages",
    ],
)
@pytest.mark.parametrize(
    "command",
    [[], ["check"], ["stats"], ["backup"], ["search", "nnn"], ["today"], ["log", "tell", "x"]],
    ids=["gui", "check", "stats", "backup", "search", "today", "log"],
)
def test_bad_database_is_reported_and_left_alone(tmp_path, damage, words, command):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "l2l.sqlite3"
    damage(db)
    before = db.read_bytes()
    done = run_cli(tmp_path, *command, "--data-dir", str(data))
    assert done.returncode == 2, done.stderr
    assert words in done.stderr or "damaged" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before
