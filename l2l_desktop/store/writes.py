"""Saving and deleting records. Every save validates first and runs in one transaction.

A save writes the record's row by its UUID: a record the store has not seen yet is inserted
(``INSERT … ON CONFLICT(uuid) DO NOTHING``), a record read from the store is updated
(``UPDATE … RETURNING``); each falls back to the other when the row turns out to be (or not
to be) there, so one statement does the common case. A record saved again keeps its
``created_at``; its parts (actions, assumptions, ...) are replaced as a whole, each part that
stays keeping its own ``created_at``. The saved record comes back with its stamps filled in,
without being read back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar

from peewee import Field

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import utc_now
from l2l_desktop.core.declared import Shape
from l2l_desktop.core.validation import FieldError, ValidationError, validate
from l2l_desktop.store.database import Store
from l2l_desktop.store.mapping import derived_values, stored
from l2l_desktop.store.schema import Table

R = TypeVar("R", bound=r.Record)
RETURNING = sqlite3.sqlite_version_info >= (3, 35, 0)


@dataclass(frozen=True)
class Written:
    """What a write did: the records as stored, how many rows of records it added (less
    those it removed), how many of them are records of their own (an intention's actions are
    rows of the intention; a person a question names for the first time is a record), and the
    kinds it touched (a question naming a new person: person too)."""

    records: tuple[r.Record, ...]
    rows: int
    kinds: frozenset[str]
    added: int = 0
    before: frozenset[date] = frozenset()  # the days the records stood on until this write
    days_known: bool = False  # every record written has a day: ``before`` is all of them


@dataclass
class _Tally:
    rows: int = 0
    added: int = 0  # new records (not parts)
    kinds: set[str] = field(default_factory=set)
    before: set[date] = field(default_factory=set)
    days_known: bool = True


def save(store: Store, record: R) -> R:
    """Validate and save one record (insert or update by UUID); returns it as stored."""
    (saved,) = write(store, [record]).records
    assert isinstance(saved, type(record))
    return saved


def save_many(store: Store, records: Iterable[r.Record]) -> int:
    """Validate and save many records in one transaction: all of them or none."""
    return len(write(store, records).records)


def write(store: Store, records: Iterable[r.Record], draft: str | None = None) -> Written:
    """Validate, then save ``records`` in one transaction, all or none; the form's ``draft``
    is cleared in the same transaction, so no crash can leave a draft of a saved record."""
    items = list(records)
    for record in items:
        validate(record)
    tally = _Tally()
    now = utc_now()
    with store.writing():
        saved = tuple(_save(store, record, now, tally) for record in items)
        if draft is not None:
            drafts = store.tables.draft
            drafts.delete().where(drafts.key == draft).execute()
    kinds, before = frozenset(tally.kinds), frozenset(tally.before)
    return Written(saved, tally.rows, kinds, tally.added, before, tally.days_known)


def save_as_is(store: Store, record: r.Record) -> None:
    """Save a checked record keeping its own ``created_at`` and ``updated_at`` (an import),
    inside a transaction the caller holds; a deleted record put back is no longer deleted."""
    assert record.updated_at is not None
    _save(store, record, record.updated_at, _Tally(days_known=False))  # nobody asks


def save_in(store: Store, record: r.Record, now: datetime) -> r.Record:
    """Save a checked record stamped ``now`` inside a transaction the caller holds (a merge
    of two people, and its undo); a record put back keeps its ``created_at`` and is no longer
    deleted. Returns it as stored."""
    return _save(store, record, now, _Tally(days_known=False))  # nobody asks its days


def _save(store: Store, record: r.Record, now: datetime, tally: _Tally) -> r.Record:
    table = store.tables.of(record)
    tally.kinds.add(table.key)
    _refuse_second(store, record)
    values, record = _stored_item(store, table, record, now, tally)
    # The day a stored record stood on (an edit may move it), while they are all known. One
    # new here has none: no statement is spent on asking, unless its row turns out to be
    # there after all.
    new = record.created_at is None
    before = _stored_days(table.model, None if new else record.uuid) if tally.days_known else None
    row_id, created, inserted = _write_row(store, table.model, record, values, now)
    if before is None or (new and not inserted):
        tally.days_known = False
    else:
        tally.before |= before
    tally.rows += inserted
    tally.added += inserted
    if inserted and record.created_at is not None:
        # A record stored before (put back by an undo, or imported) is no longer deleted; a
        # record new here (no created_at yet) cannot have been.
        deletion = store.tables.deletion
        deletion.delete().where(deletion.uuid == record.uuid).execute()
    day = getattr(record, "day", None)
    changes: dict[str, Any] = {"created_at": created, "updated_at": now}
    for spec, part_table in table.parts:
        pairs = [_stored_item(store, part_table, p, now, tally) for p in getattr(record, spec.name)]
        changes[spec.name] = tuple(part for _, part in pairs)
        rows = [(part, values) for values, part in pairs]
        tally.rows += _replace_parts(part_table, row_id, rows, day, now, fresh=inserted)
    return replace(record, **changes)


def _stored_item(
    store: Store, table: Table, item: Any, now: datetime, tally: _Tally
) -> tuple[dict[Field, Any], Any]:
    """The column values of a record or part, and the item with the records it names as
    stored (a person named in a question is saved first, when new or changed)."""
    values: dict[Field, Any] = {}
    named: dict[str, r.Record] = {}
    for column in table.columns:
        spec, value = column.spec, getattr(item, column.spec.name)
        if value is None:
            values[column.field] = None
        elif spec.shape is Shape.RECORD:
            values[column.field], named[spec.name] = _reference(store, value, now, tally)
        elif spec.shape is Shape.LINK:
            values[column.field] = _linked(store, spec.rule.link, value)
        else:
            values[column.field] = stored(spec, value)
    values.update(derived_values(table, item))
    return values, (replace(item, **named) if named else item)


def _reference(
    store: Store, record: r.Record, now: datetime, tally: _Tally
) -> tuple[Any, r.Record]:
    """The row id of a record another names (a person), and the record as stored: saved when
    new; when stored already, left alone (its ``updated_at`` too). A record only names a
    person: the copy it carries may be older than the person's own last save (a form's list
    of people, an imported record), and must not undo it (their notes, cadence, archive)."""
    table = store.tables.of(record)
    model = table.model
    reader = store.reader(table.key)
    found = reader.records(reader.select().where(model.uuid == record.uuid))
    if found:  # named by its row id, as a subquery of the write (one statement fewer)
        return model.select(model.id).where(model.uuid == record.uuid), found[0]
    values, record = _stored_item(store, table, record, now, tally)
    tally.kinds.add(table.key)
    row_id, created, inserted = _write_row(store, model, record, values, now)
    tally.rows += inserted
    tally.added += inserted
    return row_id, replace(record, created_at=created, updated_at=now)


def _linked(store: Store, kind: str | None, uuid: str) -> Any:
    """The row id of the record of ``kind`` with ``uuid``, as a subquery of the write."""
    assert kind is not None
    model = store.tables[kind].model
    return model.select(model.id).where(model.uuid == uuid)


def _write_row(
    store: Store, model: Any, record: r.Record, values: dict[Field, Any], now: datetime
) -> tuple[int, datetime, bool]:
    """Insert or update the row of ``record``: (row id, created_at, whether it was inserted)."""
    if record.created_at is None:  # new here, most likely
        inserted = _insert(store, model, record.uuid, now, now, values)
        if inserted is not None:
            return inserted, now, True
    found = _update(store, model, record.uuid, now, values)
    if found is not None:
        return found[0], found[1], False
    created = record.created_at or now  # a deleted record put back keeps its creation time
    row_id = _insert(store, model, record.uuid, created, now, values)
    assert row_id is not None
    return row_id, created, True


def _insert(
    store: Store,
    model: Any,
    uuid: str,
    created: datetime,
    now: datetime,
    values: dict[Field, Any],
) -> int | None:
    """The new row's id, or None when a row with ``uuid`` is there already."""
    query = model.insert(
        {model.uuid: uuid, model.created_at: created, model.updated_at: now, **values}
    ).on_conflict(action="NOTHING", conflict_target=[model.uuid])
    cursor = store.db.execute(query)
    return int(cursor.lastrowid) if cursor.rowcount == 1 else None


def _update(
    store: Store, model: Any, uuid: str, now: datetime, values: dict[Field, Any]
) -> tuple[int, datetime] | None:
    """(row id, created_at) of the updated row, or None when there is no row with ``uuid``."""
    query = model.update({model.updated_at: now, **values}).where(model.uuid == uuid)
    if RETURNING:
        row = store.db.execute(query.returning(model.id, model.created_at)).fetchone()
    else:  # SQLite before 3.35: no RETURNING
        row = None
        if store.db.execute(query).rowcount:
            row = (
                model.select(model.id, model.created_at).where(model.uuid == uuid).tuples().first()
            )
    if row is None:
        return None
    return int(row[0]), model.created_at.python_value(row[1])


def _replace_parts(
    table: Table,
    parent_id: int,
    rows: list[tuple[r.Part, dict[Field, Any]]],
    day: date | None,
    now: datetime,
    fresh: bool,
) -> int:
    """Replace a record's part rows, keeping the created_at of parts that stay; returns the
    change in the number of rows. A record just inserted has no parts to replace."""
    model, parent = table.model, table.parent
    assert parent is not None
    created: dict[str, Any] = {}
    if not fresh:
        created = dict(
            model.select(model.uuid, model.created_at).where(parent == parent_id).tuples()
        )
        if created:
            model.delete().where(parent == parent_id).execute()
    if rows:
        shared: dict[Any, Any] = {parent: parent_id}
        if day is not None and "day" in model._meta.fields:
            shared[model.day] = day
        model.insert_many(
            [
                {
                    **shared,
                    model.position: i,
                    model.uuid: part.uuid,
                    model.created_at: created.get(part.uuid, now),
                    model.updated_at: now,
                    **values,
                }
                for i, (part, values) in enumerate(rows)
            ]
        ).execute()
    return len(rows) - len(created)


def _refuse_second(store: Store, record: r.Record) -> None:
    """One intention a day, one daily reflection a day: told at the field, before the
    database's unique index would refuse the second."""
    if isinstance(record, r.Intention):
        model = store.tables["intention"].model
        where = model.day == record.day
        message, code = "This day already has an intention.", "intention_taken"
    elif isinstance(record, r.Reflection) and record.kind is r.ReflectionKind.DAILY:
        model = store.tables["reflection"].model
        where = (model.day == record.day) & (model.kind == r.ReflectionKind.DAILY.value)
        message, code = "This day already has a daily reflection.", "daily_taken"
    else:
        return
    other = model.select(model.uuid).where(where & (model.uuid != record.uuid)).first()
    if other is not None:
        raise ValidationError([FieldError("day", message, code)])


def _stored_days(model: Any, uuid: str | None) -> frozenset[date] | None:
    """The day the stored record of ``uuid`` stands on (none: not stored, or no ``uuid``);
    None for a kind without a day, or a stored day that cannot be read."""
    if "day" not in model._meta.fields:
        return None
    if uuid is None:
        return frozenset()
    row = model.select(model.day).where(model.uuid == uuid).tuples().first()
    if row is None:
        return frozenset()
    return frozenset({row[0]}) if isinstance(row[0], date) else None  # None: unreadable


@dataclass(frozen=True)
class Removed:
    """What a delete did: how many rows went, and the day the record stood on (None: its
    kind has no day)."""

    rows: int
    days: frozenset[date] | None


def delete(store: Store, kind: str, uuid: str, at: datetime | None = None) -> int:
    """Delete one record with its parts, and keep that it was deleted (``at``, default now)
    for exports; how many rows went (0: there was no such record)."""
    return remove(store, kind, uuid, at).rows


def remove(store: Store, kind: str, uuid: str, at: datetime | None = None) -> Removed:
    """:func:`delete`, with the day the record stood on, read in the same transaction (the
    copy the caller holds may be older than the one stored)."""
    with store.writing():
        days = _stored_days(store.tables[kind].model, uuid)
        return Removed(delete_rows(store, kind, uuid, at or utc_now()), days)


def delete_rows(store: Store, kind: str, uuid: str, at: datetime) -> int:
    """:func:`delete` inside a transaction the caller holds."""
    table = store.tables[kind]
    model = table.model
    row_id = model.select(model.id).where(model.uuid == uuid).scalar()
    if row_id is None:
        return 0
    removed = 1
    for _spec, part in table.parts:
        assert part.parent is not None
        removed += part.model.delete().where(part.parent == row_id).execute()
    model.delete().where(model.id == row_id).execute()
    deletion = store.tables.deletion
    deletion.replace(uuid=uuid, kind=kind, deleted_at=at).execute()
    return removed


def set_follow_up_done(store: Store, uuid: str, done_day: date | None) -> bool:
    """Mark one follow-up done on ``done_day`` (None re-opens it); True when it exists.

    A day before its visit's day is refused (ValidationError on ``done_day``)."""
    part = _part_table(store, "gemba_visit", "follow_ups")
    model, visit = part.model, store.tables["gemba_visit"].model
    if done_day is not None:
        found = (
            model.select(visit.day)
            .join_from(model, visit, on=(part.parent == visit.id))
            .where(model.uuid == uuid)
            .tuples()
            .first()
        )
        visit_day = found[0] if found else None
        if isinstance(visit_day, date) and done_day < visit_day:
            message = f"The visit is on {visit_day.isoformat()}: done from that day on."
            values = (("visit", visit_day.isoformat()),)
            raise ValidationError(
                [FieldError("done_day", message, "done_before_visit_day", values)]
            )
    now = utc_now()
    with store.writing():
        changed = (
            model.update(done_day=done_day, updated_at=now).where(model.uuid == uuid).execute()
        )
        if changed:  # the visit changed with it: an export's merge elsewhere must see it newer
            parent = model.select(part.parent).where(model.uuid == uuid)
            visit.update(updated_at=now).where(visit.id.in_(parent)).execute()
    return changed > 0


def _part_table(store: Store, kind: str, name: str) -> Table:
    return next(part for spec, part in store.tables[kind].parts if spec.name == name)
