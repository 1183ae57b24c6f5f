"""The demo's coaching histories: two learners, a session every week or two over the last
months, each starting where the last one stopped. Our own stories, written for the demo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from l2l_desktop.core import records as r


@dataclass(frozen=True)
class Step:
    """One step of a story: where things stood when it was agreed, the obstacle it works on
    (an index into the story's obstacles), what was expected, what happened, and the lesson."""

    condition: str
    obstacle: int
    step: str
    expected: str
    actual: str
    as_expected: bool
    learned: str


@dataclass(frozen=True)
class Story:
    learner: str
    every_days: int
    challenge: str
    target: str
    obstacles: tuple[str, ...]
    steps: tuple[Step, ...]
    final_condition: str
    final_step: str
    final_expected: str


STORIES = (
    Story(
        "Lukas Novak",
        12,
        "A shift handover the whole team trusts",
        "Handover in 10 minutes, every open issue with an owner and a date",
        (
            "Issues are noted in three different places",
            "Nobody owns an issue once it has been raised",
            "The night shift arrives after the handover starts",
        ),
        (
            Step(
                "Handover takes 25 minutes; 4 of 11 issues have an owner",
                0,
                "Write every issue on the one board before the handover",
                "All issues in one place; handover under 20 minutes",
                "All issues were on the board, but it still took 22 minutes",
                False,
                "Collecting the issues is quick; reading them all out is what takes time",
            ),
            Step(
                "Handover takes 22 minutes; 5 of 10 issues have an owner",
                0,
                "Read out only the new issues; the rest stays on the board",
                "Under 15 minutes",
                "14 minutes, and nobody asked for the old ones",
                True,
                "People trust the board once it is complete",
            ),
            Step(
                "14 minutes; 5 of 9 issues owned",
                1,
                "Ask who takes each new issue before moving on",
                "Every new issue gets an owner",
                "7 of 8 got an owner; one was left because the right person was away",
                False,
                "An owner has to be in the room, or agree beforehand",
            ),
            Step(
                "13 minutes; 8 of 10 issues owned",
                1,
                "Write a due date beside each owner",
                "More issues closed before the next handover",
                "Half of the dated issues were closed within two days",
                True,
                "A date gives the next handover its first question",
            ),
            Step(
                "12 minutes; 9 of 10 owned, most with a date",
                2,
                "Start 10 minutes later on Mondays, when nights run late",
                "The night shift there from the start",
                "Nights were on time, but the day shift waited and grew restless",
                False,
                "Moving the time moved the problem; the reason they are late matters more",
            ),
            Step(
                "12 minutes; the night shift late two days of five",
                2,
                "Ask the night shift what makes them late",
                "A reason we can act on",
                "The bus timetable changed; two of them depend on it",
                True,
                "Ask before changing the process",
            ),
            Step(
                "11 minutes; the night shift late one day of five",
                2,
                "Nights leave a five-line written summary on the board",
                "Nothing lost when nights arrive late",
                "Nothing was missed for two weeks",
                True,
                "A written summary carries what a late arrival would miss",
            ),
        ),
        "10 minutes; every open issue has an owner and a date",
        "Let a team member run the last handover of the week",
        "It stays at 10 minutes without me there",
    ),
    Story(
        "Amira Haddad",
        16,
        "First-pass yield of 98% at assembly",
        "Rework at station 3 below 3% of units",
        (
            "Torque readings drift during the shift",
            "Parts from the new supplier vary in fit",
            "Operators cannot see their own rework figures",
        ),
        (
            Step(
                "Rework at station 3 is 7.5% of units",
                0,
                "Check the torque tool at the start and in the middle of each shift",
                "Drift found before it causes rework",
                "Drift found twice, both times after the break",
                True,
                "The tool drifts after it cools down, not with use",
            ),
            Step(
                "Rework at 6% of units",
                0,
                "Keep the tool on its charger during breaks",
                "No drift after the break",
                "Drift once in ten shifts, much smaller",
                True,
                "A small habit fixed most of it",
            ),
            Step(
                "Rework at 5% of units",
                1,
                "Measure twenty parts from each supplier batch",
                "The new supplier's parts are out of tolerance",
                "All in tolerance, but at the edge of it",
                False,
                "The parts are fine alone; the fit depends on which part they meet",
            ),
            Step(
                "Rework at 4.8% of units",
                1,
                "Pair edge parts with parts from the middle of the range",
                "Rework below 4%",
                "4.1%: better, but sorting slows the line",
                False,
                "Sorting is a workaround; the supplier needs to know",
            ),
            Step(
                "Rework at 4.1% of units",
                1,
                "Show the supplier our measurements on a joint gemba visit",
                "They agree to tighten their range",
                "They agreed, and asked for our data each month",
                True,
                "Facts from the floor opened the conversation",
            ),
        ),
        "Rework at 3.4% of units, falling",
        "Put the daily rework figure on the station board",
        "Operators spot a bad hour the same day",
    ),
)


def _weekday(day: date) -> date:
    """The working day on or before ``day`` (a session falls on a weekday)."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _obstacles(
    story: Story, working: int | None, worked: set[int], new_uuid: Callable[[], str]
) -> tuple[r.Obstacle, ...]:
    def status(i: int) -> r.ObstacleStatus:
        if i == working:
            return r.ObstacleStatus.WORKING
        return r.ObstacleStatus.OVERCOME if i in worked else r.ObstacleStatus.OPEN

    return tuple(
        r.Obstacle(text, status(i), uuid=new_uuid()) for i, text in enumerate(story.obstacles)
    )


def _sessions(
    story: Story, learner: r.Person, first: date, last: date, new_uuid: Callable[[], str]
) -> list[r.CoachingSession]:
    """The story's sessions, the latest two days before ``last``; none before ``first``."""
    count = len(story.steps) + 1
    days = [
        _weekday(last - timedelta(days=2 + story.every_days * (count - 1 - k)))
        for k in range(count)
    ]
    out: list[r.CoachingSession] = []
    worked: set[int] = set()
    for k, day in enumerate(days):
        before = story.steps[k - 1] if k else None
        ahead = story.steps[k] if k < len(story.steps) else None
        working = ahead.obstacle if ahead else None
        if day >= first:
            out.append(
                r.CoachingSession(
                    day,
                    story.target,
                    learner=learner,
                    challenge=story.challenge,
                    current_condition=ahead.condition if ahead else story.final_condition,
                    obstacles=_obstacles(story, working, worked - {working}, new_uuid),
                    last_step=before.step if before else "",
                    expected=before.expected if before else "",
                    actual=before.actual if before else "",
                    outcome=None if before is None else (
                        r.StepOutcome.AS_EXPECTED if before.as_expected else r.StepOutcome.OTHERWISE
                    ),
                    learned=before.learned if before else "",
                    next_step=ahead.step if ahead else story.final_step,
                    next_expected=ahead.expected if ahead else story.final_expected,
                    go_see=day + timedelta(days=3),
                    uuid=new_uuid(),
                )
            )  # fmt: skip
        if working is not None:
            worked.add(working)
    return out


def coaching_sessions(
    people: list[r.Person], first: date, last: date, new_uuid: Callable[[], str]
) -> list[r.CoachingSession]:
    """Every story's sessions, oldest first."""
    by_name = {p.name: p for p in people}
    sessions = [
        s
        for story in STORIES
        if story.learner in by_name
        for s in _sessions(story, by_name[story.learner], first, last, new_uuid)
    ]
    return sorted(sessions, key=lambda s: s.day)
