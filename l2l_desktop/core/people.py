"""People as the app tells them apart, when the user last saw each, and who is overdue."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l2l_desktop.core.records import OpenFollowUp, Person

# The cadences a form offers by name (days); any other number of days is a custom one.
WEEKLY, FORTNIGHTLY, MONTHLY = 7, 14, 28
CADENCES = {WEEKLY: "weekly", FORTNIGHTLY: "fortnightly", MONTHLY: "monthly"}
WEEKS_FROM = 14  # a span this long or longer is told in whole weeks


FORGOTTEN = "—"  # the name left to a person the user chose to forget (shown in words)


def is_forgotten(person: object) -> bool:
    """Whether ``person`` is one the user forgot: their name, role and notes removed."""
    return getattr(person, "name", None) == FORGOTTEN and bool(getattr(person, "archived", False))


def name_key(name: str) -> str:
    """A name as people are told apart: case and spaces aside ("ana  costa" is "Ana Costa")."""
    return " ".join(name.split()).casefold()


def cadence_name(days: int | None) -> str | None:
    """The cadence's code ("weekly", "fortnightly", "monthly"), "custom" for any other
    number of days, None for none."""
    if days is None:
        return None
    return CADENCES.get(days, "custom")


def unseen_span(days: int) -> tuple[int, str]:
    """How long a span is told: whole weeks from two weeks on (20 days: 2 weeks), days below
    (10 days: 10 days). Returns (count, "weeks" or "days")."""
    if days >= WEEKS_FROM:
        return days // 7, "weeks"
    return days, "days"


def merged_contacts(
    people: Iterable[Person],
    by_person: Mapping[str, date],
    by_owner: Mapping[str, date],
) -> dict[str, date]:
    """Each person's last contact (by uuid): the latest of the records that name them
    (``by_person``, by uuid) and of the follow-ups whose owner is written as their name
    (``by_owner``, by the owner as typed: "ana costa" is Ana Costa's)."""
    owners: dict[str, date] = {}
    for owner, day in by_owner.items():
        key = name_key(owner)
        if key and (key not in owners or day > owners[key]):
            owners[key] = day
    out: dict[str, date] = {}
    for person in people:
        days = [d for d in (by_person.get(person.uuid), owners.get(name_key(person.name))) if d]
        if days:
            out[person.uuid] = max(days)
    return out


@dataclass(frozen=True)
class PersonStatus:
    """A person as the People list shows them. ``days_since``: days since the last contact
    (None: never seen); ``overdue_by``: days past their cadence (0 when not past it, None
    without a cadence)."""

    person: Person
    last_contact: date | None
    days_since: int | None
    overdue_by: int | None

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_by)


def status_of(person: Person, last_contact: date | None, today: date) -> PersonStatus:
    """Where ``person`` stands on ``today``. Someone never seen is counted from the day they
    were added (a person added today with a weekly cadence is not overdue yet)."""
    days_since = None if last_contact is None else (today - last_contact).days
    cadence = person.cadence_days
    if cadence is None:
        return PersonStatus(person, last_contact, days_since, None)
    since = days_since
    if since is None:
        added = person.created_at.date() if person.created_at else today
        since = (today - added).days
    return PersonStatus(person, last_contact, days_since, max(0, since - cadence))


def overview(
    people: Iterable[Person],
    contacts: Mapping[str, date],
    today: date,
    archived: bool = False,
) -> list[PersonStatus]:
    """Everyone not archived (with ``archived``: the archived too), the most overdue first,
    then the longest unseen (never seen before any), then by name."""
    out = [status_of(p, contacts.get(p.uuid), today) for p in people if archived or not p.archived]

    def order(s: PersonStatus) -> tuple[int, float, str]:
        unseen = float("inf") if s.days_since is None else s.days_since
        return (-(s.overdue_by or 0), -unseen, name_key(s.person.name))

    return sorted(out, key=order)


# --- a person's page ---------------------------------------------------------------------

# The kinds of entry on a person's timeline, and the record each opens.
ENTRY_RECORDS = {
    "question": "question",
    "tell": "tell",
    "conversation": "gemba_visit",
    "follow_up": "gemba_visit",
    "coaching": "coaching_session",
}


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that names a person. ``kind``: "question" (asked of them), "tell",
    "conversation" (talked with at a gemba visit), "follow_up" (one they own), "coaching" (a session
    with them as learner; ``text`` its target); ``uuid``: the record it opens (a visit's, for a
    conversation or a follow-up); ``detail``: the question's kind code, the visit's place, or
    the session's next step."""

    kind: str
    uuid: str
    day: date
    text: str
    detail: str = ""

    @property
    def record_kind(self) -> str:
        return ENTRY_RECORDS[self.kind]


@dataclass(frozen=True)
class PersonFigures:
    """Questions asked of a person (``asks``), how many of them open, and tells to them."""

    asks: int
    open_asks: int
    tells: int

    @property
    def open_share(self) -> float | None:
        """The share of the questions that were open, 0..1 (None: none asked)."""
        return self.open_asks / self.asks if self.asks else None


def owned_by(person: Person, owners: Iterable[str]) -> list[str]:
    """The follow-up owners, as typed, that are written as ``person``'s name ("  ana costa "
    is Ana Costa's)."""
    key = name_key(person.name)
    return [owner for owner in owners if key and name_key(owner) == key]


@dataclass(frozen=True)
class PersonPage:
    """What a person's page shows: the timeline (newest first), the follow-ups they own not
    yet done, and the asks and tells with them."""

    timeline: tuple[TimelineEntry, ...]
    open_follow_ups: tuple[OpenFollowUp, ...]
    figures: PersonFigures
