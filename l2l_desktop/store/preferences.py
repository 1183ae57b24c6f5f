"""Preferences stored with the records: practice days per practice, today's question, the
hour a day starts, how far back the backups reach. Kept with the records because they concern
them (the command line reads them too, and an export carries them)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from l2l_desktop.core.retention import DEFAULT_HISTORY_MONTHS, HISTORY_MONTHS, reaching_back
from l2l_desktop.store.database import Store

PRACTICE_DAYS = "practice_days"
PRACTICE_QUESTION = "practice_question"
DAY_START_HOUR = "day_start_hour"
BACKUP_MONTHS = "backup_months"


def get_preference(store: Store, key: str, default: Any = None) -> Any:
    model = store.tables.preference
    value = model.select(model.value).where(model.key == key).scalar()
    if value is None:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def set_preference(store: Store, key: str, value: Any) -> None:
    model = store.tables.preference
    with store.writing():
        model.replace(key=key, value=json.dumps(value, sort_keys=True)).execute()


def practice_weekdays(store: Store) -> dict[str, frozenset[int]]:
    """Per practice, the weekdays it is practised (Monday 0); practices not set use Mon–Fri."""
    raw = get_preference(store, PRACTICE_DAYS, {})
    out: dict[str, frozenset[int]] = {}
    if isinstance(raw, dict):
        for key, days in raw.items():
            if isinstance(days, list) and all(isinstance(d, int) and 0 <= d <= 6 for d in days):
                out[str(key)] = frozenset(days)
    return out


def set_practice_weekdays(store: Store, weekdays: dict[str, frozenset[int]]) -> None:
    for key, days in weekdays.items():
        if not days or not all(0 <= d <= 6 for d in days):
            raise ValueError(f"{key}: choose at least one weekday")
    set_preference(store, PRACTICE_DAYS, {k: sorted(v) for k, v in weekdays.items()})


def practice_question(store: Store, day: date) -> str | None:
    """The bank question chosen to practise on ``day`` (None: not chosen, or another day)."""
    raw = get_preference(store, PRACTICE_QUESTION, {})
    if isinstance(raw, dict) and raw.get("day") == day.isoformat():
        uuid = raw.get("uuid")
        return uuid if isinstance(uuid, str) else None
    return None


def set_practice_question(store: Store, day: date, uuid: str) -> None:
    """Keep the choice for ``day`` (only the latest day's choice is kept)."""
    set_preference(store, PRACTICE_QUESTION, {"day": day.isoformat(), "uuid": uuid})


def day_start_hour(store: Store, default: int) -> int:
    """The hour (0..23) at which a journal day starts; ``default`` when not set (or not
    readable)."""
    value = get_preference(store, DAY_START_HOUR, default)
    return value if isinstance(value, int) and 0 <= value <= 23 else default


def set_day_start_hour(store: Store, hour: int) -> None:
    if not 0 <= hour <= 23:
        raise ValueError("the day starts at an hour from 0 to 23")
    set_preference(store, DAY_START_HOUR, int(hour))


def backup_months(store: Store) -> int:
    """How many months of monthly backups are kept (core/retention.py)."""
    value = get_preference(store, BACKUP_MONTHS, DEFAULT_HISTORY_MONTHS)
    return value if value in HISTORY_MONTHS else DEFAULT_HISTORY_MONTHS


def set_backup_months(store: Store, months: int) -> None:
    reaching_back(months)  # refuses a length it does not offer
    set_preference(store, BACKUP_MONTHS, int(months))
