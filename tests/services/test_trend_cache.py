"""The Trends figures kept between refreshes (services/trend_cache.py, core.trends' memo):
after every kind of write they are what a journal reading everything afresh computes."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services import ChangeBus, Journal
from l2l_desktop.store import open_store, writes
from l2l_desktop.store.demo import fill_with_demo
from l2l_desktop.store.trend_queries import load_trend_inputs


@pytest.fixture
def lived_in(journal, store):
    fill_with_demo(store, 70, seed=3, end=journal.today())
    return journal


def afresh(journal: Journal, first: date, last: date):
    """The figures from a journal with nothing kept: every query read, every practice computed."""
    return Journal(journal._store, ChangeBus()).trends(first, last)


def ranges(journal):
    return [journal.trend_range(weeks) for weeks in (4, 13, None)]


def check(journal):
    for first, last in ranges(journal):
        assert journal.trends(first, last) == afresh(journal, first, last)
        # What the figures are made of too, where a figure would not show a slip (a last
        # contact a month old reads "not seen lately" whether it is right or not).
        kept = load_trend_inputs(journal._store, first, last, cache=journal.trend_cache)
        fresh = load_trend_inputs(journal._store, first, last)
        assert kept.contacts == fresh.contacts
        assert sorted(kept.checker_choices) == sorted(fresh.checker_choices)


def test_every_kind_of_write_leaves_the_kept_figures_true(lived_in):
    journal = lived_in
    today = journal.today()
    check(journal)  # everything is kept now
    lukas = journal.save(r.Person(name="Lukas Bauer"))
    asked = journal.save(r.Question(today, datetime.now(), "What do you see?",
                                    r.QuestionKind.OPEN, person=lukas))  # fmt: skip
    check(journal)
    # An edit that moves the question to another day: the old day's figures must go too.
    journal.save(dataclasses.replace(asked, day=today - timedelta(days=9)))
    check(journal)
    journal.save(r.Tell(today, datetime.now(), "Told the fix", person=lukas))
    journal.save(r.Reflection(today, learned="Listen first.", rating=2))
    journal.save(r.GembaVisit(today, "Line 3", "See the changeover", status=r.VisitStatus.DONE))
    check(journal)
    journal.save(r.RestPeriod(today - timedelta(days=20), today - timedelta(days=14)))
    check(journal)
    journal.set_practice_weekdays({"question": frozenset({0, 1, 2, 3, 4, 5})})
    check(journal)
    twin = journal.save(r.Person(name="Lukas B."))
    journal.save(r.Tell(today, datetime.now(), "Again", person=twin))
    journal.merge_people(lukas, twin)
    check(journal)
    journal.delete(asked)
    check(journal)
    # New records, each mended in place: on a day the journal held no intention yet, with
    # its actions; a pause; a question to someone, long before the journal began.
    gap = next(d for d in (today - timedelta(days=i) for i in range(60))
               if not journal.intention_for_day(d))  # fmt: skip
    journal.save(r.Intention(gap, "Be present", "Ask first", actions=(
        r.Action("Go to the line", Element.SUPPORT), r.Action("Read", Element.SELF))))  # fmt: skip
    journal.save(r.Pause(today, datetime.now(), r.Alignment.PARTLY, "Drifted"))
    journal.save(r.Question(today - timedelta(days=400), datetime.now(), "What changed?",
                            r.QuestionKind.OPEN, person=lukas))  # fmt: skip
    check(journal)
    # Someone new, then a first contact with them: seen this fortnight, mended in place.
    mei = journal.save(r.Person(name="Mei Tan", cadence_days=7))
    check(journal)
    seen = journal.trends(*journal.trend_range(13)).support.seen
    journal.save(r.Tell(today, datetime.now(), "Told her the answer", person=mei))
    check(journal)
    assert journal.trends(*journal.trend_range(13)).support.seen == seen + 1
    # A question the checker read as closed, kept as open: the checker's counts mended.
    journal.save(r.Question(today, datetime.now(), "Is it done?", r.QuestionKind.OPEN,
                            suggested_kind=r.QuestionKind.CLOSED))  # fmt: skip
    check(journal)
    assert journal.trend_cache.patches > 0


def test_a_save_reads_again_only_what_its_kind_feeds(lived_in):
    journal = lived_in
    first, last = journal.trend_range(13)
    journal.trends(first, last)
    cold = journal.trend_cache.loads
    journal.trends(first, last)
    assert journal.trend_cache.loads == cold  # nothing changed: nothing read
    kept = journal.save(r.Reflection(journal.today(), learned="Slow down.", rating=4))
    journal.trends(first, last)
    # What a reflection feeds: the journal's first day, its share of the weekly elements,
    # the daily reflections' and the weekly reviews' done days, the ratings, the calendar's
    # counts. Six of the twenty-four answers a refresh asks for, each mended for its day
    # (a new record: its day is all it touched).
    assert journal.trend_cache.loads == cold and journal.trend_cache.patches == 6
    # An edit: the store tells the day the record stood on before, so the six are mended
    # again, for that day and its new one, and nothing is read whole.
    journal.save(dataclasses.replace(kept, rating=5))
    journal.trends(first, last)
    assert journal.trend_cache.loads == cold and journal.trend_cache.patches == 12
    # 6 practices' done days, 6 kinds' elements; the first day, the days off, the practice
    # days, the questions, ratings, follow-ups, checker, calendar, people per week, the
    # people, their last contacts, the coaching steps.
    assert cold == 6 + 6 + 12


def test_a_write_by_another_connection_is_seen(lived_in, data_dir):
    journal = lived_in
    first, last = journal.trend_range(13)
    before = journal.trends(first, last).practice("weekly_review")
    other = open_store(data_dir / "l2l.sqlite3")  # another process, as far as SQLite knows
    try:
        writes.save(other, r.Reflection(journal.today(), kind=r.ReflectionKind.WEEKLY,
                                        learned="From elsewhere"))  # fmt: skip
    finally:
        other.close()
    after = journal.trends(first, last)
    assert after == afresh(journal, first, last)
    assert after.practice("weekly_review").done_in_range == before.done_in_range + 1


def test_an_edit_or_a_removal_is_mended_on_the_days_it_stood_on(lived_in):
    journal = lived_in
    today = journal.today()
    mei = journal.save(r.Person(name="Mei Tan", cadence_days=7))
    check(journal)
    cold = journal.trend_cache.loads
    closed = r.QuestionKind.CLOSED
    asked = r.Question(today, datetime.now(), "What slows you down?", r.QuestionKind.OPEN)
    asked = journal.save(dataclasses.replace(asked, person=mei, suggested_kind=closed))
    check(journal)
    # Reworded on its day: her last contact stays today.
    asked = journal.save(dataclasses.replace(asked, text="What slows the line down?"))
    check(journal)
    # Moved three weeks back and kept as the checker said: the old day's counts fall, the new
    # day's rise, the checker's counts change sides, her last contact goes back with it.
    moved = journal.save(dataclasses.replace(asked, day=today - timedelta(days=21), kind=closed))
    check(journal)
    # Removed through the copy the window held before the move: the stored day (three weeks
    # back) is the one that loses it, not the copy's (today); she has no contact left.
    assert asked.day == today and moved.day != today
    journal.delete(asked)
    check(journal)
    # Nothing was read whole again: every answer was mended (the checker's counts, the
    # first day and, when someone's last contact left, the last contacts are read again
    # inside their patch).
    whole = journal.trend_cache.loads - cold
    assert journal.trend_cache.patches > 0 and whole == 0, whole
