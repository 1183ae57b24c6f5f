"""Everything out of a journal, and an export back in: merged by record UUID, or replacing.

A merge keeps, of each record, the side with the newer ``updated_at``; a record deleted on one
side after its last edit on the other stays deleted (the export carries the deletions). Every
record keeps its own stamps, so merging the same export twice changes nothing the second time,
and an export imported into an empty journal exports again the same. An import runs in one
transaction: a file that fails anywhere changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from l2l_desktop.core import records as r
from l2l_desktop.core.declared import Shape, specs
from l2l_desktop.core.exchange import Deletion, Export, ExportFileError, Problem
from l2l_desktop.core.kinds import KINDS
from l2l_desktop.core.people import name_key
from l2l_desktop.store import queries
from l2l_desktop.store.database import Store
from l2l_desktop.store.writes import delete_rows, save_as_is

ADDED, UPDATED, UNCHANGED, SKIPPED, DELETED = "added", "updated", "unchanged", "skipped", "deleted"
OUTCOMES = (ADDED, UPDATED, UNCHANGED, SKIPPED, DELETED)

Progress = Callable[[int, int], None]  # (done, of); may raise to cancel


def _no_progress(_done: int, _of: int) -> None:
    return None


# --- export ------------------------------------------------------------------------------


def read_everything(store: Store, progress: Progress = _no_progress) -> tuple[Export, int]:
    """Every record of every kind, the deletions and the preferences; and how many stored
    records could not be read (left out, and logged)."""
    kinds = list(store.tables.kinds)
    records: dict[str, tuple[r.Record, ...]] = {}
    unread = 0
    for i, kind in enumerate(kinds):
        reader = store.reader(kind.name)
        model = reader.model
        found = reader.records(reader.select().order_by(model.created_at, model.uuid))
        unread += model.select().count() - len(found)
        records[kind.name] = tuple(found)
        progress(i + 1, len(kinds) + 1)
    deletion = store.tables.deletion
    deletions = tuple(
        Deletion(kind, uuid, at)
        for uuid, kind, at in deletion.select(deletion.uuid, deletion.kind, deletion.deleted_at)
        .order_by(deletion.deleted_at, deletion.uuid)
        .tuples()
    )
    preference = store.tables.preference
    preferences: dict[str, Any] = {}
    for key, value in preference.select(preference.key, preference.value).tuples():
        try:
            preferences[key] = json.loads(value)
        except ValueError:
            continue  # a damaged preference is the app's default again
    progress(len(kinds) + 1, len(kinds) + 1)
    return Export(records, deletions, preferences), unread


# --- import ------------------------------------------------------------------------------


@dataclass
class Plan:
    """What an import does (or would do, for a dry run): per kind, how many records of each
    outcome; the records to write and the local ones to delete; why records were skipped."""

    replace: bool
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    writes: list[r.Record] = field(default_factory=list)
    deletes: list[Deletion] = field(default_factory=list)  # local records to remove
    tombstones: list[Deletion] = field(default_factory=list)  # deletions to keep
    skipped: list[str] = field(default_factory=list)
    preferences: dict[str, Any] = field(default_factory=dict)
    # A person of the file new here by uuid but named as one of ours: theirs -> ours.
    same_people: dict[str, r.Person] = field(default_factory=dict)

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        self.counts.setdefault(kind, Counter())[outcome] += n

    def total(self, outcome: str) -> int:
        return sum(c[outcome] for c in self.counts.values())

    @property
    def changes_anything(self) -> bool:
        return bool(self.writes or self.deletes or self.preferences)


@dataclass(frozen=True)
class _Local:
    """What the journal holds of one kind: uuid -> updated_at, and the day of each record
    there can be only one of a day (uuid -> day)."""

    stamps: dict[str, datetime]
    days: dict[str, date]


def _local(store: Store, kind: str) -> _Local:
    model = store.tables[kind].model
    stamps = {u: t for u, t in model.select(model.uuid, model.updated_at).tuples()}
    days: dict[str, date] = {}
    if kind == "intention":
        days = {u: d for u, d in model.select(model.uuid, model.day).tuples()}
    elif kind == "reflection":
        query = model.select(model.uuid, model.day).where(
            model.kind == r.ReflectionKind.DAILY.value
        )
        days = {u: d for u, d in query.tuples()}
    return _Local(stamps, days)


def _local_deletions(store: Store) -> dict[str, datetime]:
    deletion = store.tables.deletion
    return {u: t for u, t in deletion.select(deletion.uuid, deletion.deleted_at).tuples()}


def plan_import(store: Store, export: Export, replace_all: bool = False) -> Plan:
    """What importing ``export`` would do, read only (the dry run shows it)."""
    plan = Plan(replace_all)
    locals_ = {kind.name: _local(store, kind.name) for kind in store.tables.kinds}
    if replace_all:
        _plan_replace(plan, export, locals_)
    else:
        _plan_merge(plan, store, export, locals_)
    _check_links(plan, export, locals_)
    return plan


def _plan_replace(plan: Plan, export: Export, locals_: dict[str, _Local]) -> None:
    for kind, local in locals_.items():  # every kind here: a replace empties them all
        items = export.records.get(kind, ())
        here = local.stamps
        theirs = {x.uuid for x in items}
        for x in items:
            at = here.get(x.uuid)
            plan.count(kind, ADDED if at is None else UNCHANGED if at == x.updated_at else UPDATED)
            plan.writes.append(x)
        plan.count(kind, DELETED, sum(1 for u in here if u not in theirs))
    plan.tombstones = list(export.deletions)
    plan.preferences = dict(export.preferences)


def _plan_merge(plan: Plan, store: Store, export: Export, locals_: dict[str, _Local]) -> None:
    gone_here = _local_deletions(store)
    removed: set[str] = set()
    for d in export.deletions:
        here = locals_.get(d.kind)
        at = here.stamps.get(d.uuid) if here else None
        if at is not None and at <= d.deleted_at:  # deleted there after its last edit here
            plan.deletes.append(d)
            plan.count(d.kind, DELETED)
            removed.add(d.uuid)
        newer_here = d.uuid in gone_here and gone_here[d.uuid] >= d.deleted_at
        if (at is None or d.uuid in removed) and not newer_here:
            plan.tombstones.append(d)
    deleted_there = {d.uuid: d.deleted_at for d in export.deletions}
    ours_by_name = {name_key(p.name): p for p in queries.people(store)}
    for kind, items in export.records.items():
        local = locals_[kind]
        taken = {day: u for u, day in local.days.items() if u not in removed}
        for x in items:
            assert x.updated_at is not None
            at = local.stamps.get(x.uuid)
            if at is not None and x.updated_at <= at:
                plan.count(kind, UNCHANGED)
                continue
            ours = ours_by_name.get(name_key(x.name)) if isinstance(x, r.Person) else None
            if at is None and ours is not None:  # two journals begun apart name one person
                plan.same_people[x.uuid] = ours
                plan.count(kind, UNCHANGED)
                continue
            gone = gone_here.get(x.uuid)
            if at is None and gone is not None and gone >= x.updated_at:
                plan.count(kind, SKIPPED)
                plan.skipped.append(f"{_named(kind, x)}: deleted here after it was last edited")
                continue
            if x.uuid in deleted_there and deleted_there[x.uuid] >= x.updated_at:
                plan.count(kind, SKIPPED)  # the file itself says it was deleted later
                plan.skipped.append(f"{_named(kind, x)}: the file says it was deleted")
                continue
            day = _one_a_day(kind, x)
            owner = taken.get(day) if day is not None else None
            if owner is not None and owner != x.uuid:
                plan.count(kind, SKIPPED)
                plan.skipped.append(f"{_named(kind, x)}: this journal has its own for that day")
                continue
            if day is not None:
                taken[day] = x.uuid
            plan.count(kind, ADDED if at is None else UPDATED)
            plan.writes.append(x)
    mine = _preference_keys(store)
    plan.preferences = {k: v for k, v in export.preferences.items() if k not in mine}


def _named(kind: str, record: r.Record) -> str:
    """A record as a skip reason names it: "the intention of 2026-03-02"."""
    what = KINDS.named(kind).noun if kind in KINDS.names else kind
    if isinstance(record, r.Reflection) and record.kind is r.ReflectionKind.DAILY:
        what = "daily reflection"
    day = getattr(record, "day", None) or getattr(record, "first_day", None)
    if isinstance(record, r.Person):
        return f"the person {record.name}"
    return f"the {what} of {day.isoformat()}" if isinstance(day, date) else f"a {what}"


def _one_a_day(kind: str, record: r.Record) -> date | None:
    if kind == "intention" or (
        kind == "reflection" and getattr(record, "kind", None) is r.ReflectionKind.DAILY
    ):
        day = getattr(record, "day", None)
        return day if isinstance(day, date) else None
    return None


def _preference_keys(store: Store) -> set[str]:
    preference = store.tables.preference
    return {k for (k,) in preference.select(preference.key).tuples()}


def apply_import(store: Store, plan: Plan, progress: Progress = _no_progress) -> None:
    """Carry out ``plan`` in one transaction (a failure anywhere leaves the journal as it
    was). A plan to replace empties the journal first."""
    final = _final_people(store, plan)
    with store.writing():
        if plan.replace:
            _empty(store)
        for d in plan.deletes:
            delete_rows(store, d.kind, d.uuid, d.deleted_at)
        deletion = store.tables.deletion
        for d in plan.tombstones:
            deletion.replace(uuid=d.uuid, kind=d.kind, deleted_at=d.deleted_at).execute()
        total = len(plan.writes)
        for i, record in enumerate(plan.writes):
            save_as_is(store, _with_people(record, final))
            if i % 200 == 0:
                progress(i, total)
        preference = store.tables.preference
        for key, value in plan.preferences.items():
            text = json.dumps(value, sort_keys=True)
            preference.replace(key=key, value=text).execute()
    progress(total, total)


def _empty(store: Store) -> None:
    for table in reversed(store.tables.record_tables()):
        table.model.delete().execute()
    store.tables.deletion.delete().execute()
    store.tables.preference.delete().execute()


def _final_people(store: Store, plan: Plan) -> dict[str, r.Record]:
    """The people as they are once the import is done: the file's where it wins, else ours."""
    people: dict[str, r.Record] = {}
    if not plan.replace:
        people = {p.uuid: p for p in queries.people(store)}
    for record in plan.writes:
        if isinstance(record, r.Person):
            people[record.uuid] = record
    people.update(plan.same_people)  # what names theirs names ours
    return people


def _with_people(item: Any, people: dict[str, r.Record]) -> Any:
    """``item`` naming each person as they are after the import, so that a question of the
    file never writes back an older version of a person it names."""
    changes: dict[str, Any] = {}
    for spec in specs(type(item)):
        value = getattr(item, spec.name)
        if spec.shape is Shape.RECORD and value is not None and value.uuid in people:
            if people[value.uuid] != value:
                changes[spec.name] = people[value.uuid]
        elif spec.shape is Shape.PARTS:
            parts = tuple(_with_people(p, people) for p in value)
            if parts != value:
                changes[spec.name] = parts
    return replace(item, **changes) if changes else item


def _check_links(plan: Plan, export: Export, locals_: dict[str, _Local]) -> None:
    """A reflection names the intention of its day. One of the file naming an intention the
    file does not hold (nor, for a merge, this journal) is refused: the link would be lost
    without a word. In a merge, one whose intention was skipped (this journal has its own
    for that day) is skipped too, and said."""
    present = {x.uuid for x in export.records.get("intention", ())}
    if not plan.replace:
        removed = {d.uuid for d in plan.deletes}
        present |= {u for u in locals_["intention"].stamps if u not in removed}
    problems = [
        Problem(f"/records/reflection/{i}/intention_uuid", "names an intention that is not there")
        for i, x in enumerate(export.records.get("reflection", ()))
        if isinstance(x, r.Reflection) and x.intention_uuid and x.intention_uuid not in present
    ]
    if problems:
        raise ExportFileError(problems)
    if plan.replace:
        return
    kept = {u for u in locals_["intention"].stamps if u not in removed}
    kept |= {x.uuid for x in plan.writes if isinstance(x, r.Intention)}
    for x in list(plan.writes):
        if isinstance(x, r.Reflection) and x.intention_uuid and x.intention_uuid not in kept:
            plan.writes.remove(x)
            added = x.uuid not in locals_["reflection"].stamps
            plan.count("reflection", ADDED if added else UPDATED, -1)
            plan.count("reflection", SKIPPED)
            plan.skipped.append(f"{_named('reflection', x)}: its intention was skipped")
