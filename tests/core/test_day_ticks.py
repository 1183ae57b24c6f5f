"""Date-axis labels: evenly spaced whole days, Mondays, months or years, never too many."""

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from l2l_desktop.core.day_ticks import TickWords, day_ticks


def test_a_week_gets_a_label_a_day() -> None:
    ticks = day_ticks(date(2026, 11, 2), date(2026, 11, 8), 10)
    assert [label for _, label in ticks] == [
        "2 Nov", "3 Nov", "4 Nov", "5 Nov", "6 Nov", "7 Nov", "8 Nov",
    ]  # fmt: skip


def test_a_quarter_is_labelled_on_mondays_then_months_as_room_shrinks() -> None:
    first, last = date(2026, 8, 31), date(2026, 11, 29)  # 13 weeks, Monday to Sunday
    weekly = day_ticks(first, last, 13)
    assert [d for d, _ in weekly] == [first + timedelta(weeks=i) for i in range(13)]
    assert weekly[0][1] == "31 Aug" and weekly[1][1] == "7 Sep"
    # Room for 7: every second Monday, on even ISO weeks (31 Aug 2026 is in week 36).
    fortnightly = day_ticks(first, last, 7)
    assert [d for d, _ in fortnightly] == [first + timedelta(weeks=2 * i) for i in range(7)]
    # Room for 3: the first of each month, the year on the first label.
    assert day_ticks(first, last, 3) == [
        (date(2026, 9, 1), "Sep 2026"),
        (date(2026, 10, 1), "Oct"),
        (date(2026, 11, 1), "Nov"),
    ]


def test_weekly_charts_are_labelled_on_mondays_at_least() -> None:
    ticks = day_ticks(date(2026, 11, 23), date(2026, 12, 6), 10, weekly=True)
    assert ticks == [(date(2026, 11, 23), "23 Nov"), (date(2026, 11, 30), "30 Nov")]


def test_ten_years_are_labelled_by_year() -> None:
    ticks = day_ticks(date(2016, 12, 5), date(2026, 12, 1), 6)
    assert ticks == [(date(y, 1, 1), str(y)) for y in (2018, 2020, 2022, 2024, 2026)]


def test_january_carries_its_year() -> None:
    ticks = day_ticks(date(2026, 11, 15), date(2027, 2, 10), 5)
    assert [label for _, label in ticks] == ["Dec 2026", "Jan 2027", "Feb"]


def test_labels_follow_the_words_they_are_given() -> None:
    german = TickWords(
        ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
         "Nov.", "Dez."),
        "{day}. {month}",
        "{month} {year}",
    )  # fmt: skip
    days = day_ticks(date(2026, 11, 2), date(2026, 11, 3), 10, words=german)
    assert [label for _, label in days] == ["2. Nov.", "3. Nov."]
    months = day_ticks(date(2026, 11, 15), date(2027, 2, 10), 5, words=german)
    assert [label for _, label in months] == ["Dez. 2026", "Jan. 2027", "Feb."]


@given(
    st.dates(date(1990, 1, 1), date(2100, 1, 1)),
    st.integers(0, 40_000),
    st.integers(0, 40),
)
def test_never_more_labels_than_there_is_room_for(first, length, room) -> None:
    last = first + timedelta(days=length)
    ticks = day_ticks(first, last, room)
    assert len(ticks) <= max(1, room)
    days = [d for d, _ in ticks]
    assert days == sorted(set(days)) and all(first <= d <= last for d in days)
    labels = [label for _, label in ticks]
    assert all(a != b for a, b in pairwise(labels))  # no label twice in a row
