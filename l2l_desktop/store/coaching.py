"""Reads of coaching sessions: the list, a learner's sessions, the last one with a learner."""

from __future__ import annotations

from peewee import fn

from l2l_desktop.core import records as r
from l2l_desktop.store.database import Store
from l2l_desktop.store.queries import searchable

KIND = "coaching_session"
_TEXTS = ("target", "challenge", "current_condition", "last_step", "actual", "learned", "next_step")


def _learner_id(store: Store, person: r.Person) -> object:
    people = store.tables["person"].model
    return people.select(people.id).where(people.uuid == person.uuid)


def sessions_matching(
    store: Store, text: str = "", limit: int = 2000, offset: int = 0
) -> list[r.CoachingSession]:
    """Coaching sessions, newest first, whose texts or learner's name contain ``text``;
    ``limit`` of them from the ``offset``-th."""
    reader = store.reader(KIND)
    model = reader.model
    query = reader.select()
    q = searchable(text)
    if q:
        people = store.tables["person"].model
        named = people.select(people.id).where(fn.instr(fn.lower(people.name), q.lower()) > 0)
        condition = model.learner.in_(named)
        for name in _TEXTS:
            condition |= fn.instr(fn.lower(getattr(model, name)), q.lower()) > 0
        query = query.where(condition)
    query = query.order_by(model.day.desc(), model.id.desc())
    return reader.records(query.limit(limit).offset(offset))


def sessions_of(store: Store, learner: r.Person) -> list[r.CoachingSession]:
    """Every session with ``learner``, oldest first."""
    reader = store.reader(KIND)
    model = reader.model
    query = reader.select().where(model.learner.in_(_learner_id(store, learner)))
    return reader.records(query.order_by(model.day, model.id))


def last_session(store: Store, learner: r.Person) -> r.CoachingSession | None:
    """The latest session with ``learner`` (the last saved, of the latest day), or None."""
    reader = store.reader(KIND)
    model = reader.model
    query = reader.select().where(model.learner.in_(_learner_id(store, learner)))
    found = reader.records(query.order_by(model.day.desc(), model.id.desc()).limit(1))
    return found[0] if found else None
