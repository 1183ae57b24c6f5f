"""Saving and deleting records. Every save validates first and runs in one transaction.

A save is an upsert by UUID: a record saved again (after an edit, or after an undone delete)
keeps its ``created_at``; child rows (actions, assumptions, ...) are replaced as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import utc_now
from l2l_desktop.core.elements import to_mask
from l2l_desktop.core.validation import FieldError, ValidationError, validate
from l2l_desktop.store import models as m
from l2l_desktop.store import queries
from l2l_desktop.store.database import Store

T = TypeVar("T")

KIND_MODELS: dict[str, type[m.BaseModel]] = {
    "intention": m.IntentionRow,
    "pause": m.PauseRow,
    "question": m.QuestionRow,
    "tell": m.TellRow,
    "bank_question": m.BankQuestionRow,
    "gemba_visit": m.VisitRow,
    "reflection": m.ReflectionRow,
    "rest_period": m.RestPeriodRow,
    "person": m.PersonRow,
}
RECORD_KINDS: dict[type, str] = {
    r.Intention: "intention",
    r.Pause: "pause",
    r.Question: "question",
    r.Tell: "tell",
    r.BankQuestion: "bank_question",
    r.GembaVisit: "gemba_visit",
    r.Reflection: "reflection",
    r.RestPeriod: "rest_period",
    r.Person: "person",
}


def kind_of(record: object) -> str:
    """The record kind name used by the store and the change bus."""
    return RECORD_KINDS[type(record)]


def _upsert(model: type[m.BaseModel], uuid: str, fields: dict[str, Any], now: datetime) -> int:
    existing = model.select(model.id).where(model.uuid == uuid).first()
    if existing is None:
        return model.insert(uuid=uuid, created_at=now, updated_at=now, **fields).execute()
    model.update(updated_at=now, **fields).where(model.id == existing.id).execute()
    return existing.id


def _replace_children(
    model: type[m.BaseModel],
    parent_field: Any,
    parent_id: int,
    rows: Sequence[dict[str, Any]],
    now: datetime,
) -> None:
    """Replace a parent's child rows, keeping the created_at of children that stay."""
    created = dict(
        model.select(model.uuid, model.created_at).where(parent_field == parent_id).tuples()
    )
    model.delete().where(parent_field == parent_id).execute()
    if rows:
        model.insert_many(
            [
                {
                    **row,
                    "position": i,
                    "created_at": created.get(row["uuid"], now),
                    "updated_at": now,
                }
                for i, row in enumerate(rows)
            ]
        ).execute()


def _person_id(p: r.Person | None, now: datetime) -> int | None:
    if p is None:
        return None
    fields = {"name": p.name.strip(), "role": p.role.strip()}
    row = (
        m.PersonRow.select(m.PersonRow.id, m.PersonRow.name, m.PersonRow.role)
        .where(m.PersonRow.uuid == p.uuid)
        .first()
    )
    if row is not None and (row.name, row.role) == (fields["name"], fields["role"]):
        return row.id  # referenced again, not edited: leave updated_at alone
    return _upsert(m.PersonRow, p.uuid, fields, now)


def _refuse_second(model: type[m.BaseModel], where: Any, uuid: str, message: str) -> None:
    other = model.select(model.uuid).where(where & (model.uuid != uuid)).first()
    if other is not None:
        raise ValidationError([FieldError("day", message)])


def _save_intention(x: r.Intention, now: datetime) -> None:
    _refuse_second(
        m.IntentionRow, m.IntentionRow.day == x.day, x.uuid, "This day already has an intention."
    )
    fields = {
        "day": x.day,
        "heart": x.heart,
        "direction": x.direction,
        "elements": to_mask(x.elements),
    }
    iid = _upsert(m.IntentionRow, x.uuid, fields, now)
    rows = [
        {
            "uuid": a.uuid,
            "intention": iid,
            "day": x.day,
            "text": a.text,
            "elements": a.element.bit,
            "done": a.done,
        }
        for a in x.actions
    ]
    _replace_children(m.ActionRow, m.ActionRow.intention, iid, rows, now)


def _save_pause(x: r.Pause, now: datetime) -> None:
    fields = {
        "day": x.day,
        "at": x.at,
        "alignment": x.alignment.value,
        "note": x.note,
        "elements": to_mask(x.elements),
    }
    _upsert(m.PauseRow, x.uuid, fields, now)


def _save_question(x: r.Question, now: datetime) -> None:
    fields = {
        "day": x.day,
        "asked_at": x.asked_at,
        "text": x.text,
        "context": x.context,
        "kind": x.kind.value,
        "suggested_kind": x.suggested_kind.value if x.suggested_kind else None,
        "learned": x.learned,
        "person": _person_id(x.person, now),
        "elements": to_mask(x.elements),
    }
    _upsert(m.QuestionRow, x.uuid, fields, now)


def _save_tell(x: r.Tell, now: datetime) -> None:
    fields = {
        "day": x.day,
        "told_at": x.told_at,
        "note": x.note,
        "person": _person_id(x.person, now),
        "elements": to_mask(x.elements),
    }
    _upsert(m.TellRow, x.uuid, fields, now)


def _save_bank_question(x: r.BankQuestion, now: datetime) -> None:
    fields = {"text": x.text, "purpose": x.purpose, "active": x.active, "builtin": x.builtin}
    _upsert(m.BankQuestionRow, x.uuid, fields, now)


def _save_visit(x: r.GembaVisit, now: datetime) -> None:
    fields = {
        "day": x.day,
        "place": x.place,
        "purpose": x.purpose,
        "status": x.status.value,
        "observed": x.observed,
        "care": x.care,
        "elements": to_mask(x.elements),
    }
    vid = _upsert(m.VisitRow, x.uuid, fields, now)
    common = {"visit": vid, "day": x.day}
    assumptions = [
        {**common, "uuid": a.uuid, "text": a.text, "result": a.result.value, "fact": a.fact}
        for a in x.assumptions
    ]
    conversations = [
        {**common, "uuid": c.uuid, "learned": c.learned, "person": _person_id(c.person, now)}
        for c in x.conversations
    ]
    follow_ups = [
        {
            **common,
            "uuid": f.uuid,
            "text": f.text,
            "owner": f.owner,
            "due_day": f.due_day,
            "done_day": f.done_day,
        }
        for f in x.follow_ups
    ]
    _replace_children(m.AssumptionRow, m.AssumptionRow.visit, vid, assumptions, now)
    _replace_children(m.ConversationRow, m.ConversationRow.visit, vid, conversations, now)
    _replace_children(m.FollowUpRow, m.FollowUpRow.visit, vid, follow_ups, now)


def _save_reflection(x: r.Reflection, now: datetime) -> None:
    if x.kind is r.ReflectionKind.DAILY:
        _refuse_second(
            m.ReflectionRow,
            (m.ReflectionRow.day == x.day) & (m.ReflectionRow.kind == "daily"),
            x.uuid,
            "This day already has a daily reflection.",
        )
    intention_id = None
    if x.intention_uuid is not None:
        row = m.IntentionRow.select(m.IntentionRow.id).where(
            m.IntentionRow.uuid == x.intention_uuid
        )
        intention_id = row.scalar()
    fields = {
        "day": x.day,
        "kind": x.kind.value,
        "went_well": x.went_well,
        "went_badly": x.went_badly,
        "learned": x.learned,
        "adjust_next": x.adjust_next,
        "rating": x.rating,
        "intention": intention_id,
        "elements": to_mask(x.elements),
    }
    _upsert(m.ReflectionRow, x.uuid, fields, now)


def _save_rest(x: r.RestPeriod, now: datetime) -> None:
    fields = {
        "first_day": x.first_day,
        "last_day": x.last_day,
        "kind": x.kind.value,
        "note": x.note,
    }
    _upsert(m.RestPeriodRow, x.uuid, fields, now)


def _save_person(x: r.Person, now: datetime) -> None:
    _person_id(x, now)


_SAVERS = {
    r.Intention: _save_intention,
    r.Pause: _save_pause,
    r.Question: _save_question,
    r.Tell: _save_tell,
    r.BankQuestion: _save_bank_question,
    r.GembaVisit: _save_visit,
    r.Reflection: _save_reflection,
    r.RestPeriod: _save_rest,
    r.Person: _save_person,
}


def save(store: Store, record: T) -> T:
    """Validate and save one record (insert or update by UUID); returns it as stored."""
    validate(record)
    with store.writing():
        _SAVERS[type(record)](record, utc_now())
    return queries.by_uuid(store, kind_of(record), record.uuid)  # type: ignore[attr-defined]


def save_many(store: Store, records: Iterable[object]) -> int:
    """Validate and save many records in one transaction: all of them or none."""
    items = list(records)
    for record in items:
        validate(record)
    now = utc_now()
    with store.writing():
        for record in items:
            _SAVERS[type(record)](record, now)
    return len(items)


def delete(store: Store, kind: str, uuid: str) -> bool:
    """Delete one record (with its child rows); True when it existed."""
    model = KIND_MODELS[kind]
    with store.writing():
        return model.delete().where(model.uuid == uuid).execute() > 0


def set_follow_up_done(store: Store, uuid: str, done_day: Any) -> bool:
    """Mark one follow-up done on ``done_day`` (None re-opens it); True when it exists."""
    with store.writing():
        changed = (
            m.FollowUpRow.update(done_day=done_day, updated_at=utc_now())
            .where(m.FollowUpRow.uuid == uuid)
            .execute()
        )
    return changed > 0
