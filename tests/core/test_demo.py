from collections import Counter
from datetime import date, timedelta

from l2l_desktop.core import records as r
from l2l_desktop.core.demo import days_for_years, generate
from l2l_desktop.core.elements import Element
from l2l_desktop.core.validation import errors_for

END = date(2026, 11, 24)


def test_same_seed_same_history_and_other_seed_differs():
    a = generate(120, seed=7, end=END)
    b = generate(120, seed=7, end=END)
    c = generate(120, seed=8, end=END)
    assert a == b
    assert [x.uuid for x in a] != [x.uuid for x in c]


def test_every_record_kind_and_all_valid():
    records = generate(days_for_years(1, END), seed=1, end=END)
    kinds = Counter(type(x) for x in records)
    for kind in (
        r.Person,
        r.RestPeriod,
        r.Intention,
        r.Pause,
        r.Question,
        r.Tell,
        r.GembaVisit,
        r.Reflection,
    ):
        assert kinds[kind] > 0, kind
    assert all(not errors_for(x) for x in records)
    assert len({x.uuid for x in records}) == len(records)
    visits = [x for x in records if isinstance(x, r.GembaVisit)]
    assert any(v.follow_ups for v in visits) and any(v.assumptions for v in visits)
    assert {x.kind for x in records if isinstance(x, r.Reflection)} >= {
        r.ReflectionKind.DAILY,
        r.ReflectionKind.WEEKLY,
    }


def test_history_stays_in_range_and_rests_on_weekends_and_leave():
    records = generate(365, seed=3, end=END)
    days = [x.day for x in records if hasattr(x, "day")]
    assert min(days) >= date(2025, 11, 25) and max(days) == END
    intentions = [x for x in records if isinstance(x, r.Intention)]
    assert all(i.day.weekday() < 5 for i in intentions)
    rest = [x for x in records if isinstance(x, r.RestPeriod)]
    assert rest
    assert not any(p.covers(i.day) for p in rest for i in intentions)


def test_habits_have_streaks_and_gaps():
    records = generate(365, seed=1, end=END)
    workdays = {x.day for x in records if isinstance(x, r.Intention)}
    longest = gap = run = 0
    day = END - timedelta(days=364)
    while day <= END:
        if day.weekday() < 5:
            if day in workdays:
                run += 1
                longest = max(longest, run)
            else:
                run = 0
                gap += 1
        day += timedelta(days=1)
    assert longest >= 5
    assert gap >= 20


def test_elements_are_uneven():
    records = generate(365, seed=1, end=END)
    actions = Counter(a.element for x in records if isinstance(x, r.Intention) for a in x.actions)
    assert actions[Element.DIRECTION] > actions[Element.SUPPORT] > actions[Element.SELF] > 0


def test_today_is_a_morning_in_progress():
    records = generate(30, seed=1, end=END)
    today = [x for x in records if getattr(x, "day", None) == END]
    assert any(isinstance(x, r.Intention) for x in today)
    assert not any(isinstance(x, r.Reflection) for x in today)


def test_days_for_years():
    assert days_for_years(1, date(2026, 11, 24)) == 365
    assert days_for_years(1, date(2028, 2, 29)) == 366  # from 2027-02-28
    assert days_for_years(10, date(2026, 11, 24)) == 3652


def test_the_team_has_cadences_and_one_who_left_is_named_only_before_leaving():
    records = generate(365, seed=1, end=END)
    team = [x for x in records if isinstance(x, r.Person)]
    assert 8 <= len(team) <= 10 and all(p.role for p in team)
    assert {p.cadence_days for p in team} == {7, 14, 28, None}
    (gone,) = [p for p in team if p.archived]
    first_name = gone.name.split()[0]
    days = [x.day for x in records if getattr(x, "person", None) == gone]
    for visit in (x for x in records if isinstance(x, r.GembaVisit)):
        if any(c.person == gone for c in visit.conversations) or any(
            f.owner == first_name for f in visit.follow_ups
        ):
            days.append(visit.day)
    assert days, "named in the older records"
    assert max(days) < END - timedelta(days=90)  # nothing names them in the last months
    assert any(p.notes for p in team)
