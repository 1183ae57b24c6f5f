from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from l2l_desktop.core.dates import (
    at_local,
    days_between,
    local_day,
    to_utc,
    utc_to_local,
    week_start,
)


def test_day_starts_at_four_by_default():
    assert local_day(datetime(2026, 3, 10, 3, 59)) == date(2026, 3, 9)
    assert local_day(datetime(2026, 3, 10, 4, 0)) == date(2026, 3, 10)


def test_day_start_hour_is_configurable():
    assert local_day(datetime(2026, 3, 10, 1, 0), day_start_hour=0) == date(2026, 3, 10)
    assert local_day(datetime(2026, 3, 1, 5, 0), day_start_hour=6) == date(2026, 2, 28)
    with pytest.raises(ValueError):
        local_day(datetime(2026, 3, 10), day_start_hour=24)


def test_leap_day_and_year_end():
    assert local_day(datetime(2028, 3, 1, 2, 0)) == date(2028, 2, 29)
    assert local_day(datetime(2027, 1, 1, 3, 0)) == date(2026, 12, 31)


def test_aware_moment_is_taken_in_local_time():
    aware = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert local_day(aware) == local_day(aware.astimezone().replace(tzinfo=None))


def test_utc_round_trip():
    local = at_local(date(2026, 7, 4), 9, 30)
    utc = to_utc(local)
    assert utc.tzinfo is None
    assert utc_to_local(utc).replace(tzinfo=None) == local
    fixed = datetime(2026, 7, 4, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert to_utc(fixed) == datetime(2026, 7, 4, 7, 30)


def test_week_start_and_days_between():
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)  # Sunday -> Monday
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)
    assert days_between(date(2028, 2, 28), date(2028, 3, 1)) == [
        date(2028, 2, 28),
        date(2028, 2, 29),
        date(2028, 3, 1),
    ]
    assert days_between(date(2026, 1, 2), date(2026, 1, 1)) == []


def test_one_today_for_the_whole_app():
    """Every 'today' is the day as the app counts it (it starts at 04:00): the calendar date
    would put a reflection written at 01:30 on the next day, and demo data, a date field's
    default and a file name out of step with the journal."""
    from pathlib import Path

    import l2l_desktop

    package = Path(l2l_desktop.__file__).parent
    callers = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "date.today()" in path.read_text(encoding="utf-8")
    ]
    assert callers == []
