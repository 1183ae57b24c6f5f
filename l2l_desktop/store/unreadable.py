"""Stored values that cannot be read as their field's type (a garbled day, flipped bytes in a
text): what ``l2l-desktop check`` lists, beyond what SQLite's checks see."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from l2l_desktop.core.declared import Shape
from l2l_desktop.core.kinds import KINDS, Kinds
from l2l_desktop.store import backup


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
    from peewee import SqliteDatabase

    from l2l_desktop.store.schema import Tables

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
