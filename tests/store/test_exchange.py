"""Import: merged by record UUID (the newer edit wins, deletions carried), or replacing
everything; always in one transaction, and twice the same as once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.exchange import Deletion, Export, ExportFileError
from l2l_desktop.core.question_bank import STARTER_BANK
from l2l_desktop.store import open_store, queries, writes
from l2l_desktop.store.exchange import apply_import, plan_import, read_everything
from l2l_desktop.store.seed import SEED_STAMP

DAY = date(2026, 3, 2)
EARLY, LATE = datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 20)


def tell(note: str, at: datetime = EARLY, uuid: str | None = None) -> r.Tell:
    made = r.Tell(DAY, EARLY, note)
    return replace(made, uuid=uuid or made.uuid, created_at=EARLY, updated_at=at)


def only(**records) -> Export:
    return Export({k: tuple(v) for k, v in records.items()})


def imported(store, export: Export, replace_all: bool = False):
    plan = plan_import(store, export, replace_all)
    apply_import(store, plan)
    return plan


def counts(plan, kind):
    return {k: v for k, v in plan.counts.get(kind, {}).items() if v}


def test_a_record_new_here_is_added_with_its_own_stamps(store):
    plan = imported(store, only(tell=[tell("Told Ana the fix")]))
    assert counts(plan, "tell") == {"added": 1}
    (back,) = queries.tells_between(store, DAY, DAY)
    assert (back.note, back.created_at, back.updated_at) == ("Told Ana the fix", EARLY, EARLY)


def test_the_newer_edit_wins_either_way(store):
    mine = writes.save(store, r.Tell(DAY, EARLY, "mine"))
    assert mine.updated_at is not None
    older = replace(mine, note="theirs, older", updated_at=mine.updated_at.replace(year=2020))
    plan = imported(store, only(tell=[older]))
    assert counts(plan, "tell") == {"unchanged": 1}
    assert queries.by_uuid(store, "tell", mine.uuid).note == "mine"
    newer = replace(mine, note="theirs, newer", updated_at=mine.updated_at.replace(year=2099))
    plan = imported(store, only(tell=[newer]))
    assert counts(plan, "tell") == {"updated": 1}
    back = queries.by_uuid(store, "tell", mine.uuid)
    assert (back.note, back.created_at) == ("theirs, newer", mine.created_at)


def test_merging_the_same_export_twice_adds_nothing_the_second_time(store, tmp_path):
    other = open_store(tmp_path / "other.sqlite3")
    try:
        writes.save_many(other, [r.Tell(DAY, EARLY, "a"), r.Person("Ana"), r.Tell(DAY, LATE, "b")])
        writes.save(
            other,
            r.Intention(DAY, "heart", "direction", (r.Action("Go to line 2", Element.SUPPORT),)),
        )
        export, unread = read_everything(other)
    finally:
        other.close()
    assert unread == 0
    first = imported(store, export)
    assert first.total("added") == 4  # the starter bank is the same record on both sides
    assert counts(first, "bank_question") == {"unchanged": len(export.records["bank_question"])}
    second = plan_import(store, export)
    assert second.total("added") == second.total("updated") == 0
    assert not second.changes_anything


def test_the_starter_bank_is_the_same_record_everywhere(store, tmp_path):
    other = open_store(tmp_path / "other.sqlite3")
    try:
        theirs = queries.bank_questions(other)
    finally:
        other.close()
    assert queries.bank_questions(store) == theirs
    assert {b.updated_at for b in theirs} == {SEED_STAMP}


def test_a_delete_is_kept_and_undone_by_saving_again(store):
    saved = writes.save(store, r.Tell(DAY, EARLY, "gone soon"))
    writes.delete(store, "tell", saved.uuid, at=LATE)
    export, _ = read_everything(store)
    assert export.deletions == (Deletion("tell", saved.uuid, LATE),)
    writes.save(store, saved)  # the undo of the delete
    assert read_everything(store)[0].deletions == ()


def test_a_deletion_in_the_file_removes_the_record_here_unless_edited_since(store):
    kept = writes.save(store, r.Tell(DAY, EARLY, "edited here after"))
    gone = writes.save(store, r.Tell(DAY, EARLY, "deleted there"))
    assert kept.updated_at is not None
    before, after = kept.updated_at.replace(year=2020), kept.updated_at.replace(year=2099)
    plan = imported(
        store, Export({}, (Deletion("tell", gone.uuid, after), Deletion("tell", kept.uuid, before)))
    )
    assert counts(plan, "tell") == {"deleted": 1}
    assert queries.by_uuid(store, "tell", gone.uuid) is None
    assert queries.by_uuid(store, "tell", kept.uuid) is not None
    # And the deletion is kept here, to pass on in this journal's own exports.
    assert Deletion("tell", gone.uuid, after) in read_everything(store)[0].deletions


def test_a_record_deleted_here_is_not_brought_back_by_an_older_copy(store):
    saved = writes.save(store, r.Tell(DAY, EARLY, "deleted here"))
    writes.delete(store, "tell", saved.uuid)
    plan = imported(store, only(tell=[saved]))  # the copy from before the delete
    assert counts(plan, "tell") == {"skipped": 1}
    assert plan.skipped == ["the tell of 2026-03-02: deleted here after it was last edited"]
    assert queries.by_uuid(store, "tell", saved.uuid) is None


def test_a_second_intention_for_a_day_is_skipped_not_an_error(store):
    action = (r.Action("Walk the line", Element.SUPPORT),)
    writes.save(store, r.Intention(DAY, "mine", "mine", action))
    theirs = replace(
        r.Intention(DAY, "theirs", "theirs", action), created_at=EARLY, updated_at=EARLY
    )
    plan = imported(store, only(intention=[theirs]))
    assert counts(plan, "intention") == {"skipped": 1}
    assert plan.skipped == ["the intention of 2026-03-02: this journal has its own for that day"]
    assert queries.intention_for_day(store, DAY).heart == "mine"


def test_replace_makes_the_journal_the_files(store):
    writes.save(store, r.Tell(DAY, EARLY, "only here"))
    incoming = tell("from the file")
    plan = imported(
        store,
        Export({"tell": (incoming,)}, preferences={"practice_days": {"tell": [0]}}),
        replace_all=True,
    )
    assert counts(plan, "tell") == {"added": 1, "deleted": 1}
    # A kind the file does not hold is emptied too, and said: the starter bank here.
    assert counts(plan, "bank_question") == {"deleted": len(STARTER_BANK)}
    assert [t.note for t in queries.tells_between(store, DAY, DAY)] == ["from the file"]
    assert queries.bank_questions(store, include_retired=True) == []  # the file had none
    export, _ = read_everything(store)
    assert export.preferences == {"practice_days": {"tell": [0]}}


def test_a_reflection_naming_a_missing_intention_is_refused_before_anything_changes(store):
    reflection = replace(
        r.Reflection(DAY, learned="x", intention_uuid="3f2b1c0d-0000-4000-8000-000000000009"),
        created_at=EARLY,
        updated_at=EARLY,
    )
    with pytest.raises(ExportFileError) as caught:
        plan_import(store, only(reflection=[reflection]))
    assert [str(p) for p in caught.value.problems] == [
        "at /records/reflection/0/intention_uuid: names an intention that is not there"
    ]


def test_a_failure_halfway_changes_nothing(store):
    writes.save(store, r.Tell(DAY, EARLY, "here before"))
    plan = plan_import(store, only(tell=[tell("one"), tell("two"), tell("three")]))

    def fail(done, _of):
        if done:
            raise RuntimeError("stopped")

    calls = []
    plan.writes.extend([tell(f"n{i}") for i in range(200)])  # progress comes every 200
    with pytest.raises(RuntimeError):
        apply_import(store, plan, lambda d, n: (calls.append(d), fail(d, n)))
    assert calls[-1] == 200
    assert [t.note for t in queries.tells_between(store, DAY, DAY)] == ["here before"]


def test_a_person_new_by_uuid_but_named_as_one_here_is_that_person(store):
    ana = writes.save(store, r.Person("Ana Costa", "Lead"))
    theirs = replace(r.Person(" ana  costa "), created_at=EARLY, updated_at=EARLY)
    question = replace(
        r.Question(DAY, EARLY, "What do you see?", r.QuestionKind.OPEN, person=theirs),
        created_at=EARLY,
        updated_at=EARLY,
    )
    plan = imported(store, only(person=[theirs], question=[question]))
    assert counts(plan, "person") == {"unchanged": 1}
    assert plan.same_people == {theirs.uuid: ana}
    assert [p.uuid for p in queries.people(store)] == [ana.uuid]  # no second Ana
    (back,) = queries.questions_matching(store)
    assert back.person == ana


def test_a_follow_up_ticked_done_travels_with_its_visit(store, tmp_path):
    visit = writes.save(
        store, r.GembaVisit(DAY, "Dock", "See the loading", follow_ups=(r.FollowUp("Fix it"),))
    )
    other = open_store(tmp_path / "other.sqlite3")
    try:
        imported(other, read_everything(store)[0])  # the other copy has the open follow-up
        assert writes.set_follow_up_done(store, visit.follow_ups[0].uuid, DAY)
        plan = imported(other, read_everything(store)[0])
        assert counts(plan, "gemba_visit") == {"updated": 1}  # the tick made the visit newer
        (there,) = queries.visits_matching(other)
        assert there.follow_ups[0].done_day == DAY
    finally:
        other.close()


def test_a_reflection_whose_intention_is_skipped_is_skipped_too(store):
    action = (r.Action("Walk the line", Element.SUPPORT),)
    writes.save(store, r.Intention(DAY, "mine", "mine", action))
    theirs = replace(
        r.Intention(DAY, "theirs", "theirs", action), created_at=EARLY, updated_at=EARLY
    )
    event = replace(
        r.Reflection(DAY, r.ReflectionKind.EVENT, learned="x", intention_uuid=theirs.uuid),
        created_at=EARLY,
        updated_at=EARLY,
    )
    plan = imported(store, only(intention=[theirs], reflection=[event]))
    assert counts(plan, "reflection") == {"skipped": 1}
    assert plan.skipped == [
        "the intention of 2026-03-02: this journal has its own for that day",
        "the reflection of 2026-03-02: its intention was skipped",
    ]
    assert queries.reflections_between(store, DAY, DAY) == []
