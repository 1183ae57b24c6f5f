"""A person's last contact, read by SQL from every record that names them, and a stored
person left as they are by a record that only names them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from l2l_desktop.core import records as r
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
