"""Any Unicode text a user can type comes back identical; what cannot be stored is refused."""

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l2l_desktop.core import records as r
from l2l_desktop.core.validation import MAX_TEXT, ValidationError
from l2l_desktop.store import queries, writes

DAY = date(2026, 11, 24)
NOON = datetime(2026, 11, 24, 12)
# Everything but surrogates and the control characters other than tab and newline.
TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters=[chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0)]],
    ),
    min_size=1,
    max_size=300,
).filter(lambda s: s.strip())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT, other=TEXT)
def test_every_text_field_round_trips(store, text, other):
    visit = writes.save(
        store,
        r.GembaVisit(
            DAY,
            text,
            other,
            observed=text + "\n" + other,
            care=other,
            assumptions=(r.Assumption(text, fact=other),),
            conversations=(r.Conversation(other, r.Person(text[:400], other[:400])),),
            follow_ups=(r.FollowUp(text, owner=other[:400]),),
        ),
    )
    again = queries.by_uuid(store, "gemba_visit", visit.uuid)
    assert again == visit
    assert (again.place, again.purpose, again.observed) == (text, other, text + "\n" + other)
    q = writes.save(
        store, r.Question(DAY, NOON, text, r.QuestionKind.OPEN, context=other, learned=text)
    )
    assert queries.by_uuid(store, "question", q.uuid).text == text
    reflection = writes.save(
        store,
        r.Reflection(DAY, r.ReflectionKind.EVENT, went_well=text, learned=other, adjust_next=text),
    )
    assert queries.by_uuid(store, "reflection", reflection.uuid).adjust_next == text


def test_long_lines_rtl_emoji_and_combining_marks(store):
    text = ("שלום עולם " + "👩🏽‍🏭" + "e\u0301" * 50 + "x" * 5000)[:MAX_TEXT]
    saved = writes.save(store, r.Tell(DAY, NOON, note=text))
    assert queries.by_uuid(store, "tell", saved.uuid).note == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lone \ud83d surrogate", "broken Unicode"),
        ("nul \x00 inside", "control characters"),
        ("x" * (50 * 1024 * 1024), "Too long"),
    ],
    ids=["lone-surrogate", "nul", "50-MB-paste"],
)
def test_unstorable_text_is_refused_with_a_message(store, text, message):
    with pytest.raises(ValidationError) as caught:
        writes.save(store, r.Reflection(DAY, learned=text, rating=3))
    assert message in str(caught.value)
    assert queries.reflections_between(store, DAY, DAY) == []
