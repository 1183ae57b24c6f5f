"""Read queries: one function per question a screen asks, returning core dataclasses."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from peewee import JOIN, fn

from l2l_desktop.core import records as r
from l2l_desktop.store import mapping
from l2l_desktop.store import models as m
from l2l_desktop.store.database import Store


def _intentions(rows: list[m.IntentionRow]) -> list[r.Intention]:
    if not rows:
        return []
    by_parent: dict[int, list[m.ActionRow]] = defaultdict(list)
    for a in m.ActionRow.select().where(m.ActionRow.intention.in_([x.id for x in rows])):
        by_parent[a.intention_id].append(a)
    return [mapping.intention(x, by_parent[x.id]) for x in rows]


def _visits(rows: list[m.VisitRow]) -> list[r.GembaVisit]:
    if not rows:
        return []
    ids = [v.id for v in rows]
    assumptions: dict[int, list] = defaultdict(list)
    conversations: dict[int, list] = defaultdict(list)
    follow_ups: dict[int, list] = defaultdict(list)
    for a in m.AssumptionRow.select().where(m.AssumptionRow.visit.in_(ids)):
        assumptions[a.visit_id].append(a)
    conv = (
        m.ConversationRow.select(m.ConversationRow, m.PersonRow)
        .join(m.PersonRow, JOIN.LEFT_OUTER)
        .where(m.ConversationRow.visit.in_(ids))
    )
    for c in conv:
        conversations[c.visit_id].append((c, c.person if c.person_id else None))
    for f in m.FollowUpRow.select().where(m.FollowUpRow.visit.in_(ids)):
        follow_ups[f.visit_id].append(f)
    return [
        mapping.visit(v, assumptions[v.id], conversations[v.id], follow_ups[v.id]) for v in rows
    ]


def _questions(query: Any) -> list[r.Question]:
    query = query.select(m.QuestionRow, m.PersonRow).join(m.PersonRow, JOIN.LEFT_OUTER)
    return [mapping.question(q, q.person if q.person_id else None) for q in query]


def _tells(query: Any) -> list[r.Tell]:
    query = query.select(m.TellRow, m.PersonRow).join(m.PersonRow, JOIN.LEFT_OUTER)
    return [mapping.tell(t, t.person if t.person_id else None) for t in query]


def _reflections(query: Any) -> list[r.Reflection]:
    query = query.select(m.ReflectionRow, m.IntentionRow.id, m.IntentionRow.uuid).join(
        m.IntentionRow, JOIN.LEFT_OUTER
    )
    out = []
    for row in query:
        linked = row.intention.uuid if row.intention_id else None
        out.append(mapping.reflection(row, linked))
    return out


def by_uuid(store: Store, kind: str, uuid: str) -> Any:
    """The record of ``kind`` with ``uuid``, or None."""
    if kind == "intention":
        found = _intentions(list(m.IntentionRow.select().where(m.IntentionRow.uuid == uuid)))
    elif kind == "gemba_visit":
        found = _visits(list(m.VisitRow.select().where(m.VisitRow.uuid == uuid)))
    elif kind == "question":
        found = _questions(m.QuestionRow.select().where(m.QuestionRow.uuid == uuid))
    elif kind == "tell":
        found = _tells(m.TellRow.select().where(m.TellRow.uuid == uuid))
    elif kind == "reflection":
        found = _reflections(m.ReflectionRow.select().where(m.ReflectionRow.uuid == uuid))
    else:
        simple = {
            "pause": (m.PauseRow, mapping.pause),
            "bank_question": (m.BankQuestionRow, mapping.bank_question),
            "rest_period": (m.RestPeriodRow, mapping.rest_period),
            "person": (m.PersonRow, mapping.person),
        }
        model, convert = simple[kind]
        found = [convert(x) for x in model.select().where(model.uuid == uuid)]
    return found[0] if found else None


# --- Today -------------------------------------------------------------------------------


def intention_for_day(store: Store, day: date) -> r.Intention | None:
    found = _intentions(list(m.IntentionRow.select().where(m.IntentionRow.day == day)))
    return found[0] if found else None


def pauses_for_day(store: Store, day: date) -> list[r.Pause]:
    rows = m.PauseRow.select().where(m.PauseRow.day == day).order_by(m.PauseRow.at)
    return [mapping.pause(p) for p in rows]


def latest_adjust_next(store: Store, before: date) -> r.Reflection | None:
    """The newest reflection before ``before`` that says what to adjust next."""
    query = (
        m.ReflectionRow.select()
        .where((m.ReflectionRow.day < before) & (m.ReflectionRow.adjust_next != ""))
        .order_by(m.ReflectionRow.day.desc(), m.ReflectionRow.updated_at.desc())
        .limit(1)
    )
    found = _reflections(query)
    return found[0] if found else None


# --- Questions ---------------------------------------------------------------------------


def recent_questions(store: Store, limit: int = 200) -> list[r.Question]:
    query = m.QuestionRow.select().order_by(m.QuestionRow.asked_at.desc()).limit(limit)
    return _questions(query)


def tells_between(store: Store, first: date, last: date) -> list[r.Tell]:
    query = (
        m.TellRow.select()
        .where(m.TellRow.day.between(first, last))
        .order_by(m.TellRow.told_at.desc())
    )
    return _tells(query)


def bank_questions(store: Store, include_retired: bool = False) -> list[r.BankQuestion]:
    query = m.BankQuestionRow.select().order_by(m.BankQuestionRow.purpose, m.BankQuestionRow.id)
    if not include_retired:
        query = query.where(m.BankQuestionRow.active == True)  # noqa: E712 - SQL expression
    return [mapping.bank_question(b) for b in query]


# --- Gemba -------------------------------------------------------------------------------


def recent_visits(store: Store, limit: int = 200) -> list[r.GembaVisit]:
    query = m.VisitRow.select().order_by(m.VisitRow.day.desc(), m.VisitRow.id.desc()).limit(limit)
    return _visits(list(query))


def open_follow_ups(store: Store) -> list[r.OpenFollowUp]:
    """Every follow-up not yet done, across visits: due ones first, then undated ones."""
    query = (
        m.FollowUpRow.select(m.FollowUpRow, m.VisitRow.uuid, m.VisitRow.day, m.VisitRow.place)
        .join(m.VisitRow)
        .where(m.FollowUpRow.done_day.is_null())
        .order_by(m.FollowUpRow.due_day.is_null(), m.FollowUpRow.due_day, m.FollowUpRow.id)
    )
    return [
        r.OpenFollowUp(
            follow_up=mapping.follow_up(f),
            visit_uuid=f.visit.uuid,
            visit_day=mapping.as_date(f.visit.day),
            place=f.visit.place,
        )
        for f in query
    ]


# --- Reflection --------------------------------------------------------------------------


def reflections_between(store: Store, first: date, last: date) -> list[r.Reflection]:
    """Reflections of every kind from ``first`` to ``last`` inclusive, newest first."""
    query = (
        m.ReflectionRow.select()
        .where(m.ReflectionRow.day.between(first, last))
        .order_by(m.ReflectionRow.day.desc(), m.ReflectionRow.created_at.desc())
    )
    return _reflections(query)


def recent_reflections(store: Store, limit: int = 200) -> list[r.Reflection]:
    query = (
        m.ReflectionRow.select()
        .order_by(m.ReflectionRow.day.desc(), m.ReflectionRow.created_at.desc())
        .limit(limit)
    )
    return _reflections(query)


def daily_reflection(store: Store, day: date) -> r.Reflection | None:
    query = m.ReflectionRow.select().where(
        (m.ReflectionRow.day == day) & (m.ReflectionRow.kind == "daily")
    )
    found = _reflections(query)
    return found[0] if found else None


# --- Rest days, people, counts -----------------------------------------------------------


def rest_periods_between(store: Store, first: date, last: date) -> list[r.RestPeriod]:
    """Rest / leave / sick periods that overlap ``first``..``last``."""
    query = (
        m.RestPeriodRow.select()
        .where((m.RestPeriodRow.first_day <= last) & (m.RestPeriodRow.last_day >= first))
        .order_by(m.RestPeriodRow.first_day)
    )
    return [mapping.rest_period(x) for x in query]


def people(store: Store) -> list[r.Person]:
    query = m.PersonRow.select().order_by(fn.lower(m.PersonRow.name))
    return [mapping.person(p) for p in query]


def record_counts(store: Store) -> dict[str, int]:
    """How many rows each table holds."""
    return {model._meta.table_name: model.select().count() for model in m.RECORD_MODELS}


def user_record_count(store: Store) -> int:
    """How many rows hold the user's own records (the starter question bank left out)."""
    builtin = m.BankQuestionRow.select().where(m.BankQuestionRow.builtin == True).count()  # noqa: E712
    return sum(record_counts(store).values()) - builtin


def holds_user_records(store: Store) -> bool:
    """True when any record other than the built-in question bank exists."""
    return user_record_count(store) > 0


# --- Filtered history lists --------------------------------------------------------------


def _has(column: Any, text: str) -> Any:
    """``column`` contains ``text``: literal (no wildcards), case-insensitive for ASCII."""
    return fn.instr(fn.lower(column), text.lower()) > 0


def questions_matching(
    store: Store,
    first: date | None = None,
    last: date | None = None,
    kind: r.QuestionKind | None = None,
    text: str = "",
    limit: int = 2000,
) -> list[r.Question]:
    """Questions, newest first, filtered by date range, kind and a piece of their text."""
    query = m.QuestionRow.select()
    if first is not None:
        query = query.where(m.QuestionRow.day >= first)
    if last is not None:
        query = query.where(m.QuestionRow.day <= last)
    if kind is not None:
        query = query.where(m.QuestionRow.kind == kind.value)
    if text.strip():
        q = text.strip()
        query = query.where(
            _has(m.QuestionRow.text, q)
            | _has(m.QuestionRow.context, q)
            | _has(m.QuestionRow.learned, q)
        )
    return _questions(query.order_by(m.QuestionRow.asked_at.desc()).limit(limit))


def visits_matching(store: Store, text: str = "", limit: int = 2000) -> list[r.GembaVisit]:
    """Gemba visits, newest first, whose place, purpose or observations contain ``text``."""
    query = m.VisitRow.select()
    if text.strip():
        q = text.strip()
        query = query.where(
            _has(m.VisitRow.place, q) | _has(m.VisitRow.purpose, q) | _has(m.VisitRow.observed, q)
        )
    query = query.order_by(m.VisitRow.day.desc(), m.VisitRow.id.desc()).limit(limit)
    return _visits(list(query))


def reflections_matching(
    store: Store, kind: r.ReflectionKind | None = None, text: str = "", limit: int = 2000
) -> list[r.Reflection]:
    """Reflections, newest first, of one kind (or all) containing ``text`` in any field."""
    query = m.ReflectionRow.select()
    if kind is not None:
        query = query.where(m.ReflectionRow.kind == kind.value)
    if text.strip():
        q = text.strip()
        row = m.ReflectionRow
        query = query.where(
            _has(row.went_well, q)
            | _has(row.went_badly, q)
            | _has(row.learned, q)
            | _has(row.adjust_next, q)
        )
    query = query.order_by(m.ReflectionRow.day.desc(), m.ReflectionRow.created_at.desc())
    return _reflections(query.limit(limit))
