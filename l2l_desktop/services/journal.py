"""The journal service: every user action on the records, and the reads the screens need."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import DEFAULT_DAY_START_HOUR, local_day
from l2l_desktop.core.trends import Trends, compute_trends
from l2l_desktop.services.bus import ChangeBus
from l2l_desktop.store import (
    drafts,
    open_store,
    preferences,
    queries,
    restore,
    trend_queries,
    writes,
)
from l2l_desktop.store.backup import last_backup_time
from l2l_desktop.store.database import Store
from l2l_desktop.store.drafts import Draft
from l2l_desktop.store.restore import BackupSummary


def _days_of(record: Any) -> set[date]:
    if isinstance(record, r.RestPeriod):
        return {record.first_day, record.last_day}
    day = getattr(record, "day", None)
    return {day} if isinstance(day, date) else set()


class Journal(QObject):
    """One method per user action; each runs in one transaction, then announces the change."""

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        day_start_hour: int = DEFAULT_DAY_START_HOUR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.bus = bus
        self.day_start_hour = day_start_hour

    # --- time ----------------------------------------------------------------------------

    def today(self, now: datetime | None = None) -> date:
        """The calendar day the user is living now (the day starts at ``day_start_hour``)."""
        return local_day(now, self.day_start_hour)

    @property
    def database_path(self) -> str:
        return str(self._store.path)

    # --- writes --------------------------------------------------------------------------

    def save(self, record: Any) -> Any:
        """Save a new or edited record of any kind; returns it as stored."""
        saved = writes.save(self._store, record)
        kinds = {writes.kind_of(record)}
        if isinstance(record, r.GembaVisit):
            kinds.add("follow_up")
        self.bus.announce(kinds, _days_of(record))
        return saved

    def save_intention(self, intention: r.Intention) -> r.Intention:
        return self.save(intention)

    def log_pause(self, pause: r.Pause) -> r.Pause:
        return self.save(pause)

    def log_question(self, question: r.Question) -> r.Question:
        return self.save(question)

    def log_tell(self, tell: r.Tell) -> r.Tell:
        return self.save(tell)

    def save_visit(self, visit: r.GembaVisit) -> r.GembaVisit:
        return self.save(visit)

    def save_reflection(self, reflection: r.Reflection) -> r.Reflection:
        return self.save(reflection)

    def save_rest_period(self, period: r.RestPeriod) -> r.RestPeriod:
        return self.save(period)

    def save_bank_question(self, item: r.BankQuestion) -> r.BankQuestion:
        return self.save(item)

    def save_reflection_and_actions(
        self, reflection: r.Reflection, intention: r.Intention | None
    ) -> r.Reflection:
        """The evening hansei: the reflection and the ticked actions, in one transaction."""
        records: list[Any] = [reflection] if intention is None else [intention, reflection]
        writes.save_many(self._store, records)
        kinds = {"reflection"} | ({"intention"} if intention is not None else set())
        self.bus.announce(kinds, {reflection.day})
        return queries.by_uuid(self._store, "reflection", reflection.uuid)

    def set_follow_up_done(self, uuid: str, done_day: date | None) -> bool:
        """Tick a follow-up done on ``done_day`` (None re-opens it)."""
        found = writes.set_follow_up_done(self._store, uuid, done_day)
        if found:
            self.bus.announce({"follow_up", "gemba_visit"}, {done_day} if done_day else set())
        return found

    def delete(self, record: Any) -> bool:
        """Delete a record with its child rows. Saving the same record again restores it."""
        kind = writes.kind_of(record)
        found = writes.delete(self._store, kind, record.uuid)
        if found:
            kinds = {kind, "follow_up"} if kind == "gemba_visit" else {kind}
            self.bus.announce(kinds, _days_of(record))
        return found

    # --- backups -------------------------------------------------------------------------

    def back_up_now(self, reason: str = "manual") -> str:
        """A checked backup into the data folder's backups/; returns its path."""
        return str(self._store.backup(reason))

    def close(self) -> None:
        """Close the database (at quit)."""
        self._store.close()

    def last_backup(self) -> datetime | None:
        return last_backup_time(self._store.backup_dir)

    def backups(self) -> list[BackupSummary]:
        """The backups there are, newest first, each checked (read-only)."""
        return restore.backups_of(self._store.backup_dir)

    def restore_backup(self, backup: Path) -> Path | None:
        """Make ``backup`` the database, without a restart; returns where the file it replaced
        was kept (renamed beside it, never deleted). An unusable backup is refused first."""
        path, backup_dir = self._store.path, self._store.backup_dir
        closed: list[bool] = []

        def close() -> None:
            self._store.close()
            closed.append(True)

        try:
            aside = restore.restore_backup(backup, path, before_swap=close)
        finally:
            if closed:  # reopened on the restored file, or on the old one if the swap failed
                self._store = open_store(path, backup_dir)
        self.bus.announce(set(writes.KIND_MODELS) | {"follow_up", "preference"})
        return aside

    # --- drafts (not records: no change is announced) ------------------------------------

    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        drafts.save_draft(self._store, key, payload)

    def draft(self, key: str) -> Draft | None:
        return drafts.load_draft(self._store, key)

    def clear_draft(self, key: str) -> None:
        drafts.clear_draft(self._store, key)

    # --- reads ---------------------------------------------------------------------------

    def questions_matching(
        self,
        first: date | None = None,
        last: date | None = None,
        kind: r.QuestionKind | None = None,
        text: str = "",
    ) -> list[r.Question]:
        return queries.questions_matching(self._store, first, last, kind, text)

    def tells_between(self, first: date, last: date) -> list[r.Tell]:
        return queries.tells_between(self._store, first, last)

    def visits_matching(self, text: str = "") -> list[r.GembaVisit]:
        return queries.visits_matching(self._store, text)

    def reflections_matching(
        self, kind: r.ReflectionKind | None = None, text: str = ""
    ) -> list[r.Reflection]:
        return queries.reflections_matching(self._store, kind, text)

    def reflections_between(self, first: date, last: date) -> list[r.Reflection]:
        return queries.reflections_between(self._store, first, last)

    def daily_reflection(self, day: date) -> r.Reflection | None:
        return queries.daily_reflection(self._store, day)

    def bank_questions(self, include_retired: bool = False) -> list[r.BankQuestion]:
        return queries.bank_questions(self._store, include_retired)

    def people(self) -> list[r.Person]:
        return queries.people(self._store)

    def by_uuid(self, kind: str, uuid: str) -> Any:
        return queries.by_uuid(self._store, kind, uuid)

    def intention_for_day(self, day: date) -> r.Intention | None:
        return queries.intention_for_day(self._store, day)

    def pauses_for_day(self, day: date) -> list[r.Pause]:
        return queries.pauses_for_day(self._store, day)

    def latest_adjust_next(self, before: date) -> r.Reflection | None:
        return queries.latest_adjust_next(self._store, before)

    def open_follow_ups(self) -> list[r.OpenFollowUp]:
        return queries.open_follow_ups(self._store)

    def recent_questions(self, limit: int = 500) -> list[r.Question]:
        return queries.recent_questions(self._store, limit)

    def recent_visits(self, limit: int = 500) -> list[r.GembaVisit]:
        return queries.recent_visits(self._store, limit)

    def recent_reflections(self, limit: int = 500) -> list[r.Reflection]:
        return queries.recent_reflections(self._store, limit)

    def record_count(self) -> int:
        return queries.user_record_count(self._store)

    # --- trends --------------------------------------------------------------------------

    def practice_weekdays(self) -> dict[str, frozenset[int]]:
        """Per practice, the weekdays it is practised (missing practices: Monday to Friday)."""
        return preferences.practice_weekdays(self._store)

    def practice_question(self, day: date) -> str | None:
        """The bank question chosen to practise on ``day``, if one was."""
        return preferences.practice_question(self._store, day)

    def choose_practice_question(self, day: date, uuid: str) -> None:
        """Keep the question to practise on ``day`` (no change announced: only Today shows it)."""
        preferences.set_practice_question(self._store, day, uuid)

    def set_practice_weekdays(self, weekdays: dict[str, frozenset[int]]) -> None:
        preferences.set_practice_weekdays(self._store, weekdays)
        self.bus.announce({"preference"})

    def rest_periods_between(self, first: date, last: date) -> list[r.RestPeriod]:
        return queries.rest_periods_between(self._store, first, last)

    def trends(self, first: date, as_of: date | None = None) -> Trends:
        """The figures of the Trends tab for ``first`` .. ``as_of`` (default today)."""
        last = as_of or self.today()
        return compute_trends(trend_queries.load_trend_inputs(self._store, first, last))

    def first_record_day(self) -> date | None:
        return trend_queries.first_record_day(self._store)
