"""The support figures: people supported a week, coverage of the team, the learning signal."""

from __future__ import annotations

from datetime import date

from l2l_desktop.core import records as r
from l2l_desktop.core.support import COVERAGE_DAYS, SupportFigures, WeekPeople, support_figures

MON1, MON2, MON3 = date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 30)
AS_OF = date(2026, 12, 2)


def test_coverage_counts_the_active_team_seen_in_the_last_two_weeks():
    ana, ben, cleo, dan, eve = (r.Person(n) for n in ("Ana", "Ben", "Cleo", "Dan", "Eve"))
    eve = r.Person("Eve", archived=True, uuid=eve.uuid)
    contacts = {
        ana.uuid: AS_OF,  # today
        ben.uuid: date(2026, 11, 19),  # 13 days ago: the first day of the two weeks
        cleo.uuid: date(2026, 11, 18),  # 14 days ago: one day too early
        eve.uuid: AS_OF,  # seen, but left the team: not counted at all
    }  # Dan: never seen
    assert COVERAGE_DAYS == 14
    got = support_figures([MON1, MON2, MON3], {MON2: 3}, [ana, ben, cleo, dan, eve], contacts,
                          AS_OF, (5, 3))  # fmt: skip
    # By hand: active Ana, Ben, Cleo, Dan (4); seen lately Ana and Ben (2): 50 %.
    assert (got.active, got.seen, got.coverage) == (4, 2, 0.5)
    # The weeks of the range, none named in counting 0: (0 + 3 + 0) / 3 = 1 a week.
    assert got.weeks == (WeekPeople(MON1, 0), WeekPeople(MON2, 3), WeekPeople(MON3, 0))
    assert got.people_per_week == 1.0
    assert (got.judged, got.as_expected, got.expected_share) == (5, 3, 0.6)


def test_nothing_to_count_says_none_rather_than_zero():
    empty = SupportFigures()
    assert (empty.coverage, empty.expected_share, empty.people_per_week) == (None, None, None)
