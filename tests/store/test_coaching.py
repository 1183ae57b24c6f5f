"""Coaching sessions stored: read back with their obstacles, listed, found by learner, named
on the learner's page and in their last contact, moved by a merge, searched."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from l2l_desktop.core import records as r
from l2l_desktop.store import coaching, merge, queries, writes
from l2l_desktop.store.search import search

W, X = r.ObstacleStatus.WORKING, r.ObstacleStatus.OVERCOME


def _session(day, learner, target="Changeover under 10 minutes", **fields):
    return r.CoachingSession(date(2026, 11, day), target, learner=learner, **fields)


def test_a_session_reads_back_with_its_obstacles_in_order(store):
    mei = writes.save(store, r.Person("Mei Chen"))
    saved = writes.save(
        store,
        _session(3, mei, obstacles=(r.Obstacle("Tools far away", X), r.Obstacle("No list", W)),
                 outcome=r.StepOutcome.AS_EXPECTED, go_see=date(2026, 11, 5)),
    )  # fmt: skip
    back = queries.by_uuid(store, "coaching_session", saved.uuid)
    assert back == saved
    assert [o.text for o in back.obstacles] == ["Tools far away", "No list"]
    assert back.working_on.text == "No list"


def test_the_last_session_and_every_session_of_a_learner(store):
    mei, jonas = (writes.save(store, r.Person(n)) for n in ("Mei Chen", "Jonas"))
    first = writes.save(store, _session(3, mei, next_step="Tool cart"))
    writes.save(store, _session(20, jonas))
    second = writes.save(store, _session(10, mei, next_step="Checklist"))
    same_day = writes.save(store, _session(10, mei, next_step="Checklist, again"))
    assert coaching.last_session(store, mei) == same_day  # the later save of the latest day
    assert coaching.sessions_of(store, mei) == [first, second, same_day]
    assert coaching.last_session(store, r.Person("Nobody")) is None
    assert [s.learner.name for s in coaching.sessions_matching(store)] == [
        "Jonas", "Mei Chen", "Mei Chen", "Mei Chen"
    ]  # fmt: skip
    assert coaching.sessions_matching(store, "jona") == coaching.sessions_of(store, jonas)
    assert coaching.sessions_matching(store, "AGAIN") == [same_day]


def test_a_session_is_a_contact_and_on_the_learners_timeline(store):
    mei = writes.save(store, r.Person("Mei Chen"))
    writes.save(store, r.Tell(date(2026, 11, 2), datetime(2026, 11, 2, 9), person=mei))
    session = writes.save(store, _session(9, mei, next_step="Try a checklist"))
    assert queries.last_contacts(store)[mei.uuid] == date(2026, 11, 9)
    entries = queries.person_timeline(store, mei, [])
    assert [(e.kind, e.day.day) for e in entries] == [("coaching", 9), ("tell", 2)]
    assert (entries[0].uuid, entries[0].record_kind) == (session.uuid, "coaching_session")
    assert (entries[0].text, entries[0].detail) == (
        "Changeover under 10 minutes",
        "Try a checklist",
    )


def test_a_merge_moves_the_learner_and_undo_moves_them_back(store):
    mei, mei2 = (writes.save(store, r.Person(n)) for n in ("Mei Chen", "mei chen"))
    session = writes.save(store, _session(9, mei2))
    assert merge.naming_count(store, mei2) == 1
    receipt = merge.merge_people(store, mei.uuid, mei2.uuid)
    assert coaching.last_session(store, mei).uuid == session.uuid
    merge.unmerge(store, receipt)
    assert coaching.last_session(store, mei2).uuid == session.uuid
    assert coaching.last_session(store, mei) is None


def test_a_session_is_searched_by_its_texts_obstacles_and_learner(store):
    mei = writes.save(store, r.Person("Mei Chen"))
    saved = writes.save(
        store, _session(9, mei, obstacles=(r.Obstacle("Crane is shared", W),), learned="kanban")
    )
    for word in ("changeover", "crane", "kanban"):
        assert [h.kind for h in search(store, word)] == ["coaching_session"], word
    assert sorted(h.kind for h in search(store, "chen")) == ["coaching_session", "person"]
    writes.save(store, replace(mei, name="Mei Lin"))  # renamed: found under the new name
    assert sorted(h.uuid for h in search(store, "lin")) == sorted([saved.uuid, mei.uuid])
