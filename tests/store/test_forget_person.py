"""Forgetting a person: their name, role, cadence and notes gone from the journal, the follow-ups
written as theirs without an owner, the records that name them kept; searched no more under
their name; an older export merged in does not bring them back."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.people import FORGOTTEN, is_forgotten
from l2l_desktop.store import coaching, merge, queries, writes
from l2l_desktop.store.exchange import apply_import, plan_import, read_everything
from l2l_desktop.store.search import search

DAY = date(2026, 11, 2)
AT = datetime(2026, 11, 2, 9)


@pytest.fixture
def jonas(store):
    jonas = writes.save(
        store, r.Person("Jonas Berg", "Technician", cadence_days=7, notes="Knee surgery in May")
    )
    mei = writes.save(store, r.Person("Mei Chen"))
    writes.save_many(
        store,
        [
            r.Question(DAY, AT, "What do you see at the press?", r.QuestionKind.OPEN, person=jonas),
            r.Tell(DAY, AT, "Told him the fix", person=jonas),
            r.GembaVisit(
                DAY, "Press 4", "Setup",
                conversations=(r.Conversation("Sees the die wear", jonas),),
                follow_ups=(r.FollowUp("Order the die", owner="jonas berg"),
                            r.FollowUp("Call the vendor", owner="Mei")),
            ),
            r.CoachingSession(DAY, "Setup in 20 minutes", learner=jonas),
            r.Question(DAY, AT, "Did Jonas get the parts?", r.QuestionKind.CLOSED, person=mei),
        ],
    )  # fmt: skip
    return jonas


def test_forgetting_removes_the_name_and_keeps_the_records(store, jonas):
    done = merge.forget_person(store, jonas.uuid)
    # By hand: a question, a tell, a conversation, a coaching session and one follow-up.
    assert done.count == 5
    assert done.kinds == {"person", "question", "tell", "gemba_visit", "coaching_session"}
    gone = queries.by_uuid(store, "person", jonas.uuid)
    assert (gone.name, gone.role, gone.notes, gone.cadence_days, gone.archived) == (
        FORGOTTEN, "", "", None, True
    )  # fmt: skip
    assert is_forgotten(gone) and gone.updated_at > jonas.updated_at
    other, question = sorted(queries.questions_matching(store), key=lambda q: q.kind.value)
    assert other.person.name == "Mei Chen" and question.person == gone  # kept, naming them
    assert coaching.last_session(store, gone).target == "Setup in 20 minutes"
    (visit,) = queries.visits_matching(store)
    assert [f.owner for f in visit.follow_ups] == ["", "Mei"]
    assert visit.conversations[0].person == gone and visit.updated_at > jonas.updated_at
    assert [p.name for p in queries.people(store)] == ["Mei Chen", FORGOTTEN]  # by lower(name)


def test_the_forgotten_are_searched_no_more_under_their_name_but_the_users_words_stay(store, jonas):
    # The person, the question, the tell, the visit (its talk and follow-up), the session.
    assert len(search(store, "berg")) == 5
    merge.forget_person(store, jonas.uuid)
    assert search(store, "berg") == []
    assert search(store, "surgery") == []
    # What the user wrote is theirs, left as written: the question that mentions "Jonas".
    assert [h.kind for h in search(store, "jonas")] == ["question"]


def test_an_older_export_does_not_bring_the_name_back(store, jonas):
    before, _unread = read_everything(store)
    merge.forget_person(store, jonas.uuid)
    apply_import(store, plan_import(store, before))
    assert queries.by_uuid(store, "person", jonas.uuid).name == FORGOTTEN


def test_only_someone_stored_can_be_forgotten(store):
    with pytest.raises(ValueError):
        merge.forget_person(store, r.Person("Nobody").uuid)
