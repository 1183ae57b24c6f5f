"""The JSON shape of records, and of drafts, as the declarations give it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l2l_desktop.core import records as r
from l2l_desktop.core.codec import fields_from_json, fields_to_json, from_json, to_json
from l2l_desktop.core.declared import STAMPS, Shape, content, specs, values_of
from l2l_desktop.core.elements import Element
from l2l_desktop.core.kinds import KINDS, Kind, Kinds, kind_of

DAY = date(2026, 11, 24)
NOON = datetime(2026, 11, 24, 12, 0)
STAMPED = {"created_at": datetime(2026, 11, 24, 8, 1, 2, 345678), "updated_at": NOON}
ANA = r.Person("Ana Lúcia 🙂", "Planner", uuid="p-1", **STAMPED)


def one_of_each() -> list[r.Record]:
    """A record of every kind, with parts, people, links and empty values."""
    return [
        ANA,
        r.Intention(
            DAY,
            "Why ✓",
            "Impact",
            (r.Action("Ask", Element.SUPPORT, done=True), r.Action("Aim", Element.DIRECTION)),
            **STAMPED,
        ),
        r.Pause(DAY, NOON, r.Alignment.PARTLY, "drifted\nback", frozenset(Element)),
        r.Question(DAY, NOON, "What?", r.QuestionKind.LEADING, None, "مرحبا", "", ANA),
        r.Tell(DAY, NOON, person=None),
        r.BankQuestion("What next?", "next_step", active=False, builtin=True),
        r.GembaVisit(
            DAY,
            "Dock",
            "See it",
            r.VisitStatus.DONE,
            assumptions=(r.Assumption("Fast", r.AssumptionResult.REFUTED, "Slow"),),
            conversations=(r.Conversation("Trucks wait", ANA), r.Conversation("Nobody")),
            follow_ups=(r.FollowUp("Call", "Me", DAY, None), r.FollowUp("Done", done_day=DAY)),
        ),
        r.Reflection(DAY, r.ReflectionKind.WEEKLY, rating=None, intention_uuid="i-1"),
        r.RestPeriod(DAY, date(2026, 11, 26), r.RestKind.SICK, "flu"),
        r.CoachingSession(
            DAY,
            "Changeover under 10 minutes",
            learner=ANA,
            obstacles=(
                r.Obstacle("Tools far away", r.ObstacleStatus.OVERCOME),
                r.Obstacle("No checklist", r.ObstacleStatus.WORKING),
            ),
            last_step="Tool cart",
            expected="12 min",
            actual="14 min",
            outcome=r.StepOutcome.OTHERWISE,
            go_see=date(2026, 11, 27),
        ),
    ]


@pytest.mark.parametrize("record", one_of_each(), ids=lambda x: type(x).__name__)
def test_every_kind_reads_back_equal_through_json_text(record):
    text = json.dumps(to_json(record), ensure_ascii=False)
    assert from_json(type(record), json.loads(text)) == record


def test_the_shape_of_a_record_by_hand():
    pause = r.Pause(DAY, NOON, r.Alignment.ALIGNED, "ok", uuid="u-1")
    assert to_json(pause) == {
        "uuid": "u-1",
        "created_at": None,
        "updated_at": None,
        "day": "2026-11-24",
        "at": "2026-11-24T12:00:00",
        "alignment": "aligned",
        "note": "ok",
        "elements": ["self"],
    }
    visit = r.GembaVisit(
        DAY,
        "Dock",
        "See",
        follow_ups=(r.FollowUp("Call", uuid="f-1"),),
        elements=frozenset({Element.SELF, Element.DIRECTION}),
        uuid="v-1",
    )
    shape = to_json(visit)
    assert shape["follow_ups"] == [
        {"uuid": "f-1", "text": "Call", "owner": "", "due_day": None, "done_day": None}
    ]
    assert shape["elements"] == ["direction", "self"]  # always in the elements' own order
    assert shape["status"] == "planned" and shape["assumptions"] == []


def test_a_missing_optional_member_takes_its_default_and_unknown_members_are_ignored():
    tell = from_json(r.Tell, {"day": "2026-11-24", "told_at": "2026-11-24T12:00:00", "x": 1})
    assert (tell.note, tell.person, tell.elements) == ("", None, frozenset({Element.SUPPORT}))
    assert tell.uuid  # a fresh one


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"told_at": "2026-11-24T12:00:00"}, "day"),  # a required member missing
        ({"day": "24.11.2026", "told_at": "2026-11-24T12:00:00"}, "day"),
        ({"day": "2026-11-24", "told_at": 5}, "told_at"),
        ({"day": "2026-11-24", "told_at": "2026-11-24T12:00:00", "note": None}, "note"),
        ({"day": "2026-11-24", "told_at": "2026-11-24T12:00:00", "elements": ["all"]}, "elements"),
        (
            {"day": "2026-11-24", "told_at": "2026-11-24T12:00:00", "person": {"role": "x"}},
            "person",
        ),
    ],
)
def test_what_cannot_be_read_is_refused_naming_the_field(data, field):
    with pytest.raises(ValueError, match=rf"Tell\.{field}"):
        from_json(r.Tell, data)


def test_a_timestamp_with_a_zone_is_read_as_utc():
    tell = from_json(r.Tell, {"day": "2026-11-24", "told_at": "2026-11-24T13:00:00+01:00"})
    assert tell.told_at == NOON


@given(st.text(), st.text())
def test_any_text_round_trips(note, name):
    tell = r.Tell(DAY, NOON, note, r.Person(name))
    assert from_json(r.Tell, json.loads(json.dumps(to_json(tell)))) == tell


def test_a_draft_keeps_a_half_filled_form_and_gives_back_what_it_can():
    values = {"text": "Half typed", "kind": None, "person": ANA, "nonsense": 1}
    shape = fields_to_json(r.Question, values)
    assert shape == {"text": "Half typed", "kind": None, "person": to_json(ANA)}
    assert fields_from_json(r.Question, shape) == {
        "text": "Half typed",
        "kind": None,
        "person": ANA,
    }
    damaged = {
        "text": 42,  # not text: left out
        "context": "kept",
        "day": "yesterday",  # not a day: left out
        "person": "Jonas",  # version 0.1 named the person by name
    }
    got = fields_from_json(r.Question, damaged)
    assert set(got) == {"context", "person"}
    assert got["context"] == "kept" and got["person"].name == "Jonas"
    assert fields_from_json(r.Question, ["not", "a", "dict"]) == {}


def test_a_damaged_part_of_a_draft_is_dropped_and_the_others_kept():
    data = {"actions": [{"text": "Keep", "element": "self"}, {"text": "No element"}, "junk"]}
    (action,) = fields_from_json(r.Intention, data)["actions"]
    assert (action.text, action.element) == ("Keep", Element.SELF)
    with pytest.raises(ValueError, match=r"Intention\.actions"):
        from_json(r.Intention, {"day": "2026-11-24", "heart": "h", "direction": "d", **data})


def test_the_form_values_of_a_record_are_its_fields_without_the_stamps():
    values = values_of(one_of_each()[1])
    assert set(values) == {"day", "heart", "direction", "actions"}
    assert not set(STAMPS) & set(values)


def test_every_kind_has_a_name_and_its_fields_have_shapes():
    assert [k.name for k in KINDS] == [
        "person",
        "intention",
        "pause",
        "question",
        "tell",
        "bank_question",
        "gemba_visit",
        "reflection",
        "rest_period",
        "coaching_session",
    ]
    assert [kind_of(x) for x in one_of_each()] == [k.name for k in KINDS]
    shapes = {s.name: s.shape for s in content(r.Reflection)}
    assert shapes["rating"] is Shape.WHOLE and shapes["intention_uuid"] is Shape.LINK
    assert {s.name: s.shape for s in content(r.Question)}["person"] is Shape.RECORD
    assert [s.name for s in specs(r.Tell)][:3] == list(STAMPS)
    assert [p.name for p in KINDS.named("gemba_visit").parts] == [
        "assumptions",
        "conversations",
        "follow_ups",
    ]
    with pytest.raises(TypeError):
        KINDS.of(r.OpenFollowUp)  # a view of records, not a kind
    with pytest.raises(ValueError):
        Kinds(Kind("a", r.Tell), Kind("b", r.Tell))


def test_a_field_of_a_type_without_a_shape_is_refused_when_declared():
    @dataclass(frozen=True)
    class Odd(r.Record):
        numbers: list[int]

    with pytest.raises(TypeError, match=r"Odd\.numbers"):
        specs(Odd)
