"""The tables of one open database, built from the record declarations.

Each store builds its own peewee models, bound to its own database, from the kinds of
:mod:`l2l_desktop.core.kinds`: a table per kind, a table per part field (an intention's
actions, a visit's follow-ups), a column per declared field. Nothing here names a field of a
record, except the few storage names below that the tables had before they were derived.
"""

from __future__ import annotations

import dataclasses
import threading
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import (
    SQL,
    BooleanField,
    Check,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

from l2l_desktop.core.declared import FieldSpec, Shape, content
from l2l_desktop.core.elements import ALL_ELEMENTS
from l2l_desktop.core.kinds import KINDS, Kind, Kinds

# Storage names that differ from what the declarations give (kind "pause" is table
# "intention_pause"; the part field "actions" of kind "intention" is "intention_action"...).
TABLE_OF = {
    "pause": "intention_pause",
    "intention.actions": "intention_action",
    "gemba_visit.assumptions": "gemba_assumption",
    "gemba_visit.conversations": "gemba_conversation",
    "gemba_visit.follow_ups": "follow_up",
    "coaching_session.obstacles": "coaching_obstacle",
}
PARENT_NAMES = {
    "gemba_visit": "visit",
    "coaching_session": "session",
}  # a part's column naming its record: <name>_id
COLUMN_NAMES = {"intention.actions.element": "elements"}
# Properties stored beside the fields, for SQL to count: the elements of an intention's actions.
DERIVED = {"intention": ("elements",)}
INDEXES = {"reflection": (("reflection_one_daily_per_day", "day", "kind = 'daily'"),)}
TABLE_CHECKS = {"rest_period": ("last_day >= first_day",)}


@dataclass(frozen=True)
class Column:
    """A declared field and the model field that stores it."""

    spec: FieldSpec
    field: Any  # a peewee field, made at run time


@dataclass(frozen=True)
class Table:
    """The table of a kind, or of one part field of a kind."""

    key: str  # "question", or "intention.actions" for a part table
    record: type  # the record (or part) class its rows hold
    model: Any  # its peewee model, made at run time (its fields are the declaration's)
    columns: tuple[Column, ...]
    derived: tuple[tuple[str, Any], ...] = ()  # property name, model field
    parent: Any = None  # for a part table: the foreign key to its record
    parts: tuple[tuple[FieldSpec, Table], ...] = ()  # for a kind: its part tables

    @property
    def name(self) -> str:
        return str(self.model._meta.table_name)


def _one_of(column: str, values: typing.Iterable[str]) -> Any:
    quoted = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({quoted})")


def _checks(spec: FieldSpec, column: str) -> list[Any]:
    """The CHECK constraints of a declared field's column."""
    if spec.shape is Shape.CHOICE:
        return [_one_of(column, [str(member.value) for member in spec.type])]  # type: ignore[attr-defined]
    if spec.shape is Shape.ELEMENT:
        bits = ", ".join(str(int(e.bit)) for e in ALL_ELEMENTS)
        return [Check(f"{column} IN ({bits})")]
    if spec.shape is Shape.ELEMENTS:
        return [Check(f"{column} BETWEEN 1 AND {_all_bits()}")]
    if spec.shape is Shape.WHOLE and spec.rule.between:
        low, high = spec.rule.between
        return [Check(f"{column} BETWEEN {low} AND {high}")]
    return []


# The peewee field of each shape that is stored in a column of its own.
_FIELDS: dict[Shape, type[Field]] = {
    Shape.TEXT: TextField,
    Shape.FLAG: BooleanField,
    Shape.MOMENT: DateTimeField,
    Shape.DAY: DateField,
    Shape.WHOLE: IntegerField,
    Shape.CHOICE: TextField,
    Shape.ELEMENT: IntegerField,
    Shape.ELEMENTS: IntegerField,
}


def _field(spec: FieldSpec, column: str, tables: dict[str, Table], kinds: Kinds) -> Any:
    """The model field that stores one declared field."""
    if spec.shape in (Shape.RECORD, Shape.LINK):
        target = kinds.of(spec.type).name if spec.shape is Shape.RECORD else spec.rule.link
        assert target is not None
        return ForeignKeyField(tables[target].model, null=True, on_delete="SET NULL", backref="+")
    if spec.shape not in _FIELDS:
        raise TypeError(f"{spec.name}: a {spec.shape.value} field has no column of its own")
    options: dict[str, Any] = {
        "null": spec.optional,
        "column_name": column,
        "constraints": _checks(spec, column),
    }
    if spec.shape is Shape.DAY:  # every day is looked up by: indexed, or unique
        options.update(index=not spec.rule.unique, unique=spec.rule.unique)
    return _FIELDS[spec.shape](**options)


def _all_bits() -> int:
    return sum(int(e.bit) for e in ALL_ELEMENTS)


def _model_name(spec_name: str) -> str:
    """The model field of a declared field: a link ``intention_uuid`` is field ``intention``."""
    return spec_name.removesuffix("_uuid")


def _meta(db: Any, table: str, checks: typing.Iterable[str] = ()) -> type:
    attrs = {"database": db, "table_name": table, "legacy_table_names": False}
    return type("Meta", (), {**attrs, "constraints": [Check(c) for c in checks]})


def _build(
    key: str,
    record: type,
    db: Any,
    tables: dict[str, Table],
    kinds: Kinds,
    parent: tuple[str, Any] | None = None,
    with_day: bool = False,
) -> Table:
    table = TABLE_OF.get(key, key.replace(".", "_"))
    attrs: dict[str, Any] = {
        "uuid": TextField(unique=True),
        "created_at": DateTimeField(),
        "updated_at": DateTimeField(),
    }
    parent_field = None
    if parent is not None:
        parent_field = ForeignKeyField(parent[1], on_delete="CASCADE", backref="+")
        attrs[parent[0]] = parent_field
        if with_day:
            attrs["day"] = DateField(index=True)
        attrs["position"] = IntegerField()
    columns = []
    for spec in content(record):
        if spec.shape is Shape.PARTS:
            continue
        column = COLUMN_NAMES.get(f"{key}.{spec.name}", spec.name)
        field = _field(spec, column, tables, kinds)
        attrs[_model_name(spec.name)] = field
        columns.append(Column(spec, field))
    derived = []
    for name in DERIVED.get(key, ()):
        field = IntegerField(default=0, constraints=[Check(f"{name} BETWEEN 0 AND {_all_bits()}")])
        attrs[name] = field
        derived.append((name, field))
    attrs["Meta"] = _meta(db, table, TABLE_CHECKS.get(key, ()))
    model: Any = type(f"{record.__name__}Row", (Model,), attrs)
    for name, column, where in INDEXES.get(key, ()):
        model.add_index(
            model.index(getattr(model, column), unique=True, name=name).where(SQL(where))
        )
    return Table(key, record, model, tuple(columns), tuple(derived), parent_field)


def _kind_table(kind: Kind, db: Any, tables: dict[str, Table], kinds: Kinds) -> Table:
    table = _build(kind.name, kind.record, db, tables, kinds)
    with_day = any(s.name == "day" for s in kind.fields)
    parent = PARENT_NAMES.get(kind.name, kind.name)
    parts = tuple(
        (
            spec,
            _build(
                f"{kind.name}.{spec.name}",
                spec.type,
                db,
                tables,
                kinds,
                (parent, table.model),
                with_day,
            ),
        )
        for spec in kind.parts
    )
    return dataclasses.replace(table, parts=parts)


def _draft_model(db: SqliteDatabase) -> Any:
    class DraftRow(Model):
        """Text typed into a form but not saved yet, kept so a crash or restart loses nothing."""

        key = TextField(primary_key=True)
        payload = TextField()  # JSON object of the form's fields
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "draft"

    return DraftRow


def _preference_model(db: SqliteDatabase) -> Any:
    class PreferenceRow(Model):
        """A setting that belongs with the records (the command line reads it too), as JSON."""

        key = TextField(primary_key=True)
        value = TextField()

        class Meta:
            database = db
            table_name = "preference"

    return PreferenceRow


def _deletion_model(db: SqliteDatabase) -> Any:
    class DeletionRow(Model):
        """A record deleted here, by UUID and kind: an export carries it, so that a merge
        elsewhere removes the record too instead of bringing it back."""

        uuid = TextField(primary_key=True)
        kind = TextField()
        deleted_at = DateTimeField()

        class Meta:
            database = db
            table_name = "deletion"

    return DeletionRow


class Tables:
    """The models of one database: a :class:`Table` per kind, and the draft, preference
    and deletion tables, bound to its database only. Each model is made when first asked
    for (a command that saves one question needs two of the fifteen), the kinds a kind refers
    to before it."""

    def __init__(self, db: SqliteDatabase, kinds: Kinds = KINDS) -> None:
        self.kinds = kinds
        self._db = db
        self._tables: dict[str, Table] = {}
        self._order: list[str] = []  # a kind after the kinds it refers to
        pending = list(kinds)
        while pending:
            ready = [k for k in pending if _refs(k, kinds) <= set(self._order)]
            if not ready:
                raise TypeError(f"kinds that refer to each other: {[k.name for k in pending]}")
            for kind in ready:
                self._order.append(kind.name)
                pending.remove(kind)
        self._models: dict[str, Any] = {}
        self._making = threading.RLock()  # a worker thread (an import) may ask at once

    def __getitem__(self, kind: str) -> Table:
        table = self._tables.get(kind)
        if table is None:
            with self._making:
                if kind not in self._tables:
                    spec = self.kinds.named(kind)
                    for needed in sorted(_refs(spec, self.kinds), key=self._order.index):
                        self[needed]
                    self._tables[kind] = _kind_table(spec, self._db, self._tables, self.kinds)
                table = self._tables[kind]
        return table

    def of(self, record: Any) -> Table:
        return self[self.kinds.of(record).name]

    def kind_tables(self) -> list[Table]:
        """The table of every kind (a record's parts have tables of their own besides)."""
        return [self[name] for name in self._order]

    def record_tables(self) -> list[Table]:
        """The table of every kind and of every part field (the tables of the records)."""
        out = []
        for table in self.kind_tables():
            out.append(table)
            out.extend(part for _, part in table.parts)
        return out

    def _model(self, name: str, make: Callable[[SqliteDatabase], Any]) -> Any:
        with self._making:
            if name not in self._models:
                self._models[name] = make(self._db)
            return self._models[name]

    @property
    def draft(self) -> Any:
        return self._model("draft", _draft_model)

    @property
    def preference(self) -> Any:
        return self._model("preference", _preference_model)

    @property
    def deletion(self) -> Any:
        return self._model("deletion", _deletion_model)

    def models(self) -> list[Any]:
        """Every model, records first, then the draft, preference and deletion tables."""
        return [t.model for t in self.record_tables()] + [
            self.draft,
            self.preference,
            self.deletion,
        ]


def _refs(kind: Kind, kinds: Kinds) -> set[str]:
    needed = set()
    for spec in (*kind.fields, *(s for p in kind.parts for s in content(p.type))):
        if spec.shape is Shape.RECORD:
            needed.add(kinds.of(spec.type).name)
        elif spec.shape is Shape.LINK and spec.rule.link:
            needed.add(spec.rule.link)
    return needed - {kind.name}
