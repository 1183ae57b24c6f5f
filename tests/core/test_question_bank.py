from collections import Counter
from datetime import date, timedelta

import pytest

from l2l_desktop.core.question_bank import PURPOSES, STARTER_BANK, BankEntry, pick_for_day
from l2l_desktop.core.question_checker import check_question
from l2l_desktop.core.records import QuestionKind

TEXTS = [entry.text for entry in STARTER_BANK]


def test_purposes_keys_and_labels():
    assert PURPOSES == {
        "situation": "Understand the situation",
        "target": "The target",
        "obstacles": "Obstacles",
        "next_step": "Next step",
        "learned": "What we learned",
        "care": "Care",
    }


def test_bank_size_and_every_purpose_covered():
    assert len(STARTER_BANK) >= 24
    counts = Counter(entry.purpose for entry in STARTER_BANK)
    assert set(counts) == set(PURPOSES)
    assert all(n >= 3 for n in counts.values()), counts


def test_entries_are_frozen_with_unique_tidy_texts():
    assert all(isinstance(entry, BankEntry) for entry in STARTER_BANK)
    assert len(set(TEXTS)) == len(TEXTS)
    assert len({text.casefold() for text in TEXTS}) == len(TEXTS)
    for text in TEXTS:
        assert text == text.strip()
        assert text[0].isupper()
        assert text[-1] in "?."
    with pytest.raises(AttributeError):
        STARTER_BANK[0].text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("entry", STARTER_BANK, ids=lambda entry: entry.text)
def test_every_starter_question_is_open(entry):
    result = check_question(entry.text)
    assert result is not None
    assert result.kind is QuestionKind.OPEN, result.reason


def test_pick_for_day_is_deterministic_and_in_range():
    day = date(2026, 3, 9)
    first = pick_for_day(TEXTS, day)
    assert first == pick_for_day(TEXTS, day)
    assert first == pick_for_day(tuple(TEXTS), day)
    for offset in range(400):
        index = pick_for_day(TEXTS, day + timedelta(days=offset))
        assert index is not None
        assert 0 <= index < len(TEXTS)


def test_pick_for_day_varies_across_a_week():
    monday = date(2026, 3, 9)
    week = [pick_for_day(TEXTS, monday + timedelta(days=i)) for i in range(7)]
    assert len(set(week)) == 7
    purposes = {STARTER_BANK[i].purpose for i in week}
    assert len(purposes) >= 3


@pytest.mark.parametrize("count", [1, 2, 3, 4, 6, 10, 27, 30, 100])
def test_pick_for_day_visits_every_question_once_per_cycle(count):
    texts = [f"Question {i}?" for i in range(count)]
    start = date(2025, 12, 30)
    picks = [pick_for_day(texts, start + timedelta(days=i)) for i in range(count)]
    assert sorted(picks) == list(range(count))


def test_pick_for_day_none_when_empty():
    assert pick_for_day([], date(2026, 3, 9)) is None
    assert pick_for_day((), date.min) is None


def test_pick_for_day_at_date_limits():
    for day in (date.min, date.max):
        index = pick_for_day(TEXTS, day)
        assert index is not None
        assert 0 <= index < len(TEXTS)
