"""Coaching sessions that build on each other: the next session started from the last one,
and a learner's storyboard read from all of theirs. Pure functions of records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from l2l_desktop.core import records as r
from l2l_desktop.core.people import name_key


def carry_forward(
    last: r.CoachingSession | None, learner: r.Person, day: date
) -> r.CoachingSession:
    """A new session with ``learner`` on ``day``: from the last one, the challenge, the target,
    the current condition (to be brought up to date) and the obstacles still in the way (those
    overcome stay on the storyboard); its
    next step becomes this session's last step, with the result the learner expected of it
    (so what happened is written beside it). Nothing else is carried: what happened, what was
    learned and the next step are this session's own."""
    if last is None:
        return r.CoachingSession(day, "", learner=learner)
    return r.CoachingSession(
        day,
        last.target,
        learner=learner,
        challenge=last.challenge,
        current_condition=last.current_condition,
        obstacles=tuple(
            r.Obstacle(o.text, o.status)
            for o in last.obstacles
            if o.status is not r.ObstacleStatus.OVERCOME  # kept on the storyboard
        ),
        last_step=last.next_step,
        expected=last.next_expected,
        elements=last.elements,
    )


@dataclass(frozen=True)
class Condition:
    """Where things stood from ``day`` (a session's current condition), and the day of the
    last session that found it so (``until``; None when that was ``day`` itself)."""

    day: date
    text: str
    until: date | None = None


@dataclass(frozen=True)
class Experiment:
    """One step tried: what the learner expected, what happened, what it taught."""

    day: date
    step: str
    expected: str
    actual: str
    outcome: r.StepOutcome | None
    learned: str
    session_uuid: str


@dataclass(frozen=True)
class Storyboard:
    """A learner's story so far, from their sessions (oldest first inside each list)."""

    learner: r.Person
    challenge: str
    target: str
    conditions: tuple[Condition, ...]
    obstacles: dict[r.ObstacleStatus, tuple[str, ...]]
    experiments: tuple[Experiment, ...]
    next_step: str
    next_expected: str
    go_see: date | None
    sessions: int

    @property
    def as_expected(self) -> tuple[int, int]:
        """(steps that went as expected, steps judged)."""
        judged = [e for e in self.experiments if e.outcome is not None]
        return sum(e.outcome is r.StepOutcome.AS_EXPECTED for e in judged), len(judged)


def storyboard(learner: r.Person, sessions: Sequence[r.CoachingSession]) -> Storyboard:
    """The storyboard of ``learner`` from their ``sessions`` (any order). The challenge and
    the target are the latest written, the next step the latest session's; the current
    condition is listed each time it changed; an obstacle stands as the latest session that
    names it left it (one no longer named stays as it was last). Sessions of one day count in
    the order given (the store gives them in the order they were first saved)."""
    ordered = sorted(sessions, key=lambda s: s.day)
    conditions: list[Condition] = []
    for s in ordered:
        text = s.current_condition.strip()
        if text and conditions and conditions[-1].text == text:  # the same, a session later
            if s.day != conditions[-1].day:
                conditions[-1] = Condition(conditions[-1].day, text, s.day)
        elif text:
            conditions.append(Condition(s.day, text))
    status: dict[str, tuple[str, r.ObstacleStatus]] = {}
    for s in ordered:
        for o in s.obstacles:
            status[name_key(o.text)] = (o.text.strip(), o.status)
    grouped = {
        kind: tuple(text for text, st in status.values() if st is kind) for kind in r.ObstacleStatus
    }
    experiments = tuple(
        Experiment(s.day, s.last_step, s.expected, s.actual, s.outcome, s.learned, s.uuid)
        for s in ordered
        if s.last_step.strip() or s.actual.strip()
    )
    latest = ordered[-1] if ordered else None
    return Storyboard(
        learner,
        next((s.challenge for s in reversed(ordered) if s.challenge.strip()), ""),
        next((s.target for s in reversed(ordered) if s.target.strip()), ""),
        tuple(conditions),
        grouped,
        experiments,
        latest.next_step if latest else "",
        latest.next_expected if latest else "",
        latest.go_see if latest else None,
        len(ordered),
    )
