"""The window words each refusal of a field itself: the same sentence as the English message
(so nothing changes in English), from a code a catalogue can translate."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.core.validation import MAX_ACTIONS, FieldError, ValidationError, errors_for
from l2l_desktop.ui.field_words import WORDS, word

DAY = date(2026, 12, 2)
ACTION = r.Action("walk the line", Element.SUPPORT)


@pytest.fixture
def english_numbers(qapp):
    """Numbers written as English writes them (20,000), whatever this machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    "record",
    [
        r.Intention(DAY, "h", "d", ()),
        r.Intention(DAY, "h", "d", (ACTION,) * (MAX_ACTIONS + 1)),
        r.Intention(DAY, "h" * 20_001, "d", (ACTION,)),
        r.Reflection(DAY),
        r.RestPeriod(DAY, date(2026, 12, 1)),
        r.Question(DAY, datetime(2026, 12, 2, 9), "", r.QuestionKind.OPEN),
        r.Question(date(1900, 1, 1), datetime(2026, 12, 2, 9), "Why?", r.QuestionKind.OPEN),
        r.Tell(DAY, datetime(2026, 12, 2, 9), "a\x01b"),
        r.GembaVisit(
            DAY, "Dock 4", "flow", follow_ups=(r.FollowUp("call", done_day=date(2026, 12, 1)),)
        ),
    ],
    ids=[
        "no action",
        "too many",
        "too long",
        "empty",
        "backwards",
        "required",
        "outside",
        "control",
        "done before",
    ],
)
def test_each_refusal_is_worded_by_the_window_as_in_english(english_numbers, record):
    errors = errors_for(record)
    assert errors, "the record is refused"
    for error in errors:
        assert error.code in WORDS, error
        assert word(error) == error.message


def test_the_store_refusals_have_words_too(qapp, journal):
    journal.save(r.Intention(DAY, "h", "d", (ACTION,)))
    with pytest.raises(ValidationError) as refused:
        journal.save(r.Intention(DAY, "h2", "d2", (ACTION,)))
    (error,) = refused.value.errors
    assert error.code == "intention_taken" and word(error) == error.message


def test_a_mistake_of_a_program_keeps_its_english():
    error = FieldError("day", "must be a date")
    assert word(error) == "must be a date"
