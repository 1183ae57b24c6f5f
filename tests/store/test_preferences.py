"""Preferences kept with the records."""

from datetime import date

from l2l_desktop.store import preferences


def test_practice_question_is_kept_for_its_day_only(store):
    day = date(2026, 11, 24)
    assert preferences.practice_question(store, day) is None
    preferences.set_practice_question(store, day, "u1")
    assert preferences.practice_question(store, day) == "u1"
    assert preferences.practice_question(store, date(2026, 11, 25)) is None
    preferences.set_practice_question(store, date(2026, 11, 25), "u2")
    assert preferences.practice_question(store, day) is None  # only the latest day is kept


def test_a_malformed_preference_reads_as_unset(store):
    preferences.set_preference(store, preferences.PRACTICE_QUESTION, ["not", "a", "dict"])
    assert preferences.practice_question(store, date(2026, 11, 24)) is None
    preferences.set_preference(store, preferences.PRACTICE_DAYS, {"pause": [9, "x"]})
    assert preferences.practice_weekdays(store) == {}
