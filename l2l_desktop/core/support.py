"""Figures of the support the user gives: how many people they supported each week, how many
of the team they have seen lately (coverage), and how often the steps their learners tried
went as expected (the learning signal of coaching)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from l2l_desktop.core import records as r

COVERAGE_DAYS = 14  # "seen lately": a contact in the last two weeks, today included


@dataclass(frozen=True)
class WeekPeople:
    """How many different people the records of one week (its Monday) named."""

    week: date
    people: int


@dataclass(frozen=True)
class SupportFigures:
    weeks: tuple[WeekPeople, ...] = ()
    active: int = 0  # people on the team (not archived)
    seen: int = 0  # of them, seen in the COVERAGE_DAYS to the range's last day
    judged: int = 0  # coaching steps judged in the range
    as_expected: int = 0  # of them, went as expected

    @property
    def coverage(self) -> float | None:
        """The share of the team seen lately, 0..1 (None: nobody on the team)."""
        return self.seen / self.active if self.active else None

    @property
    def expected_share(self) -> float | None:
        """The share of the judged steps that went as expected, 0..1 (None: none judged)."""
        return self.as_expected / self.judged if self.judged else None

    @property
    def people_per_week(self) -> float | None:
        """The mean number of people supported a week over the range's weeks."""
        return sum(w.people for w in self.weeks) / len(self.weeks) if self.weeks else None


def support_figures(
    weeks: Sequence[date],
    week_people: Mapping[date, int],
    people: Sequence[r.Person],
    contacts: Mapping[str, date],
    as_of: date,
    experiments: tuple[int, int],
) -> SupportFigures:
    """The figures for the range's ``weeks`` (their Mondays; a week nobody was named in
    counts 0), the team as it is (``contacts``: each person's last contact, by uuid, as of
    ``as_of``), and ``experiments`` (judged, as expected) of the range."""
    active = [p for p in people if not p.archived]
    since = as_of - timedelta(days=COVERAGE_DAYS - 1)
    seen = sum(1 for p in active if (day := contacts.get(p.uuid)) and since <= day <= as_of)
    judged, right = experiments
    return SupportFigures(
        tuple(WeekPeople(w, week_people.get(w, 0)) for w in weeks), len(active), seen, judged, right
    )
