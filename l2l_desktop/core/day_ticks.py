"""Where a chart's date axis puts its labels: whole days, weeks, months or years, never so
many that they run into each other. Pure: dates in, (day, label) pairs out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class TickWords:
    """How labels are written: short month names and the two patterns (English by default;
    the window passes its language's)."""

    months: tuple[str, ...] = MONTHS
    day_month: str = "{day} {month}"
    month_year: str = "{month} {year}"


ENGLISH = TickWords()

# (unit, every): tried in this order, the first that fits wins.
STEPS: tuple[tuple[str, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("week", 1),
    ("week", 2),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
)


def _days(first: date, last: date, every: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(0, (last - first).days + 1, every)]


def _weeks(first: date, last: date, every: int) -> list[date]:
    monday = first + timedelta(days=-first.weekday() % 7)  # the first Monday on or after first
    out = []
    while monday <= last:
        if monday.isocalendar()[1] % every == 0 or every == 1:
            out.append(monday)
        monday += timedelta(days=7)
    return out


def _months(first: date, last: date, every: int) -> list[date]:
    year, month = first.year, first.month
    out = []
    while (year, month) <= (last.year, last.month):
        day = date(year, month, 1)
        if first <= day and (month - 1) % every == 0:
            out.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _years(first: date, last: date, every: int) -> list[date]:
    return [
        date(y, 1, 1)
        for y in range(first.year, last.year + 1)
        if y % every == 0 and date(y, 1, 1) >= first
    ]


def _label(day: date, unit: str, first_shown: bool, words: TickWords) -> str:
    name = words.months[day.month - 1]
    if unit in ("day", "week"):
        return words.day_month.format(day=day.day, month=name)
    if unit == "month":
        shown = first_shown or day.month == 1
        return words.month_year.format(month=name, year=day.year) if shown else name
    return str(day.year)


def day_ticks(
    first: date, last: date, max_labels: int, weekly: bool = False, words: TickWords = ENGLISH
) -> list[tuple[date, str]]:
    """At most ``max_labels`` (at least 1) labelled days within first..last, evenly spaced
    on whole days, Mondays, first days of months or of years (``weekly``: Mondays or longer,
    for charts with a bar a week).

    Day and week labels read "3 Nov"; month labels "Nov", with the year on the first label and
    on each January; year labels "2027" (``words`` writes them in another language). Empty
    when the span holds no such day.
    """
    if last < first:
        return []
    limit = max(1, max_labels)
    makers = {"day": _days, "week": _weeks, "month": _months, "year": _years}
    chosen: list[date] = []
    unit = "year"
    for unit, every in STEPS[2:] if weekly else STEPS:
        chosen = makers[unit](first, last, every)
        if len(chosen) <= limit:
            break
    else:  # a span of centuries: every n-th year, n as large as needed
        every = -(-len(chosen) // limit) * 10
        chosen = _years(first, last, every)
    return [(day, _label(day, unit, i == 0, words)) for i, day in enumerate(chosen)]
