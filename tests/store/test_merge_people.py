"""Two people merged into one in one transaction, every reference moved, and the merge undone
back to exactly the records there were."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.validation import ValidationError
from l2l_desktop.store import exchange, merge, queries, search, writes

AT = datetime(2026, 11, 2, 9)
DAY = date(2026, 11, 3)


def _unstamped(value: Any) -> Any:
    """``value`` with every ``updated_at`` set aside (a merge and its undo stamp what they
    touch, so that an export's merge elsewhere sees it newer), records and parts within."""
    if isinstance(value, tuple):
        return tuple(_unstamped(v) for v in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {f.name: _unstamped(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if "updated_at" in changes:
        changes["updated_at"] = None
    return dataclasses.replace(value, **changes)


def everything(store) -> tuple[dict[str, Any], tuple[Any, ...]]:
    data, unread = exchange.read_everything(store)
    assert unread == 0
    return {k: _unstamped(v) for k, v in data.records.items()}, data.deletions


@pytest.fixture
def two_jonases(store):
    """Jonas: two questions, a tell, a gemba conversation and a follow-up owned by "jonas";
    Jonas Berg: one question. Cleo (a bystander): a question, a follow-up of her own."""
    jonas = writes.save(store, r.Person("Jonas", "Operator", notes="Night shift"))
    berg = writes.save(store, r.Person("Jonas Berg", cadence_days=7, notes="Likes data"))
    cleo = writes.save(store, r.Person("Cleo"))
    q = r.QuestionKind
    writes.save_many(
        store,
        [
            r.Question(DAY, AT, "What do you see?", q.OPEN, person=jonas),
            r.Question(DAY, AT, "Is it late?", q.CLOSED, person=jonas),
            r.Question(DAY, AT, "What next?", q.OPEN, person=berg),
            r.Question(DAY, AT, "How is it?", q.OPEN, person=cleo),
            r.Tell(DAY, AT, "Told him the fix", person=jonas),
            r.GembaVisit(
                DAY, "Dock", "See the queue",
                conversations=(
                    r.Conversation("Trucks wait", person=jonas),
                    r.Conversation("The board is old", person=cleo),
                ),
                follow_ups=(
                    r.FollowUp("Call the carrier", owner="  jonas "),
                    r.FollowUp("Fix the board", owner="Cleo"),
                ),
            ),
        ],
    )  # fmt: skip
    return jonas, berg, cleo


def _naming(store, person) -> list[str]:
    owners = queries.follow_up_owners(store, person)
    return sorted(e.kind for e in queries.person_timeline(store, person, owners))


def test_a_merge_moves_every_reference_and_takes_what_only_the_gone_one_had(store, two_jonases):
    jonas, berg, cleo = two_jonases
    assert merge.naming_count(store, jonas) == 5  # 2 questions, a tell, a talk, a follow-up
    receipt = merge.merge_people(store, berg.uuid, jonas.uuid)
    assert receipt.count == 5
    assert queries.by_uuid(store, "person", jonas.uuid) is None
    kept = queries.by_uuid(store, "person", berg.uuid)
    assert (kept.name, kept.role, kept.cadence_days) == ("Jonas Berg", "Operator", 7)
    assert kept.notes == "Likes data\n\nNight shift"
    assert _naming(store, kept) == [
        "conversation", "follow_up", "question", "question", "question", "tell",
    ]  # fmt: skip
    assert [p.name for p in queries.people(store)] == ["Cleo", "Jonas Berg"]
    assert _naming(store, cleo) == ["conversation", "follow_up", "question"]
    owners = [f.owner for v in queries.visits_matching(store) for f in v.follow_ups]
    assert owners == ["Jonas Berg", "Cleo"]
    deletion = store.tables.deletion
    assert [(d.uuid, d.kind) for d in deletion.select()] == [(jonas.uuid, "person")]
    assert receipt.kinds == {"person", "question", "tell", "gemba_visit"}
    # The search finds them under the kept name: Jonas Berg himself, 3 questions, the tell,
    # the visit (its talk).
    assert sorted(h.kind for h in search.search(store, "Berg", limit=20)) == [
        "gemba_visit", "person", "question", "question", "question", "tell",
    ]  # fmt: skip
    naming = search.search(store, "Berg", person_uuid=berg.uuid, limit=20)  # by the person
    assert sorted(h.kind for h in naming) == [
        "gemba_visit", "question", "question", "question", "tell",
    ]  # fmt: skip


def test_undoing_a_merge_gives_back_exactly_the_records_there_were(store, two_jonases):
    jonas, berg, _cleo = two_jonases
    before = everything(store)
    receipt = merge.merge_people(store, berg.uuid, jonas.uuid)
    assert everything(store) != before
    merge.unmerge(store, receipt)
    assert everything(store) == before  # the same uuids, references, owners as typed, notes
    back = queries.by_uuid(store, "person", jonas.uuid)
    assert back.created_at == jonas.created_at
    assert back.updated_at > jonas.updated_at  # newer than the deletion an export carried


def test_a_merge_of_names_that_differ_only_in_case(store):
    big = writes.save(store, r.Person("Jonas"))
    small = writes.save(store, r.Person("jonas", "Welder"))
    writes.save(store, r.Tell(DAY, AT, "Told", person=small))
    receipt = merge.merge_people(store, big.uuid, small.uuid)
    assert [(p.name, p.role) for p in queries.people(store)] == [("Jonas", "Welder")]
    assert [t.person.uuid for t in queries.tells_between(store, DAY, DAY)] == [big.uuid]
    merge.unmerge(store, receipt)
    assert [t.person.uuid for t in queries.tells_between(store, DAY, DAY)] == [small.uuid]


def test_a_merge_is_all_or_nothing(store, two_jonases):
    jonas, berg, _cleo = two_jonases
    writes.save(store, dataclasses.replace(jonas, notes="x" * 10_000))
    writes.save(store, dataclasses.replace(berg, notes="y" * 10_000))
    before = everything(store)
    with pytest.raises(ValidationError):  # the notes together are over 20,000 characters
        merge.merge_people(store, berg.uuid, jonas.uuid)
    assert everything(store) == before
    with pytest.raises(ValueError):
        merge.merge_people(store, berg.uuid, berg.uuid)


def test_an_export_from_before_the_merge_does_not_bring_the_gone_one_back(store, two_jonases):
    jonas, berg, _cleo = two_jonases
    earlier, _ = exchange.read_everything(store)
    merge.merge_people(store, berg.uuid, jonas.uuid)
    after = everything(store)
    exchange.apply_import(store, exchange.plan_import(store, earlier), lambda _d, _n: None)
    assert queries.by_uuid(store, "person", jonas.uuid) is None
    assert everything(store) == after
