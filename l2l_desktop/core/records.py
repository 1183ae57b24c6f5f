"""The records a leader keeps, as plain dataclasses (DESIGN.md section 3).

Each dataclass is the one declaration of its kind: storage columns, the mapping of rows,
validation of single fields, the JSON shape of export and drafts are all derived from its
fields (their types, and the rules of :mod:`l2l_desktop.core.fields` they carry). The kinds
are listed in :mod:`l2l_desktop.core.kinds`. To add an optional field, add it at the end of
its dataclass and add one migration step that adds its column (docs/architecture.md).

Every record has a stable ``uuid`` so an export can be merged back without duplicates. The
store fills ``created_at`` / ``updated_at`` (naive UTC) when it saves a record.
"""

from __future__ import annotations

import uuid as _uuid
from dataclasses import KW_ONLY, dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Annotated

from l2l_desktop.core.elements import Element
from l2l_desktop.core.fields import OneADay, Required, RequiredShort, Rule, Short


def new_uuid() -> str:
    """A fresh random UUID as text."""
    return str(_uuid.uuid4())


# The choices a record offers, by their stable keys (stored, exported), in the order shown.
# How well a moment matched the day's intention (an intention pause):
Alignment = Enum("Alignment", {"ALIGNED": "aligned", "PARTLY": "partly", "OFF": "off"})
QuestionKind = Enum("QuestionKind", {"OPEN": "open", "CLOSED": "closed", "LEADING": "leading"})
AssumptionResult = Enum(
    "AssumptionResult", {"CONFIRMED": "confirmed", "REFUTED": "refuted", "UNCLEAR": "unclear"}
)
VisitStatus = Enum("VisitStatus", {"PLANNED": "planned", "DONE": "done"})
ReflectionKind = Enum("ReflectionKind", {"DAILY": "daily", "WEEKLY": "weekly", "EVENT": "event"})
# Why a day neither counts toward nor breaks a streak:
RestKind = Enum("RestKind", {"REST": "rest", "LEAVE": "leave", "SICK": "sick"})
# Where an obstacle on the way to a target condition stands (a coaching session):
ObstacleStatus = Enum(
    "ObstacleStatus", {"OPEN": "open", "WORKING": "working", "OVERCOME": "overcome"}
)
# How the last step of a coaching session turned out against what the learner expected:
StepOutcome = Enum("StepOutcome", {"AS_EXPECTED": "as_expected", "OTHERWISE": "otherwise"})


@dataclass(frozen=True)
class Record:
    """A record of its own: saved, listed and deleted by itself. The stamps are keywords."""

    _: KW_ONLY
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Part:
    """A piece of a record kept with it (an action, an assumption): saved with its record."""

    _: KW_ONLY
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class Person(Record):
    """Someone the user supports. ``cadence_days``: how often the user wants to see them
    (7 weekly, 14 fortnightly, 28 monthly), or None; an archived person left the team:
    hidden from lists, kept in the records that name them."""

    name: RequiredShort
    role: Short = ""
    cadence_days: Annotated[int | None, Rule(between=(1, 365))] = None
    archived: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Action(Part):
    """One planned action of an intention, serving exactly one element."""

    text: Required
    element: Element
    done: bool = False


@dataclass(frozen=True)
class Intention(Record):
    """The intention for one calendar day: the why, the wanted impact, and the actions."""

    day: OneADay
    heart: Required
    direction: Required
    actions: tuple[Action, ...] = ()

    @property
    def elements(self) -> frozenset[Element]:
        return frozenset(a.element for a in self.actions)


@dataclass(frozen=True)
class Pause(Record):
    """A short intention pause during the day. ``at`` is naive UTC."""

    day: date
    at: datetime
    alignment: Alignment
    note: str = ""
    elements: frozenset[Element] = frozenset({Element.SELF})


@dataclass(frozen=True)
class Question(Record):
    """A question I asked; ``kind`` is the user's choice, ``suggested_kind`` the checker's."""

    day: date
    asked_at: datetime
    text: Required
    kind: QuestionKind
    suggested_kind: QuestionKind | None = None
    context: str = ""
    learned: str = ""
    person: Person | None = None
    elements: frozenset[Element] = frozenset({Element.SUPPORT})


@dataclass(frozen=True)
class Tell(Record):
    """A moment I told instead of asked."""

    day: date
    told_at: datetime
    note: str = ""
    person: Person | None = None
    elements: frozenset[Element] = frozenset({Element.SUPPORT})


@dataclass(frozen=True)
class BankQuestion(Record):
    """An open coaching question in the question bank, grouped by purpose."""

    text: Required
    purpose: RequiredShort
    active: bool = True
    builtin: bool = False


@dataclass(frozen=True)
class Assumption(Part):
    text: Required
    result: AssumptionResult = AssumptionResult.UNCLEAR
    fact: str = ""


@dataclass(frozen=True)
class Conversation(Part):
    """Someone I talked with at gemba and what I learned from their view."""

    learned: Required
    person: Person | None = None


@dataclass(frozen=True)
class FollowUp(Part):
    text: Required
    owner: Short = ""
    due_day: date | None = None
    done_day: date | None = None


@dataclass(frozen=True)
class GembaVisit(Record):
    """A visit to where the work happens: planned with a purpose, then recorded."""

    day: date
    place: RequiredShort
    purpose: Required
    status: VisitStatus = VisitStatus.PLANNED
    observed: str = ""
    care: str = ""
    assumptions: tuple[Assumption, ...] = ()
    conversations: tuple[Conversation, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    elements: frozenset[Element] = frozenset({Element.SUPPORT})


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
class Reflection(Record):
    """Hansei: a daily, weekly or event reflection. ``rating`` is 1..5 or None."""

    day: date
    kind: ReflectionKind = ReflectionKind.DAILY
    went_well: str = ""
    went_badly: str = ""
    learned: str = ""
    adjust_next: str = ""
    rating: Annotated[int | None, Rule(between=(1, 5))] = None
    intention_uuid: Annotated[str | None, Rule(link="intention")] = None
    elements: frozenset[Element] = frozenset({Element.SELF})


@dataclass(frozen=True)
class Obstacle(Part):
    """Something in the way of a learner's target condition, and where it stands."""

    text: Required
    status: ObstacleStatus = ObstacleStatus.OPEN


@dataclass(frozen=True)
class CoachingSession(Record):
    """A coaching conversation with a learner, in the order its questions go: the target
    condition and the challenge it serves, where things stand now, the obstacles, the last
    step (what the learner expected, what happened), what was learned, the next step with
    its expected result, and when to go and see. A learner is required (see validation)."""

    day: date
    target: Required
    learner: Person | None = None
    challenge: str = ""
    current_condition: str = ""
    obstacles: tuple[Obstacle, ...] = ()
    last_step: str = ""
    expected: str = ""
    actual: str = ""
    outcome: StepOutcome | None = None
    learned: str = ""
    next_step: str = ""
    next_expected: str = ""
    go_see: date | None = None
    elements: frozenset[Element] = frozenset({Element.SUPPORT})

    @property
    def working_on(self) -> Obstacle | None:
        """The obstacle being worked on, if one is marked so."""
        return next((o for o in self.obstacles if o.status is ObstacleStatus.WORKING), None)


@dataclass(frozen=True)
class RestPeriod(Record):
    """Days (inclusive) that neither count toward nor break a streak."""

    first_day: date
    last_day: date
    kind: RestKind = RestKind.REST
    note: str = ""

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day
