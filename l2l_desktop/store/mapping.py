"""Conversions between model rows and the core record dataclasses."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element, from_mask
from l2l_desktop.store import models as m


def as_date(value: Any) -> date | None:
    """Peewee hands back an unparsable stored date as a string; parse or refuse it."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def stamps(row: m.BaseModel) -> dict[str, Any]:
    return {
        "uuid": row.uuid,
        "created_at": as_datetime(row.created_at),
        "updated_at": as_datetime(row.updated_at),
    }


def person(row: m.PersonRow | None) -> r.Person | None:
    if row is None:
        return None
    return r.Person(name=row.name, role=row.role, **stamps(row))


def element_of(mask: int) -> Element:
    (element,) = from_mask(mask)
    return element


def intention(row: m.IntentionRow, actions: list[m.ActionRow]) -> r.Intention:
    return r.Intention(
        day=as_date(row.day),
        heart=row.heart,
        direction=row.direction,
        actions=tuple(
            r.Action(text=a.text, element=element_of(a.elements), done=a.done, uuid=a.uuid)
            for a in sorted(actions, key=lambda a: a.position)
        ),
        **stamps(row),
    )


def pause(row: m.PauseRow) -> r.Pause:
    return r.Pause(
        day=as_date(row.day),
        at=as_datetime(row.at),
        alignment=r.Alignment(row.alignment),
        note=row.note,
        elements=from_mask(row.elements),
        **stamps(row),
    )


def question(row: m.QuestionRow, who: m.PersonRow | None) -> r.Question:
    return r.Question(
        day=as_date(row.day),
        asked_at=as_datetime(row.asked_at),
        text=row.text,
        kind=r.QuestionKind(row.kind),
        suggested_kind=r.QuestionKind(row.suggested_kind) if row.suggested_kind else None,
        context=row.context,
        learned=row.learned,
        person=person(who),
        elements=from_mask(row.elements),
        **stamps(row),
    )


def tell(row: m.TellRow, who: m.PersonRow | None) -> r.Tell:
    return r.Tell(
        day=as_date(row.day),
        told_at=as_datetime(row.told_at),
        note=row.note,
        person=person(who),
        elements=from_mask(row.elements),
        **stamps(row),
    )


def bank_question(row: m.BankQuestionRow) -> r.BankQuestion:
    return r.BankQuestion(
        text=row.text, purpose=row.purpose, active=row.active, builtin=row.builtin, **stamps(row)
    )


def visit(
    row: m.VisitRow,
    assumptions: list[m.AssumptionRow],
    conversations: list[tuple[m.ConversationRow, m.PersonRow | None]],
    follow_ups: list[m.FollowUpRow],
) -> r.GembaVisit:
    return r.GembaVisit(
        day=as_date(row.day),
        place=row.place,
        purpose=row.purpose,
        status=r.VisitStatus(row.status),
        observed=row.observed,
        care=row.care,
        assumptions=tuple(
            r.Assumption(text=a.text, result=r.AssumptionResult(a.result), fact=a.fact, uuid=a.uuid)
            for a in sorted(assumptions, key=lambda a: a.position)
        ),
        conversations=tuple(
            r.Conversation(learned=c.learned, person=person(p), uuid=c.uuid)
            for c, p in sorted(conversations, key=lambda cp: cp[0].position)
        ),
        follow_ups=tuple(follow_up(f) for f in sorted(follow_ups, key=lambda f: f.position)),
        elements=from_mask(row.elements),
        **stamps(row),
    )


def follow_up(row: m.FollowUpRow) -> r.FollowUp:
    return r.FollowUp(
        text=row.text,
        owner=row.owner,
        due_day=as_date(row.due_day),
        done_day=as_date(row.done_day),
        uuid=row.uuid,
    )


def reflection(row: m.ReflectionRow, intention_uuid: str | None) -> r.Reflection:
    return r.Reflection(
        day=as_date(row.day),
        kind=r.ReflectionKind(row.kind),
        went_well=row.went_well,
        went_badly=row.went_badly,
        learned=row.learned,
        adjust_next=row.adjust_next,
        rating=row.rating,
        intention_uuid=intention_uuid,
        elements=from_mask(row.elements),
        **stamps(row),
    )


def rest_period(row: m.RestPeriodRow) -> r.RestPeriod:
    return r.RestPeriod(
        first_day=as_date(row.first_day),
        last_day=as_date(row.last_day),
        kind=r.RestKind(row.kind),
        note=row.note,
        **stamps(row),
    )
