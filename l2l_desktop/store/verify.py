"""Whether a database's schema is the one the declarations make: its tables, their columns,
foreign keys and indexes, and its triggers. A table or a column dropped is damage that
``PRAGMA quick_check`` does not see.

The comparison is of structure, not of SQL text: a column added by a migration step carries a
DEFAULT that a new database's column does not, and both are the same column.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from l2l_desktop.core.declared import Shape
from l2l_desktop.core.kinds import KINDS, Kinds
from l2l_desktop.store import backup, migrations
from l2l_desktop.store.schema import Tables

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
def declared(kinds: Kinds = KINDS) -> Structure:
    """The structure of a database made new from ``kinds``. For the app's own kinds it is
    the one stored in ``declared_schema.py`` (building it takes a command a third of its
    start); a test keeps the two the same."""
    if kinds is KINDS:
        from l2l_desktop.store.declared_schema import STRUCTURE

        return STRUCTURE
    return build_declared(kinds)


def build_declared(kinds: Kinds = KINDS) -> Structure:
    """The structure of a database made new from ``kinds``, built in memory."""
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

    body = pprint.pformat(build_declared(KINDS), width=96, sort_dicts=True)
    return (
        '"""The structure a new database of this schema version has, as ``verify.declared``\n'
        "reads it. Written by ``python -m l2l_desktop.store.verify > "
        "l2l_desktop/store/declared_schema.py``;\ntests/store/test_schema_check.py fails when "
        'it is not what the declarations make."""\n\n'
        "# fmt: off\n"
        f"SCHEMA_VERSION = {migrations.SCHEMA_VERSION}\n"
        f"STRUCTURE = {body}\n"
    )


def schema_problems(conn: sqlite3.Connection, kinds: Kinds = KINDS) -> list[str]:
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


def verdict_of(path: Path, kinds: Kinds = KINDS) -> str:
    """'ok' for a sound database file of the current schema, else what is wrong with it:
    SQLite's ``quick_check`` first, then the schema (an older version's once it is upgraded).
    Looked at read-only."""
    found = backup.quick_check(path)
    if found != "ok":
        return found
    try:
        conn = backup.open_read_only(path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != migrations.SCHEMA_VERSION:
            return "ok"
        problems = schema_problems(conn, kinds)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return "ok" if not problems else "the schema is not the app's: " + "; ".join(problems[:5])


def _readable(shape: Shape, value: object, choices: frozenset[str]) -> bool:
    """Whether a stored value (text read as bytes) reads as a value of ``shape``."""
    if value is None:
        return True
    if shape in (Shape.WHOLE, Shape.FLAG, Shape.ELEMENT, Shape.ELEMENTS):
        return isinstance(value, int)
    if not isinstance(value, bytes):
        return False
    try:
        text = value.decode("utf-8")
        if shape is Shape.DAY:
            date.fromisoformat(text)
        elif shape is Shape.MOMENT:
            datetime.fromisoformat(text)
        elif shape is Shape.CHOICE:
            return text in choices
    except ValueError:  # UnicodeDecodeError is one
        return False
    return True


def unreadable_values(path: Path, kinds: Kinds = KINDS) -> list[str]:
    """Every stored value of the records that cannot be read as its field's type (a garbled
    day, flipped bytes in a text), as 'table t, row n: column c'. Looked at read-only."""
    tables = Tables(SqliteDatabase(":memory:"), kinds)
    conn = backup.open_read_only(path)
    conn.text_factory = bytes
    found = []
    try:
        for table in tables.record_tables():
            columns: list[tuple[str, Shape, frozenset[str]]] = [
                ("uuid", Shape.TEXT, frozenset()),
                ("created_at", Shape.MOMENT, frozenset()),
                ("updated_at", Shape.MOMENT, frozenset()),
            ]
            if "day" in table.model._meta.fields and table.parent is not None:
                columns.append(("day", Shape.DAY, frozenset()))
            for column in table.columns:
                spec = column.spec
                if spec.shape in (Shape.RECORD, Shape.LINK):
                    continue  # a row id, checked by the foreign keys
                choices: frozenset[str] = frozenset()
                if spec.shape is Shape.CHOICE:
                    choices = frozenset(str(m.value) for m in spec.type)  # type: ignore[attr-defined]
                columns.append((column.field.column_name, spec.shape, choices))
            names = ", ".join(f'"{name}"' for name, _, _ in columns)
            for row in conn.execute(f'SELECT id, {names} FROM "{table.name}"'):
                for (name, shape, choices), value in zip(columns, row[1:], strict=True):
                    if not _readable(shape, value, choices):
                        found.append(f"table {table.name}, row {row[0]}: column {name}")
    finally:
        conn.close()
    return found


if __name__ == "__main__":
    print(frozen_source(), end="")
