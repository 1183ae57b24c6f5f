"""A person's last contact, read by SQL from every record that names them, and a stored
person left as they are by a record that only names them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from l2l_desktop.core import records as r
from l2l_desktop.core.people import PersonFigures
from l2l_desktop.store import queries, writes

AT = datetime(2026, 11, 2, 9)


def test_the_last_contact_is_the_latest_day_of_any_record_that_names_them(store):
    ana, ben, cleo, _dan = (
        writes.save(store, r.Person(n)) for n in ("Ana Costa", "Ben", "Cleo", "Dan")
    )
    writes.save_many(
        store,
        [
            r.Question(date(2026, 11, 3), AT, "What do you see?", r.QuestionKind.OPEN, person=ana),
            r.Question(date(2026, 10, 1), AT, "How is it?", r.QuestionKind.OPEN, person=ben),
            r.Tell(date(2026, 11, 9), AT, "Told her the fix", person=ana),
            r.Tell(date(2026, 9, 1), AT, "Told him", person=ben),
            r.GembaVisit(
                date(2026, 11, 12), "Dock", "See the queue",
                conversations=(r.Conversation("Trucks wait", person=cleo),),
                follow_ups=(r.FollowUp("Call the carrier", owner="  ana costa "),),
            ),
            r.GembaVisit(
                date(2026, 11, 20), "Line 2", "Scrap",
                follow_ups=(r.FollowUp("Sort the bin", owner="Bernd"),),  # nobody we know
            ),
        ],
    )  # fmt: skip
    # By hand: Ana: question 3 Nov, tell 9 Nov, owner of the 12 Nov visit's follow-up: 12 Nov.
    # Ben: question 1 Oct, tell 1 Sep: 1 Oct. Cleo: talked with on 12 Nov. Dan: nothing.
    assert queries.last_contacts(store) == {
        ana.uuid: date(2026, 11, 12),
        ben.uuid: date(2026, 10, 1),
        cleo.uuid: date(2026, 11, 12),
    }


def test_the_last_contacts_take_two_statements_whatever_the_number_of_records(store):
    ana = writes.save(store, r.Person("Ana"))
    writes.save_many(
        store, [r.Tell(date(2026, 1, 1 + n % 28), AT, f"t{n}", person=ana) for n in range(200)]
    )
    statements = []
    store.db.connection().set_trace_callback(statements.append)
    try:
        assert queries.last_contacts(store) == {ana.uuid: date(2026, 1, 28)}
    finally:
        store.db.connection().set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # the named days, the owners, the people (for the owners' names)
    assert "max(" in selects[0].lower() and "max(" in selects[1].lower()


def test_a_record_naming_a_stored_person_does_not_undo_their_own_last_save(store):
    ana = writes.save(store, r.Person("Ana", "Planner"))
    stale = ana  # the copy a form's list of people held before the edit below
    writes.save(store, replace(ana, notes="Wants to learn kanban", cadence_days=7))
    question = writes.save(
        store, r.Question(date(2026, 11, 3), AT, "What next?", r.QuestionKind.OPEN, person=stale)
    )
    kept = queries.by_uuid(store, "person", ana.uuid)
    assert (kept.notes, kept.cadence_days) == ("Wants to learn kanban", 7)
    assert question.person == kept  # the record comes back naming the person as stored


# --- A person's page -----------------------------------------------------------------------


def _anas_journal(store):
    ana, ben = writes.save(store, r.Person("Ana Costa")), writes.save(store, r.Person("Ben"))
    q = r.QuestionKind
    writes.save_many(
        store,
        [
            r.Question(date(2026, 11, 3), AT, "What do you see?", q.OPEN, person=ana),
            r.Question(date(2026, 11, 5), AT, "Is it done?", q.CLOSED, person=ana),
            r.Question(date(2026, 11, 5), AT.replace(hour=15), "How so?", q.OPEN, person=ana),
            r.Question(date(2026, 11, 6), AT, "And you?", q.OPEN, person=ben),  # Ben's
            r.Question(date(2026, 11, 7), AT, "Nobody's?", q.LEADING),
            r.Tell(date(2026, 11, 9), AT, "Told her the fix", person=ana),
            r.Tell(date(2026, 11, 10), AT, "Told him", person=ben),
            r.GembaVisit(
                date(2026, 11, 12), "Dock", "See the queue",
                conversations=(
                    r.Conversation("Trucks wait", person=ana),
                    r.Conversation("Forklift late", person=ben),
                ),
                follow_ups=(
                    r.FollowUp("Call the carrier", owner="  ana costa "),
                    r.FollowUp("Sort the bin", owner="Ben"),
                ),
            ),
            r.GembaVisit(
                date(2026, 10, 20), "Line 2", "Scrap",
                follow_ups=(
                    r.FollowUp("Weigh the scrap", owner="Ana Costa", done_day=date(2026, 10, 22)),
                    r.FollowUp("Ask Anabel", owner="Anabel Costa"),  # not Ana
                ),
            ),
        ],
    )  # fmt: skip
    return ana, ben


def test_a_persons_timeline_is_everything_that_names_them_newest_first(store):
    ana, _ben = _anas_journal(store)
    owners = queries.follow_up_owners(store, ana)
    assert sorted(owners) == ["  ana costa ", "Ana Costa"]
    visits = {v.place: v.uuid for v in queries.visits_matching(store)}
    timeline = queries.person_timeline(store, ana, owners)
    # By hand, Ana's: the 12 Nov visit (her talk and her follow-up), the 9 Nov tell, the two
    # questions of 5 Nov (15:00 before 9:00), the 3 Nov question, the 20 Oct visit's
    # follow-up she owns (done). Ben's, Anabel's and the question naming nobody are not hers.
    assert [(e.kind, e.day.isoformat(), e.text, e.detail) for e in timeline] == [
        ("conversation", "2026-11-12", "Trucks wait", "Dock"),
        ("follow_up", "2026-11-12", "Call the carrier", "Dock"),
        ("tell", "2026-11-09", "Told her the fix", ""),
        ("question", "2026-11-05", "How so?", "open"),
        ("question", "2026-11-05", "Is it done?", "closed"),
        ("question", "2026-11-03", "What do you see?", "open"),
        ("follow_up", "2026-10-20", "Weigh the scrap", "Line 2"),
    ]
    assert timeline[0].uuid == timeline[1].uuid == visits["Dock"]
    assert timeline[-1].uuid == visits["Line 2"]


def test_a_persons_figures_and_open_follow_ups(store):
    ana, ben = _anas_journal(store)
    # Ana: 3 questions asked of her, 2 open; 1 tell. Ben: 1 question, open; 1 tell.
    assert queries.person_figures(store, ana) == PersonFigures(3, 2, 1)
    assert queries.person_figures(store, ben) == PersonFigures(1, 1, 1)
    assert queries.person_figures(store, writes.save(store, r.Person("Cleo"))) == (
        PersonFigures(0, 0, 0)
    )
    # Her open follow-ups: "Call the carrier" (the other is done).
    owners = queries.follow_up_owners(store, ana)
    assert [o.follow_up.text for o in queries.open_follow_ups(store, owners)] == [
        "Call the carrier"
    ]
    assert queries.open_follow_ups(store, []) == []


def test_a_persons_page_takes_four_statements_whatever_the_number_of_records(store, journal):
    ana, _ben = _anas_journal(store)
    writes.save_many(
        store, [r.Tell(date(2026, 1, 1 + n % 28), AT, f"t{n}", person=ana) for n in range(200)]
    )
    statements: list[str] = []
    store.db.connection().set_trace_callback(statements.append)
    try:
        page = journal.person_page(ana)
    finally:
        store.db.connection().set_trace_callback(None)
    assert len(page.timeline) == 7 + 200 and page.figures == PersonFigures(3, 2, 201)
    assert [o.follow_up.text for o in page.open_follow_ups] == ["Call the carrier"]
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 4  # the owners, the timeline, the open follow-ups, the figures
