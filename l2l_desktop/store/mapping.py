"""Rows and records: reading rows into record dataclasses, and records into column values.

Both directions follow the declarations (see :mod:`l2l_desktop.store.schema`): no field of a
record is named here. Rows are read as tuples, which is about twice as fast as model objects.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from peewee import JOIN, Field

from l2l_desktop.core.declared import FieldSpec, Shape
from l2l_desktop.core.elements import Element, from_mask, to_mask
from l2l_desktop.store.schema import Column, Table, Tables
from l2l_desktop.store.text import Garbled

log = logging.getLogger(__name__)

# Ids per query when part rows are fetched for many records (old SQLite allows 999 variables).
CHUNK = 900


class Unreadable(ValueError):
    """A stored value that cannot be read as its field's type (a garbled day, say)."""


_told: set[tuple[str, object, str]] = set()


def note_unreadable(table: str, row: object, what: str) -> None:
    """Log a value that cannot be read, with its table and row, once per process (a tab
    reloads often)."""
    if (table, row, what) not in _told:
        _told.add((table, row, what))
        log.warning("table %s, row %s: %s", table, row, what)


def fetch(query: Any, table: str) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as tuples (the row id first); a text that was not UTF-8 is
    logged with its table and row."""
    rows = list(query.tuples())
    for row in rows:
        if any(isinstance(value, Garbled) for value in row):
            note_unreadable(table, row[0], "a text is not UTF-8; shown with replacement characters")
    return rows


def as_date(value: Any) -> date | None:
    """Peewee hands back an unparsable stored date as a string; parse or refuse it."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _element(mask: int) -> Element:
    (element,) = from_mask(mask)
    return element


# How a stored value becomes a field's value, by shape (None stays None).
_FROM_STORED: dict[Shape, Callable[[FieldSpec, Any], Any]] = {
    Shape.TEXT: lambda _s, v: v,
    Shape.LINK: lambda _s, v: v,
    Shape.WHOLE: lambda _s, v: int(v),
    Shape.FLAG: lambda _s, v: bool(v),
    Shape.DAY: lambda _s, v: as_date(v),
    Shape.MOMENT: lambda _s, v: as_datetime(v),
    Shape.CHOICE: lambda s, v: s.type(v),
    Shape.ELEMENT: lambda _s, v: _element(v),
    Shape.ELEMENTS: lambda _s, v: from_mask(v),
}
# How a field's value is stored, by shape (records and links are resolved by the writer).
_TO_STORED: dict[Shape, Callable[[Any], Any]] = {
    Shape.TEXT: lambda v: v,
    Shape.WHOLE: lambda v: v,
    Shape.FLAG: lambda v: v,
    Shape.DAY: lambda v: v,
    Shape.MOMENT: lambda v: v,
    Shape.CHOICE: lambda v: v.value,
    Shape.ELEMENT: lambda v: int(v.bit),
    Shape.ELEMENTS: to_mask,
}


def stored(spec: FieldSpec, value: Any) -> Any:
    """The column value of a field that needs no other row (not a record, link or parts)."""
    return None if value is None else _TO_STORED[spec.shape](value)


def derived_values(table: Table, record: Any) -> dict[Field, Any]:
    """The derived columns of ``record`` (e.g. the elements of an intention's actions)."""
    return {field: to_mask(getattr(record, name)) for name, field in table.derived}


class _Shape:
    """The columns one table contributes to a select, and how to build its record from them."""

    def __init__(self, table: Table, model: Any, tables: Tables) -> None:
        self.record = table.record
        self.columns: list[Any] = [model.uuid]
        self.stamped = table.parent is None  # a record has stamps; a part has its uuid only
        if self.stamped:
            self.columns += [model.created_at, model.updated_at]
        self.joins: list[tuple[Any, Any]] = []  # (aliased model, on)
        self.build: list[tuple[FieldSpec, int, _Shape | None]] = []
        for column in table.columns:
            self._add(column, model, tables)

    def _add(self, column: Column, model: Any, tables: Tables) -> None:
        spec = column.spec
        field = getattr(model, column.field.name)
        if spec.shape in (Shape.RECORD, Shape.LINK):
            name = tables.kinds.of(spec.type).name if spec.shape is Shape.RECORD else spec.rule.link
            assert name is not None
            target = tables[name]
            alias = target.model.alias()
            self.joins.append((alias, field == alias.id))
            if spec.shape is Shape.LINK:
                self.build.append((spec, len(self.columns), None))
                self.columns.append(alias.uuid)
            else:
                nested = _Shape(target, alias, tables)
                if nested.joins:
                    raise TypeError(f"{spec.name}: a referenced record refers to no other")
                self.build.append((spec, len(self.columns), nested))
                self.columns += nested.columns
            return
        self.build.append((spec, len(self.columns), None))
        self.columns.append(field)

    def make(self, row: Sequence[Any], at: int, extra: dict[str, Any] | None = None) -> Any:
        """The record whose columns start at ``row[at]``, or None for a record not there."""
        if row[at] is None:
            return None
        values: dict[str, Any] = dict(extra or {})
        values["uuid"] = row[at]
        if self.stamped:
            values["created_at"] = as_datetime(row[at + 1])
            values["updated_at"] = as_datetime(row[at + 2])
        for spec, index, nested in self.build:
            value = row[at + index]
            if nested is not None:
                values[spec.name] = nested.make(row, at + index)
            elif value is not None:
                try:
                    values[spec.name] = _FROM_STORED[spec.shape](spec, value)
                except (ValueError, TypeError, KeyError) as exc:
                    raise Unreadable(
                        f"{spec.name} holds {value!r}, not a {spec.shape.value}"
                    ) from exc
            else:
                values[spec.name] = None
        return self.record(**values)


class Reader:
    """Reads the records of one kind: :meth:`select` a query, then :meth:`records` of it."""

    def __init__(self, tables: Tables, kind: str) -> None:
        self.table = tables[kind]
        self.model = self.table.model
        self._shape = _Shape(self.table, self.model, tables)
        self._parts = [(spec, PartReader(part, tables)) for spec, part in self.table.parts]

    def select(self) -> Any:
        """The kind's rows with everything its records need joined; add where, order, limit."""
        query = self.model.select(self.model.id, *self._shape.columns)
        for alias, on in self._shape.joins:
            query = query.join_from(self.model, alias, JOIN.LEFT_OUTER, on=on)
        return query

    def part(self, name: str) -> PartReader:
        """What reads the parts in field ``name`` (a visit's ``follow_ups``) on their own."""
        return next(reader for spec, reader in self._parts if spec.name == name)

    def records(self, query: Any) -> list[Any]:
        """The records of ``query``'s rows. A record with a value that cannot be read (in it,
        or in one of its parts) is left out and logged, never half shown: saved again, it
        would drop what could not be read."""
        rows = fetch(query, self.table.name)
        ids = [row[0] for row in rows]
        parts, broken = {}, set()
        for spec, reader in self._parts:
            parts[spec.name], unread = reader.by_parent(ids)
            broken |= unread
        out = []
        for row in rows:
            try:
                if row[0] in broken:
                    raise Unreadable("one of its parts cannot be read")
                out.append(self._shape.make(row, 1, {n: by[row[0]] for n, by in parts.items()}))
            except Unreadable as exc:
                note_unreadable(self.table.name, row[0], f"{exc}; the record is left out")
        return out


class PartReader:
    """Reads the part rows of many records at once, grouped by record, in their order."""

    def __init__(self, table: Table, tables: Tables) -> None:
        assert table.parent is not None
        self.table = table
        self.model = table.model
        self.parent = table.parent
        self.shape = _Shape(table, table.model, tables)

    def select(self) -> Any:
        """Each part row: its record's id, then the part's columns (add where and order)."""
        model = self.table.model
        query = model.select(self.parent, *self.shape.columns)
        for alias, on in self.shape.joins:
            query = query.join_from(model, alias, JOIN.LEFT_OUTER, on=on)
        return query

    def by_parent(self, ids: Iterable[int]) -> tuple[defaultdict[int, tuple[Any, ...]], set[int]]:
        """The parts of each record, in order; and the records with a part that cannot be
        read (logged)."""
        grouped: defaultdict[int, list[Any]] = defaultdict(list)
        broken: set[int] = set()
        wanted = list(ids)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            query = self.select().where(self.parent.in_(chunk))
            query = query.order_by(self.parent, self.table.model.position)
            for row in fetch(query, self.table.name):
                try:
                    grouped[row[0]].append(self.make(row))
                except Unreadable as exc:
                    broken.add(row[0])
                    note_unreadable(self.table.name, f"of record {row[0]}", str(exc))
        return defaultdict(tuple, {k: tuple(v) for k, v in grouped.items()}), broken

    def make(self, row: Sequence[Any]) -> Any:
        """The part in a row of :meth:`select` (columns added after it are left alone)."""
        return self.shape.make(row, 1)
