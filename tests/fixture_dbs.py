"""The stored databases of earlier schema versions (tests/fixtures/schema_v*.sqlite3).

Shared by the upgrade tests and the kill-during-migration tests: where the files are, what
their manifest says, and read-only dumps of a database to compare with it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from tests.conftest import PROJECT_ROOT

FIXTURES_DIR = PROJECT_ROOT / "tests" / "fixtures"
MANIFEST_PATH = FIXTURES_DIR / "schema_fixtures.json"
SCRIPT_PATH = FIXTURES_DIR / "make_schema_fixtures.py"


@cache
def manifest() -> dict[str, Any]:
    return json.loads(MANIFEST_PATH.read_text(encoding="ascii"))


def fixture_versions() -> list[int]:
    return sorted(int(v) for v in manifest()["fixtures"])


def fixture_path(version: int) -> Path:
    return FIXTURES_DIR / manifest()["fixtures"][str(version)]["file"]


def expected_tables(version: int) -> dict[str, list[dict[str, Any]]]:
    """Table -> every row the fixture of ``version`` holds (dicts of column -> value)."""
    return manifest()["fixtures"][str(version)]["tables"]


def copy_fixture(version: int, dest: Path) -> Path:
    """A private copy of the fixture of ``version`` at ``dest`` (the stored file stays as is)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture_path(version), dest)
    dest.chmod(0o600)
    return dest


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` (never creates or changes the file)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def table_names(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def rows_of(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """Every row of ``table`` as dicts, in rowid order (drafts and preferences by key)."""
    cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1')
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def dump(path: Path) -> dict[str, Any]:
    """Version stamps, schema (tables and indexes) and every row of every table."""
    with read_only(path) as conn:
        schema = sorted(
            tuple(row)
            for row in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            )
        )
        return {
            "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "application_id": conn.execute("PRAGMA application_id").fetchone()[0],
            "schema": schema,
            "tables": {t: rows_of(conn, t) for t in sorted(table_names(conn))},
        }


def integrity(path: Path) -> str:
    with read_only(path) as conn:
        return "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall())


def row_key(rows: list[dict[str, Any]]) -> str:
    """The column that tells the rows of a table apart: its id, else its uuid, else its key."""
    first = rows[0] if rows else {}
    return next((c for c in ("id", "uuid") if c in first), "key")


def missing_or_changed(path: Path, version: int) -> list[str]:
    """Manifest rows of ``version`` that ``path`` no longer holds exactly (every old column
    compared); an empty list when every one is intact."""
    problems = []
    with read_only(path) as conn:
        present = table_names(conn)
        for table, rows in expected_tables(version).items():
            if table not in present:
                problems.append(f"table {table} is gone")
                continue
            key = row_key(rows)  # drafts, preferences: by key; deletions by uuid
            stored = {row[key]: row for row in rows_of(conn, table)}
            for row in rows:
                now = stored.get(row[key])
                if now is None:
                    problems.append(f"{table} {key}={row[key]} is gone")
                else:
                    changed = sorted(c for c in row if c not in now or now[c] != row[c])
                    if changed:
                        problems.append(f"{table} {key}={row[key]} changed in {changed}")
    return problems


def count_rows(version: int) -> int:
    return sum(len(rows) for rows in expected_tables(version).values())
