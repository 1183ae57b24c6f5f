"""The JSON export's document: written from the declarations, read back checked, and every
problem of a broken file named by its place."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.exchange import (
    FORMAT,
    FORMAT_VERSION,
    Deletion,
    Export,
    ExportFileError,
    NewerFormatError,
    dumps,
    loads,
)

T0 = datetime(2026, 3, 2, 7, 30)
T1 = datetime(2026, 3, 2, 18, 0)
# Texts a user may write that a lossy export would damage.
HOSTILE = (
    "שלום, מה שלומך?",  # right to left
    "👩🏽\u200d🏭 at line 2 🇳🇱",  # a ZWJ sequence and a flag
    "e\u0301 n\u0303 a\u0308",  # combining marks, not precomposed
    "x" * 5000,  # a very long word
    'quotes " and \\ backslash,\ttab\nnew line',
)


def stamped(record, created=T0, updated=T1):
    from dataclasses import replace

    return replace(record, created_at=created, updated_at=updated)


def sample() -> Export:
    jonas = stamped(r.Person("Jonas Berg", "Team lead"))
    intention = stamped(
        r.Intention(
            date(2026, 3, 2),
            HOSTILE[0],
            HOSTILE[1],
            (r.Action(HOSTILE[2], Element.SUPPORT, done=True), r.Action("Plan", Element.DIRECTION)),
        )
    )
    question = stamped(
        r.Question(
            date(2026, 3, 2), T0, HOSTILE[3], r.QuestionKind.OPEN, r.QuestionKind.CLOSED,
            context=HOSTILE[4], person=jonas,
        )
    )  # fmt: skip
    visit = stamped(
        r.GembaVisit(
            date(2026, 3, 2), "Line 2", "See the changeover", r.VisitStatus.DONE,
            follow_ups=(r.FollowUp("Order a jack", "Ana", date(2026, 3, 9)),),
            conversations=(r.Conversation("Night shift sees it too", jonas),),
        )
    )  # fmt: skip
    reflection = stamped(
        r.Reflection(date(2026, 3, 2), rating=4, learned="Ask first", intention_uuid=intention.uuid)
    )
    return Export(
        {
            "person": (jonas,),
            "intention": (intention,),
            "question": (question,),
            "gemba_visit": (visit,),
            "reflection": (reflection,),
        },
        (Deletion("tell", "0b9f3c1e-8d1a-4f5e-9a7b-2c3d4e5f6a7b", datetime(2026, 3, 1, 9)),),
        {"practice_days": {"gemba_visit": [1, 3]}},
        datetime(2026, 3, 3, 8),
        "9.9",
    )


def test_a_document_reads_back_equal_with_every_hostile_text():
    export = sample()
    text = dumps(export)
    back = loads(text)
    assert back.records["question"] == export.records["question"]
    assert back.records["intention"][0].heart == HOSTILE[0]
    assert back.records["question"][0].text == "x" * 5000
    assert back.records["question"][0].context == HOSTILE[4]
    assert back.records["intention"][0].actions[0].text == "e\u0301 n\u0303 a\u0308"  # not NFC
    assert back.records["gemba_visit"] == export.records["gemba_visit"]
    assert back.records["reflection"] == export.records["reflection"]
    assert back.deletions == export.deletions
    assert back.preferences == export.preferences
    assert back.exported_at == datetime(2026, 3, 3, 8)
    assert back.app_version == "9.9"
    assert dumps(back) == text  # and writes the same again


def test_the_document_names_its_format_and_every_kind():
    data = json.loads(dumps(sample()))
    assert data["format"] == "l2l-desktop-export" == FORMAT
    assert data["format_version"] == 1 == FORMAT_VERSION
    assert list(data["records"]) == [
        "person", "intention", "pause", "question", "tell", "bank_question", "gemba_visit",
        "reflection", "rest_period", "coaching_session",
    ]  # fmt: skip
    question = data["records"]["question"][0]
    assert question["asked_at"] == "2026-03-02T07:30:00"
    assert question["person"]["name"] == "Jonas Berg"
    assert question["elements"] == ["support"]
    assert data["deletions"][0] == {
        "kind": "tell",
        "uuid": "0b9f3c1e-8d1a-4f5e-9a7b-2c3d4e5f6a7b",
        "deleted_at": "2026-03-01T09:00:00",
    }


def broken(change) -> str:
    data = json.loads(dumps(sample()))
    change(data)
    return json.dumps(data)


def problems_of(text: str) -> list[str]:
    with pytest.raises(ExportFileError) as caught:
        loads(text)
    return [str(p) for p in caught.value.problems]


def test_a_truncated_file_says_it_ends_too_early_and_where():
    text = dumps(sample())
    cut = text[: len(text) // 2]
    line = cut.count("\n") + 1
    (problem,) = problems_of(cut)
    assert problem.startswith(f"at line {line}, column ")
    assert "ends too early" in problem


def test_a_hand_broken_file_names_the_line_and_column():
    text = dumps(sample()).replace('"format_version": 1,', '"format_version": 1', 1)
    # The comma went from the end of line 3: the next member, line 4, column 2, is unexpected.
    assert problems_of(text) == ["at line 4, column 2: not valid JSON (expecting ',' delimiter)"]


def test_wrong_types_are_named_by_json_pointer():
    def change(data):
        data["records"]["question"][0]["kind"] = "rhetorical"
        data["records"]["question"][0]["asked_at"] = 5
        data["records"]["intention"][0]["actions"][1]["done"] = "yes"
        data["records"]["gemba_visit"][0]["follow_ups"][0]["due_day"] = "9 March"

    found = problems_of(broken(change))
    places = [p.split(":")[0] for p in found]
    assert places == [
        "at /records/intention/0/actions/1/done",
        "at /records/question/0/asked_at",
        "at /records/question/0/kind",
        "at /records/gemba_visit/0/follow_ups/0/due_day",
    ]
    assert found[0].endswith("expected true or false")
    assert (
        found[1] == "at /records/question/0/asked_at: expected a time as YYYY-MM-DDTHH:MM:SS (UTC)"
    )
    assert (
        found[2] == 'at /records/question/0/kind: "rhetorical" is not one of: open, closed, leading'
    )
    assert found[3].endswith("due_day: expected a date as YYYY-MM-DD")


def test_missing_fields_and_stamps_are_named():
    def change(data):
        del data["records"]["question"][0]["text"]
        del data["records"]["person"][0]["updated_at"]

    assert problems_of(broken(change)) == [
        "at /records/person/0/updated_at: missing (each record of an export has its uuid and "
        "times)",
        "at /records/question/0/text: missing",
    ]


def test_a_record_that_a_save_would_refuse_is_refused_at_its_field():
    def change(data):
        data["records"]["intention"][0]["actions"] = []  # an intention needs an action
        data["records"]["gemba_visit"][0]["follow_ups"][0]["done_day"] = "2026-03-01"  # too early

    found = problems_of(broken(change))
    assert found[0] == "at /records/intention/0/actions: Add at least one action"  # no stop:
    # problems are joined by "; " and the sentence ends after the last
    assert found[1].startswith(
        "at /records/gemba_visit/0/follow_ups/0/done_day: Done on 2026-03-01"
    )


def test_the_same_uuid_twice_and_two_intentions_a_day_are_refused():
    def change(data):
        twin = dict(data["records"]["intention"][0])
        data["records"]["intention"].append(twin)
        other = dict(twin, uuid="7d0c3f1e-0000-4000-8000-000000000001")
        data["records"]["intention"].append(other)

    assert problems_of(broken(change)) == [
        "at /records/intention/1/uuid: the same uuid as /records/intention/0",
        "at /records/intention/1/day: a second intention for 2026-03-02 (the first is "
        "/records/intention/0)",
    ]


def test_not_an_export_and_unknown_kinds_are_refused():
    assert problems_of("[1, 2]") == ["expected an object: this is not an L2L Desktop export"]
    assert problems_of('{"format": "jrnl"}') == [
        'at /format: expected "l2l-desktop-export": not an L2L Desktop export'
    ]
    assert problems_of(broken(lambda d: d["records"].update({"habit": []}))) == [
        "at /records/habit: not a kind of record this app knows"
    ]
    assert problems_of(b"\xff\xfe{") == ["at byte 0: the file is not UTF-8 text"]


def test_a_newer_format_version_is_refused_with_a_clear_message():
    with pytest.raises(NewerFormatError) as caught:
        loads(broken(lambda d: d.update(format_version=2)))
    assert str(caught.value) == (
        "This export was made by a newer L2L Desktop (format version 2; this version reads "
        "up to 1). Update the app to import it."
    )
