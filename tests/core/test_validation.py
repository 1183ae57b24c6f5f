from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.validation import MAX_TEXT, ValidationError, errors_for, validate

DAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 0)


def fields(record) -> set[str]:
    return {e.field for e in errors_for(record)}


def test_a_complete_intention_is_valid():
    validate(r.Intention(DAY, "heart", "direction", (r.Action("act", Element.SUPPORT),)))


def test_intention_needs_heart_direction_and_an_action():
    assert fields(r.Intention(DAY, " ", "", ())) == {"heart", "direction", "actions"}
    blank_action = r.Intention(DAY, "h", "d", (r.Action("  ", Element.SELF),))
    assert fields(blank_action) == {"actions[0].text"}


def test_an_intention_has_one_to_three_actions():
    def with_actions(n):
        return r.Intention(DAY, "h", "d", tuple(r.Action(f"a{i}", Element.SELF) for i in range(n)))

    assert fields(with_actions(0)) == {"actions"}
    assert fields(with_actions(1)) == fields(with_actions(3)) == set()
    assert fields(with_actions(4)) == {"actions"}


def test_question_needs_text_and_person_needs_name():
    q = r.Question(DAY, NOW, "", r.QuestionKind.OPEN, person=r.Person(""))
    assert fields(q) == {"text", "person.name"}


def test_gemba_visit_needs_place_and_purpose_and_child_texts():
    visit = r.GembaVisit(
        DAY,
        "",
        "",
        assumptions=(r.Assumption(""),),
        conversations=(r.Conversation(""),),
        follow_ups=(r.FollowUp("", due_day=date(1900, 1, 1)),),
    )
    assert fields(visit) == {
        "place",
        "purpose",
        "assumptions[0].text",
        "conversations[0].learned",
        "follow_ups[0].text",
        "follow_ups[0].due_day",
    }


def test_reflection_rating_range_and_something_written():
    assert fields(r.Reflection(DAY)) == {"went_well"}
    assert fields(r.Reflection(DAY, rating=4)) == set()
    assert fields(r.Reflection(DAY, rating=6)) == {"rating"}
    assert fields(r.Reflection(DAY, rating=0, learned="x")) == {"rating"}


def test_elements_required_where_records_carry_them():
    assert fields(r.Pause(DAY, NOW, r.Alignment.ALIGNED, elements=frozenset())) == {"elements"}


def test_rest_period_last_day_not_before_first():
    assert fields(r.RestPeriod(date(2026, 1, 5), date(2026, 1, 4))) == {"last_day"}
    assert fields(r.RestPeriod(date(2026, 1, 5), date(2026, 1, 5))) == set()


def test_bank_question_and_person_records():
    assert fields(r.BankQuestion("", "")) == {"text", "purpose"}
    assert fields(r.Person("")) == {"name"}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a\x00b", "control"),
        ("bell\x07", "control"),
        ("broken \ud800 surrogate", "Unicode"),
        ("x" * (MAX_TEXT + 1), "Too long"),
    ],
)
def test_bad_text_is_refused_with_a_message(text, problem):
    with pytest.raises(ValidationError) as caught:
        validate(r.Tell(DAY, NOW, note=text))
    assert caught.value.errors[0].field == "note"
    assert problem in caught.value.errors[0].message


def test_newlines_tabs_emoji_and_other_scripts_are_fine():
    validate(r.Tell(DAY, NOW, note="line one\n\tline two 🙂 مرحبا 日本語 é"))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_printable_text_is_accepted(text):
    validate(r.Tell(DAY, NOW, note=text))


def test_unknown_type_is_a_bug():
    with pytest.raises(TypeError):
        errors_for(object())


def test_a_follow_up_is_not_done_before_its_visit():
    visit = r.GembaVisit(
        date(2026, 3, 10),
        "Dock",
        "See",
        follow_ups=(
            r.FollowUp("same day", done_day=date(2026, 3, 10)),
            r.FollowUp("five days early", done_day=date(2026, 3, 5)),
        ),
    )
    assert fields(visit) == {"follow_ups[1].done_day"}
    [error] = errors_for(visit)
    assert "2026-03-10" in error.message
