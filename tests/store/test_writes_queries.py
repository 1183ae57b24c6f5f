"""Every store write and query, through plain records."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.codec import to_json
from l2l_desktop.core.elements import Element
from l2l_desktop.core.kinds import kind_of
from l2l_desktop.core.validation import ValidationError
from l2l_desktop.store import queries, trend_queries, writes

DAY = date(2026, 11, 24)
NOON = datetime(2026, 11, 24, 12, 0)


def intention(day=DAY, **kw):
    actions = kw.pop(
        "actions",
        (
            r.Action("Ask Lukas first", Element.SUPPORT),
            r.Action("Set the target", Element.DIRECTION),
        ),
    )
    return r.Intention(day, kw.pop("heart", "Why"), kw.pop("direction", "Impact"), actions, **kw)


def visit(day=DAY, **kw):
    return r.GembaVisit(
        day=day,
        place=kw.pop("place", "Line 2"),
        purpose=kw.pop("purpose", "Time the changeover"),
        status=r.VisitStatus.DONE,
        observed="31 minutes",
        care="Thanked them",
        assumptions=(r.Assumption("Standard followed", r.AssumptionResult.REFUTED, "Seen"),),
        conversations=(r.Conversation("They lack sockets", r.Person("Jonas", "Technician")),),
        follow_ups=kw.pop("follow_ups", (r.FollowUp("Buy sockets", "Me", DAY + timedelta(1)),)),
        elements=frozenset({Element.SUPPORT, Element.DIRECTION}),
        **kw,
    )


def test_intention_round_trip_and_edit_keeps_created_at(store):
    saved = writes.save(store, intention())
    assert saved.created_at is not None and saved.created_at == saved.updated_at
    assert [a.text for a in saved.actions] == ["Ask Lukas first", "Set the target"]
    assert queries.intention_for_day(store, DAY) == saved
    assert saved.elements == {Element.SUPPORT, Element.DIRECTION}
    edited = replace(
        saved,
        heart="New why",
        actions=(replace(saved.actions[1], done=True), r.Action("Pause", Element.SELF)),
    )
    again = writes.save(store, edited)
    assert again.created_at == saved.created_at and again.updated_at >= saved.updated_at
    assert again.heart == "New why"
    assert [(a.text, a.done) for a in again.actions] == [("Set the target", True), ("Pause", False)]
    assert again.actions[0].uuid == saved.actions[1].uuid
    assert queries.record_counts(store)["intention_action"] == 2


def test_second_intention_for_a_day_is_refused(store):
    writes.save(store, intention())
    with pytest.raises(ValidationError) as caught:
        writes.save(store, intention())
    assert caught.value.errors[0].field == "day"
    assert queries.record_counts(store)["intention"] == 1


def test_invalid_record_writes_nothing(store):
    with pytest.raises(ValidationError):
        writes.save(store, intention(heart=""))
    assert queries.user_record_count(store) == 0


def test_pauses_for_day_in_time_order(store):
    late = writes.save(store, r.Pause(DAY, NOON + timedelta(hours=3), r.Alignment.OFF, "drifted"))
    early = writes.save(store, r.Pause(DAY, NOON, r.Alignment.ALIGNED))
    writes.save(store, r.Pause(DAY - timedelta(1), NOON, r.Alignment.PARTLY))
    assert queries.pauses_for_day(store, DAY) == [early, late]
    assert early.elements == {Element.SELF}


def test_questions_with_people_and_ranges(store):
    ana = r.Person("Ana", "Planner")
    q1 = writes.save(
        store,
        r.Question(
            DAY,
            NOON,
            "What did you see?",
            r.QuestionKind.OPEN,
            r.QuestionKind.OPEN,
            "Huddle",
            "A lot",
            ana,
        ),
    )
    q2 = writes.save(
        store,
        r.Question(
            DAY - timedelta(3), NOON, "Have you tried X?", r.QuestionKind.LEADING, person=ana
        ),
    )
    assert q1.person.name == "Ana" and q1.person.uuid == ana.uuid
    assert queries.questions_matching(store, DAY - timedelta(1), DAY) == [q1]
    assert queries.questions_matching(store) == [q1, q2]
    assert queries.questions_matching(store, limit=1) == [q1]
    assert [p.name for p in queries.people(store)] == ["Ana"]
    assert queries.by_uuid(store, "question", q2.uuid) == q2


def test_tells(store):
    t = writes.save(store, r.Tell(DAY, NOON, "Gave the answer", r.Person("Kwame")))
    assert queries.tells_between(store, DAY, DAY) == [t]
    assert queries.tells_between(store, DAY + timedelta(1), DAY + timedelta(2)) == []


def test_bank_questions_retire(store):
    a = writes.save(store, r.BankQuestion("What is the target?", "target"))
    b = writes.save(store, r.BankQuestion("What did we learn?", "learned", active=False))
    active = queries.bank_questions(store)
    assert a in active and b not in active
    assert b in queries.bank_questions(store, include_retired=True)
    starters = [x for x in active if x.builtin]
    assert len(starters) >= 20 and len({x.purpose for x in starters}) == 6


def test_visit_children_round_trip_and_cascade(store):
    saved = writes.save(store, visit())
    assert saved.assumptions[0].result is r.AssumptionResult.REFUTED
    assert saved.conversations[0].person.name == "Jonas"
    assert saved.follow_ups[0].due_day == DAY + timedelta(1)
    assert queries.visits_matching(store) == [saved]
    assert queries.visits_matching(store) == [saved]
    assert writes.delete(store, "gemba_visit", saved.uuid)
    counts = queries.record_counts(store)
    assert counts["gemba_visit"] == counts["follow_up"] == counts["gemba_assumption"] == 0
    assert counts["gemba_conversation"] == 0 and counts["person"] == 1
    assert not writes.delete(store, "gemba_visit", saved.uuid)


def test_deleted_record_comes_back_when_saved_again(store):
    saved = writes.save(store, visit())
    writes.delete(store, "gemba_visit", saved.uuid)
    back = writes.save(store, saved)
    assert back.uuid == saved.uuid and back.follow_ups == saved.follow_ups


def test_open_follow_ups_across_visits(store):
    writes.save(store, visit(follow_ups=(r.FollowUp("later", due_day=DAY + timedelta(5)),)))
    v2 = writes.save(
        store,
        visit(
            place="Dock",
            follow_ups=(
                r.FollowUp("overdue", due_day=DAY - timedelta(2)),
                r.FollowUp("someday"),
                r.FollowUp("closed", due_day=DAY, done_day=DAY),
            ),
        ),
    )
    open_items = queries.open_follow_ups(store)
    assert [f.follow_up.text for f in open_items] == ["overdue", "later", "someday"]
    assert open_items[0].overdue(DAY) and not open_items[1].overdue(DAY)
    assert open_items[0].place == "Dock" and open_items[0].visit_uuid == v2.uuid
    assert writes.set_follow_up_done(store, open_items[0].follow_up.uuid, DAY)
    assert [f.follow_up.text for f in queries.open_follow_ups(store)] == ["later", "someday"]
    assert not writes.set_follow_up_done(store, "no-such-uuid", DAY)


def test_a_follow_up_is_not_marked_done_before_its_visit(store):
    planned = writes.save(
        store, r.GembaVisit(DAY + timedelta(7), "Dock", "Next week", follow_ups=(r.FollowUp("x"),))
    )
    uuid = planned.follow_ups[0].uuid
    with pytest.raises(ValidationError) as refused:
        writes.set_follow_up_done(store, uuid, DAY)
    assert [e.field for e in refused.value.errors] == ["done_day"]
    assert [f.follow_up.uuid for f in queries.open_follow_ups(store)] == [uuid]  # unchanged
    assert writes.set_follow_up_done(store, uuid, DAY + timedelta(7))  # on the day: fine


def test_reflections_daily_unique_weekly_free(store):
    i = writes.save(store, intention())
    daily = writes.save(
        store, r.Reflection(DAY, adjust_next="Ask first", rating=4, intention_uuid=i.uuid)
    )
    weekly = writes.save(store, r.Reflection(DAY, r.ReflectionKind.WEEKLY, went_well="Good week"))
    assert daily.intention_uuid == i.uuid
    with pytest.raises(ValidationError):
        writes.save(store, r.Reflection(DAY, learned="again"))
    assert queries.daily_reflection(store, DAY) == daily
    assert set(queries.reflections_between(store, DAY, DAY)) == {daily, weekly}
    assert queries.reflections_matching(store, limit=1)[0].day == DAY
    assert queries.latest_adjust_next(store, DAY + timedelta(1)) == daily
    assert queries.latest_adjust_next(store, DAY) is None
    writes.delete(store, "intention", i.uuid)
    assert queries.daily_reflection(store, DAY).intention_uuid is None


def test_rest_periods_overlapping_a_range(store):
    p = writes.save(store, r.RestPeriod(DAY, DAY + timedelta(6), r.RestKind.LEAVE, "Holiday"))
    assert queries.rest_periods_between(store, DAY + timedelta(3), DAY + timedelta(10)) == [p]
    assert queries.rest_periods_between(store, DAY + timedelta(7), DAY + timedelta(8)) == []


def _written(record):
    """A record as its writer gave it: every field but the stamps the store fills in."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("created_at", "updated_at")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(to_json(record))


def test_person_record_and_by_uuid_for_every_kind(store):
    written = {
        "person": r.Person("Mei", "Planner"),
        "intention": intention(),
        "pause": r.Pause(DAY, NOON, r.Alignment.PARTLY),
        "question": r.Question(DAY, NOON, "Why?", r.QuestionKind.OPEN),
        "tell": r.Tell(DAY, NOON),
        "bank_question": r.BankQuestion("What next?", "next step"),
        "gemba_visit": visit(),
        "reflection": r.Reflection(DAY, rating=3),
        "rest_period": r.RestPeriod(DAY, DAY),
    }
    saved = {kind: writes.save(store, record) for kind, record in written.items()}
    for kind, record in written.items():
        assert kind_of(record) == kind
        stored = queries.by_uuid(store, kind, record.uuid)
        assert _written(stored) == _written(record)  # every field as it was written
        assert stored == saved[kind]  # and what the save handed back, stamps included
        assert stored.created_at is not None and stored.updated_at is not None
        assert queries.by_uuid(store, kind, "missing") is None


def test_save_many_is_all_or_nothing(store):
    good = r.Tell(DAY, NOON, "fine")
    bad = r.Tell(DAY, NOON, "nul \x00 inside")
    with pytest.raises(ValidationError):
        writes.save_many(store, [good, bad])
    assert queries.record_counts(store)["tell"] == 0
    assert writes.save_many(store, [good, r.Tell(DAY, NOON)]) == 2
    assert queries.record_counts(store)["tell"] == 2


def test_unicode_text_round_trips(store):
    text = "Zeile 1\n\tمرحبا 👩🏽‍🏭 e\u0301 日本語 " + "x" * 5000
    saved = writes.save(store, r.Question(DAY, NOON, text, r.QuestionKind.OPEN, learned=text))
    assert queries.by_uuid(store, "question", saved.uuid).learned == text


def test_practice_days_and_user_records(store):
    assert not queries.holds_user_records(store)
    writes.save(store, r.BankQuestion("Builtin?", "care", builtin=True))
    assert not queries.holds_user_records(store)
    writes.save(store, intention())
    writes.save(store, intention(day=DAY - timedelta(1)))
    writes.save(store, r.Question(DAY, NOON, "a?", r.QuestionKind.OPEN))
    writes.save(store, r.Question(DAY, NOON, "b?", r.QuestionKind.OPEN))
    done = trend_queries.done_days(store, DAY)
    week = {key: len([d for d in days if d >= DAY - timedelta(6)]) for key, days in done.items()}
    assert week == {
        "intention": 2,
        "pause": 0,
        "question": 1,
        "gemba_visit": 0,
        "daily_reflection": 0,
        "weekly_review": 0,
    }
    assert queries.holds_user_records(store)


def test_a_write_tells_the_days_its_records_stood_on_before_it(store):
    asked = r.Question(DAY, datetime(2026, 3, 2, 9), "What do you see?", r.QuestionKind.OPEN)
    first = writes.write(store, [asked])
    assert (first.before, first.days_known) == (frozenset(), True)  # new: no day before
    moved = replace(first.records[0], day=DAY - timedelta(days=5))
    second = writes.write(store, [moved])
    assert (second.before, second.days_known) == (frozenset({DAY}), True)
    # Its first copy (never stamped) saved again: taken for new, it was there after all, and
    # the day it stood on was not asked.
    assert writes.write(store, [asked]).days_known is False
    writes.write(store, [second.records[0]])  # back five days before DAY
    # A kind without a day (a person): what it touched is not a matter of days.
    person = writes.write(store, [r.Person(name="Ana Silva")])
    assert person.days_known is False
    # Removed through a copy older than the one stored: the stored day is told.
    gone = writes.remove(store, "question", asked.uuid)
    assert (gone.rows, gone.days) == (1, frozenset({DAY - timedelta(days=5)}))
    assert writes.remove(store, "question", asked.uuid) == writes.Removed(0, frozenset())
    assert writes.remove(store, "person", person.records[0].uuid).days is None


def test_the_lists_read_in_pages_that_neither_repeat_nor_skip(store):
    """Five of each on the same day and hour: ties are broken by the order of saving (the
    last saved first), so pages of two, read one after another, give each record once."""
    from l2l_desktop.store import coaching

    ana = r.Person("Ana")
    saved = {
        "question": [
            writes.save(store, r.Question(DAY, NOON, f"Q{i}?", r.QuestionKind.OPEN))
            for i in range(5)
        ],
        "visit": [writes.save(store, visit(purpose=f"V{i}")) for i in range(5)],
        "reflection": [
            writes.save(store, r.Reflection(DAY, r.ReflectionKind.EVENT, f"R{i}")) for i in range(5)
        ],
        "session": [
            writes.save(store, r.CoachingSession(DAY, f"T{i}", learner=ana)) for i in range(5)
        ],
    }
    lists = {
        "question": lambda limit, offset: queries.questions_matching(
            store, limit=limit, offset=offset
        ),
        "visit": lambda limit, offset: queries.visits_matching(store, "", limit, offset),
        "reflection": lambda limit, offset: queries.reflections_matching(
            store, None, "", limit, offset
        ),
        "session": lambda limit, offset: coaching.sessions_matching(store, "", limit, offset),
    }
    for name, page in lists.items():
        uuids = [x.uuid for x in saved[name]]
        read = [x.uuid for offset in (0, 2, 4, 6) for x in page(2, offset)]
        assert read == uuids[::-1], name
        assert [x.uuid for x in page(2, 4)] == [uuids[0]], name  # the last page, one short
