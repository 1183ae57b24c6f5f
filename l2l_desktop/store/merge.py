"""Two people who are one ("Jonas" and "jonas", "Mei" and "Mei Lin") merged into one, and the
merge undone.

The records that name a person are found from the declarations: every column of a kind or a
part that holds a :class:`~l2l_desktop.core.records.Person` (a question's, a tell's, a gemba
conversation's). A follow-up names its owner as typed text: an owner written as the name of
the person who goes (told apart by :func:`~l2l_desktop.core.people.name_key`) is written as
the name of the one kept. Each way is one transaction; the receipt of a merge says exactly
what it moved, so that the undo moves that back and nothing else.

A person forgotten (:func:`forget_person`) keeps their uuid, so the records that name them
stay together, but loses their name, role, cadence and notes, and the follow-ups they own
lose the owner's name; there is no way back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import utc_now
from l2l_desktop.core.declared import Shape
from l2l_desktop.core.people import FORGOTTEN, name_key
from l2l_desktop.core.validation import validate
from l2l_desktop.store import queries, writes
from l2l_desktop.store.database import Store
from l2l_desktop.store.schema import Column, Table

PERSON = "person"


@dataclass(frozen=True)
class Moved:
    """The rows of one table whose ``field`` named the person who went (``table``: a kind,
    "question", or a part table, "gemba_visit.conversations"; ``field``: the model field)."""

    table: str
    field: str
    uuids: tuple[str, ...]


@dataclass(frozen=True)
class MergeReceipt:
    """What a merge did, all its undo needs: ``keep`` and ``gone`` as they were, ``kept`` as
    ``keep`` is now, the references moved, and the follow-ups whose owner was rewritten
    (their uuid and the owner as it was typed). ``records``: the uuids of the records (not
    parts) that changed, the two people included; ``kinds``: their kinds."""

    keep: r.Person
    gone: r.Person
    kept: r.Person
    moved: tuple[Moved, ...]
    owners: tuple[tuple[str, str], ...]
    records: frozenset[str]
    kinds: frozenset[str]

    @property
    def count(self) -> int:
        """How many records and follow-ups named the person who went."""
        return sum(len(m.uuids) for m in self.moved) + len(self.owners)


def merged_person(keep: r.Person, gone: r.Person) -> r.Person:
    """``keep`` with what only ``gone`` has: their role, cadence or notes where ``keep`` has
    none (both notes kept, ``keep``'s first, when both have some)."""
    notes = keep.notes if keep.notes.strip() else gone.notes
    if keep.notes.strip() and gone.notes.strip():
        notes = f"{keep.notes.rstrip()}\n\n{gone.notes.strip()}"
    return replace(
        keep,
        role=keep.role or gone.role,
        cadence_days=keep.cadence_days if keep.cadence_days is not None else gone.cadence_days,
        notes=notes,
    )


def _naming_columns(store: Store) -> list[tuple[Table, Column]]:
    """Every (table, column) of a kind or a part whose column holds a person."""
    kinds = store.tables.kinds
    return [
        (table, column)
        for table in store.tables.record_tables()
        for column in table.columns
        if column.spec.shape is Shape.RECORD and kinds.of(column.spec.type).name == PERSON
    ]


def _owned(store: Store, person: r.Person) -> list[tuple[str, str]]:
    """(uuid, owner as typed) of the follow-ups whose owner is written as ``person``'s name."""
    model = queries.follow_up_table(store).model
    key = name_key(person.name)
    rows = model.select(model.uuid, model.owner).where(model.owner != "").tuples()
    return [(uuid, owner) for uuid, owner in rows if key and name_key(owner) == key]


def _person_id(store: Store, uuid: str) -> Any:
    model = store.tables[PERSON].model
    return model.select(model.id).where(model.uuid == uuid)


def naming_count(store: Store, person: r.Person) -> int:
    """How many records and follow-ups name ``person`` (what a merge would move)."""
    found = sum(
        table.model.select().where(column.field.in_(_person_id(store, person.uuid))).count()
        for table, column in _naming_columns(store)
    )
    return found + len(_owned(store, person))


def _table(store: Store, key: str) -> Table:
    return next(t for t in store.tables.record_tables() if t.key == key)


def _touch(table: Table, uuids: Iterable[str], now: datetime) -> set[str]:
    """Stamp the records of rows ``uuids`` of ``table`` changed ``now`` (a part's record, for
    a part table), so that an export's merge elsewhere sees them newer; their uuids."""
    uuids = list(uuids)
    if table.parent is None:
        return set(uuids)
    model, parent = table.model, table.parent.rel_model
    ids = model.select(table.parent).where(model.uuid.in_(uuids))
    parent.update(updated_at=now).where(parent.id.in_(ids)).execute()
    return {u for (u,) in parent.select(parent.uuid).where(parent.id.in_(ids)).tuples()}


def _record_uuids(table: Table, uuids: list[str]) -> set[str]:
    """The uuids of the records the rows ``uuids`` of ``table`` belong to (a part's record)."""
    if table.parent is None:
        return set(uuids)
    model, parent = table.model, table.parent.rel_model
    ids = model.select(table.parent).where(model.uuid.in_(uuids))
    return {u for (u,) in parent.select(parent.uuid).where(parent.id.in_(ids)).tuples()}


def _kind_of(table: Table) -> str:
    return table.key.split(".")[0]


def merge_people(store: Store, keep_uuid: str, gone_uuid: str) -> MergeReceipt:
    """Merge the person ``gone_uuid`` into ``keep_uuid``, in one transaction: every record
    that names them names the one kept; the one kept takes their role, cadence and notes
    where they have none; follow-ups owned by their name are owned by the kept one's name;
    they are deleted, as deletions are kept (an export's merge elsewhere removes them too).
    Raises ValueError for one person twice or someone not stored; ValidationError when the
    notes together are too long."""
    if keep_uuid == gone_uuid:
        raise ValueError("a person cannot be merged into themselves")
    keep = queries.by_uuid(store, PERSON, keep_uuid)
    gone = queries.by_uuid(store, PERSON, gone_uuid)
    if keep is None or gone is None:
        raise ValueError("both people must be stored")
    kept = merged_person(keep, gone)
    validate(kept)
    now = utc_now()
    moved: list[Moved] = []
    records = {keep.uuid, gone.uuid}
    kinds = {PERSON}
    with store.writing():
        keep_id, gone_id = _person_id(store, keep.uuid), _person_id(store, gone.uuid)
        for table, column in _naming_columns(store):
            model = table.model
            rows = model.select(model.uuid).where(column.field.in_(gone_id)).tuples()
            uuids = tuple(u for (u,) in rows)
            if not uuids:
                continue
            model.update({column.field: keep_id, model.updated_at: now}).where(
                model.uuid.in_(uuids)
            ).execute()
            moved.append(Moved(table.key, column.field.name, uuids))
            records |= _touch(table, uuids, now)
            kinds.add(_kind_of(table))
        owners = _owned(store, gone)
        if owners:
            follow_ups = queries.follow_up_table(store)
            model = follow_ups.model
            uuids = tuple(u for u, _owner in owners)
            model.update(owner=kept.name, updated_at=now).where(model.uuid.in_(uuids)).execute()
            records |= _touch(follow_ups, uuids, now)
            kinds.add(_kind_of(follow_ups))
        stored = writes.save_in(store, kept, now)
        assert isinstance(stored, r.Person)
        writes.delete_rows(store, PERSON, gone.uuid, now)
    return MergeReceipt(
        keep, gone, stored, tuple(moved), tuple(owners), frozenset(records), frozenset(kinds)
    )


def unmerge(store: Store, receipt: MergeReceipt) -> None:
    """Undo a merge, in one transaction: the person who went is back with their uuid (no
    longer deleted), exactly the records and follow-ups the merge moved name them again, and
    the one kept is as they were."""
    now = utc_now()
    with store.writing():
        writes.save_in(store, receipt.gone, now)
        writes.save_in(store, receipt.keep, now)
        gone_id = _person_id(store, receipt.gone.uuid)
        for moved in receipt.moved:
            table = _table(store, moved.table)
            model = table.model
            field = getattr(model, moved.field)
            model.update({field: gone_id, model.updated_at: now}).where(
                model.uuid.in_(moved.uuids)
            ).execute()
            _touch(table, moved.uuids, now)
        if receipt.owners:
            follow_ups = queries.follow_up_table(store)
            model = follow_ups.model
            for uuid, owner in receipt.owners:
                model.update(owner=owner, updated_at=now).where(model.uuid == uuid).execute()
            _touch(follow_ups, (u for u, _o in receipt.owners), now)


@dataclass(frozen=True)
class Forgotten:
    """What forgetting someone changed: how many records and follow-ups named them, the
    uuids of the records changed (the person's own included) and their kinds."""

    count: int
    records: frozenset[str]
    kinds: frozenset[str]


def forget_person(store: Store, uuid: str) -> Forgotten:
    """Forget the person ``uuid``, in one transaction: their name, role, cadence and notes
    removed (the name left is :data:`~l2l_desktop.core.people.FORGOTTEN`; they are archived),
    and the owner's name removed from the follow-ups written as theirs. The records that
    name them are kept, naming "a removed person". Each change is stamped now, so that an
    older export merged in later does not bring the name back. Raises ValueError for someone
    not stored."""
    person = queries.by_uuid(store, PERSON, uuid)
    if person is None:
        raise ValueError("only a stored person can be forgotten")
    count = naming_count(store, person)
    now = utc_now()
    records, kinds = {person.uuid}, {PERSON}
    with store.writing():
        people = store.tables[PERSON].model
        people.update(
            name=FORGOTTEN, role="", notes="", cadence_days=None, archived=True, updated_at=now
        ).where(people.uuid == uuid).execute()
        for table, column in _naming_columns(store):
            model = table.model
            rows = model.select(model.uuid).where(column.field.in_(_person_id(store, uuid)))
            uuids = [u for (u,) in rows.tuples()]
            if uuids:  # unchanged themselves (they name the same uuid), but shown anew
                records |= _record_uuids(table, uuids)
                kinds.add(_kind_of(table))
        owners = _owned(store, person)
        if owners:
            follow_ups = queries.follow_up_table(store)
            model = follow_ups.model
            uuids = [u for u, _owner in owners]
            model.update(owner="", updated_at=now).where(model.uuid.in_(uuids)).execute()
            records |= _touch(follow_ups, uuids, now)
            kinds.add(_kind_of(follow_ups))
    return Forgotten(count, frozenset(records), frozenset(kinds))
