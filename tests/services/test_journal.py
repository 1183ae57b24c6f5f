from datetime import date, datetime, timedelta

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.coaching import carry_forward
from l2l_desktop.core.elements import Element
from l2l_desktop.core.validation import ValidationError
from l2l_desktop.services.bus import Change

DAY = date(2026, 11, 24)
NOON = datetime(2026, 11, 24, 12, 0)


def record_changes(journal):
    seen = []
    journal.bus.subscribe(seen.append)
    return seen


def test_each_action_saves_then_announces_kind_and_day(journal):
    seen = record_changes(journal)
    journal.save(r.Intention(DAY, "h", "d", (r.Action("a", Element.SELF),)))
    journal.save(r.Pause(DAY, NOON, r.Alignment.ALIGNED))
    journal.save(r.Question(DAY, NOON, "What happened?", r.QuestionKind.OPEN))
    journal.save(r.Tell(DAY, NOON))
    journal.save(r.GembaVisit(DAY, "Dock", "See it"))
    journal.save(r.Reflection(DAY, rating=4))
    journal.save(r.RestPeriod(DAY + timedelta(1), DAY + timedelta(3)))
    journal.save(r.BankQuestion("What next?", "next step"))
    assert [set(c.kinds) for c in seen] == [
        {"intention"},
        {"pause"},
        {"question"},
        {"tell"},
        {"gemba_visit", "follow_up"},
        {"reflection"},
        {"rest_period"},
        {"bank_question"},
    ]
    assert seen[0].days == {DAY}
    assert seen[6].days == {DAY + timedelta(1), DAY + timedelta(3)}
    assert seen[7].days == frozenset()
    assert "follow_up" in seen[4].kinds and "tell" not in seen[4].kinds


def test_failed_save_announces_nothing(journal):
    seen = record_changes(journal)
    with pytest.raises(ValidationError):
        journal.save(r.Question(DAY, NOON, "", r.QuestionKind.OPEN))
    assert seen == []


def test_delete_and_restore(journal):
    q = journal.save(r.Question(DAY, NOON, "Why?", r.QuestionKind.OPEN))
    seen = record_changes(journal)
    assert journal.delete(q)
    assert journal.questions_matching() == []
    assert not journal.delete(q)  # already gone: no second announcement
    journal.save(q)
    assert [x.uuid for x in journal.questions_matching()] == [q.uuid]
    assert [set(c.kinds) for c in seen] == [{"question"}, {"question"}]


def test_follow_up_done_and_reads(journal):
    v = journal.save(
        r.GembaVisit(DAY, "Dock", "See it", follow_ups=(r.FollowUp("Fix", due_day=DAY),))
    )
    assert [f.follow_up.text for f in journal.open_follow_ups()] == ["Fix"]
    seen = record_changes(journal)
    assert journal.set_follow_up_done(v.follow_ups[0].uuid, DAY)
    assert journal.open_follow_ups() == []
    assert "follow_up" in seen[0].kinds and seen[0].days == {DAY}
    assert journal.visits_matching()[0].follow_ups[0].done_day == DAY


def test_today_respects_the_day_start_hour(journal):
    assert journal.today(datetime(2026, 11, 25, 3, 0)) == DAY
    journal.day_start_hour = 0
    assert journal.today(datetime(2026, 11, 25, 3, 0)) == DAY + timedelta(1)


def test_reads_for_the_screens(journal):
    journal.save(r.Intention(DAY, "h", "d", (r.Action("a", Element.SELF),)))
    journal.save(r.Pause(DAY, NOON, r.Alignment.PARTLY))
    journal.save(r.Reflection(DAY - timedelta(1), adjust_next="Listen first"))
    assert journal.intention_for_day(DAY).heart == "h"
    assert len(journal.pauses_for_day(DAY)) == 1
    assert journal.latest_adjust_next(DAY).adjust_next == "Listen first"
    assert journal.reflections_matching()[0].adjust_next == "Listen first"
    assert journal.trends(DAY - timedelta(6), DAY).practice("intention").done_in_range == 1
    assert journal.record_count() == 3  # the intention (its action is part of it), the
    # pause, the reflection
    assert journal.database_path.endswith("l2l.sqlite3")


def test_drafts_and_the_evening_save(journal):
    seen = record_changes(journal)
    journal.save_draft("reflection-form", {"fields": {"went_well": "x"}})
    assert journal.draft("reflection-form").payload["fields"]["went_well"] == "x"
    journal.clear_draft("reflection-form")
    assert journal.draft("reflection-form") is None
    assert seen == []  # drafts are not records: nothing announced
    intention = journal.save(
        r.Intention(DAY, "h", "d", (r.Action("a", Element.SELF), r.Action("b", Element.SUPPORT)))
    )
    ticked = r.Intention(
        DAY,
        "h",
        "d",
        (
            r.Action("a", Element.SELF, done=True, uuid=intention.actions[0].uuid),
            intention.actions[1],
        ),
        uuid=intention.uuid,
    )
    saved = journal.save_reflection_and_actions(
        r.Reflection(DAY, rating=4, intention_uuid=intention.uuid), ticked
    )
    assert saved.rating == 4 and saved.intention_uuid == intention.uuid
    assert [a.done for a in journal.intention_for_day(DAY).actions] == [True, False]
    assert seen[-1].kinds == {"reflection", "intention"}


def test_evening_save_is_one_transaction(journal):
    intention = journal.save(r.Intention(DAY, "h", "d", (r.Action("a", Element.SELF),)))
    ticked = r.Intention(
        DAY, "h", "d", (r.Action("a", Element.SELF, done=True),), uuid=intention.uuid
    )
    with pytest.raises(ValidationError):
        journal.save_reflection_and_actions(r.Reflection(DAY, rating=9), ticked)
    assert journal.intention_for_day(DAY).actions[0].done is False
    assert journal.daily_reflection(DAY) is None


def test_filtered_reads(journal):
    journal.save(r.Question(DAY, NOON, "What did you see?", r.QuestionKind.OPEN))
    journal.save(r.Question(DAY, NOON, "Is it 50% done?", r.QuestionKind.CLOSED))
    assert len(journal.questions_matching(text="50%")) == 1
    assert len(journal.questions_matching(text="%")) == 1  # literal, not a wildcard
    assert len(journal.questions_matching(kind=r.QuestionKind.OPEN)) == 1
    assert len(journal.questions_matching(first=DAY + timedelta(1))) == 0
    journal.save(r.GembaVisit(DAY, "Dock", "See the queue", observed="Long wait"))
    assert len(journal.visits_matching("QUEUE")) == 1 and journal.visits_matching("x_y") == []
    journal.save(r.Reflection(DAY, r.ReflectionKind.EVENT, learned="Audit went fine"))
    assert len(journal.reflections_matching(r.ReflectionKind.EVENT, "audit")) == 1
    assert journal.reflections_matching(r.ReflectionKind.DAILY) == []
    assert len(journal.bank_questions()) >= 20
    assert journal.people() == []
    assert journal.by_uuid("gemba_visit", journal.visits_matching()[0].uuid).place == "Dock"


def test_lone_surrogates_neither_crash_a_draft_nor_a_search(journal):
    # A lone surrogate is broken UTF-16 (a paste from a bad source, or a caller of the service
    # such as quick capture); SQLite cannot be handed one as text.
    journal.save_draft("question-form", {"fields": {"text": "What \ud800 now?"}})
    assert journal.draft("question-form").payload == {"fields": {"text": "What \ud800 now?"}}
    journal.save(r.Question(DAY, NOON, "What did you see at the line?", r.QuestionKind.OPEN))
    assert journal.questions_matching(text="\udfff") != []  # nothing left to look for: all
    found = journal.questions_matching(text="line\ud800")
    assert [q.text for q in found] == ["What did you see at the line?"]
    assert journal.visits_matching("\ud800") == []
    assert journal.reflections_matching(None, "went\udc00") == []
    with pytest.raises(ValidationError) as raised:
        journal.save(r.Question(DAY, NOON, "What \ud800 now?", r.QuestionKind.OPEN))
    assert "text" in str(raised.value)


def test_people_overview_lists_the_team_most_overdue_first_without_those_who_left(journal):
    ana = journal.save(r.Person("Ana", "Planner", cadence_days=7))
    ben = journal.save(r.Person("Ben", "Operator", cadence_days=14))
    gus = journal.save(r.Person("Gus", archived=True))
    journal.save(r.Tell(date(2026, 11, 10), NOON, "Told her", person=ana))
    journal.save(r.Question(date(2026, 11, 20), NOON, "How?", r.QuestionKind.OPEN, person=ben))
    journal.save(r.Tell(date(2026, 6, 1), NOON, "Long ago", person=gus))
    today = date(2026, 11, 24)
    # By hand: Ana seen 10 Nov, 14 days ago, a week's cadence: 7 days past. Ben seen 20 Nov,
    # 4 days ago, a fortnight's: on time. Gus left the team.
    listed = journal.people_overview(today)
    assert [(s.person.name, s.last_contact, s.days_since, s.overdue_by) for s in listed] == [
        ("Ana", date(2026, 11, 10), 14, 7),
        ("Ben", date(2026, 11, 20), 4, 0),
    ]
    # With those who left: Gus, not overdue (no cadence), unseen since 1 Jun (176 days: 29 of
    # June after the 1st, +1, then 31, 31, 30, 31 and 23), longer than Ben: before him.
    everyone = journal.people_overview(today, archived=True)
    assert [s.person.name for s in everyone] == ["Ana", "Gus", "Ben"]
    assert everyone[1].overdue_by is None and everyone[1].days_since == 176


def test_a_merge_and_its_undo_each_announce_one_change_for_every_kind_that_names_people(journal):
    jonas = journal.save(r.Person("Jonas"))
    berg = journal.save(r.Person("Jonas Berg"))
    tell = journal.save(r.Tell(date(2026, 11, 3), datetime(2026, 11, 3, 9), "Told", person=jonas))
    visit = journal.save(
        r.GembaVisit(
            date(2026, 11, 4), "Dock", "Queue", follow_ups=(r.FollowUp("Call", owner="jonas"),)
        )
    )
    assert journal.naming_count(jonas) == 2
    seen = record_changes(journal)
    receipt = journal.merge_people(berg, jonas)
    assert seen == [
        Change(
            frozenset({"person", "tell", "gemba_visit", "follow_up"}),
            uuids=frozenset({jonas.uuid, berg.uuid, tell.uuid, visit.uuid}),
            records=-1,
        )
    ]
    assert [p.name for p in journal.people()] == ["Jonas Berg"]
    journal.undo_merge(receipt)
    assert len(seen) == 2 and seen[1].kinds == seen[0].kinds and seen[1].records == 1
    assert [p.name for p in journal.people()] == ["Jonas", "Jonas Berg"]
    assert journal.by_uuid("tell", tell.uuid).person.uuid == jonas.uuid
    assert journal.by_uuid("gemba_visit", visit.uuid).follow_ups[0].owner == "jonas"


def test_a_coaching_session_starts_from_the_learners_last_and_is_announced(journal):
    seen = record_changes(journal)
    mei = journal.save(r.Person("Mei Chen"))
    fresh = carry_forward(journal.last_coaching_session(mei), mei, DAY)
    assert (fresh.learner, fresh.day, fresh.target, fresh.last_step) == (mei, DAY, "", "")
    journal.save(
        r.CoachingSession(
            DAY, "Changeover under 10 minutes", learner=mei, next_step="Try a checklist",
            next_expected="11 minutes",
            obstacles=(r.Obstacle("No checklist", r.ObstacleStatus.WORKING),),
        )
    )  # fmt: skip
    later = DAY + timedelta(days=7)
    new = carry_forward(journal.last_coaching_session(mei), mei, later)
    assert (new.day, new.target, new.last_step, new.expected, new.actual) == (
        later, "Changeover under 10 minutes", "Try a checklist", "11 minutes", ""
    )  # fmt: skip
    assert [o.text for o in new.obstacles] == ["No checklist"]
    assert set(seen[-1].kinds) == {"coaching_session"} and seen[-1].days == {DAY}
    board = journal.storyboard(mei)
    assert board.sessions == 1 and board.next_step == "Try a checklist"
    assert journal.coaching_sessions("checklist")[0].learner == mei
