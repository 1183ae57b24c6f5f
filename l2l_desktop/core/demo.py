"""A realistic, deterministic synthetic history for demos, screenshots and benchmarks.

The same seed, end day and length give the same records (UUIDs included). The leader it
describes works Monday to Friday, takes two weeks of leave a year and the odd sick day, goes
through keen phases and slack ones, leans on *set direction* more than on the other elements, and
slowly asks more open questions and tells less.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta

from l2l_desktop.core import demo_text as t
from l2l_desktop.core import records as r
from l2l_desktop.core.dates import at_local, local_day, to_utc
from l2l_desktop.core.demo_coaching import coaching_sessions
from l2l_desktop.core.elements import Element


class _Gen:
    def __init__(self, seed: int, first: date, last: date) -> None:
        self.rng = random.Random(seed)
        self.first = first
        self.last = last
        self.span = max((last - first).days, 1)
        self.people = [
            r.Person(
                name=n,
                role=role,
                cadence_days=t.CADENCE[n],
                notes=t.NOTES.get(n, ""),
                archived=n == t.LEFT_TEAM,
                uuid=self.uuid(),
            )
            for n, role in t.TEAM
        ]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, options: tuple[str, ...]) -> str:
        return self.rng.choice(options)

    def progress(self, day: date) -> float:
        """0 at the start of the history, 1 at its end: the leader slowly improves."""
        return (day - self.first).days / self.span

    def moment(self, day: date, hour_from: int, hour_to: int) -> datetime:
        minute = self.rng.randrange(hour_from * 60, hour_to * 60)
        return to_utc(at_local(day, minute // 60, minute % 60))


def _leave(g: _Gen) -> list[r.RestPeriod]:
    """Two weeks of leave each summer and a week at the year's end, plus a few sick days."""
    periods = []
    for year in range(g.first.year, g.last.year + 1):
        summer = date(year, 7, 1) + timedelta(days=g.rng.randrange(0, 40))
        summer -= timedelta(days=summer.weekday())
        periods.append((summer, summer + timedelta(days=13), r.RestKind.LEAVE, "Summer holiday"))
        winter = date(year, 12, 24)
        periods.append((winter, date(year, 12, 31), r.RestKind.LEAVE, "Year-end break"))
        for _ in range(g.rng.randrange(1, 4)):
            sick = date(year, 1, 1) + timedelta(days=g.rng.randrange(0, 365))
            periods.append(
                (sick, sick + timedelta(days=g.rng.randrange(0, 3)), r.RestKind.SICK, "")
            )
    return [
        r.RestPeriod(first_day=a, last_day=b, kind=k, note=n, uuid=g.uuid())
        for a, b, k, n in periods
        if b >= g.first and a <= g.last
    ]


def _actions(g: _Gen, day: date) -> tuple[r.Action, ...]:
    # Uneven balance: direction dominates early, support grows, self stays the smallest.
    p = g.progress(day)
    weights = [0.55 - 0.2 * p, 0.3 + 0.15 * p, 0.15 + 0.05 * p]
    count = g.rng.choice((1, 2, 2, 3))
    out = []
    for _ in range(count):
        key = g.rng.choices(("direction", "support", "self"), weights)[0]
        out.append(
            r.Action(
                text=g.pick(t.ACTIONS[key]),
                element=Element(key),
                done=g.rng.random() < 0.7,
                uuid=g.uuid(),
            )
        )
    return tuple(out)


def _questions(g: _Gen, day: date, keen: float) -> Iterator[r.Record]:
    p = g.progress(day)
    for _ in range(g.rng.choice((0, 1, 1, 2, 3)) if keen > 0.3 else g.rng.choice((0, 0, 1))):
        open_share = 0.35 + 0.35 * p
        roll = g.rng.random()
        if roll < open_share:
            text, kind = g.pick(t.OPEN_QUESTIONS), r.QuestionKind.OPEN
        elif roll < open_share + 0.2:
            text, kind = g.pick(t.CLOSED_QUESTIONS), r.QuestionKind.CLOSED
        else:
            text, kind = g.pick(t.LEADING_QUESTIONS), r.QuestionKind.LEADING
        yield r.Question(
            day=day,
            asked_at=g.moment(day, 8, 17),
            text=text,
            kind=kind,
            suggested_kind=kind,
            context=g.pick(t.CONTEXTS),
            learned=g.pick(t.LEARNED),
            person=g.rng.choice(g.people) if g.rng.random() < 0.7 else None,
            uuid=g.uuid(),
        )
    tells = g.rng.choice((0, 0, 1, 1, 2)) if g.rng.random() > p * 0.6 else 0
    for _ in range(tells):
        yield r.Tell(
            day=day,
            told_at=g.moment(day, 8, 17),
            note=g.pick(t.TELL_NOTES),
            person=g.rng.choice(g.people) if g.rng.random() < 0.5 else None,
            uuid=g.uuid(),
        )


def _visit(g: _Gen, day: date, today: date) -> r.GembaVisit:
    checks_target = g.rng.random() < 0.4
    elements = {Element.SUPPORT} | ({Element.DIRECTION} if checks_target else set())
    follow_ups = []
    for _ in range(g.rng.choice((0, 1, 1, 2))):
        due = day + timedelta(days=g.rng.randrange(1, 15))
        done = None
        age = (today - due).days
        # Old follow-ups are nearly all closed; a few recent ones are open or overdue.
        chance_done = 0.99 if age > 30 else 0.7 if age > 0 else 0.3
        if g.rng.random() < chance_done:
            done = min(today, due + timedelta(days=g.rng.randrange(-3, 6)))
            done = max(done, day)
        follow_ups.append(
            r.FollowUp(
                text=g.pick(t.FOLLOW_UPS),
                owner=g.rng.choice(g.people).name.split()[0] if g.rng.random() < 0.7 else "Me",
                due_day=due,
                done_day=done,
                uuid=g.uuid(),
            )
        )
    return r.GembaVisit(
        day=day,
        place=g.pick(t.PLACES),
        purpose=g.pick(t.PURPOSES),
        status=r.VisitStatus.DONE,
        observed=g.pick(t.OBSERVED),
        care=g.pick(t.CARE),
        assumptions=tuple(
            r.Assumption(
                text=g.pick(t.ASSUMPTIONS),
                result=g.rng.choice(list(r.AssumptionResult)),
                fact=g.pick(t.FACTS),
                uuid=g.uuid(),
            )
            for _ in range(g.rng.choice((0, 1, 1, 2)))
        ),
        conversations=tuple(
            r.Conversation(
                learned=g.pick(t.LEARNED[2:]), person=g.rng.choice(g.people), uuid=g.uuid()
            )
            for _ in range(g.rng.choice((0, 1, 2)))
        ),
        follow_ups=tuple(follow_ups),
        elements=frozenset(elements),
        uuid=g.uuid(),
    )


def _day(g: _Gen, day: date, keen: float, today: date) -> Iterator[r.Record]:
    intention = None
    if g.rng.random() < 0.35 + 0.6 * keen:
        intention = r.Intention(
            day=day,
            heart=g.pick(t.HEARTS),
            direction=g.pick(t.DIRECTIONS),
            actions=_actions(g, day),
            uuid=g.uuid(),
        )
        yield intention
        for _ in range(g.rng.choice((0, 1, 1, 2, 3))):
            yield r.Pause(
                day=day,
                at=g.moment(day, 9, 17),
                alignment=g.rng.choices(list(r.Alignment), (0.5 + 0.3 * keen, 0.3, 0.2))[0],
                note=g.pick(t.PAUSE_NOTES),
                uuid=g.uuid(),
            )
    yield from _questions(g, day, keen)
    if g.rng.random() < 0.15 + 0.35 * keen:
        yield _visit(g, day, today)
    if g.rng.random() < 0.25 + 0.6 * keen:
        yield r.Reflection(
            day=day,
            kind=r.ReflectionKind.DAILY,
            went_well=g.pick(t.WENT_WELL),
            went_badly=g.pick(t.WENT_BADLY),
            learned=g.pick(t.LEARNED_DAY),
            adjust_next=g.pick(t.ADJUST),
            rating=max(1, min(5, round(g.rng.gauss(2.6 + 1.6 * keen, 0.8)))),
            intention_uuid=intention.uuid if intention else None,
            uuid=g.uuid(),
        )
    if day.weekday() == 4 and g.rng.random() < 0.3 + 0.6 * keen:
        yield r.Reflection(
            day=day,
            kind=r.ReflectionKind.WEEKLY,
            went_well=g.pick(t.WEEKLY),
            learned=g.pick(t.LEARNED_DAY[1:]),
            adjust_next=g.pick(t.ADJUST[2:]),
            elements=frozenset({Element.SELF, Element.DIRECTION}),
            uuid=g.uuid(),
        )


def generate(days: int, seed: int = 1, end: date | None = None) -> list[r.Record]:
    """Records for the ``days`` calendar days ending on ``end`` (default: today), in save order."""
    if days < 1:
        raise ValueError("days must be at least 1")
    last = end or local_day()
    first = last - timedelta(days=days - 1)
    g = _Gen(seed, first, last)
    rest = _leave(g)
    out: list[r.Record] = [*g.people, *rest]
    keen = 0.7
    for offset in range(days):
        day = first + timedelta(days=offset)
        # Motivation drifts slowly, with a slump every few months.
        slump = 0.25 * math.sin(offset / 45.0 + seed)
        keen = min(1.0, max(0.0, keen + g.rng.gauss(0, 0.05) + 0.02 * (0.75 - keen)))
        effective = max(0.0, min(1.0, keen + slump))
        if any(p.covers(day) for p in rest):
            continue
        if day.weekday() >= 5:
            if g.rng.random() < 0.04:  # the odd weekend reflection
                yield_day = list(_day(g, day, 0.0, last))
                out.extend(x for x in yield_day if isinstance(x, r.Reflection))
            continue
        if day == last:
            out.extend(_this_morning(g, day, effective, last))
        else:
            out.extend(_day(g, day, effective, last))
    for name, days_before, stand_in in t.UNSEEN:
        out = _unseen_since(g, out, name, g.last - timedelta(days=days_before), stand_in)
    out.extend(coaching_sessions(g.people, first, last, g.uuid))  # drawn last: the rest stays
    return out


def _unseen_since(
    g: _Gen, records: list[r.Record], name: str, since: date, stand_in_name: str
) -> list[r.Record]:
    """Records from ``since`` on name ``stand_in_name`` where they named ``name`` (someone
    who left, or whom the leader has not seen lately). The random draws stay as they were, and
    so does the rest of the history."""
    gone = next(p for p in g.people if p.name == name)
    stand_in = next(p for p in g.people if p.name == stand_in_name)
    first_name, stand_in_first = name.split()[0], stand_in_name.split()[0]

    def instead(person: r.Person | None) -> r.Person | None:
        return stand_in if person == gone else person

    out: list[r.Record] = []
    for x in records:
        if isinstance(x, r.Question | r.Tell) and x.day >= since:
            x = replace(x, person=instead(x.person))
        elif isinstance(x, r.GembaVisit) and x.day >= since:
            talks = tuple(replace(c, person=instead(c.person)) for c in x.conversations)
            owned = tuple(
                replace(f, owner=stand_in_first) if f.owner == first_name else f
                for f in x.follow_ups
            )
            x = replace(x, conversations=talks, follow_ups=owned)
        out.append(x)
    return out


def _this_morning(g: _Gen, day: date, keen: float, today: date) -> Iterator[r.Record]:
    """The last day is still under way: an intention and a pause or two, no reflection yet."""
    records = list(_day(g, day, max(keen, 0.9), today))
    if not any(isinstance(x, r.Intention) for x in records):
        records.insert(
            0,
            r.Intention(
                day=day,
                heart=g.pick(t.HEARTS),
                direction=g.pick(t.DIRECTIONS),
                actions=_actions(g, day),
                uuid=g.uuid(),
            ),
        )
    for x in records:
        if isinstance(x, r.Intention):
            x = replace(x, actions=tuple(replace(a, done=False) for a in x.actions))
        if not isinstance(x, r.Reflection):
            yield x


def days_for_years(years: float, end: date | None = None) -> int:
    """The number of calendar days in ``years`` years ending on ``end``."""
    last = end or local_day()
    whole = int(years)
    try:
        start = last.replace(year=last.year - whole)
    except ValueError:  # 29 February
        start = last.replace(year=last.year - whole, day=28)
    start -= timedelta(days=round((years - whole) * 365.25))
    return (last - start).days
