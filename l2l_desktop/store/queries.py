"""Read queries: one function per question a screen asks, returning core dataclasses."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from datetime import date
from typing import Any

from peewee import fn

from l2l_desktop.core import records as r
from l2l_desktop.core.declared import Shape
from l2l_desktop.core.people import PersonFigures, TimelineEntry, merged_contacts, owned_by
from l2l_desktop.store.database import Store
from l2l_desktop.store.mapping import Unreadable, as_date, fetch, note_unreadable
from l2l_desktop.store.schema import Table

_SURROGATES = re.compile(r"[\ud800-\udfff]")


def by_uuid(store: Store, kind: str, uuid: str) -> Any:
    """The record of ``kind`` with ``uuid``, or None."""
    reader = store.reader(kind)
    found = reader.records(reader.select().where(reader.model.uuid == uuid))
    return found[0] if found else None


# --- Today -------------------------------------------------------------------------------


def intention_for_day(store: Store, day: date) -> r.Intention | None:
    reader = store.reader("intention")
    found = reader.records(reader.select().where(reader.model.day == day))
    return found[0] if found else None


def pauses_for_day(store: Store, day: date) -> list[r.Pause]:
    reader = store.reader("pause")
    model = reader.model
    return reader.records(reader.select().where(model.day == day).order_by(model.at))


def latest_adjust_next(store: Store, before: date) -> r.Reflection | None:
    """The newest reflection before ``before`` that says what to adjust next."""
    reader = store.reader("reflection")
    model = reader.model
    query = (
        reader.select()
        .where((model.day < before) & (model.adjust_next != ""))
        .order_by(model.day.desc(), model.updated_at.desc())
        .limit(1)
    )
    found = reader.records(query)
    return found[0] if found else None


# --- Questions ---------------------------------------------------------------------------


def tells_between(store: Store, first: date, last: date) -> list[r.Tell]:
    reader = store.reader("tell")
    model = reader.model
    query = reader.select().where(model.day.between(first, last)).order_by(model.told_at.desc())
    return reader.records(query)


def bank_questions(store: Store, include_retired: bool = False) -> list[r.BankQuestion]:
    reader = store.reader("bank_question")
    model = reader.model
    query = reader.select().order_by(model.purpose, model.id)
    if not include_retired:
        query = query.where(model.active == True)  # noqa: E712 - SQL expression
    return reader.records(query)


# --- Gemba -------------------------------------------------------------------------------


def open_follow_ups(store: Store, owners: list[str] | None = None) -> list[r.OpenFollowUp]:
    """Every follow-up not yet done, across visits: due ones first, then undated ones. With
    ``owners``: only those whose owner is written as one of them (exactly)."""
    parts = store.reader("gemba_visit").part("follow_ups")
    model, visit = parts.model, store.tables["gemba_visit"].model
    where = model.done_day.is_null()
    if owners is not None:
        where &= model.owner.in_(owners)
    query = (
        parts.select()
        .select_extend(visit.uuid, visit.day, visit.place)
        .join_from(model, visit, on=(parts.parent == visit.id))
        .where(where)
        .order_by(model.due_day.is_null(), model.due_day, model.id)
    )
    out = []
    for row in fetch(query, parts.table.name):
        visit_uuid, day, place = row[-3:]
        try:
            follow_up = parts.make(row)
            visit_day = as_date(day)
        except (Unreadable, ValueError) as exc:
            note_unreadable(parts.table.name, f"of record {row[0]}", f"{exc}; left out")
            continue
        out.append(r.OpenFollowUp(follow_up, visit_uuid, visit_day or date.min, place))
    return out


# --- Reflection --------------------------------------------------------------------------


def reflections_between(store: Store, first: date, last: date) -> list[r.Reflection]:
    """Reflections of every kind from ``first`` to ``last`` inclusive, newest first."""
    reader = store.reader("reflection")
    model = reader.model
    query = (
        reader.select()
        .where(model.day.between(first, last))
        .order_by(model.day.desc(), model.created_at.desc())
    )
    return reader.records(query)


def daily_reflection(store: Store, day: date) -> r.Reflection | None:
    reader = store.reader("reflection")
    model = reader.model
    query = reader.select().where((model.day == day) & (model.kind == "daily"))
    found = reader.records(query)
    return found[0] if found else None


# --- Rest days, people, counts -----------------------------------------------------------


def rest_periods_between(store: Store, first: date, last: date) -> list[r.RestPeriod]:
    """Rest / leave / sick periods that overlap ``first``..``last``."""
    reader = store.reader("rest_period")
    model = reader.model
    query = (
        reader.select()
        .where((model.first_day <= last) & (model.last_day >= first))
        .order_by(model.first_day)
    )
    return reader.records(query)


def people(store: Store) -> list[r.Person]:
    reader = store.reader("person")
    return reader.records(reader.select().order_by(fn.lower(reader.model.name)))


def naming_days(store: Store) -> list[str]:
    """A SELECT of (person id, day) for each table whose rows name a person and have a day:
    the kinds that name one (a question, a tell) and their parts (a gemba conversation)."""
    selects = []
    tables = store.tables.kind_tables()
    for table in [*tables, *(part for t in tables for _spec, part in t.parts)]:
        if "day" not in table.model._meta.fields:
            continue
        for column in table.columns:
            if column.spec.shape is Shape.RECORD and column.spec.type is r.Person:
                name = column.field.column_name
                selects.append(f'SELECT "{name}" AS pid, "day" FROM "{table.name}"')
    return selects


def follow_up_table(store: Store) -> Table:
    """The table of the gemba visits' follow-ups (its owners are names as typed)."""
    (table,) = [p for _s, p in store.tables["gemba_visit"].parts if p.record is r.FollowUp]
    return table


def last_contacts(store: Store, only: Collection[date] | None = None) -> dict[str, date]:
    """Each person's last contact, by uuid: the latest day of a record that names them, or of
    a gemba visit with a follow-up whose owner is written as their name. Two statements, the
    latest days taken by SQL (one row per person, one per owner as typed). With ``only``, the
    last contact on those days alone (for mending a kept answer)."""
    named = " UNION ALL ".join(naming_days(store))
    days = [d.isoformat() for d in only] if only is not None else None
    where = "" if days is None else f"WHERE x.day IN ({', '.join('?' * len(days))}) "
    by_person = _days(
        store.db.execute_sql(
            f'SELECT p.uuid, max(x.day) FROM ({named}) x JOIN "person" p ON p.id = x.pid '
            f"{where}GROUP BY p.id",
            days or (),
        )
    )
    follow_ups = follow_up_table(store)
    model = follow_ups.model
    owned = model.owner != ""
    if days is not None:
        owned &= model.day.in_(days)
    by_owner = _days(
        model.select(model.owner, fn.max(model.day)).where(owned).group_by(model.owner).tuples()
    )
    return merged_contacts(people(store), by_person, by_owner)


# --- a person's page ---------------------------------------------------------------------

_TIMELINE = """
SELECT 'question', q.uuid, q.day, q.text, q.kind, q.asked_at FROM "question" q
 WHERE q.person_id = (SELECT id FROM "person" WHERE uuid = ?)
UNION ALL
SELECT 'tell', t.uuid, t.day, t.note, '', t.told_at FROM "tell" t
 WHERE t.person_id = (SELECT id FROM "person" WHERE uuid = ?)
UNION ALL
SELECT 'conversation', v.uuid, c.day, c.learned, v.place, v.created_at
  FROM "gemba_conversation" c JOIN "gemba_visit" v ON v.id = c.visit_id
 WHERE c.person_id = (SELECT id FROM "person" WHERE uuid = ?)
UNION ALL
SELECT 'follow_up', v.uuid, f.day, f.text, v.place, v.created_at
  FROM "follow_up" f JOIN "gemba_visit" v ON v.id = f.visit_id
 WHERE f.owner IN (SELECT value FROM json_each(?))
UNION ALL
SELECT 'coaching', s.uuid, s.day, s.target, s.next_step, s.created_at FROM "coaching_session" s
 WHERE s.learner_id = (SELECT id FROM "person" WHERE uuid = ?)
ORDER BY 3 DESC, 6 DESC, 1
"""


def follow_up_owners(store: Store, person: r.Person) -> list[str]:
    """The follow-up owners, as typed, that are written as ``person``'s name (one statement:
    the distinct owners)."""
    follow_ups = follow_up_table(store)
    model = follow_ups.model
    typed = [o for (o,) in model.select(model.owner).where(model.owner != "").distinct().tuples()]
    return owned_by(person, typed)


def person_timeline(store: Store, person: r.Person, owners: list[str]) -> list[TimelineEntry]:
    """Everything that names ``person``, newest first (within a day, the latest asked or
    told first): questions asked of them, tells, gemba conversations with them, the
    follow-ups whose owner is written as one of ``owners``, and coaching sessions with them
    as learner. One statement."""
    uuid = person.uuid
    rows = store.db.execute_sql(_TIMELINE, (uuid, uuid, uuid, json.dumps(owners), uuid))
    out = []
    for kind, record_uuid, day, text, detail, _at in rows:
        try:
            read = as_date(day)
        except ValueError:
            read = None
        if read is None:
            note_unreadable(kind, record_uuid, f"a day {day!r} cannot be read; left out")
            continue
        out.append(TimelineEntry(kind, record_uuid, read, text or "", detail or ""))
    return out


def person_figures(store: Store, person: r.Person) -> PersonFigures:
    """How many questions were asked of ``person``, how many of them open, and how many tells
    (one statement)."""
    row = store.db.execute_sql(
        'SELECT (SELECT count(*) FROM "question" WHERE person_id = p.id),'
        ' (SELECT count(*) FROM "question" WHERE person_id = p.id AND kind = ?),'
        ' (SELECT count(*) FROM "tell" WHERE person_id = p.id)'
        ' FROM "person" p WHERE p.uuid = ?',
        (r.QuestionKind.OPEN.value, person.uuid),
    ).fetchone()
    return PersonFigures(*row) if row else PersonFigures(0, 0, 0)


def _days(rows: Any) -> dict[str, date]:
    """(key, day) rows as a mapping; a day that cannot be read is left out (and logged)."""
    out = {}
    for key, value in rows:
        try:
            day = as_date(value)
        except ValueError:
            note_unreadable("person", key, f"a last contact day {value!r} cannot be read")
            continue
        if day is not None:
            out[str(key)] = day
    return out


def record_counts(store: Store) -> dict[str, int]:
    """How many rows each table of records holds (one statement)."""
    tables = store.tables.record_tables()
    counts = ", ".join(f'(SELECT count(*) FROM "{t.name}")' for t in tables)
    row = store.db.execute_sql(f"SELECT {counts}").fetchone()
    return {t.name: int(n) for t, n in zip(tables, row, strict=True)}


def user_record_count(store: Store, parts: bool = True) -> int:
    """How many rows hold the user's own records, the starter question bank left out (one
    statement); with ``parts=False``, how many records (an intention with its actions is
    one)."""
    tables = store.tables.record_tables() if parts else store.tables.kind_tables()
    counts = " + ".join(f'(SELECT count(*) FROM "{t.name}")' for t in tables)
    bank = store.tables["bank_question"].name
    sql = f'SELECT {counts} - (SELECT count(*) FROM "{bank}" WHERE builtin)'
    return int(store.db.execute_sql(sql).fetchone()[0])


def holds_user_records(store: Store) -> bool:
    """True when any record other than the built-in question bank exists."""
    return user_record_count(store) > 0


# --- Filtered history lists --------------------------------------------------------------


def _has(column: Any, text: str) -> Any:
    """``column`` contains ``text``: literal (no wildcards), case-insensitive for ASCII."""
    return fn.instr(fn.lower(column), text.lower()) > 0


def searchable(text: str) -> str:
    """A piece of text to look for, without lone surrogates (broken UTF-16 cannot be looked
    for: SQLite could not even be handed it)."""
    return _SURROGATES.sub("", text).strip()


def _containing(model: Any, columns: tuple[str, ...], text: str) -> Any:
    """Rows where any of ``columns`` contains ``text``."""
    q = searchable(text)
    condition = _has(getattr(model, columns[0]), q)
    for name in columns[1:]:
        condition |= _has(getattr(model, name), q)
    return condition


def questions_matching(
    store: Store,
    first: date | None = None,
    last: date | None = None,
    kind: r.QuestionKind | None = None,
    text: str = "",
    limit: int = 2000,
    offset: int = 0,
) -> list[r.Question]:
    """Questions, newest first, filtered by date range, kind and a piece of their text;
    ``limit`` of them from the ``offset``-th."""
    reader = store.reader("question")
    model = reader.model
    query = reader.select()
    if first is not None:
        query = query.where(model.day >= first)
    if last is not None:
        query = query.where(model.day <= last)
    if kind is not None:
        query = query.where(model.kind == kind.value)
    if searchable(text):
        query = query.where(_containing(model, ("text", "context", "learned"), text))
    query = query.order_by(model.asked_at.desc(), model.day.desc(), model.id.desc())
    return reader.records(query.limit(limit).offset(offset))


def visits_matching(
    store: Store, text: str = "", limit: int = 2000, offset: int = 0
) -> list[r.GembaVisit]:
    """Gemba visits, newest first, whose place, purpose or observations contain ``text``;
    ``limit`` of them from the ``offset``-th."""
    reader = store.reader("gemba_visit")
    model = reader.model
    query = reader.select()
    if searchable(text):
        query = query.where(_containing(model, ("place", "purpose", "observed"), text))
    query = query.order_by(model.day.desc(), model.id.desc())
    return reader.records(query.limit(limit).offset(offset))


def reflections_matching(
    store: Store,
    kind: r.ReflectionKind | None = None,
    text: str = "",
    limit: int = 2000,
    offset: int = 0,
) -> list[r.Reflection]:
    """Reflections, newest first, of one kind (or all) containing ``text`` in any field;
    ``limit`` of them from the ``offset``-th."""
    reader = store.reader("reflection")
    model = reader.model
    query = reader.select()
    if kind is not None:
        query = query.where(model.kind == kind.value)
    if searchable(text):
        texts = ("went_well", "went_badly", "learned", "adjust_next")
        query = query.where(_containing(model, texts, text))
    query = query.order_by(model.day.desc(), model.created_at.desc(), model.id.desc())
    return reader.records(query.limit(limit).offset(offset))
