"""The command line: start the window, or run a subcommand (which never imports Qt)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from l2l_desktop import APP_ID
from l2l_desktop.cli_common import (
    Refused,
    existing_database,
    open_existing,
    parse_day,
    running_app_pid,
)
from l2l_desktop.cli_exchange import COMMANDS as EXCHANGE_COMMANDS
from l2l_desktop.cli_exchange import PARSERS as EXCHANGE_PARSERS
from l2l_desktop.words import QT_TRANSLATE_NOOP

EXIT_CANNOT_START = 2
DEMO_YEARS_FOR_GUI = 1


def _positive_years(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 100:
        raise argparse.ArgumentTypeError("years must be more than 0 and at most 100")
    return value


SEARCH_KINDS = (
    "intention", "pause", "question", "tell", "gemba_visit", "reflection", "rest_period",
    "person",
)  # fmt: skip


SEARCH_LIMIT = 100


def _weeks(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("weeks must be 0 (the whole history) or more")
    return value


class _Version(argparse.Action):
    """``--version``: the version is read (from the package metadata) only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from l2l_desktop import __version__

        print(f"{parser.prog} {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def _demo_args(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--years", type=_positive_years, required=True, help="length of the history")
    demo.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--end", type=parse_day, default=None, help="last day of the history (default today)"
    )


def _stats_args(stats: argparse.ArgumentParser) -> None:
    stats.add_argument(
        "--json", action="store_true", help="print JSON (documented in docs/stats.md)"
    )
    stats.add_argument(
        "--as-of", type=parse_day, default=None, help="the day to report on (default today)"
    )
    stats.add_argument(
        "--weeks",
        type=_weeks,
        default=13,
        help="how many weeks the range covers, ending on --as-of (default 13; 0 = all history)",
    )
    stats.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def _today_args(today: argparse.ArgumentParser) -> None:
    today.add_argument("--json", action="store_true", help="print JSON (see the README)")
    today.add_argument(
        "--day",
        type=parse_day,
        default=None,
        help="the day to show (default today: it starts at 04:00)",
    )
    today.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def _search_args(find: argparse.ArgumentParser) -> None:
    find.add_argument("text", help="the words to look for (quotes and operators are words)")
    find.add_argument("--json", action="store_true", help="print JSON (see the README)")
    find.add_argument(
        "--kind",
        action="append",
        choices=SEARCH_KINDS,
        help="only records of this kind (may be given more than once)",
    )
    find.add_argument(
        "--since", type=parse_day, default=None, help="only records of this day or later"
    )
    find.add_argument(
        "--until", type=parse_day, default=None, help="only records of this day or before"
    )
    find.add_argument(
        "--element", choices=("direction", "support", "self"), help="only records serving it"
    )
    find.add_argument("--person", metavar="NAME", help="only records that name this person")
    find.add_argument("--newest", action="store_true", help="newest first, not best match first")
    find.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def _backup_args(backup: argparse.ArgumentParser) -> None:
    backup.add_argument("-o", "--output", metavar="PATH", help="where to write the backup")
    backup.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def _data_dir_only(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


# name -> (help, description, what adds its arguments), in the order --help lists them.
Filler = Callable[[argparse.ArgumentParser], None]
SUBCOMMANDS: dict[str, tuple[str, str, Filler]] = {
    "demo-data": (
        "write a synthetic history into an empty data folder",
        "Write a realistic, deterministic synthetic history into an empty data folder.",
        _demo_args,
    ),
    "stats": (
        "print the Trends tab's figures (streaks, strength, balance, questions, alignment)",
        "Print the figures the Trends tab shows, as text or as JSON (docs/stats.md).",
        _stats_args,
    ),
    "today": (
        "print the day's intention, pauses and what is carried over to it",
        "Print the day's intention and pauses, the last 'adjust next', the follow-ups due "
        "and the question to practise. Reads only.",
        _today_args,
    ),
    "search": (
        "find records by their words (a word's start or any part of it)",
        "Print the records whose texts hold every word given. Exit 0 when something was "
        "found, 1 when nothing was. Reads only.",
        _search_args,
    ),
    **EXCHANGE_PARSERS,
    "check": (
        "check the database's integrity and schema version (changes nothing)",
        "Exit 0 when the database is sound, 2 with the finding when it is not.",
        _data_dir_only,
    ),
    "backup": (
        "write a checked backup (default: into the data folder's backups/)",
        "Write a backup made with SQLite's backup API and checked afterwards.",
        _backup_args,
    ),
}


def build_parser(named: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the command line. Only the subcommands in ``named`` (default: all)
    get their arguments: a command builds its own, not every other's (about 4 ms). The
    others are there by name and help, for ``--help`` and for argparse's "invalid choice"."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="L2L Desktop: a private companion for the daily habits of leading to learn.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database (default: $L2L_DATA_DIR, else the platform's data folder)",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="open on a temporary folder filled with 12 months of demo data (deleted on quit)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: open the window offscreen on a temporary folder, save "
        "and read back a record of each kind, draw Trends, check a backup; exit 0 or 1",
    )
    parser.add_argument(
        "--minimised",
        action="store_true",
        help="start with the window minimised (as Settings › Start minimised does)",
    )
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="for the benchmark: print one line on the window's first paint, then quit",
    )
    parser.add_argument(
        "--visit-tabs",
        action="store_true",
        help="with --exit-after-paint: show every tab first (for peak memory)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = set(SUBCOMMANDS) if named is None else set(named)
    for name, (help_line, description, fill) in SUBCOMMANDS.items():
        command = sub.add_parser(name, help=help_line, description=description)
        if name in wanted:
            fill(command)
    return parser


def _today(args: argparse.Namespace) -> int:
    import json

    from l2l_desktop.core.today import Today, due_by, today_text, today_to_dict
    from l2l_desktop.services import Journal

    journal = Journal(open_existing(args, every_page=False))
    try:
        day = args.day or journal.today()
        adjust = journal.latest_adjust_next(day)
        summary = Today(
            day=day,
            intention=journal.intention_for_day(day),
            pauses=tuple(journal.pauses_for_day(day)),
            adjust_next=adjust,
            follow_ups=due_by(journal.open_follow_ups(), day),
            practice_question=(q.text if (q := journal.practice_question_of(day)) else None),
        )
    finally:
        journal.close()
    if args.json:
        print(json.dumps(today_to_dict(summary), indent=2, ensure_ascii=False))
    else:
        print(today_text(summary))
    return 0


def _search(args: argparse.Namespace) -> int:
    import json

    from l2l_desktop.core.elements import Element
    from l2l_desktop.core.search_query import highlights
    from l2l_desktop.services.find import NoSuchPerson, search_file
    from l2l_desktop.store.errors import KnownStoreError

    try:
        hits = search_file(
            existing_database(args),
            args.text,
            kinds=frozenset(args.kind) if args.kind else None,
            first=args.since,
            last=args.until,
            person=args.person,
            element=Element(args.element) if args.element else None,
            newest_first=args.newest,
            limit=SEARCH_LIMIT,
        )
    except NoSuchPerson:
        raise Refused(f"no person named {args.person!r} in this journal") from None
    except KnownStoreError as exc:
        raise Refused(str(exc)) from exc
    if args.json:
        out = []
        for hit in hits:
            text, spans = highlights(hit.snippet)
            day = hit.day.isoformat() if hit.day else None
            out.append(
                {"kind": hit.kind, "uuid": hit.uuid, "day": day, "snippet": text,
                 "matches": [list(s) for s in spans]}
            )  # fmt: skip
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for hit in hits:
            text, spans = highlights(hit.snippet)
            for start, end in reversed(spans):  # the matches between brackets
                text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
            day = hit.day.isoformat() if hit.day else "          "
            print(f"{day}  {hit.kind:<16} {text}")
        if len(hits) >= SEARCH_LIMIT:
            print(f"(the first {SEARCH_LIMIT} found; another word, or a filter, narrows it)",
                  file=sys.stderr)  # fmt: skip
    return 0 if hits else 1


def _check(args: argparse.Namespace) -> int:
    from l2l_desktop.store.errors import KnownStoreError
    from l2l_desktop.store.inspect import soundness
    from l2l_desktop.store.unreadable import unreadable_values
    from l2l_desktop.store.versions import SCHEMA_VERSION

    db = existing_database(args)
    try:
        info, verdict = soundness(db)
    except KnownStoreError as exc:
        raise Refused(str(exc)) from exc
    if verdict != "ok":
        raise Refused(f"{db} is damaged: {verdict}")
    unreadable = unreadable_values(db) if info.user_version == SCHEMA_VERSION else []
    if unreadable:
        count = "1 value" if len(unreadable) == 1 else f"{len(unreadable):,} values"
        raise Refused(
            f"{db} is damaged: {count} cannot be read ({'; '.join(unreadable[:5])}). A text "
            "with bytes that are not UTF-8 is shown with \N{REPLACEMENT CHARACTER} for them; "
            "a record with another value that cannot be read is left out of the screens. A "
            "backup from before the damage has them as they were."
        )
    note = "" if info.user_version == SCHEMA_VERSION else " (upgraded on the next start)"
    print(f"{db}: ok, schema version {info.user_version}{note}.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    import sqlite3

    from l2l_desktop.store.backup import BackupCheckError
    from l2l_desktop.store.errors import KnownStoreError, condition_reason

    store = open_existing(args)
    dest = Path(args.output).expanduser().resolve() if args.output else None
    # A kill (or a closed terminal) unwinds the copy, which then removes its partial file;
    # only SIGKILL leaves one, and the next backup to the same place removes it first.
    for name in ("SIGTERM", "SIGHUP"):  # SIGHUP: not on Windows
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _exit_on_signal)
    try:
        target = store.backup("manual", dest=dest)
    except (BackupCheckError, KnownStoreError, OSError, sqlite3.Error) as exc:
        reason = condition_reason(exc, dest or store.backup_dir) or str(exc)
        raise Refused(f"the backup failed: {reason}. Nothing was kept of it.") from exc
    finally:
        store.close()
    print(f"Backed up {store.path} to {target}.")
    return 0


def _stats(args: argparse.Namespace) -> int:
    import json

    from l2l_desktop.core.trends import trends_to_dict
    from l2l_desktop.services import Journal

    # Like search, today and log: no check of every page (its time grows with the history,
    # 0.16 s on thirty years); SQLite checks each page the figures read.
    journal = Journal(open_existing(args, every_page=False))
    try:
        first, as_of = journal.trend_range(args.weeks, args.as_of)
        trends = journal.trends(first, as_of)
    finally:
        journal.close()
    from l2l_desktop.words import PRACTICE_NAMES

    report = trends_to_dict(trends, PRACTICE_NAMES)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"L2L Desktop trends, {report['range']['first']} to {report['range']['last']}")
    for p in report["practices"]:
        streak = p["streak"]
        print(
            f"  {p['label']:<18} streak {streak['current']:>3} {streak['unit']:<5} "
            f"(longest {streak['longest']:>3})  strength {p['strength']:>5.1f}"
        )
    balance = report["balance"]["index"]
    print(f"  Balance index      {'no data' if balance is None else f'{balance:.1f}'}")
    support = report["support"]
    per_week, cover, steps = support["people_per_week"], support["coverage"], support["experiments"]
    print(f"  People a week      {'no data' if per_week is None else f'{per_week:.1f}'}")
    print(f"  Team seen lately   {cover['seen']} of {cover['active']} (last 14 days)")
    print(f"  Steps as expected  {steps['as_expected']} of {steps['judged']} coaching steps judged")
    return 0


def _demo_data(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from l2l_desktop.app import open_data
    from l2l_desktop.core.dates import EARLIEST_DAY, local_day
    from l2l_desktop.core.demo import days_for_years
    from l2l_desktop.paths import DataDirError, resolve_data_dir
    from l2l_desktop.store import KnownStoreError
    from l2l_desktop.store.demo import fill_with_demo

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    end = args.end or local_day()

    def fits(years: float) -> bool:
        return end - timedelta(days=days_for_years(years, end) - 1) >= EARLIEST_DAY

    if not fits(args.years):
        most = next(n for n in range(end.year - EARLIEST_DAY.year + 1, -1, -1) if fits(n))
        print(
            f"{APP_ID}: {args.years:g} years ending on {end} reach back before "
            f"{EARLIEST_DAY}, the first day the app keeps; choose at most {most} years.",
            file=sys.stderr,
        )
        return EXIT_CANNOT_START
    running = running_app_pid(data_dir)
    if running is not None:  # one writer: the running app's connection
        print(
            f"{APP_ID}: the app is running with {data_dir} (process {running}); quit it first.",
            file=sys.stderr,
        )
        return EXIT_CANNOT_START
    try:
        store = open_data(data_dir)
        try:
            summary = fill_with_demo(
                store, days_for_years(args.years, args.end), args.seed, args.end
            )
        finally:
            store.close()
    except (DataDirError, KnownStoreError) as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return EXIT_CANNOT_START
    print(f"Wrote {summary.records:,} records ({summary.first} to {summary.last}) into {data_dir}.")
    return 0


def _exit_on_signal(signum: int, _frame: object = None) -> None:
    raise SystemExit(128 + signum)  # the shell's code for "ended by this signal"


def _run_demo_gui() -> int:
    import shutil
    import tempfile

    from l2l_desktop.app import open_data, run_gui
    from l2l_desktop.core.demo import days_for_years
    from l2l_desktop.store.demo import fill_with_demo

    # Until the window takes over the signals, a Ctrl+C or kill still removes the folder.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGINT, _exit_on_signal)
    folder = Path(tempfile.mkdtemp(prefix="l2l-demo-"))
    try:
        data_dir = folder / "data"
        store = open_data(data_dir)
        fill_with_demo(store, days_for_years(DEMO_YEARS_FOR_GUI))
        return run_gui(
            data_dir,
            store=store,
            status_note=QT_TRANSLATE_NOOP("", "Demo data: discarded when you quit"),
            settings_path=folder / "settings.ini",  # the user's own settings stay untouched
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _damage_met(exc: Exception) -> int:
    """A quick command reads only the pages it needs, and SQLite checks each as it reads it:
    damage met there is told in a line (re-raised when ``exc`` is not damage: a bug)."""
    from l2l_desktop.store.errors import is_damage

    if not is_damage(exc):
        raise exc
    print(
        f"{APP_ID}: the database is damaged (SQLite found: {exc}). Nothing was changed; "
        f"'{APP_ID} check' says more, and the app offers to restore a backup.",
        file=sys.stderr,
    )
    return EXIT_CANNOT_START


def _private_umask() -> None:
    """Whatever the user's umask, nothing the app makes (folders, the database and its WAL,
    the lock, the settings, the logs, exports) can be read by another user of the machine."""
    if os.name == "posix":
        os.umask(os.umask(0) | 0o077)


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = build_parser(named=set(words)).parse_args(argv)
    _private_umask()
    if args.command == "demo-data":
        return _demo_data(args)
    subcommands = {
        "stats": _stats,
        "today": _today,
        "search": _search,
        "check": _check,
        "backup": _backup,
        **EXCHANGE_COMMANDS,
    }
    if args.command in subcommands:
        try:
            code = subcommands[args.command](args)
            sys.stdout.flush()  # here, where a reader that went away is handled
            return code
        except Refused as exc:
            print(f"{APP_ID}: {exc}", file=sys.stderr)
            return EXIT_CANNOT_START
        except BrokenPipeError:  # "| head" read what it wanted: no traceback for that
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 0
        except Exception as exc:
            return _damage_met(exc)
    if args.self_test:
        from l2l_desktop.self_test import run_self_test

        return run_self_test()
    from l2l_desktop.display import display_problem  # ctypes: for the window alone

    problem = display_problem()
    if problem is not None:  # Qt would abort the interpreter instead of saying why
        print(problem, file=sys.stderr)
        return EXIT_CANNOT_START
    if args.demo:
        return _run_demo_gui()
    from l2l_desktop.paths import database_path, resolve_data_dir
    from l2l_desktop.store.page_check import early_check

    data_dir = resolve_data_dir(args.data_dir)
    pages = early_check(database_path(data_dir))  # on the other core, while Qt starts
    from l2l_desktop.app import run_gui

    return run_gui(
        data_dir,
        minimised=args.minimised,
        exit_after_paint=args.exit_after_paint,
        visit_tabs=args.visit_tabs,
        pages=pages,
    )
