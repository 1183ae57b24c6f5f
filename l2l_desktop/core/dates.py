"""Calendar days and timestamps: a record belongs to a local day that starts at an hour."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

DEFAULT_DAY_START_HOUR = 4
EARLIEST_DAY = date(1970, 1, 1)
LATEST_DAY = date(2200, 12, 31)


def utc_now() -> datetime:
    """The current time in UTC, naive (how the store keeps timestamps)."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_day(moment: datetime | None = None, day_start_hour: int = DEFAULT_DAY_START_HOUR) -> date:
    """The calendar day a local moment belongs to.

    The day starts at ``day_start_hour``: with the default 4, a reflection written at 01:30
    still counts for the day before.
    """
    if not 0 <= day_start_hour <= 23:
        raise ValueError(f"day_start_hour must be 0..23, not {day_start_hour}")
    if moment is None:
        moment = datetime.now()
    elif moment.tzinfo is not None:
        moment = moment.astimezone()  # to the machine's local zone
    return (moment - timedelta(hours=day_start_hour)).date()


def to_utc(local: datetime) -> datetime:
    """A local wall-clock time (naive or aware) as a naive UTC datetime."""
    aware = local.astimezone() if local.tzinfo is None else local
    return aware.astimezone(UTC).replace(tzinfo=None)


def utc_to_local(moment: datetime) -> datetime:
    """A naive UTC timestamp as an aware local datetime."""
    return moment.replace(tzinfo=UTC).astimezone()


def at_local(day: date, hour: int, minute: int = 0) -> datetime:
    """A naive local datetime on ``day`` at the given clock time."""
    return datetime.combine(day, time(hour, minute))


def week_start(day: date) -> date:
    """The Monday of the ISO week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def days_between(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive (empty when last < first)."""
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
