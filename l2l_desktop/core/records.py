"""The records a leader keeps, as plain dataclasses (DESIGN.md section 3).

Every record has a stable ``uuid`` so an export can be merged back without duplicates. The
store fills ``created_at`` / ``updated_at`` (naive UTC) when it saves a record.
"""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from l2l_desktop.core.elements import Element


def new_uuid() -> str:
    """A fresh random UUID as text."""
    return str(_uuid.uuid4())


class Alignment(Enum):
    """How well a moment matched the day's intention (an intention pause)."""

    ALIGNED = "aligned"
    PARTLY = "partly"
    OFF = "off"


class QuestionKind(Enum):
    OPEN = "open"
    CLOSED = "closed"
    LEADING = "leading"


class AssumptionResult(Enum):
    CONFIRMED = "confirmed"
    REFUTED = "refuted"
    UNCLEAR = "unclear"


class VisitStatus(Enum):
    PLANNED = "planned"
    DONE = "done"


class ReflectionKind(Enum):
    DAILY = "daily"
    WEEKLY = "weekly"
    EVENT = "event"


class RestKind(Enum):
    """Why a day neither counts toward nor breaks a streak."""

    REST = "rest"
    LEAVE = "leave"
    SICK = "sick"


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Action:
    """One planned action of an intention, serving exactly one element."""

    text: str
    element: Element
    done: bool = False
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class Intention:
    """The intention for one calendar day: the why, the wanted impact, and the actions."""

    day: date
    heart: str
    direction: str
    actions: tuple[Action, ...] = ()
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def elements(self) -> frozenset[Element]:
        return frozenset(a.element for a in self.actions)


@dataclass(frozen=True)
class Pause:
    """A short intention pause during the day. ``at`` is naive UTC."""

    day: date
    at: datetime
    alignment: Alignment
    note: str = ""
    elements: frozenset[Element] = frozenset({Element.SELF})
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Question:
    """A question I asked; ``kind`` is the user's choice, ``suggested_kind`` the checker's."""

    day: date
    asked_at: datetime
    text: str
    kind: QuestionKind
    suggested_kind: QuestionKind | None = None
    context: str = ""
    learned: str = ""
    person: Person | None = None
    elements: frozenset[Element] = frozenset({Element.SUPPORT})
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Tell:
    """A moment I told instead of asked."""

    day: date
    told_at: datetime
    note: str = ""
    person: Person | None = None
    elements: frozenset[Element] = frozenset({Element.SUPPORT})
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class BankQuestion:
    """An open coaching question in the question bank, grouped by purpose."""

    text: str
    purpose: str
    active: bool = True
    builtin: bool = False
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Assumption:
    text: str
    result: AssumptionResult = AssumptionResult.UNCLEAR
    fact: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class Conversation:
    """Someone I talked with at gemba and what I learned from their view."""

    learned: str
    person: Person | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class FollowUp:
    text: str
    owner: str = ""
    due_day: date | None = None
    done_day: date | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class GembaVisit:
    """A visit to where the work happens: planned with a purpose, then recorded."""

    day: date
    place: str
    purpose: str
    status: VisitStatus = VisitStatus.PLANNED
    observed: str = ""
    care: str = ""
    assumptions: tuple[Assumption, ...] = ()
    conversations: tuple[Conversation, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    elements: frozenset[Element] = frozenset({Element.SUPPORT})
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class OpenFollowUp:
    """A follow-up not yet done, with the visit it came from (for cross-visit lists)."""

    follow_up: FollowUp
    visit_uuid: str
    visit_day: date
    place: str

    def overdue(self, today: date) -> bool:
        due = self.follow_up.due_day
        return due is not None and due < today


@dataclass(frozen=True)
class Reflection:
    """Hansei: a daily, weekly or event reflection. ``rating`` is 1..5 or None."""

    day: date
    kind: ReflectionKind = ReflectionKind.DAILY
    went_well: str = ""
    went_badly: str = ""
    learned: str = ""
    adjust_next: str = ""
    rating: int | None = None
    intention_uuid: str | None = None
    elements: frozenset[Element] = frozenset({Element.SELF})
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class RestPeriod:
    """Days (inclusive) that neither count toward nor break a streak."""

    first_day: date
    last_day: date
    kind: RestKind = RestKind.REST
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day
