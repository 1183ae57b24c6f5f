"""Whether a database's schema is the one the declarations make: its tables, their columns,
foreign keys and indexes, and its triggers. A table or a column dropped is damage that
``PRAGMA quick_check`` does not see.

The comparison is of structure, not of SQL text: a column added by a migration step carries a
DEFAULT that a new database's column does not, and both are the same column.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l2l_desktop.store import backup, versions

if TYPE_CHECKING:
    from l2l_desktop.core.kinds import Kinds
    from l2l_desktop.store.page_check import PageCheck

Structure = dict[str, Any]


def structure(conn: sqlite3.Connection) -> Structure:
    """What a schema is made of, read through SQLite's own PRAGMAs (read-only)."""
    names = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    tables: dict[str, Any] = {}
    for (table,) in names:
        quoted = table.replace('"', '""')
        columns = [
            (name, str(kind).upper(), bool(notnull), int(pk))
            for _cid, name, kind, notnull, _default, pk in conn.execute(
                f'PRAGMA table_info("{quoted}")'
            )
        ]
        keys = sorted(
            (str(target), str(column), str(to), str(on_delete))
            for _id, _seq, target, column, to, _on_update, on_delete, _match in conn.execute(
                f'PRAGMA foreign_key_list("{quoted}")'
            )
        )
        indexes = {}
        for _seq, index, unique, _origin, partial in conn.execute(f'PRAGMA index_list("{quoted}")'):
            q = index.replace('"', '""')
            on = tuple(str(r[2]) for r in conn.execute(f'PRAGMA index_info("{q}")'))
            indexes[index] = (bool(unique), bool(partial), on)
        tables[table] = {"columns": columns, "keys": keys, "indexes": indexes}
    triggers = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    return {"tables": tables, "triggers": triggers}


@cache
def declared(kinds: Kinds | None = None) -> Structure:
    """The structure of a database made new from ``kinds`` (default: the app's own). For the
    app's own kinds it is the one stored in ``declared_schema.py`` (building it takes a
    command a third of its start, and loads peewee); a test keeps the two the same."""
    if kinds is not None:
        from l2l_desktop.core.kinds import KINDS

        if kinds is not KINDS:
            return build_declared(kinds)
    from l2l_desktop.store.declared_schema import STRUCTURE

    return STRUCTURE


def build_declared(kinds: Kinds | None = None) -> Structure:
    """The structure of a database made new from ``kinds`` (default: the app's own), built
    in memory."""
    from peewee import SqliteDatabase

    from l2l_desktop.core.kinds import KINDS
    from l2l_desktop.store import migrations
    from l2l_desktop.store.schema import Tables

    kinds = KINDS if kinds is None else kinds

    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        migrations.create_schema(db, Tables(db, kinds))
        return structure(db.connection())
    finally:
        db.close()


def frozen_source() -> str:
    """The text of ``declared_schema.py`` for the current declarations."""
    import pprint

    from peewee import SqliteDatabase

    from l2l_desktop.core.kinds import KINDS
    from l2l_desktop.store.schema import Tables
    from l2l_desktop.store.search import serving_sql

    body = pprint.pformat(build_declared(KINDS), width=96, sort_dicts=True)
    serving = serving_sql(Tables(SqliteDatabase(":memory:"), KINDS))
    return (
        '"""The structure a new database of this schema version has, as ``verify.declared``\n'
        "reads it, and the search's element filter (``search.serving_sql``) for a command that\n"
        "reads without peewee. Written by ``python -m l2l_desktop.store.verify > "
        "l2l_desktop/store/declared_schema.py``;\ntests/store/test_schema_check.py fails when "
        'it is not what the declarations make."""\n\n'
        "# fmt: off\n"
        f"SCHEMA_VERSION = {versions.SCHEMA_VERSION}\n"
        f"SERVING = {serving!r}\n"
        f"STRUCTURE = {body}\n"
    )


def schema_problems(conn: sqlite3.Connection, kinds: Kinds | None = None) -> list[str]:
    """How the schema of ``conn`` differs from the declared one; empty when it does not."""
    want, have = declared(kinds), structure(conn)
    problems: list[str] = []
    for table, expected in want["tables"].items():
        found = have["tables"].get(table)
        if found is None:
            problems.append(f"table {table} is missing")
            continue
        problems += _table_problems(table, expected, found)
    problems += [
        f"table {t} is not one of the app's" for t in have["tables"] if t not in want["tables"]
    ]
    problems += [f"trigger {t} is missing" for t in sorted(want["triggers"] - have["triggers"])]
    problems += [
        f"trigger {t} is not one of the app's" for t in sorted(have["triggers"] - want["triggers"])
    ]
    return problems


def _table_problems(table: str, want: Structure, have: Structure) -> list[str]:
    problems = []
    columns = {c[0]: c for c in have["columns"]}
    declared_names = [c[0] for c in want["columns"]]
    for column in want["columns"]:
        found = columns.get(column[0])
        if found is None:
            problems.append(f"column {table}.{column[0]} is missing")
        elif found != column:
            problems.append(f"column {table}.{column[0]} is not as declared")
    problems += [
        f"column {table}.{name} is not declared" for name in columns if name not in declared_names
    ]
    if have["keys"] != want["keys"]:
        problems.append(f"the foreign keys of table {table} are not as declared")
    for index, shape in want["indexes"].items():
        if index not in have["indexes"]:
            problems.append(f"index {index} is missing")
        elif have["indexes"][index] != shape:
            problems.append(f"index {index} is not as declared")
    return problems


def verdict_of(
    path: Path,
    kinds: Kinds | None = None,
    every_page: bool = True,
    pages: PageCheck | None = None,
) -> str:
    """'ok' for a sound database file of the current schema, else what is wrong with it:
    SQLite's ``quick_check`` first, then the schema (an older version's once it is upgraded).
    Looked at read-only.

    The quick check reads every page, so its time grows with the history (25 ms for ten
    years). Without ``every_page`` only the schema is looked at: a command that reads a few
    pages relies on SQLite checking each page it reads, and on ``inspect.cut_short``.
    ``pages``: that check of every page, begun earlier on another thread (``page_check.py``),
    is waited for instead of checking again."""
    if every_page:
        found = pages.verdict() if pages is not None else backup.quick_check(path)
        if found != "ok":
            return found
    try:
        conn = backup.open_read_only(path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        return schema_verdict(conn, kinds)
    finally:
        conn.close()


def schema_verdict(conn: sqlite3.Connection, kinds: Kinds | None = None) -> str:
    """'ok' when the schema of ``conn`` is the declared one (or of an older version, checked
    once it is upgraded), else what is wrong with it."""
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != versions.SCHEMA_VERSION:
            return "ok"
        problems = schema_problems(conn, kinds)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if not problems else "the schema is not the app's: " + "; ".join(problems[:5])


if __name__ == "__main__":
    print(frozen_source(), end="")
