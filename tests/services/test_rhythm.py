"""What the reminders are told of the journal (services/rhythm.py)."""

from __future__ import annotations

from datetime import date, datetime

from l2l_desktop.core import records as r
from l2l_desktop.core.elements import Element
from l2l_desktop.services.rhythm import reminder_facts

WED = date(2026, 12, 2)  # the week of Monday 30 November


def test_the_facts_of_a_day_and_its_week(journal):
    journal.save(r.RestPeriod(date(2026, 11, 27), date(2026, 12, 1), r.RestKind.LEAVE))
    journal.save(r.RestPeriod(date(2026, 12, 5), date(2026, 12, 9)))
    journal.save(r.Intention(WED, "h", "d", (r.Action("a", Element.SELF),)))
    journal.save(r.Pause(WED, datetime(2026, 12, 2, 10, 0), r.Alignment.OFF))
    journal.save(r.Reflection(date(2026, 12, 4), r.ReflectionKind.WEEKLY, learned="x"))
    facts = reminder_facts(journal, WED)
    # Only the days of this week (Monday 30 November to Sunday 6 December) in a period off.
    assert facts.rest_days == {date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 5),
                               date(2026, 12, 6)}  # fmt: skip
    assert facts.intention_days == {WED} and facts.reflection_days == set()
    assert facts.pauses == (datetime(2026, 12, 2, 10, 0),)
    assert facts.review_weeks == {date(2026, 11, 30)}
