"""A coaching session started from the last one, and a learner's storyboard."""

from __future__ import annotations

from datetime import date, datetime

from l2l_desktop.core import records as r
from l2l_desktop.core.coaching import Condition, carry_forward, storyboard
from l2l_desktop.core.elements import Element
from l2l_desktop.core.validation import errors_for

MEI = r.Person("Mei Chen")
OPEN, W, X = r.ObstacleStatus.OPEN, r.ObstacleStatus.WORKING, r.ObstacleStatus.OVERCOME


def session(day: int, **fields) -> r.CoachingSession:
    fields.setdefault("target", "Changeover under 10 minutes")
    return r.CoachingSession(
        date(2026, 11, day), learner=MEI, created_at=datetime(2026, 11, day, 9), **fields
    )


def test_a_first_session_starts_blank_with_its_learner():
    first = carry_forward(None, MEI, date(2026, 11, 2))
    assert (first.learner, first.day, first.target, first.obstacles) == (
        MEI, date(2026, 11, 2), "", ()
    )  # fmt: skip


def test_the_next_session_starts_from_the_last_one():
    last = session(
        3,
        challenge="Same-day shipping",
        current_condition="14 minutes",
        obstacles=(r.Obstacle("Tools far away", X), r.Obstacle("No checklist", W)),
        last_step="Tool cart",
        expected="12 minutes",
        actual="14 minutes",
        outcome=r.StepOutcome.OTHERWISE,
        learned="Walking is not the problem",
        next_step="Try a checklist",
        next_expected="11 minutes",
        go_see=date(2026, 11, 5),
        elements=frozenset({Element.SUPPORT, Element.DIRECTION}),
    )
    new = carry_forward(last, MEI, date(2026, 11, 10))
    assert new.uuid != last.uuid and new.day == date(2026, 11, 10)
    # Carried: the challenge, the target, where things stood, the obstacles still in the way
    # (the one overcome stays on the storyboard, not in the new session's form).
    assert (new.challenge, new.target, new.current_condition) == (
        "Same-day shipping", "Changeover under 10 minutes", "14 minutes"
    )  # fmt: skip
    assert [(o.text, o.status) for o in new.obstacles] == [("No checklist", W)]
    assert {o.uuid for o in new.obstacles}.isdisjoint({o.uuid for o in last.obstacles})
    # The last session's next step is this one's last step, with what was expected of it.
    assert (new.last_step, new.expected) == ("Try a checklist", "11 minutes")
    # This session's own: what happened, what it taught, the next step, when to go and see.
    assert (new.actual, new.outcome, new.learned, new.next_step, new.go_see) == (
        "", None, "", "", None
    )  # fmt: skip
    assert new.elements == last.elements


def test_a_session_needs_a_learner_and_one_obstacle_at_a_time():
    nobody = r.CoachingSession(date(2026, 11, 2), "A target")
    assert [e.code for e in errors_for(nobody)] == ["no_learner"]
    two = session(2, obstacles=(r.Obstacle("A", W), r.Obstacle("B", OPEN), r.Obstacle("C", W)))
    assert [(e.field, e.code) for e in errors_for(two)] == [("obstacles[2].status", "one_obstacle")]
    assert errors_for(session(2, target=" ")) and errors_for(session(2, target="T")) == []


def test_the_storyboard_reads_the_story_from_every_session():
    sessions = [
        session(17, current_condition="11 minutes", obstacles=(
            r.Obstacle("tools far away", X), r.Obstacle("No checklist", X),
            r.Obstacle("Parts arrive late", W)),
            last_step="Checklist", expected="11 minutes", actual="11 minutes",
            outcome=r.StepOutcome.AS_EXPECTED, next_step="Kit the parts",
            next_expected="10 minutes", go_see=date(2026, 11, 19)),
        session(3, challenge="Same-day shipping", current_condition="15 minutes",
                obstacles=(r.Obstacle("Tools far away", W), r.Obstacle("No checklist", OPEN),
                           r.Obstacle("Crane shared", OPEN)),
                next_step="Tool cart", next_expected="12 minutes"),
        session(10, current_condition="14 minutes",
                obstacles=(r.Obstacle("Tools far away", X), r.Obstacle("No checklist", W)),
                last_step="Tool cart", expected="12 minutes", actual="14 minutes",
                outcome=r.StepOutcome.OTHERWISE, learned="Walking is not it"),
        session(12, current_condition="14 minutes", last_step="", actual=""),  # no step, same
    ]  # fmt: skip
    board = storyboard(MEI, sessions)
    assert board.sessions == 4 and board.target == "Changeover under 10 minutes"
    assert board.challenge == "Same-day shipping"  # the latest written (on the 3rd only)
    # Each change of the current condition once, oldest first: 15 (3rd), 14 (10th, and still
    # on the 12th), 11 (17th).
    assert board.conditions == (
        Condition(date(2026, 11, 3), "15 minutes"),
        Condition(date(2026, 11, 10), "14 minutes", until=date(2026, 11, 12)),
        Condition(date(2026, 11, 17), "11 minutes"),
    )
    # An obstacle stands as the latest session naming it left it; "Crane shared" was named
    # only on the 3rd (open), "tools far away" is the same obstacle as "Tools far away".
    assert board.obstacles == {
        OPEN: ("Crane shared",),
        W: ("Parts arrive late",),
        X: ("tools far away", "No checklist"),
    }
    # The steps tried, oldest first (the 3rd and the 12th tried none).
    assert [(e.day.day, e.step, e.expected, e.actual, e.outcome) for e in board.experiments] == [
        (10, "Tool cart", "12 minutes", "14 minutes", r.StepOutcome.OTHERWISE),
        (17, "Checklist", "11 minutes", "11 minutes", r.StepOutcome.AS_EXPECTED),
    ]
    assert board.as_expected == (1, 2)
    assert (board.next_step, board.next_expected, board.go_see) == (
        "Kit the parts", "10 minutes", date(2026, 11, 19)
    )  # fmt: skip


def test_the_storyboard_of_someone_never_coached_is_empty():
    board = storyboard(MEI, [])
    assert (board.sessions, board.target, board.conditions, board.experiments) == (0, "", (), ())
    assert board.obstacles == {OPEN: (), W: (), X: ()} and board.as_expected == (0, 0)
