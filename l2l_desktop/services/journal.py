"""The journal service: every user action on the records, and the reads the screens need.

Plain Python: the window and the command line use the same journal. Each write runs in one
transaction, then announces on the bus what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from l2l_desktop.core import records as r
from l2l_desktop.core.dates import DEFAULT_DAY_START_HOUR, local_day, utc_now
from l2l_desktop.core.kinds import kind_of
from l2l_desktop.services.bus import Change, ChangeBus
from l2l_desktop.services.trend_cache import TrendCache
from l2l_desktop.store import drafts, open_store, preferences, queries, writes
from l2l_desktop.store.backup import last_backup_time
from l2l_desktop.store.database import Store
from l2l_desktop.store.drafts import Draft

# What only some actions need is imported by them: a one-line command (``log``, ``today``)
# starts without the trends, the exports or the search.
if TYPE_CHECKING:
    from l2l_desktop.core.coaching import Storyboard
    from l2l_desktop.core.elements import Element
    from l2l_desktop.core.exchange import Export
    from l2l_desktop.core.people import PersonPage, PersonStatus
    from l2l_desktop.core.search_query import Hit
    from l2l_desktop.core.trends import Trends
    from l2l_desktop.services.exchange import Exported, Progress
    from l2l_desktop.store.exchange import Plan
    from l2l_desktop.store.merge import Forgotten, MergeReceipt
    from l2l_desktop.store.restore import BackupSummary

R = TypeVar("R", bound=r.Record)

# Kinds whose records hold parts a screen also lists on their own: a change of a visit is a
# change of the follow-ups listed across visits.
ALSO_CHANGES = {"gemba_visit": "follow_up"}
PREFERENCE = "preference"


def _days_of(record: r.Record) -> set[date]:
    if isinstance(record, r.RestPeriod):
        return {record.first_day, record.last_day}
    day = getattr(record, "day", None)
    return {day} if isinstance(day, date) else set()


def _with_views(kinds: Iterable[str]) -> frozenset[str]:
    kinds = set(kinds)
    return frozenset(kinds | {ALSO_CHANGES[k] for k in kinds if k in ALSO_CHANGES})


class Journal:
    """One method per user action; each runs in one transaction, then announces the change.

    ``clock`` gives the local wall-clock time (tests pass a fixed one).
    """

    def __init__(
        self,
        store: Store,
        bus: ChangeBus | None = None,
        day_start_hour: int | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._store = store
        self.bus = bus or ChangeBus()
        if day_start_hour is None:  # the journal's own (Settings), else 04:00
            day_start_hour = preferences.day_start_hour(store, DEFAULT_DAY_START_HOUR)
        self.day_start_hour = day_start_hour
        self.clock = clock
        # Kept between Trends refreshes; told of each change before any listener is.
        self.trend_cache = TrendCache(lambda: self._store.data_version())
        self._trend_memo: dict[str, Any] = {}  # core.trends' own, per practice

    # --- time ----------------------------------------------------------------------------

    def now(self) -> datetime:
        """The local wall-clock time now."""
        return self.clock()

    def today(self, now: datetime | None = None) -> date:
        """The calendar day the user is living now (the day starts at ``day_start_hour``)."""
        return local_day(now or self.clock(), self.day_start_hour)

    @property
    def database_path(self) -> str:
        return str(self._store.path)

    # --- writes --------------------------------------------------------------------------

    def save(self, record: R, draft: str | None = None) -> R:
        """Save a new or edited record of any kind, and clear the ``draft`` of the form it
        came from in the same transaction; returns the record as stored."""
        written = writes.write(self._store, [record], draft)
        self._announce(written, _days_of(record))
        saved = written.records[0]
        assert isinstance(saved, type(record))
        return saved

    def save_reflection_and_actions(
        self, reflection: r.Reflection, intention: r.Intention | None, draft: str | None = None
    ) -> r.Reflection:
        """The evening hansei: the reflection and the ticked actions, in one transaction."""
        records: list[r.Record] = [reflection] if intention is None else [intention, reflection]
        written = writes.write(self._store, records, draft)
        self._announce(written, {reflection.day})
        saved = written.records[-1]
        assert isinstance(saved, r.Reflection)
        return saved

    def _tell(self, change: Change) -> None:
        """Announce ``change``, the Trends cache having forgotten what it made out of date."""
        self.trend_cache.changed(change)
        self.bus.announce(change)

    def _announce(self, written: writes.Written, days: set[date]) -> None:
        """``days``: the records' days as written; the days they stood on before are added."""
        uuids = frozenset(x.uuid for x in written.records)
        touched = frozenset(days) | written.before
        kinds = _with_views(written.kinds)
        self._tell(Change(kinds, touched, uuids, written.added, written.days_known))

    def set_follow_up_done(self, uuid: str, done_day: date | None) -> bool:
        """Tick a follow-up done on ``done_day`` (None re-opens it)."""
        found = writes.set_follow_up_done(self._store, uuid, done_day)
        if found:
            days = frozenset({done_day} if done_day else ())
            self._tell(Change(_with_views({"gemba_visit"}), days, frozenset({uuid})))
        return found

    def delete(self, record: r.Record) -> bool:
        """Delete a record with its parts. Saving the same record again restores it."""
        kind = kind_of(record)
        removed = writes.remove(self._store, kind, record.uuid)
        if removed.rows:
            # The day it stood on as stored: ``record`` may be an older copy.
            known = removed.days is not None
            days = removed.days if removed.days is not None else frozenset(_days_of(record))
            uuids = frozenset({record.uuid})
            self._tell(Change(_with_views({kind}), days, uuids, -1, known))  # with its parts
        return removed.rows > 0

    def merge_people(self, keep: r.Person, gone: r.Person) -> MergeReceipt:
        """Merge ``gone`` into ``keep`` (two names of one person): every record and follow-up
        that names ``gone`` names ``keep``; ``gone`` is deleted. The receipt undoes it."""
        from l2l_desktop.store import merge

        receipt = merge.merge_people(self._store, keep.uuid, gone.uuid)
        self._announce_merge(receipt, -1)
        return receipt

    def undo_merge(self, receipt: MergeReceipt) -> None:
        """Bring the two people of a merge back apart, as they were."""
        from l2l_desktop.store import merge

        merge.unmerge(self._store, receipt)
        self._announce_merge(receipt, 1)

    def forget_person(self, person: r.Person) -> Forgotten:
        """Forget ``person`` for good: name, role, cadence and notes removed from the journal;
        the records that name them kept, naming "a removed person". Not undoable."""
        from l2l_desktop.store import merge

        done = merge.forget_person(self._store, person.uuid)
        self._tell(Change(_with_views(done.kinds), uuids=done.records))
        return done

    def mentions(self, text: str, leave_out: str = "") -> int:
        """How many records hold ``text`` in what the user wrote (``leave_out``: a uuid not
        to count), up to 10,000."""
        phrase = '"' + text.replace('"', " ") + '"'
        return sum(1 for hit in self.search(phrase, limit=10_000) if hit.uuid != leave_out)

    def naming_count(self, person: r.Person) -> int:
        """How many records and follow-ups name ``person`` (what merging them would move)."""
        from l2l_desktop.store import merge

        return merge.naming_count(self._store, person)

    def _announce_merge(self, receipt: MergeReceipt, records: int) -> None:
        self._tell(Change(_with_views(receipt.kinds), uuids=receipt.records, records=records))

    # --- backups -------------------------------------------------------------------------

    def back_up_now(self, reason: str = "manual") -> str:
        """A checked backup into the data folder's backups/; returns its path."""
        return str(self._store.backup(reason))

    def close(self) -> None:
        """Close the database (at quit)."""
        self._store.close()

    def back_up_if_changed(self, reason: str = "quit") -> str | None:
        """A backup when the records changed since the newest one; its path, or None. A
        journal with no records of the user's own has nothing to keep yet."""
        if not self._store.changed_since_backup() or self.record_count() == 0:
            return None
        return self.back_up_now(reason)

    def last_backup(self) -> datetime | None:
        return last_backup_time(self._store.backup_dir)

    def backups(self) -> list[BackupSummary]:
        """The backups there are, newest first, each checked (read-only)."""
        from l2l_desktop.store import restore

        return restore.backups_of(self._store.backup_dir)

    def restore_backup(self, backup: Path) -> Path | None:
        """Make ``backup`` the database, without a restart; returns where the file it replaced
        was kept (renamed beside it, never deleted). An unusable backup is refused first."""
        from l2l_desktop.store import restore

        path, backup_dir = self._store.path, self._store.backup_dir
        kinds = self._store.tables.kinds
        closed: list[bool] = []

        def close() -> None:
            self._store.close()
            closed.append(True)

        try:
            aside = restore.restore_backup(backup, path, before_swap=close)
        finally:
            if closed:  # reopened on the restored file, or on the old one if the swap failed
                self._store = open_store(path, backup_dir, kinds)
        self.announce_everything()
        return aside

    def announce_everything(self) -> None:
        """Say that anything may have changed (after a restore or an import)."""
        everything = _with_views(self._store.tables.kinds.names) | {PREFERENCE}
        self._tell(Change(everything, records=None))

    # --- export and import ---------------------------------------------------------------

    @contextmanager
    def on_this_thread(self) -> Iterator[None]:
        """Around work on a worker thread: its own connection to the database."""
        with self._store.thread_connection():
            yield

    def export_to(self, path: Path, fmt: str, progress: Progress | None = None) -> Exported:
        """Write everything to ``path`` as ``fmt`` (json, csv or md), whole and private;
        ``progress(done, 100)`` may raise to cancel (the file is then not written). The
        count it gives leaves out the starter bank, as the status bar's does."""
        from l2l_desktop import __version__
        from l2l_desktop.services.exchange import Exported, write_export
        from l2l_desktop.store import exchange

        tell = progress or (lambda _done, _of: None)
        data, unread = exchange.read_everything(self._store, lambda d, n: tell(50 * d // n, 100))
        stamped = replace(
            data, exported_at=utc_now().replace(microsecond=0), app_version=__version__
        )
        write_export(stamped, fmt, path, lambda d, n: tell(50 + 50 * d // max(n, 1), 100))
        bank = stamped.records.get("bank_question", ())
        starter = sum(1 for b in bank if getattr(b, "builtin", False))
        return Exported(path, stamped.count() - starter, unread)  # counted as the status bar

    def read_import(self, path: Path) -> Export:
        """The export in ``path``, every record checked (raises ExportFileError, OSError)."""
        from l2l_desktop.services.exchange import read_export_file

        return read_export_file(path)

    def plan_import(self, export: Export, replace_all: bool = False) -> Plan:
        """What importing ``export`` would do (the dry run); changes nothing."""
        from l2l_desktop.store import exchange

        return exchange.plan_import(self._store, export, replace_all)

    def run_import(
        self, plan: Plan, progress: Progress | None = None, announce: bool = True
    ) -> str | None:
        """Carry out ``plan`` in one transaction, after a backup; the backup's path (None
        when the plan changes nothing). ``announce=False`` on a worker thread: the window
        then calls :meth:`announce_everything` on its own."""
        if not plan.changes_anything and not plan.replace:
            return None
        from l2l_desktop.store import exchange

        backup = self.back_up_now("before-import")
        exchange.apply_import(self._store, plan, progress or (lambda _d, _n: None))
        if announce:
            self.announce_everything()
        return backup

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
        limit: int = 2000,
        offset: int = 0,
    ) -> list[r.Question]:
        return queries.questions_matching(self._store, first, last, kind, text, limit, offset)

    def tells_between(self, first: date, last: date) -> list[r.Tell]:
        return queries.tells_between(self._store, first, last)

    def visits_matching(
        self, text: str = "", limit: int = 2000, offset: int = 0
    ) -> list[r.GembaVisit]:
        return queries.visits_matching(self._store, text, limit, offset)

    def reflections_matching(
        self,
        kind: r.ReflectionKind | None = None,
        text: str = "",
        limit: int = 2000,
        offset: int = 0,
    ) -> list[r.Reflection]:
        return queries.reflections_matching(self._store, kind, text, limit, offset)

    def reflections_between(self, first: date, last: date) -> list[r.Reflection]:
        return queries.reflections_between(self._store, first, last)

    def daily_reflection(self, day: date) -> r.Reflection | None:
        return queries.daily_reflection(self._store, day)

    def bank_questions(self, include_retired: bool = False) -> list[r.BankQuestion]:
        return queries.bank_questions(self._store, include_retired)

    def people(self) -> list[r.Person]:
        return queries.people(self._store)

    def people_overview(self, today: date, archived: bool = False) -> list[PersonStatus]:
        """Everyone on the team (with ``archived``: those who left too), with their last
        contact and how far past their cadence they are on ``today``; the most overdue first."""
        from l2l_desktop.core.people import overview

        return overview(self.people(), queries.last_contacts(self._store), today, archived)

    def person_page(self, person: r.Person) -> PersonPage:
        """What ``person``'s page shows: everything that names them, newest first; the
        follow-ups they own not yet done; the questions asked of them (how many open) and the
        tells. Four statements, whatever the size of the journal."""
        from l2l_desktop.core.people import PersonPage

        owners = queries.follow_up_owners(self._store, person)
        return PersonPage(
            tuple(queries.person_timeline(self._store, person, owners)),
            tuple(queries.open_follow_ups(self._store, owners)),
            queries.person_figures(self._store, person),
        )

    # --- coaching ------------------------------------------------------------------------

    def coaching_sessions(
        self, text: str = "", limit: int = 2000, offset: int = 0
    ) -> list[r.CoachingSession]:
        """Coaching sessions, newest first, whose texts or learner's name contain ``text``;
        ``limit`` of them from the ``offset``-th."""
        from l2l_desktop.store import coaching

        return coaching.sessions_matching(self._store, text, limit, offset)

    def last_coaching_session(self, learner: r.Person) -> r.CoachingSession | None:
        """The latest session with ``learner`` (a new one starts from it:
        ``core.coaching.carry_forward``), or None."""
        from l2l_desktop.store import coaching

        return coaching.last_session(self._store, learner)

    def storyboard(self, learner: r.Person) -> Storyboard:
        """``learner``'s storyboard, from every session with them."""
        from l2l_desktop.core.coaching import storyboard
        from l2l_desktop.store import coaching

        return storyboard(learner, coaching.sessions_of(self._store, learner))

    def by_uuid(self, kind: str, uuid: str) -> Any:
        """The record of ``kind`` with ``uuid``, or None."""
        return queries.by_uuid(self._store, kind, uuid)

    def intention_for_day(self, day: date) -> r.Intention | None:
        return queries.intention_for_day(self._store, day)

    def pauses_for_day(self, day: date) -> list[r.Pause]:
        return queries.pauses_for_day(self._store, day)

    def latest_adjust_next(self, before: date) -> r.Reflection | None:
        return queries.latest_adjust_next(self._store, before)

    def open_follow_ups(self) -> list[r.OpenFollowUp]:
        return queries.open_follow_ups(self._store)

    def record_count(self) -> int:
        """How many records of the user's own there are (the starter bank left out; an
        intention with its actions is one)."""
        return queries.user_record_count(self._store, parts=False)

    # --- search --------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        kinds: frozenset[str] | None = None,
        first: date | None = None,
        last: date | None = None,
        person_uuid: str | None = None,
        element: Element | None = None,
        newest_first: bool = False,
        limit: int = 100,
    ) -> list[Hit]:
        """Every record whose texts hold each word of ``text`` (see ``store/search.py``)."""
        from l2l_desktop.store import search

        return search.search(
            self._store,
            text,
            kinds=kinds,
            first=first,
            last=last,
            person_uuid=person_uuid,
            element=element,
            order="newest" if newest_first else "rank",
            limit=limit,
        )

    # --- trends --------------------------------------------------------------------------

    def practice_weekdays(self) -> dict[str, frozenset[int]]:
        """Per practice, the weekdays it is practised (missing practices: Monday to Friday)."""
        return preferences.practice_weekdays(self._store)

    def practice_question(self, day: date) -> str | None:
        """The bank question chosen to practise on ``day``, if one was."""
        return preferences.practice_question(self._store, day)

    def practice_question_of(self, day: date) -> r.BankQuestion | None:
        """The bank question to practise on ``day``: the one chosen for it, else the day's
        own pick from the active bank (None with an empty bank)."""
        from l2l_desktop.core.question_bank import pick_for_day

        bank = self.bank_questions()
        if not bank:
            return None
        wanted = self.practice_question(day)
        chosen = next((b for b in bank if b.uuid == wanted), None)
        if chosen is None:
            chosen = bank[(pick_for_day([b.text for b in bank], day) or 0) % len(bank)]
        return chosen

    def choose_practice_question(self, day: date, uuid: str) -> None:
        """Keep the question to practise on ``day`` (no change announced: only Today shows it)."""
        preferences.set_practice_question(self._store, day, uuid)

    def set_practice_weekdays(self, weekdays: dict[str, frozenset[int]]) -> None:
        preferences.set_practice_weekdays(self._store, weekdays)
        self._tell(Change(frozenset({PREFERENCE})))

    def backup_months(self) -> int:
        """How many months back the monthly backups reach."""
        return preferences.backup_months(self._store)

    def set_backup_months(self, months: int) -> None:
        """Kept with the journal (a backup from the command line prunes by it too); the next
        backup removes those the rule no longer keeps."""
        preferences.set_backup_months(self._store, months)
        self._tell(Change(frozenset({PREFERENCE})))

    def set_day_start_hour(self, hour: int) -> None:
        """The hour a journal day starts, kept with the journal: which day "today" is, and so
        what every tab shows, may change with it."""
        preferences.set_day_start_hour(self._store, hour)
        self.day_start_hour = hour
        everything = _with_views(self._store.tables.kinds.names) | {PREFERENCE}
        self._tell(Change(everything))

    def rest_days(self, first: date, last: date) -> frozenset[date]:
        """Every day from ``first`` to ``last`` inside a rest, leave or sick period."""
        from l2l_desktop.store import trend_queries

        return trend_queries.rest_days(self._store, first, last)

    def rest_periods_between(self, first: date, last: date) -> list[r.RestPeriod]:
        return queries.rest_periods_between(self._store, first, last)

    def trend_range(self, weeks: int | None, last: date | None = None) -> tuple[date, date]:
        """The range of ``weeks`` weeks ending on ``last`` (default today; None or 0: all the
        history), starting on a Monday."""
        from l2l_desktop.core.trends import trend_range

        last = last or self.today()
        whole = weeks is None or weeks <= 0
        return trend_range(last, weeks, self.first_record_day() if whole else None)

    def trends(
        self, first: date, as_of: date | None = None, calendar_weeks: int | None = None
    ) -> Trends:
        """The figures of the Trends tab for ``first`` .. ``as_of`` (default today), with a
        calendar of ``calendar_weeks`` weeks."""
        last = as_of or self.today()
        from l2l_desktop.core.trends import HEATMAP_WEEKS, compute_trends
        from l2l_desktop.store import trend_queries

        inputs = trend_queries.load_trend_inputs(self._store, first, last, cache=self.trend_cache)
        weeks = HEATMAP_WEEKS if calendar_weeks is None else calendar_weeks
        return compute_trends(replace(inputs, heatmap_weeks=weeks), self._trend_memo)

    def first_record_day(self) -> date | None:
        from l2l_desktop.store import trend_queries

        return trend_queries.first_record_day(self._store)
