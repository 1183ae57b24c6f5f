"""The SQL behind the Trends tab, on a small history with known answers."""

from datetime import date, datetime

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.trends import compute_trends
from l2l_desktop.store import trend_queries as tq
from l2l_desktop.store import writes

MON = date(2026, 11, 16)  # a Monday
NOON = datetime(2026, 11, 16, 12)


def day(n: int) -> date:
    return date.fromordinal(MON.toordinal() + n)


def fill(store):
    writes.save_many(
        store,
        [
            r.Intention(
                day(0), "h", "d", (r.Action("a", Element.DIRECTION), r.Action("b", Element.SUPPORT))
            ),
            r.Intention(day(1), "h", "d", (r.Action("c", Element.SELF),)),
            r.Pause(day(0), NOON, r.Alignment.ALIGNED),
            r.Question(day(0), NOON, "What?", r.QuestionKind.OPEN),
            r.Question(day(1), NOON, "Is it?", r.QuestionKind.CLOSED),
            r.Question(day(7), NOON, "Why don't you?", r.QuestionKind.LEADING),
            r.Tell(day(8), NOON),
            r.GembaVisit(
                day(2),
                "Dock",
                "See",
                status=r.VisitStatus.DONE,
                elements=frozenset({Element.SUPPORT, Element.DIRECTION}),
                follow_ups=(r.FollowUp("x", due_day=day(4)), r.FollowUp("y", done_day=day(3))),
            ),
            r.GembaVisit(day(3), "Dock", "Planned only"),
            r.Reflection(day(0), rating=4),
            r.Reflection(day(4), r.ReflectionKind.WEEKLY, learned="w"),
            r.RestPeriod(day(9), day(10), r.RestKind.LEAVE),
        ],
    )


def test_done_days_per_practice(store):
    fill(store)
    done = tq.done_days(store, day(13))
    assert done["intention"] == {day(0), day(1)}
    assert done["question"] == {day(0), day(1), day(7)}
    assert done["gemba_visit"] == {day(2)}  # the planned visit is not done yet
    assert done["daily_reflection"] == {day(0)} and done["weekly_review"] == {day(4)}
    assert tq.done_days(store, day(0))["question"] == {day(0)}


def test_weekly_elements_and_questions(store):
    fill(store)
    weeks = tq.week_elements(store, day(0), day(13))
    # week 1: actions direction+support+self, pause self, 2 questions support,
    # visit support+direction, daily reflection self, weekly review self
    assert weeks == [(day(0), 2, 4, 4), (day(7), 0, 1, 0)]
    assert tq.week_questions(store, day(0), day(13)) == [
        (day(0), 1, 1, 0, 0),
        (day(7), 0, 0, 1, 1),
    ]


def test_ratings_follow_ups_rest_heatmap(store):
    fill(store)
    assert tq.daily_ratings(store, day(0), day(6)) == [(day(0), 4)]
    assert sorted(tq.follow_up_dates(store, day(13)), key=str) == sorted(
        [(day(2), day(4), None), (day(2), None, day(3))], key=str
    )
    assert tq.rest_days(store, day(0), day(13)) == {day(9), day(10)}
    assert tq.rest_days(store, day(10), day(13)) == {day(10)}
    counts = tq.day_counts(store, day(0), day(13))
    # day 0: intention, pause, question, daily reflection
    assert counts[day(0)] == 4 and counts[day(4)] == 1 and day(5) not in counts
    assert tq.first_record_day(store) == day(0)


def test_empty_store(store):
    assert tq.first_record_day(store) is None
    assert tq.week_elements(store, day(0), day(6)) == []
    inputs = tq.load_trend_inputs(store, day(0), day(6))
    assert inputs.day_counts == {} and inputs.ratings == []


def test_the_rolling_mean_window_reaches_back_before_the_range(store):
    writes.save_many(
        store,
        [
            r.Reflection(day(-4), rating=5),  # 8 days before day(3): outside the window
            r.Reflection(day(0), rating=1),
            r.Reflection(day(1), rating=5),
            r.Reflection(day(3), rating=4),
        ],
    )
    inputs = tq.load_trend_inputs(store, day(3), day(3))
    trends = compute_trends(inputs)
    # day 3's window is day(-3) .. day(3): (1 + 5 + 4) / 3 = 3.333
    assert [(x, round(v, 3)) for x, v in trends.ratings_mean7] == [(day(3), 3.333)]
    assert trends.ratings == ((day(3), 4.0),)


def test_the_journal_starts_with_its_first_record(store):
    writes.save_many(store, [r.Tell(day(2), NOON), r.GembaVisit(day(9), "Dock", "Planned ahead")])
    assert tq.first_record_day(store) == day(2)
    assert tq.load_trend_inputs(store, day(0), day(6)).journal_start == day(2)


def test_the_checkers_verdicts_against_the_users_choices(store):
    writes.save_many(
        store,
        [
            r.Question(day(0), NOON, "What?", r.QuestionKind.OPEN, r.QuestionKind.OPEN),
            r.Question(day(1), NOON, "Is it?", r.QuestionKind.OPEN, r.QuestionKind.CLOSED),
            r.Question(day(2), NOON, "Is it so?", r.QuestionKind.OPEN, r.QuestionKind.CLOSED),
            r.Question(day(3), NOON, "No verdict", r.QuestionKind.OPEN),
            r.Question(day(9), NOON, "Later", r.QuestionKind.OPEN, r.QuestionKind.LEADING),
        ],
    )
    # day 9 lies after the range; the question without a verdict is left out
    assert sorted(tq.checker_choices(store, day(0), day(6))) == [
        ("closed", "open", 2),
        ("open", "open", 1),
    ]


def test_a_coaching_session_is_a_question_day_and_support_with_its_learning_signal(store):
    ana, ben, cleo = (writes.save(store, r.Person(n)) for n in ("Ana", "Ben", "Cleo"))
    writes.save(store, r.Person("Dora", archived=True))
    as_expected, otherwise = r.StepOutcome.AS_EXPECTED, r.StepOutcome.OTHERWISE
    writes.save_many(
        store,
        [
            r.Question(day(0), NOON, "What?", r.QuestionKind.OPEN, person=ana),
            r.Tell(day(1), NOON, person=ana),  # Ana again: one person that week
            r.CoachingSession(day(2), "T", learner=ben, outcome=as_expected),
            r.CoachingSession(day(8), "T", learner=ben, outcome=otherwise),
            r.CoachingSession(day(9), "T", learner=ben),  # not judged
            r.GembaVisit(day(15), "Dock", "See", conversations=(r.Conversation("x", cleo),)),
            r.CoachingSession(day(16), "T", learner=ben, outcome=as_expected),
        ],
    )
    assert tq.done_days(store, day(20))["question"] == {day(0), day(2), day(8), day(9), day(16)}
    # By hand, per week: Ana and Ben (week 1), Ben (week 2), Cleo and Ben (week 3).
    assert tq.week_people(store, day(0), day(20)) == {day(0): 2, day(7): 1, day(14): 2}
    assert tq.experiments(store, day(0), day(13)) == (2, 1)  # the 3rd and the 9th
    assert tq.experiments(store, day(0), day(20)) == (3, 2)
    trends = compute_trends(tq.load_trend_inputs(store, day(7), day(20)))
    support = trends.support
    # Range day 7..20: weeks of day 7 and 14 (1 and 2 people); Ana seen on day 1, more than
    # two weeks before day 20; Ben (day 16) and Cleo (day 15) lately; Dora left the team.
    assert [w.people for w in support.weeks] == [1, 2]
    assert (support.active, support.seen, support.judged, support.as_expected) == (3, 2, 2, 1)
    # Coaching serves support: its sessions count in the balance's support column.
    # Week of day 7: the sessions of day 8 and 9; of day 14: the session of day 16 (the
    # visit of day 15 is only planned, so not yet done).
    assert [w.support for w in trends.weeks] == [2, 1]
